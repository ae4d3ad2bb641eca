import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { campaignSchema, campaignsQueryKey, type Campaign } from './get-campaigns';

/** GET /api/campaigns/{id} → one campaign. */
export function getCampaign(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<Campaign> {
  return apiClient.get(`/api/campaigns/${encodeURIComponent(id)}`, { schema: campaignSchema, signal });
}

export function campaignQueryOptions(id: string) {
  return queryOptions({
    queryKey: [...campaignsQueryKey, id] as const,
    queryFn: ({ signal }) => getCampaign(id, { signal }),
  });
}

export function useCampaign(id: string) {
  return useQuery(campaignQueryOptions(id));
}
