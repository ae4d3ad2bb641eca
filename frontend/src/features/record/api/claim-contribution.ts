import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { claimSchema, type Claim } from './schemas';

export type ClaimBody = {
  actionIds: string[];
  targetType: 'REFORM' | 'OUTCOME';
  targetId: string;
  strength: string;
  explanation: string;
  evidence: string | null;
  evidenceLinks: string[];
};

/** POST /api/contributions with an Idempotency-Key → 201 with the claim. */
export function claimContribution({ body, idempotencyKey }: { body: ClaimBody & { campaignId: string }; idempotencyKey: string }): Promise<Claim> {
  return apiClient.post('/api/contributions', { json: body, headers: { 'Idempotency-Key': idempotencyKey }, schema: claimSchema });
}

export function useClaimContribution() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: claimContribution, onSuccess: (claim) => invalidateRecord(queryClient, 'contributions', claim.id) });
}
