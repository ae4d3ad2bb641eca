import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { sessionsQueryKey } from './get-sessions';

/** DELETE /api/account/sessions/{id} → 204: ends one of the caller's other sessions. */
export function endSession(id: string): Promise<void> {
  return apiClient.delete(`/api/account/sessions/${encodeURIComponent(id)}`) as Promise<void>;
}

export function useEndSession() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endSession,
    onSettled: () => queryClient.invalidateQueries({ queryKey: sessionsQueryKey }),
  });
}
