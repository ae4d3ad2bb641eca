import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { settingsQueryKey, settingsSchema, type SecuritySettings } from './get-settings';

/** PUT /api/admin/settings {basicAuthEnabled} → the settings. */
export function updateSettings(body: SecuritySettings): Promise<SecuritySettings> {
  return apiClient.put('/api/admin/settings', { json: body, schema: settingsSchema });
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(settingsQueryKey, settings),
  });
}
