import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, isApiError, refreshCsrfToken } from '@/lib/api-client';
import { meQueryKey } from './get-me';

/** POST /api/auth/logout → 204. A session that has already ended counts as logged out. */
export async function logout(): Promise<void> {
  try {
    await apiClient.post('/api/auth/logout');
  } catch (error) {
    if (!(isApiError(error) && error.status === 401)) throw error;
  }
  await refreshCsrfToken().catch(() => undefined);
}

export function useLogout(options: { onSuccess?: () => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, null);
      options.onSuccess?.();
    },
  });
}
