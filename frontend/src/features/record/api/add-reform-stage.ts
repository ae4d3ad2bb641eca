import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { ifMatch, reformSchema, type Reform } from './schemas';

export type StageBody = { stage: string; date: string | null; planned: boolean; comment: string | null };

/** POST /api/reforms/{id}/stages with If-Match: a later stage (only an allowed next stage is accepted). */
export function addReformStage({ id, version, body }: { id: string; version: number; body: StageBody }): Promise<Reform> {
  return apiClient.post(`/api/reforms/${encodeURIComponent(id)}/stages`, { json: body, headers: ifMatch(version), schema: reformSchema });
}

export function useAddReformStage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addReformStage, onSettled: (_d, _e, variables) => invalidateRecord(queryClient, 'reforms', variables.id) });
}
