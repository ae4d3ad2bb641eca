import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { apiClient } from '@/lib/api-client';

/**
 * Figures recorded by hand: the measured outcomes of GET /api/outcomes (docs/api-record.md, "Outcomes"),
 * only the fields the statistics page shows. The API lists only outcomes the caller's campaigns allow and
 * never retracted ones.
 */
export const handFigureSchema = z.object({
  id: z.string(),
  country: z.string(),
  kind: z.string(),
  measurement: z
    .object({
      metric: z.string(),
      otherMetric: z.string().nullable().optional(),
      period: z.string(),
      value: z.number().nullable(),
      unit: z.string(),
      source: z.string().nullable().optional(),
    })
    .nullable()
    .optional(),
});

export type HandFigureRecord = z.infer<typeof handFigureSchema>;

const outcomePageSchema = z.object({ items: z.array(handFigureSchema), page: z.number(), size: z.number(), total: z.number() });

/** Page size asked for (the API's maximum). */
export const HAND_FIGURES_PAGE_SIZE = 200;
/** At most this many pages per country are read (2,000 figures); beyond that the page says the list is cut. */
export const HAND_FIGURES_MAX_PAGES = 10;

export type HandFigures = { items: HandFigureRecord[]; truncated: boolean };

/**
 * Every measured outcome of the given countries: GET /api/outcomes?country=&kind=MEASURED&size=200, page by
 * page until the total is reached (or {@link HAND_FIGURES_MAX_PAGES} pages per country). Periods are filtered
 * by the caller: the API has no period filter.
 */
export async function getHandFigures(countries: string[], { signal }: { signal?: AbortSignal } = {}): Promise<HandFigures> {
  // by id: a figure recorded while the pages are read may push another onto the next page twice
  const items = new Map<string, HandFigureRecord>();
  let truncated = false;
  for (const country of new Set(countries)) {
    for (let page = 0; ; page++) {
      if (page >= HAND_FIGURES_MAX_PAGES) {
        truncated = true;
        break;
      }
      const answer = await apiClient.get('/api/outcomes', {
        schema: outcomePageSchema,
        query: { country, kind: 'MEASURED', page, size: HAND_FIGURES_PAGE_SIZE },
        signal,
      });
      for (const item of answer.items) if (item.measurement) items.set(item.id, item);
      if (answer.items.length === 0 || (page + 1) * HAND_FIGURES_PAGE_SIZE >= answer.total) break;
    }
  }
  return { items: [...items.values()], truncated };
}

export function useHandFigures(countries: string[] | null) {
  return useQuery({
    queryKey: ['statistics', 'hand-figures', countries],
    queryFn: ({ signal }) => getHandFigures(countries ?? [], { signal }),
    enabled: countries !== null && countries.length > 0,
    // Outcomes are recorded on other pages, which do not know this query: read again whenever it is shown.
    staleTime: 0,
  });
}
