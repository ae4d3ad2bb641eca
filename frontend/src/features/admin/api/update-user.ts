import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { ROLES } from '@/lib/authorization';
import { tKey } from '@/lib/i18n-keys';
import { accountSchema, usersQueryKey, type Account } from './get-users';

/** PUT /api/admin/users/{username} {roles, organisation} → the account. */
export const updateUserInputSchema = z.object({
  roles: z.array(z.enum(ROLES)).min(1, tKey('admin.users.errors.rolesRequired')),
  organisation: z
    .string()
    .nullable()
    .transform((value) => (value ? value : null)),
});

export type UpdateUserBody = z.output<typeof updateUserInputSchema>;

export function updateUser({ username, ...body }: UpdateUserBody & { username: string }): Promise<Account> {
  return apiClient.put(`/api/admin/users/${encodeURIComponent(username)}`, { json: body, schema: accountSchema });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
