import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { ifMatch, type RecordKind } from './schemas';
import { invalidateRecord } from './invalidate';

/** POST /api/{records}/{id}/retraction {reason} with If-Match: the record leaves lists and the timeline. */
export function retractRecord({ kind, id, version, reason }: { kind: RecordKind; id: string; version: number; reason: string }) {
  return apiClient.post(`/api/${kind}/${encodeURIComponent(id)}/retraction`, { json: { reason }, headers: ifMatch(version) });
}

export function useRetractRecord() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retractRecord,
    onSettled: (_data, _error, variables) => invalidateRecord(queryClient, variables.kind, variables.id),
  });
}
