import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import { invalidateRecord } from './invalidate';
import type { ActionBody } from './log-action';
import { actionSchema, ifMatch, type Action } from './schemas';

/** PUT /api/actions/{id} with If-Match: the whole action again and the reason; 409 when it changed meanwhile. */
export function correctAction({ id, version, body }: { id: string; version: number; body: ActionBody & { reason: string } }): Promise<Action> {
  return apiClient.put(`/api/actions/${encodeURIComponent(id)}`, { json: body, headers: ifMatch(version), schema: actionSchema });
}

export function useCorrectAction() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: correctAction, onSettled: (_d, _e, variables) => invalidateRecord(queryClient, 'actions', variables.id) });
}
