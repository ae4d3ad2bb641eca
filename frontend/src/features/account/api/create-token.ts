import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { tKey } from '@/lib/i18n-keys';
import { TOKEN_SCOPES, tokenSchema, tokensQueryKey, type ApiToken } from './get-tokens';

/**
 * POST /api/account/tokens {name, scope, expiresInDays} → 201 {token, secret}. The secret is shown once:
 * it is kept only in the component that shows it, never in the query cache or browser storage.
 */
export const createTokenInputSchema = z.object({
  name: z.string().trim().min(1, tKey('account.tokens.errors.nameRequired')).max(100, tKey('account.tokens.errors.nameTooLong')),
  scope: z.enum(TOKEN_SCOPES),
  expiresInDays: z.coerce
    .number(tKey('account.tokens.errors.expiry'))
    .int(tKey('account.tokens.errors.expiry'))
    .min(1, tKey('account.tokens.errors.expiry'))
    .max(365, tKey('account.tokens.errors.expiry')),
});

export type CreateTokenBody = z.output<typeof createTokenInputSchema>;

export const createdTokenSchema = z.object({ token: tokenSchema, secret: z.string() });

export type CreatedToken = { token: ApiToken; secret: string };

export function createToken(body: CreateTokenBody): Promise<CreatedToken> {
  return apiClient.post('/api/account/tokens', { json: body, schema: createdTokenSchema });
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    gcTime: 0,
    // The list is fetched again; only the token's public fields end up in the cache.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}
