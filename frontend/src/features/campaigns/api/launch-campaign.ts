import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { tKey } from '@/lib/i18n-keys';
import { campaignSchema, campaignsQueryKey, type Campaign } from './get-campaigns';

/** POST /api/campaigns {name, countries, issues, goal} → 201 with the campaign, or 400 problem. */
export const COUNTRY_CODE_PATTERN = /^[A-Z]{3}$/;

export const launchCampaignInputSchema = z.object({
  name: z.string().trim().min(1, tKey('campaigns.launch.errors.nameRequired')),
  countries: z
    .array(z.string().regex(COUNTRY_CODE_PATTERN, tKey('campaigns.launch.errors.countryCode')))
    .min(1, tKey('campaigns.launch.errors.countriesRequired')),
  issues: z.array(z.string().trim().min(1)),
  goal: z
    .string()
    .trim()
    .nullable()
    .transform((goal) => (goal ? goal : null)),
});

export type LaunchCampaignInput = z.input<typeof launchCampaignInputSchema>;
export type LaunchCampaignBody = z.output<typeof launchCampaignInputSchema>;

export function launchCampaign(body: LaunchCampaignBody): Promise<Campaign> {
  return apiClient.post('/api/campaigns', { json: body, schema: campaignSchema });
}

export function useLaunchCampaign(options: { onSuccess?: (campaign: Campaign) => void } = {}) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: launchCampaign,
    onSuccess: async (campaign) => {
      queryClient.setQueryData<Campaign[]>(campaignsQueryKey, (current) =>
        current ? [campaign, ...current.filter((c) => c.id !== campaign.id)] : current,
      );
      options.onSuccess?.(campaign);
      await queryClient.invalidateQueries({ queryKey: campaignsQueryKey });
    },
  });
}
