import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { campaignSchema, type Campaign } from './get-campaigns';
import { replaceCachedCampaign } from './update-campaign-cache';

/** POST /api/campaigns/{id}/partners {organisation} → the campaign. */
export function addPartner({ campaignId, organisation }: { campaignId: string; organisation: string }): Promise<Campaign> {
  return apiClient.post(`/api/campaigns/${encodeURIComponent(campaignId)}/partners`, { json: { organisation }, schema: campaignSchema });
}

export function useAddPartner() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addPartner, onSuccess: (campaign) => replaceCachedCampaign(queryClient, campaign) });
}
