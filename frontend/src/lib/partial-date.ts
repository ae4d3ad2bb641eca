/**
 * Dates known to the day, the month, the year or not at all ("2014-03-05", "2014-03", "2004", null), and
 * periods ("2015", "1994 to 2015-08"), as the API sends them. A date is shown with its own precision and
 * never made more precise than it is.
 */

export type DatePrecision = 'DAY' | 'MONTH' | 'YEAR' | 'UNKNOWN';

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export type ParsedPartialDate = { year: number; month?: number; day?: number; precision: Exclude<DatePrecision, 'UNKNOWN'> };

/** Parses "2004", "2014-03" or "2014-03-05"; undefined when the text is not such a date (or not a real day). */
export function parsePartialDate(text: string): ParsedPartialDate | undefined {
  const match = PARTIAL_DATE.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  if (year < 1000) return undefined;
  if (match[2] === undefined) return { year, precision: 'YEAR' };
  const month = Number(match[2]);
  if (month < 1 || month > 12) return undefined;
  if (match[3] === undefined) return { year, month, precision: 'MONTH' };
  const day = Number(match[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day, precision: 'DAY' };
}

/** True for "", "2004", "2014-03" and "2014-03-05" (empty means the date is unknown). */
export function isPartialDateInput(text: string): boolean {
  return text.trim() === '' || parsePartialDate(text) !== undefined;
}

/** The text of a date input as the API wants it: null when empty (unknown). */
export function toPartialDateValue(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * "2004" → "2004" (ja "2004年"), "2014-03" → "March 2014" (ja "2014年3月"), "2014-03-05" → "March 5, 2014";
 * null/undefined/unparseable → `unknownLabel` (or the text as it came, when it is not a date).
 */
export function formatPartialDate(value: string | null | undefined, language: string, unknownLabel: string): string {
  if (value === null || value === undefined || value.trim() === '') return unknownLabel;
  const parsed = parsePartialDate(value);
  if (!parsed) return value;
  const date = new Date(Date.UTC(parsed.year, (parsed.month ?? 1) - 1, parsed.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    parsed.precision === 'YEAR'
      ? { year: 'numeric', timeZone: 'UTC' }
      : parsed.precision === 'MONTH'
        ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
        : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(language, options).format(date);
}

/** Splits "1994 to 2015-08" into its ends; a single date is both ends. */
export function splitPeriod(period: string): { from: string; to: string } {
  const parts = period.split(/\s+to\s+/);
  if (parts.length === 2) return { from: parts[0].trim(), to: parts[1].trim() };
  return { from: period.trim(), to: period.trim() };
}

/** An instant (recordedAt) with date and time in the reader's language. */
export function formatInstant(value: string | null | undefined, language: string): string {
  if (!value) return '';
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
