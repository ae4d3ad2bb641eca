import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { campaignSchema, type Campaign } from './get-campaigns';
import { replaceCachedCampaign } from './update-campaign-cache';

/** POST /api/campaigns/{id}/coordinator {organisation} → the campaign. ADMIN, or a COORDINATOR of the coordinating organisation. */
export function setCoordinator({ campaignId, organisation }: { campaignId: string; organisation: string }): Promise<Campaign> {
  return apiClient.post(`/api/campaigns/${encodeURIComponent(campaignId)}/coordinator`, { json: { organisation }, schema: campaignSchema });
}

export function useSetCoordinator() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setCoordinator, onSuccess: (campaign) => replaceCachedCampaign(queryClient, campaign) });
}
