import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { pageSchema, recordListKey, recordSchemas, type RecordKind, type RecordOf } from './schemas';

/** GET /api/{actions|reforms|outcomes}?campaign= → the campaign's records (first 200), for choosing in a claim. */
export async function getCampaignRecords<K extends RecordKind>(
  kind: K,
  campaignId: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<RecordOf<K>[]> {
  const page = await apiClient.get(`/api/${kind}`, {
    schema: pageSchema(recordSchemas[kind]),
    query: { campaign: campaignId, size: 200 },
    signal,
  });
  return page.items as RecordOf<K>[];
}

export function campaignRecordsQueryOptions<K extends RecordKind>(kind: K, campaignId: string) {
  return queryOptions({
    queryKey: [...recordListKey(kind), campaignId] as const,
    queryFn: ({ signal }) => getCampaignRecords(kind, campaignId, { signal }),
  });
}

export function useCampaignRecords<K extends RecordKind>(kind: K, campaignId: string) {
  return useQuery(campaignRecordsQueryOptions(kind, campaignId));
}
