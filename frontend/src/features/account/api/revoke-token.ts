import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { tokensQueryKey } from './get-tokens';

/** DELETE /api/account/tokens/{id} → 204. */
export function revokeToken(id: string): Promise<void> {
  return apiClient.delete(`/api/account/tokens/${encodeURIComponent(id)}`) as Promise<void>;
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: tokensQueryKey }),
  });
}
