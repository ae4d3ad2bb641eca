import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { actionSchema, type Action, type Framing, type LegalBasis } from './schemas';

/** The fields of an action as sent (POST without reason; PUT adds `reason` and drops `campaignId`). */
export type ActionBody = {
  country: string;
  issue: string;
  actor: string;
  actionType: string;
  framings: Framing[];
  legalBases: LegalBasis[];
  target: { kind: string; name: string };
  date: string | null;
  description: string;
  notes: string | null;
  evidence: string[];
};

/** POST /api/actions with an Idempotency-Key → 201 with the action. */
export function logAction({ body, idempotencyKey }: { body: ActionBody & { campaignId: string }; idempotencyKey: string }): Promise<Action> {
  return apiClient.post('/api/actions', { json: body, headers: { 'Idempotency-Key': idempotencyKey }, schema: actionSchema });
}

export function useLogAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: logAction, onSuccess: (action) => invalidateRecord(queryClient, 'actions', action.id) });
}
