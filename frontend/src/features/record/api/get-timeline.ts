import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import { framingSchema, legalBasisSchema, pageSchema, targetSchema, timelineKey } from './schemas';

const optionalString = z.string().nullable().optional();

/** One line of GET /api/timeline; fields not concerning the entry's type are null. */
export const timelineEntrySchema = z.object({
  type: z.string(),
  recordId: z.string(),
  campaignId: optionalString,
  country: optionalString,
  issue: optionalString,
  date: optionalString,
  datePrecision: optionalString,
  title: optionalString,
  summary: optionalString,
  actor: optionalString,
  actionType: optionalString,
  framings: z.array(framingSchema).nullable().optional(),
  legalBases: z.array(legalBasisSchema).nullable().optional(),
  target: targetSchema.nullable().optional(),
  /** Never sent to partners. */
  notes: optionalString,
  instrument: optionalString,
  reformKind: optionalString,
  direction: optionalString,
  stage: optionalString,
  planned: z.boolean().nullable().optional(),
  comment: optionalString,
  outcomeKind: optionalString,
  metric: optionalString,
  value: z.number().nullable().optional(),
  unit: optionalString,
  period: optionalString,
  strength: optionalString,
  actionIds: z.array(z.string()).nullable().optional(),
  targetType: optionalString,
  targetId: optionalString,
  version: z.number().optional(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;

export const timelinePageSchema = pageSchema(timelineEntrySchema);
export type TimelinePage = z.infer<typeof timelinePageSchema>;

export const TIMELINE_FILTERS = ['campaign', 'country', 'issue', 'framing', 'from', 'to'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];
export type TimelineFilters = Partial<Record<TimelineFilter, string>> & { page?: number };

export const TIMELINE_PAGE_SIZE = 50;

/** GET /api/timeline?campaign=&country=&issue=&framing=&from=&to=&page=&size= */
export function getTimeline(filters: TimelineFilters, { signal }: { signal?: AbortSignal } = {}): Promise<TimelinePage> {
  const query: Record<string, string | number | undefined> = { size: TIMELINE_PAGE_SIZE, page: filters.page ?? 0 };
  for (const name of TIMELINE_FILTERS) {
    const value = filters[name]?.trim();
    if (value) query[name] = value;
  }
  return apiClient.get('/api/timeline', { query, schema: timelinePageSchema, signal });
}

export function timelineQueryOptions(filters: TimelineFilters) {
  return queryOptions({
    queryKey: [...timelineKey, filters] as const,
    queryFn: ({ signal }) => getTimeline(filters, { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTimeline(filters: TimelineFilters) {
  return useQuery(timelineQueryOptions(filters));
}
