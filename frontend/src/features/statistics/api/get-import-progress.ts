import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** GET /api/statistics/imports/progress/{id} → where the server is with an import this user started. */
export const importProgressSchema = z.object({
  phase: z.enum(['READING', 'IMPORTING', 'DONE']),
  rowsRead: z.number(),
  rowsDone: z.number(),
  rowsTotal: z.number(),
});

export type ImportProgress = z.infer<typeof importProgressSchema>;

export function getImportProgress(id: string, { signal }: { signal?: AbortSignal } = {}): Promise<ImportProgress> {
  return apiClient.get(`/api/statistics/imports/progress/${encodeURIComponent(id)}`, { schema: importProgressSchema, signal });
}

/** Polls every half second while {@code enabled}; a 404 (not started yet) is not an error worth showing. */
export function useImportProgress(id: string | undefined, enabled: boolean) {
  return useQuery({
    queryKey: ['statistics', 'import-progress', id],
    queryFn: ({ signal }) => getImportProgress(id as string, { signal }),
    enabled: enabled && !!id,
    refetchInterval: enabled ? 500 : false,
    retry: false,
    staleTime: 0,
    gcTime: 0,
  });
}
