import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import type { ReformBody } from './record-reform';
import { ifMatch, reformSchema, type Reform } from './schemas';

/** PUT /api/reforms/{id} with If-Match: the reform's fields (not its stages) and the reason. */
export function correctReform({ id, version, body }: { id: string; version: number; body: ReformBody & { reason: string } }): Promise<Reform> {
  return apiClient.put(`/api/reforms/${encodeURIComponent(id)}`, { json: body, headers: ifMatch(version), schema: reformSchema });
}

export function useCorrectReform() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: correctReform, onSettled: (_d, _e, variables) => invalidateRecord(queryClient, 'reforms', variables.id) });
}
