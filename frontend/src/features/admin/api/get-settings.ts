import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/admin/settings → {basicAuthEnabled}. */
export const settingsSchema = z.object({ basicAuthEnabled: z.boolean() });

export type SecuritySettings = z.infer<typeof settingsSchema>;

export const settingsQueryKey = ['admin', 'settings'] as const;

export function getSettings({ signal }: { signal?: AbortSignal } = {}): Promise<SecuritySettings> {
  return apiClient.get('/api/admin/settings', { schema: settingsSchema, signal });
}

export function settingsQueryOptions() {
  return queryOptions({ queryKey: settingsQueryKey, queryFn: ({ signal }) => getSettings({ signal }) });
}

export function useSettings() {
  return useQuery(settingsQueryOptions());
}
