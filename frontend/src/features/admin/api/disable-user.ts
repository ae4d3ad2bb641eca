import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { accountSchema, usersQueryKey, type Account } from './get-users';

/** POST /api/admin/users/{username}/disable → the account; its sessions end. */
export function disableUser(username: string): Promise<Account> {
  return apiClient.post(`/api/admin/users/${encodeURIComponent(username)}/disable`, { schema: accountSchema });
}

export function useDisableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: disableUser, onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
