import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/**
 * GET /api/statistics/protection-rates → one row per country of asylum, year and basis (P persons, C cases).
 * Rates are between 0 and 1, or null when no substantive decision was taken (zero denominator).
 */
export const protectionRateSchema = z.object({
  country: z.string(),
  year: z.number(),
  basis: z.string(),
  recognized: z.number().nullable(),
  complementaryProtection: z.number().nullable(),
  rejected: z.number().nullable(),
  otherwiseClosed: z.number().nullable(),
  totalDecisions: z.number().nullable(),
  applications: z.number().nullable(),
  refugeeRecognitionRate: z.number().nullable(),
  totalProtectionRate: z.number().nullable(),
  maskedCells: z.number(),
});

export type ProtectionRate = z.infer<typeof protectionRateSchema>;

export type ProtectionRateFilters = {
  countries: string[];
  from: number;
  to: number;
  origin?: string;
  authority?: string;
  stage?: string;
  basis?: string;
};

export function protectionRatesPath(filters: ProtectionRateFilters): string {
  const params = new URLSearchParams();
  for (const country of filters.countries) params.append('country', country);
  params.set('from', String(filters.from));
  params.set('to', String(filters.to));
  for (const name of ['origin', 'authority', 'stage', 'basis'] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return `/api/statistics/protection-rates?${params.toString()}`;
}

export function getProtectionRates(filters: ProtectionRateFilters, { signal }: { signal?: AbortSignal } = {}): Promise<ProtectionRate[]> {
  return apiClient.get(protectionRatesPath(filters), { schema: z.array(protectionRateSchema), signal });
}

export function protectionRatesQueryOptions(filters: ProtectionRateFilters) {
  return queryOptions({
    queryKey: ['statistics', 'protection-rates', filters],
    queryFn: ({ signal }) => getProtectionRates(filters, { signal }),
  });
}

export function useProtectionRates(filters: ProtectionRateFilters | null) {
  return useQuery({
    ...protectionRatesQueryOptions(filters ?? { countries: [], from: 0, to: 0 }),
    enabled: filters !== null && filters.countries.length > 0,
  });
}
