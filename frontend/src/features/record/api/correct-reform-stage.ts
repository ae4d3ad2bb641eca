import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { ifMatch, reformSchema, type Reform } from './schemas';

export type StageCorrectionBody = { date: string | null; comment: string | null; reason: string };

/** PUT /api/reforms/{id}/stages/{stageVersion} with If-Match: corrects one recorded stage's date and comment. */
export function correctReformStage({ id, version, stageVersion, body }: {
  id: string;
  version: number;
  stageVersion: number;
  body: StageCorrectionBody;
}): Promise<Reform> {
  return apiClient.put(`/api/reforms/${encodeURIComponent(id)}/stages/${stageVersion}`, {
    json: body,
    headers: ifMatch(version),
    schema: reformSchema,
  });
}

export function useCorrectReformStage() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: correctReformStage, onSettled: (_d, _e, variables) => invalidateRecord(queryClient, 'reforms', variables.id) });
}
