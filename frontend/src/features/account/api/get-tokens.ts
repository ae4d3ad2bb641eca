import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/account/tokens → the caller's personal API tokens (never their secrets). */
export const TOKEN_SCOPES = ['READ_ONLY', 'READ_WRITE'] as const;

export const tokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  scope: z.string(),
  createdAt: z.string().nullable().optional(),
  expiresAt: z.string().nullable().optional(),
  revokedAt: z.string().nullable().optional(),
  usable: z.boolean(),
});

export type ApiToken = z.infer<typeof tokenSchema>;

export const tokensQueryKey = ['account', 'tokens'] as const;

export function getTokens({ signal }: { signal?: AbortSignal } = {}): Promise<ApiToken[]> {
  return apiClient.get('/api/account/tokens', { schema: z.array(tokenSchema), signal });
}

export function tokensQueryOptions() {
  return queryOptions({ queryKey: tokensQueryKey, queryFn: ({ signal }) => getTokens({ signal }) });
}

export function useTokens() {
  return useQuery(tokensQueryOptions());
}
