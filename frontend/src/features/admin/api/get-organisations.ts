import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/admin/organisations → [{id, name}]. Administrators only. */
export const organisationSchema = z.object({ id: z.string(), name: z.string() });

export type Organisation = z.infer<typeof organisationSchema>;

export const organisationsQueryKey = ['admin', 'organisations'] as const;

export function getOrganisations({ signal }: { signal?: AbortSignal } = {}): Promise<Organisation[]> {
  return apiClient.get('/api/admin/organisations', { schema: z.array(organisationSchema), signal });
}

export function organisationsQueryOptions() {
  return queryOptions({ queryKey: organisationsQueryKey, queryFn: ({ signal }) => getOrganisations({ signal }) });
}

export function useOrganisations(options: { enabled?: boolean } = {}) {
  return useQuery({ ...organisationsQueryOptions(), enabled: options.enabled ?? true });
}
