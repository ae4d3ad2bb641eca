import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { accountSchema, usersQueryKey, type Account } from './get-users';

/** POST /api/admin/users/{username}/enable → the account. */
export function enableUser(username: string): Promise<Account> {
  return apiClient.post(`/api/admin/users/${encodeURIComponent(username)}/enable`, { schema: accountSchema });
}

export function useEnableUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: enableUser, onSettled: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }) });
}
