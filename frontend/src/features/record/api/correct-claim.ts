import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ClaimBody } from './claim-contribution';
import { invalidateRecord } from './invalidate';
import { claimSchema, ifMatch, type Claim } from './schemas';

/** PUT /api/contributions/{id} with If-Match: the whole claim again and the reason. */
export function correctClaim({ id, version, body }: { id: string; version: number; body: ClaimBody & { reason: string } }): Promise<Claim> {
  return apiClient.put(`/api/contributions/${encodeURIComponent(id)}`, { json: body, headers: ifMatch(version), schema: claimSchema });
}

export function useCorrectClaim() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: correctClaim, onSettled: (_d, _e, variables) => invalidateRecord(queryClient, 'contributions', variables.id) });
}
