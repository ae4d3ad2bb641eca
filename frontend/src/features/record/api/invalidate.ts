import type { QueryClient } from '@tanstack/react-query';
import { recordListKey, recordQueryKey, timelineKey, type RecordKind } from './schemas';

/** After a write: the record, its kind's lists and the timeline are read again. */
export async function invalidateRecord(queryClient: QueryClient, kind: RecordKind, id?: string) {
  await Promise.all([
    id ? queryClient.invalidateQueries({ queryKey: recordQueryKey(kind, id) }) : Promise.resolve(),
    queryClient.invalidateQueries({ queryKey: recordListKey(kind) }),
    queryClient.invalidateQueries({ queryKey: timelineKey }),
  ]);
}
