import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { reformSchema, type Reform } from './schemas';

/** The reform's own fields (PUT sends these with a reason). */
export type ReformBody = {
  country: string;
  instrument: string;
  kind: string;
  summary: string;
  citation: string | null;
  description: string | null;
  direction: string;
};

/** POST /api/reforms with its first stage and an Idempotency-Key → 201 with the reform. */
export function recordReform({
  body,
  idempotencyKey,
}: {
  body: ReformBody & { campaignId: string; stage: string; stageDate: string | null; stagePlanned: boolean; stageComment: string | null };
  idempotencyKey: string;
}): Promise<Reform> {
  return apiClient.post('/api/reforms', { json: body, headers: { 'Idempotency-Key': idempotencyKey }, schema: reformSchema });
}

export function useRecordReform() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordReform, onSuccess: (reform) => invalidateRecord(queryClient, 'reforms', reform.id) });
}
