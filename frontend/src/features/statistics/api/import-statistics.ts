import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient, type UploadProgress } from '@/lib/api-client';

/**
 * POST /api/statistics/imports (multipart: file, optional source and progressId) → the import summary.
 * Coordinators and administrators only.
 */
export const importSummarySchema = z.object({
  format: z.enum(['DECISIONS', 'APPLICATIONS']),
  rowsRead: z.number(),
  rowsImported: z.number(),
  rowsUnchanged: z.number(),
  rowsCorrected: z.number(),
  rowsRejected: z.number(),
  errors: z.array(z.object({ line: z.number(), message: z.string() })),
});

export type ImportSummary = z.infer<typeof importSummarySchema>;

export type ImportStatisticsInput = {
  file: File;
  source?: string;
  progressId?: string;
  onUploadProgress?: (progress: UploadProgress) => void;
};

export function importStatistics({ file, source, progressId, onUploadProgress }: ImportStatisticsInput): Promise<ImportSummary> {
  const form = new FormData();
  if (source && source.trim() !== '') form.append('source', source.trim());
  if (progressId) form.append('progressId', progressId);
  form.append('file', file);
  return apiClient.upload('/api/statistics/imports', form, { schema: importSummarySchema, onUploadProgress });
}

export function useImportStatistics() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importStatistics,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['statistics'] });
    },
  });
}
