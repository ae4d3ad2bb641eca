import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import { claimSchema, type Claim } from './schemas';

export type SubstantiationBody = {
  substantiatorName: string;
  substantiatorRole: string;
  independence: string;
  outcomeAgreement: string;
  significanceAgreement: string;
  contributionAgreement: string;
  comments: string | null;
};

/** POST /api/contributions/{id}/substantiations (ADMIN, EVALUATOR) → 201 with the claim and all its substantiations. */
export function substantiateClaim({ id, body }: { id: string; body: SubstantiationBody }): Promise<Claim> {
  return apiClient.post(`/api/contributions/${encodeURIComponent(id)}/substantiations`, { json: body, schema: claimSchema });
}

export function useSubstantiateClaim() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: substantiateClaim,
    onSuccess: async (claim) => {
      await invalidateRecord(queryClient, 'contributions', claim.id);
      // the framing dashboard counts substantiated claims
      await queryClient.invalidateQueries({ queryKey: ['analytics'] });
    },
  });
}
