import { parsePartialDate, splitPeriod, type ParsedPartialDate } from '@/lib/partial-date';
import type { HandFigureRecord } from '../api/get-hand-figures';
import type { ProtectionRate } from '../api/get-protection-rates';

/** The calendar years a period ("2015", "2014-03", "1994 to 2015-08") touches, and whether it is exactly one year. */
export type PeriodYears = { first: number; last: number; wholeYear: number | null };

const startsYear = (d: ParsedPartialDate) => d.precision === 'YEAR' || (d.month === 1 && (d.precision === 'MONTH' || d.day === 1));
const endsYear = (d: ParsedPartialDate) => d.precision === 'YEAR' || (d.month === 12 && (d.precision === 'MONTH' || d.day === 31));

/**
 * Reads a period as the API writes it. Undefined when it is not one. "2015", "2015 to 2015", "2015-01 to 2015-12"
 * and "2015-01-01 to 2015-12-31" are exactly the year 2015; "2015-03" or "2014-03 to 2015-02" are not.
 */
export function periodYears(period: string): PeriodYears | undefined {
  const { from, to } = splitPeriod(period);
  const start = parsePartialDate(from);
  const end = parsePartialDate(to);
  if (!start || !end) return undefined;
  const first = Math.min(start.year, end.year);
  const last = Math.max(start.year, end.year);
  const wholeYear = start.year === end.year && startsYear(start) && endsYear(end) ? start.year : null;
  return { first, last, wholeYear };
}

/** True when the period shares at least a month with the years from…to (whole years, both included). */
export function overlapsYears(period: string, from: number, to: number): boolean {
  const years = periodYears(period);
  return years !== undefined && years.first <= to && years.last >= from;
}

/** The UNHCR column a hand-recorded metric is compared with; OTHER has none. */
export const UNHCR_FIELD_OF_METRIC: Record<string, 'recognized' | 'complementaryProtection' | 'rejected' | 'applications'> = {
  REFUGEE_RECOGNITIONS: 'recognized',
  HUMANITARIAN_PROTECTION_GRANTS: 'complementaryProtection',
  REJECTIONS: 'rejected',
  ASYLUM_APPLICATIONS: 'applications',
};

/** UNHCR's basis of a unit: persons P, cases C. */
export const UNHCR_BASIS_OF_UNIT: Record<string, string> = { PERSONS: 'P', CASES: 'C' };

/** The UNHCR figure beside a hand figure; `approximate` when masked cells are in its sum. */
export type UnhcrCounterpart = { year: number; basis: string; value: number; approximate: boolean };

export type HandFigureRow = {
  figure: HandFigureRecord & { measurement: NonNullable<HandFigureRecord['measurement']> };
  unhcr: UnhcrCounterpart | null;
  /** True when both sources have a number for the same thing and the numbers are not equal. */
  differs: boolean;
};

/**
 * The UNHCR figure for the same country, year, metric and basis as a hand figure of exactly one year,
 * or null. Nothing is added up or replaced: the caller shows both.
 */
export function unhcrCounterpart(figure: HandFigureRecord, rates: ProtectionRate[]): UnhcrCounterpart | null {
  const m = figure.measurement;
  if (!m) return null;
  const field = UNHCR_FIELD_OF_METRIC[m.metric];
  const basis = UNHCR_BASIS_OF_UNIT[m.unit];
  const year = periodYears(m.period)?.wholeYear ?? null;
  if (!field || !basis || year === null) return null;
  const rate = rates.find((r) => r.country === figure.country && r.year === year && r.basis === basis);
  const value = rate?.[field];
  if (rate === undefined || value === null || value === undefined) return null;
  return { year, basis, value, approximate: rate.maskedCells > 0 };
}

/**
 * The hand figures of the chosen countries whose period overlaps the chosen years, in the order of the
 * countries, then by period and metric, each with its UNHCR counterpart (when `rates` may be compared).
 */
export function handFigureRows(
  figures: HandFigureRecord[],
  choice: { countries: string[]; from: number; to: number },
  rates: ProtectionRate[] | null,
): HandFigureRow[] {
  const order = (country: string) => choice.countries.indexOf(country);
  const rows: HandFigureRow[] = [];
  for (const figure of figures) {
    const m = figure.measurement;
    if (!m || order(figure.country) < 0 || !overlapsYears(m.period, choice.from, choice.to)) continue;
    const unhcr = rates ? unhcrCounterpart(figure, rates) : null;
    rows.push({ figure: { ...figure, measurement: m }, unhcr, differs: unhcr !== null && m.value !== null && m.value !== unhcr.value });
  }
  const start = (row: HandFigureRow) => periodYears(row.figure.measurement.period)?.first ?? 0;
  return rows.sort(
    (a, b) =>
      order(a.figure.country) - order(b.figure.country) ||
      start(a) - start(b) ||
      a.figure.measurement.period.localeCompare(b.figure.measurement.period) ||
      a.figure.measurement.metric.localeCompare(b.figure.measurement.metric) ||
      a.figure.id.localeCompare(b.figure.id),
  );
}
