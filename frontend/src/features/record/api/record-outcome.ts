import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { outcomeSchema, type Outcome } from './schemas';

export type MeasurementBody = { metric: string; otherMetric: string | null; period: string; value: number | null; unit: string; source: string };
export type PracticeChangeBody = { changedBy: string; change: string; date: string | null; significance: string | null; source: string | null };
/** Exactly one of measurement and practiceChange. */
export type OutcomeBody = { country: string; measurement?: MeasurementBody; practiceChange?: PracticeChangeBody };

/** POST /api/outcomes with an Idempotency-Key → 201 with the outcome. */
export function recordOutcome({ body, idempotencyKey }: { body: OutcomeBody & { campaignId: string }; idempotencyKey: string }): Promise<Outcome> {
  return apiClient.post('/api/outcomes', { json: body, headers: { 'Idempotency-Key': idempotencyKey }, schema: outcomeSchema });
}

export function useRecordOutcome() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: recordOutcome, onSuccess: (outcome) => invalidateRecord(queryClient, 'outcomes', outcome.id) });
}
