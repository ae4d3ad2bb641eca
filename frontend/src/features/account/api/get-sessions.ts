import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/account/sessions → the caller's browser sessions; `current` marks this one. */
export const sessionSchema = z.object({
  id: z.string(),
  lastRequest: z.string().nullable().optional(),
  current: z.boolean(),
});

export type AccountSession = z.infer<typeof sessionSchema>;

export const sessionsQueryKey = ['account', 'sessions'] as const;

export function getSessions({ signal }: { signal?: AbortSignal } = {}): Promise<AccountSession[]> {
  return apiClient.get('/api/account/sessions', { schema: z.array(sessionSchema), signal });
}

export function sessionsQueryOptions() {
  return queryOptions({ queryKey: sessionsQueryKey, queryFn: ({ signal }) => getSessions({ signal }), staleTime: 0 });
}

export function useSessions() {
  return useQuery(sessionsQueryOptions());
}
