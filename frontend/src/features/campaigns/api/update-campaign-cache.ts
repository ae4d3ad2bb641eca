import type { QueryClient } from '@tanstack/react-query';
import { campaignsQueryKey, type Campaign } from './get-campaigns';

/** Puts the campaign returned by a membership change into the cached list, then refreshes the list. */
export async function replaceCachedCampaign(queryClient: QueryClient, campaign: Campaign) {
  queryClient.setQueryData<Campaign[]>(campaignsQueryKey, (current) => current?.map((c) => (c.id === campaign.id ? campaign : c)));
  await queryClient.invalidateQueries({ queryKey: campaignsQueryKey });
}
