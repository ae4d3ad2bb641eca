import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { campaignSchema, type Campaign } from './get-campaigns';
import { replaceCachedCampaign } from './update-campaign-cache';

/** DELETE /api/campaigns/{id}/partners/{organisation} → the campaign. */
export function removePartner({ campaignId, organisation }: { campaignId: string; organisation: string }): Promise<Campaign> {
  return apiClient.delete(`/api/campaigns/${encodeURIComponent(campaignId)}/partners/${encodeURIComponent(organisation)}`, {
    schema: campaignSchema,
  });
}

export function useRemovePartner() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removePartner, onSuccess: (campaign) => replaceCachedCampaign(queryClient, campaign) });
}
