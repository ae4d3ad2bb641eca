import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { LOGIN_ENDPOINT, apiClient, refreshCsrfToken } from '@/lib/api-client';
import { tKey } from '@/lib/i18n-keys';
import { meQueryKey, userSchema, type User } from './get-me';

/** POST /api/auth/login (form-encoded username and password) → the user, or 401 problem. */
export const loginInputSchema = z.object({
  username: z.string().trim().min(1, tKey('auth.login.errors.usernameRequired')),
  password: z.string().min(1, tKey('auth.login.errors.passwordRequired')),
});

export type LoginInput = z.infer<typeof loginInputSchema>;

export async function login(input: LoginInput): Promise<User> {
  // A fresh token before login; the backend rotates it at login, so fetch it again after.
  await refreshCsrfToken();
  const user = await apiClient.post(LOGIN_ENDPOINT, {
    form: { username: input.username, password: input.password },
    schema: userSchema,
  });
  await refreshCsrfToken().catch(() => undefined);
  return user;
}

export function useLogin(options: { onSuccess?: (user: User) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (user) => {
      // Data cached for another user must not survive a change of session.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
      queryClient.setQueryData(meQueryKey, user);
      options.onSuccess?.(user);
    },
  });
}
