import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/admin/users → every account with its roles, organisation and state. */
export const accountSchema = z.object({
  username: z.string(),
  roles: z.array(z.string().transform((role) => role.replace(/^ROLE_/, ''))),
  organisation: z.string().nullable().optional(),
  enabled: z.boolean(),
  mustChangePassword: z.boolean().optional().catch(false).transform((value) => value ?? false),
});

export type Account = z.infer<typeof accountSchema>;

export const usersQueryKey = ['admin', 'users'] as const;

export function getUsers({ signal }: { signal?: AbortSignal } = {}): Promise<Account[]> {
  return apiClient.get('/api/admin/users', { schema: z.array(accountSchema), signal });
}

export function usersQueryOptions() {
  return queryOptions({ queryKey: usersQueryKey, queryFn: ({ signal }) => getUsers({ signal }) });
}

export function useUsers() {
  return useQuery(usersQueryOptions());
}
