import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { usersQueryKey } from './get-users';

/**
 * POST /api/admin/users/{username}/password-reset → {username, temporaryPassword}. The temporary password is
 * shown once by the component that asked for it and kept nowhere else; the user must change it at next sign-in.
 */
export const temporaryPasswordSchema = z.object({ username: z.string(), temporaryPassword: z.string() });

export type TemporaryPassword = z.infer<typeof temporaryPasswordSchema>;

export function resetPassword(username: string): Promise<TemporaryPassword> {
  return apiClient.post(`/api/admin/users/${encodeURIComponent(username)}/password-reset`, { schema: temporaryPasswordSchema });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    gcTime: 0,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
