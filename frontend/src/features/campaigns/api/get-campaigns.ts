import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/campaigns → every campaign the user may see. */
export const campaignSchema = z.object({
  id: z.string(),
  name: z.string(),
  countries: z.array(z.string()),
  issues: z.array(z.string()),
  goal: z.string().nullable().optional(),
  launchedAt: z.string(),
  launchedBy: z.string().nullable().optional(),
  version: z.number().optional(),
  // Coalition membership (organisation ids). Absent from older servers: undefined then, and the UI offers no membership controls.
  coordinator: z.string().nullable().optional(),
  partners: z.array(z.string()).optional(),
});

export type Campaign = z.infer<typeof campaignSchema>;

export const campaignsResponseSchema = z.array(campaignSchema);

export const campaignsQueryKey = ['campaigns'] as const;

export function getCampaigns({ signal }: { signal?: AbortSignal } = {}): Promise<Campaign[]> {
  return apiClient.get('/api/campaigns', { schema: campaignsResponseSchema, signal });
}

export function campaignsQueryOptions() {
  return queryOptions({
    queryKey: campaignsQueryKey,
    queryFn: ({ signal }) => getCampaigns({ signal }),
  });
}

export function useCampaigns() {
  return useQuery(campaignsQueryOptions());
}
