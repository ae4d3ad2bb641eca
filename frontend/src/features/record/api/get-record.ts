import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { recordQueryKey, recordSchemas, withHistorySchema, type HistoryEntry, type RecordKind, type RecordOf } from './schemas';

/** GET /api/{actions|reforms|outcomes|contributions}/{id} → {record, history}. */
export async function getRecord<K extends RecordKind>(
  kind: K,
  id: string,
  { signal }: { signal?: AbortSignal } = {},
): Promise<{ record: RecordOf<K>; history: HistoryEntry[] }> {
  const schema = withHistorySchema(recordSchemas[kind]);
  return (await apiClient.get(`/api/${kind}/${encodeURIComponent(id)}`, { schema, signal })) as { record: RecordOf<K>; history: HistoryEntry[] };
}

export function recordQueryOptions<K extends RecordKind>(kind: K, id: string) {
  return queryOptions({
    queryKey: recordQueryKey(kind, id),
    queryFn: ({ signal }) => getRecord(kind, id, { signal }),
  });
}

export function useRecord<K extends RecordKind>(kind: K, id: string) {
  return useQuery(recordQueryOptions(kind, id));
}
