import { useMutation } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { tKey } from '@/lib/i18n-keys';

/** POST /api/account/password {currentPassword, newPassword} → 204, or 400 with field errors. */
export const PASSWORD_MIN_LENGTH = 12;

export const changePasswordInputSchema = z
  .object({
    currentPassword: z.string().min(1, tKey('account.password.errors.currentRequired')),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH, tKey('account.password.errors.tooShort')),
    confirmPassword: z.string(),
  })
  .refine((input) => input.newPassword === input.confirmPassword, {
    path: ['confirmPassword'],
    message: tKey('account.password.errors.mismatch'),
  });

export type ChangePasswordInput = z.infer<typeof changePasswordInputSchema>;

export function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  return apiClient.post('/api/account/password', {
    json: { currentPassword: input.currentPassword, newPassword: input.newPassword },
  }) as Promise<void>;
}

export function useChangePassword(options: { onSuccess?: () => void } = {}) {
  return useMutation({ mutationFn: changePassword, onSuccess: () => options.onSuccess?.() });
}
