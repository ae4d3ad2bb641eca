import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/** The numbers of one figure row; fields that do not belong to its kind are absent. */
export const figuresSchema = z.object({
  recognized: z.number().optional(),
  complementaryProtection: z.number().optional(),
  rejected: z.number().optional(),
  otherwiseClosed: z.number().optional(),
  totalDecisions: z.number().optional(),
  applied: z.number().optional(),
});

export type Figures = z.infer<typeof figuresSchema>;

/** GET /api/statistics/periods/{country}/{year}/figures → every figure of that country of asylum and year. */
export const figureSummarySchema = z.object({
  key: z.string(),
  kind: z.enum(['DECISIONS', 'APPLICATIONS']),
  origin: z.string(),
  authority: z.string(),
  applicationType: z.string().nullable().optional(),
  stage: z.string(),
  basis: z.string(),
  values: figuresSchema,
  source: z.string(),
  corrections: z.number(),
});

export type FigureSummary = z.infer<typeof figureSummarySchema>;

export function getPeriodFigures(country: string, year: number, { signal }: { signal?: AbortSignal } = {}): Promise<FigureSummary[]> {
  return apiClient.get(`/api/statistics/periods/${encodeURIComponent(country)}/${year}/figures`, {
    schema: z.array(figureSummarySchema),
    signal,
  });
}

export function usePeriodFigures(period: { country: string; year: number } | null) {
  return useQuery({
    queryKey: ['statistics', 'period-figures', period],
    queryFn: ({ signal }) => getPeriodFigures(period!.country, period!.year, { signal }),
    enabled: period !== null,
  });
}

/** GET /api/statistics/figures/{key}/history → every value of one figure, each with its source (release). */
export const figureHistorySchema = z.object({
  key: z.string(),
  current: figuresSchema.nullable(),
  history: z.array(
    z.object({
      source: z.string(),
      importId: z.string(),
      importedAt: z.string(),
      importedBy: z.string().nullable().optional(),
      previous: figuresSchema.nullable(),
      values: figuresSchema,
    }),
  ),
});

export type FigureHistory = z.infer<typeof figureHistorySchema>;

export function getFigureHistory(key: string, { signal }: { signal?: AbortSignal } = {}): Promise<FigureHistory> {
  return apiClient.get(`/api/statistics/figures/${encodeURIComponent(key)}/history`, { schema: figureHistorySchema, signal });
}

export function useFigureHistory(key: string | null) {
  return useQuery({
    queryKey: ['statistics', 'figure-history', key],
    queryFn: ({ signal }) => getFigureHistory(key as string, { signal }),
    enabled: key !== null,
  });
}
