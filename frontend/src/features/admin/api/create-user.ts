import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { ROLES } from '@/lib/authorization';
import { tKey } from '@/lib/i18n-keys';
import { accountSchema, usersQueryKey, type Account } from './get-users';

/**
 * POST /api/admin/users {username, password, roles, organisation, mustChangePassword} → 201 with the account,
 * 400 with field errors (the password policy is the server's: 12+ characters, not common, not the username).
 */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$/;

export const createUserInputSchema = z.object({
  username: z.string().trim().regex(USERNAME_PATTERN, tKey('admin.users.errors.username')),
  password: z.string().min(12, tKey('admin.users.errors.passwordTooShort')),
  roles: z.array(z.enum(ROLES)).min(1, tKey('admin.users.errors.rolesRequired')),
  organisation: z
    .string()
    .nullable()
    .transform((value) => (value ? value : null)),
  mustChangePassword: z.boolean(),
});

export type CreateUserInput = z.input<typeof createUserInputSchema>;
export type CreateUserBody = z.output<typeof createUserInputSchema>;

export function createUser(body: CreateUserBody): Promise<Account> {
  return apiClient.post('/api/admin/users', { json: body, schema: accountSchema });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
