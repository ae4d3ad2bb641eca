import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { ME_ENDPOINT, apiClient, isApiError } from '@/lib/api-client';

/** GET /api/auth/me → the signed-in user, or 401 when nobody is signed in. */
export const userSchema = z.object({
  username: z.string(),
  // "ROLE_ADMIN" and "ADMIN" both mean ADMIN.
  roles: z.array(z.string().transform((role) => role.replace(/^ROLE_/, ''))),
  organisation: z
    .union([z.string(), z.object({ name: z.string() }).loose()])
    .nullable()
    .optional()
    .catch(null),
  // Older servers do not send it: false then.
  mustChangePassword: z.boolean().optional().catch(false).transform((value) => value ?? false),
});

export type User = z.infer<typeof userSchema>;

export const meQueryKey = ['auth', 'me'] as const;

/** The signed-in user, or null when the session is missing or has ended. */
export async function getMe(): Promise<User | null> {
  try {
    return await apiClient.get(ME_ENDPOINT, { schema: userSchema });
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: meQueryKey,
    queryFn: getMe,
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export function useMe() {
  return useQuery(meQueryOptions());
}
