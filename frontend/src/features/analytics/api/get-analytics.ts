import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/**
 * GET /api/analytics/framings and GET /api/analytics/legal-bases: one row per top-level framing (avenue
 * null), per humanitarian-protection avenue, or per legal basis, each count with the ids of the records
 * behind it. With `ids=false` the id lists are left out (null): the dashboard asks for the numbers that
 * way and for the ids only once a number is opened (with 100,000 actions the lists are megabytes). The
 * same endpoints answer CSV with `Accept: text/csv`, always with the ids.
 */

const count = z.number().nullable().optional().transform((value) => value ?? 0);
const ids = z.array(z.string()).nullable().optional().transform((value) => value ?? []);
const optionalNumber = z.number().nullable().optional().transform((value) => value ?? null);

export const analyticsRowSchema = z.object({
  framing: z.string().nullable().optional(),
  avenue: z.string().nullable().optional(),
  legalBasis: z.string().nullable().optional(),
  actions: count,
  claimedReforms: count,
  substantiatedReforms: count,
  disputedReforms: count,
  progressive: count,
  regressive: count,
  creditAll: optionalNumber,
  creditSubstantiated: optionalNumber,
  medianLagMonths: optionalNumber,
  minLagMonths: optionalNumber,
  maxLagMonths: optionalNumber,
  lagImprecise: z.boolean().nullable().optional().transform((value) => value ?? false),
  associatedReforms: count,
  reachRecognizedBefore: optionalNumber,
  reachRecognizedAfter: optionalNumber,
  reachComplementaryBefore: optionalNumber,
  reachComplementaryAfter: optionalNumber,
  smallSample: z.boolean().nullable().optional().transform((value) => value ?? false),
  actionIds: ids,
  reformIds: ids,
  associatedReformIds: ids,
  claimIds: ids,
  substantiatedReformIds: ids,
  disputedReformIds: ids,
  progressiveReformIds: ids,
  regressiveReformIds: ids,
  substantiatedClaimIds: ids,
  disputedClaimIds: ids,
});
export type AnalyticsRow = z.infer<typeof analyticsRowSchema>;
export const analyticsRowsSchema = z.array(analyticsRowSchema);

export type AnalyticsKind = 'framings' | 'legal-bases';

export const DEFAULT_WINDOW_MONTHS = 36;
export const DEFAULT_REACH_YEARS = 3;

export type AnalyticsFilters = {
  countries: string[];
  issue?: string;
  from?: string;
  to?: string;
  windowMonths?: number;
  reachYears?: number;
  /** YYYY-MM-DD: the record as it stood at the end of that day; absent: today. */
  asOf?: string;
};

/** The filters as query parameters (country repeated); the page's address uses the same names. */
export function analyticsSearch(filters: AnalyticsFilters, { withDefaults = false } = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const country of filters.countries) params.append('country', country);
  if (filters.issue) params.set('issue', filters.issue);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const windowMonths = filters.windowMonths ?? (withDefaults ? DEFAULT_WINDOW_MONTHS : undefined);
  const reachYears = filters.reachYears ?? (withDefaults ? DEFAULT_REACH_YEARS : undefined);
  if (windowMonths !== undefined) params.set('windowMonths', String(windowMonths));
  if (reachYears !== undefined) params.set('reachYears', String(reachYears));
  if (filters.asOf) params.set('asOf', filters.asOf);
  return params;
}

/** Reads the filters from the page's address. */
export function analyticsFiltersFromSearch(params: URLSearchParams): AnalyticsFilters {
  const text = (name: string) => params.get(name)?.trim() || undefined;
  const whole = (name: string) => {
    const value = Number.parseInt(params.get(name) ?? '', 10);
    return Number.isInteger(value) && value > 0 ? value : undefined;
  };
  return {
    countries: [...new Set(params.getAll('country').map((c) => c.trim().toUpperCase()).filter(Boolean))],
    issue: text('issue'),
    from: text('from'),
    to: text('to'),
    windowMonths: whole('windowMonths'),
    reachYears: whole('reachYears'),
    asOf: text('asOf'),
  };
}

/** The request's address: the filters (with their defaults) and, for JSON, whether to include the id lists. */
function analyticsPath(kind: AnalyticsKind, filters: AnalyticsFilters, ids?: boolean): string {
  const params = analyticsSearch(filters, { withDefaults: true });
  if (ids !== undefined) params.set('ids', String(ids));
  const query = params.toString();
  return `/api/analytics/${kind}${query ? `?${query}` : ''}`;
}

/** The rows; with `ids: false` every id list comes back empty (the server leaves them out). */
export function getAnalytics(
  kind: AnalyticsKind,
  filters: AnalyticsFilters,
  { ids = true, signal }: { ids?: boolean; signal?: AbortSignal } = {},
): Promise<AnalyticsRow[]> {
  return apiClient.get(analyticsPath(kind, filters, ids), { schema: analyticsRowsSchema, signal });
}

/** The same rows as CSV (`Accept: text/csv`), as the server writes them. */
export async function getAnalyticsCsv(kind: AnalyticsKind, filters: AnalyticsFilters): Promise<string> {
  const body = await apiClient.get(analyticsPath(kind, filters), { headers: { Accept: 'text/csv' } });
  return typeof body === 'string' ? body : '';
}

export const analyticsKey = ['analytics'] as const;

/** The numbers only (`ids=false`); the previous selection's numbers stay on screen while the next load. */
export function analyticsQueryOptions(kind: AnalyticsKind, filters: AnalyticsFilters) {
  return queryOptions({
    queryKey: [...analyticsKey, kind, filters, { ids: false }] as const,
    queryFn: ({ signal }) => getAnalytics(kind, filters, { ids: false, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useAnalytics(kind: AnalyticsKind, filters: AnalyticsFilters) {
  return useQuery(analyticsQueryOptions(kind, filters));
}

/** The same selection with the id lists, under its own key; never another selection's ids as placeholder. */
export function analyticsIdsQueryOptions(kind: AnalyticsKind, filters: AnalyticsFilters) {
  return queryOptions({
    queryKey: [...analyticsKey, kind, filters, { ids: true }] as const,
    queryFn: ({ signal }) => getAnalytics(kind, filters, { ids: true, signal }),
  });
}

/** The rows with their ids, fetched only while `enabled` (once a number of this selection was opened). */
export function useAnalyticsIds(kind: AnalyticsKind, filters: AnalyticsFilters, { enabled }: { enabled: boolean }) {
  return useQuery({ ...analyticsIdsQueryOptions(kind, filters), enabled });
}
