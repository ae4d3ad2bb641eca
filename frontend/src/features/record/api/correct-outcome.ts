import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import type { OutcomeBody } from './record-outcome';
import { ifMatch, outcomeSchema, type Outcome } from './schemas';

/** PUT /api/outcomes/{id} with If-Match: the whole outcome again and the reason. */
export function correctOutcome({ id, version, body }: { id: string; version: number; body: OutcomeBody & { reason: string } }): Promise<Outcome> {
  return apiClient.put(`/api/outcomes/${encodeURIComponent(id)}`, { json: body, headers: ifMatch(version), schema: outcomeSchema });
}

export function useCorrectOutcome() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: correctOutcome, onSettled: (_d, _e, variables) => invalidateRecord(queryClient, 'outcomes', variables.id) });
}
