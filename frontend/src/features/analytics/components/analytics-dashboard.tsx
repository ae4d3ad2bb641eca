import { useCallback, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { AS_OF_PATTERN, AsOfBanner, AsOfField } from '@/components/as-of';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Fieldset } from '@/components/ui/field';
import { TextField } from '@/components/ui/form-controls';
import { Loading } from '@/components/ui/spinner';
import { downloadBlob, todayIso } from '@/lib/download';
import { isPartialDateInput } from '@/lib/partial-date';
import {
  DEFAULT_REACH_YEARS,
  DEFAULT_WINDOW_MONTHS,
  analyticsFiltersFromSearch,
  analyticsSearch,
  getAnalyticsCsv,
  useAnalytics,
  useAnalyticsIds,
  type AnalyticsFilters,
  type AnalyticsKind,
} from '../api/get-analytics';
import { AnalyticsTable } from './analytics-table';
import { CreditChart } from './credit-chart';
import { rowKey } from './labels';

/** Countries offered as checkboxes; any other ISO 3166-1 alpha-3 code may be typed. */
export const ANALYTICS_COUNTRIES = ['JPN', 'KOR', 'CHN', 'HKG', 'MAC'] as const;
const COUNTRY_PATTERN = /^[A-Z]{3}$/;

type Draft = { countries: string[]; otherCountries: string; issue: string; from: string; to: string; windowMonths: string; reachYears: string; asOf: string };
type DraftErrors = Partial<Record<keyof Draft, string>>;

function draftOf(filters: AnalyticsFilters): Draft {
  const offered = ANALYTICS_COUNTRIES as readonly string[];
  return {
    countries: filters.countries.filter((c) => offered.includes(c)),
    otherCountries: filters.countries.filter((c) => !offered.includes(c)).join(' '),
    issue: filters.issue ?? '',
    from: filters.from ?? '',
    to: filters.to ?? '',
    windowMonths: String(filters.windowMonths ?? DEFAULT_WINDOW_MONTHS),
    reachYears: String(filters.reachYears ?? DEFAULT_REACH_YEARS),
    asOf: filters.asOf ?? '',
  };
}

function positive(text: string, max: number): number | undefined {
  if (!/^\d+$/.test(text.trim())) return undefined;
  const value = Number.parseInt(text, 10);
  return value >= 1 && value <= max ? value : undefined;
}

function countryName(code: string, t: (key: string) => string): string {
  switch (code) {
    case 'JPN':
      return t('countries.JPN');
    case 'KOR':
      return t('countries.KOR');
    case 'CHN':
      return t('countries.CHN');
    case 'HKG':
      return t('countries.HKG');
    case 'MAC':
      return t('countries.MAC');
    default:
      return code;
  }
}

function ExportCsv({ kind, filters, label }: { kind: AnalyticsKind; filters: AnalyticsFilters; label: string }) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const run = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const csv = await getAnalyticsCsv(kind, filters);
      downloadBlob(new Blob([csv], { type: 'text/csv;charset=utf-8' }), `${kind}-${filters.asOf ?? todayIso()}.csv`);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="secondary" onClick={() => void run()} disabled={busy} aria-label={label}>
        {busy ? t('analytics.exporting') : t('analytics.exportCsv')}
      </Button>
      {failed ? <Alert variant="error">{t('analytics.exportError')}</Alert> : null}
    </>
  );
}

function Section({ kind, filters }: { kind: AnalyticsKind; filters: AnalyticsFilters }) {
  const { t } = useTranslation();
  const id = useId();
  const query = useAnalytics(kind, filters);
  // The ids are fetched once a number of this selection is opened (one request per selection, cached);
  // a selection opened before and chosen again is answered from the cache.
  const selection = JSON.stringify(filters);
  const [idsWantedFor, setIdsWantedFor] = useState<string | null>(null);
  const idsQuery = useAnalyticsIds(kind, filters, { enabled: idsWantedFor === selection });
  const requestIds = useCallback(() => setIdsWantedFor(selection), [selection]);
  const idRows = useMemo(() => (idsQuery.data ? new Map(idsQuery.data.map((row) => [rowKey(row), row])) : undefined), [idsQuery.data]);
  const byFraming = kind === 'framings';
  const title = byFraming ? t('analytics.framings.title') : t('analytics.legalBases.title');
  const footnoteId = `${id}-lag-footnote`;
  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      <div className="form-actions">
        <ExportCsv kind={kind} filters={filters} label={byFraming ? t('analytics.framings.export') : t('analytics.legalBases.export')} />
      </div>
      {query.isPending ? (
        <Loading label={t('analytics.loading')} />
      ) : query.isError ? (
        <Alert variant="error">{t('analytics.error')}</Alert>
      ) : query.data.length === 0 ? (
        <p className="empty" data-testid={`${kind}-empty`}>
          {t('analytics.empty')}
        </p>
      ) : (
        <>
          <AnalyticsTable
            rows={query.data}
            caption={byFraming ? t('analytics.framings.caption') : t('analytics.legalBases.caption')}
            rowHeading={byFraming ? t('analytics.columns.framing') : t('analytics.columns.legalBasis')}
            windowMonths={filters.windowMonths ?? DEFAULT_WINDOW_MONTHS}
            reachYears={filters.reachYears ?? DEFAULT_REACH_YEARS}
            footnoteId={footnoteId}
            ids={{ status: idsQuery.status, rows: idRows, request: requestIds }}
          />
          <ul className="footnotes">
            <li id={footnoteId}>{t('analytics.footnotes.lag')}</li>
            <li>{t('analytics.footnotes.association', { months: filters.windowMonths ?? DEFAULT_WINDOW_MONTHS })}</li>
            <li>{t('analytics.footnotes.credit')}</li>
            <li>{t('analytics.footnotes.smallSample')}</li>
          </ul>
          {byFraming ? <CreditChart rows={query.data} filename={`framing-credit-${filters.asOf ?? todayIso()}`} /> : null}
        </>
      )}
    </section>
  );
}

/**
 * The framing dashboard: which framings, avenues and legal bases were followed by policy change, with the
 * strength of the evidence, for a selection kept in the address, as the record stands today or stood on an
 * earlier day.
 */
export function AnalyticsDashboard() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = analyticsFiltersFromSearch(searchParams);
  const [draft, setDraft] = useState<Draft>(() => draftOf(filters));
  const [errors, setErrors] = useState<DraftErrors>({});
  const set = (name: keyof Omit<Draft, 'countries'>) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found: DraftErrors = {};
    const others = draft.otherCountries.split(/[\s,;]+/).map((c) => c.trim().toUpperCase()).filter(Boolean);
    if (others.some((c) => !COUNTRY_PATTERN.test(c))) found.otherCountries = t('record.errors.country');
    for (const name of ['from', 'to'] as const) if (!isPartialDateInput(draft[name])) found[name] = t('record.errors.date');
    const windowMonths = positive(draft.windowMonths, 600);
    if (windowMonths === undefined) found.windowMonths = t('analytics.errors.months');
    const reachYears = positive(draft.reachYears, 30);
    if (reachYears === undefined) found.reachYears = t('analytics.errors.years');
    if (draft.asOf && (!AS_OF_PATTERN.test(draft.asOf) || draft.asOf > todayIso())) found.asOf = t('asOf.error');
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSearchParams(
      analyticsSearch({
        countries: [...new Set([...draft.countries, ...others])],
        issue: draft.issue.trim() || undefined,
        from: draft.from.trim() || undefined,
        to: draft.to.trim() || undefined,
        windowMonths: windowMonths === DEFAULT_WINDOW_MONTHS ? undefined : windowMonths,
        reachYears: reachYears === DEFAULT_REACH_YEARS ? undefined : reachYears,
        asOf: draft.asOf || undefined,
      }),
    );
  };

  const clearAsOf = () => {
    setDraft((current) => ({ ...current, asOf: '' }));
    const next = new URLSearchParams(searchParams);
    next.delete('asOf');
    setSearchParams(next);
  };

  const toggleCountry = (code: string, checked: boolean) =>
    setDraft((current) => ({ ...current, countries: checked ? [...current.countries, code] : current.countries.filter((c) => c !== code) }));

  return (
    <>
      <form className="form card analytics-filters" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-filters`} role="search">
        <h2 id={`${id}-filters`}>{t('analytics.filters.title')}</h2>
        <Fieldset id={`${id}-countries`} legend={t('analytics.filters.countries')} hint={t('analytics.filters.countriesHint')}>
          <ul className="plain-list choice-list inline-choices">
            {ANALYTICS_COUNTRIES.map((code) => (
              <li key={code}>
                <label className="checkbox">
                  <input type="checkbox" value={code} checked={draft.countries.includes(code)} onChange={(event) => toggleCountry(code, event.target.checked)} />
                  <span>{`${countryName(code, t)} (${code})`}</span>
                </label>
              </li>
            ))}
          </ul>
        </Fieldset>
        <div className="form-grid">
          <TextField
            id={`${id}-other`}
            label={t('analytics.filters.otherCountries')}
            hint={t('analytics.filters.otherCountriesHint')}
            value={draft.otherCountries}
            onChange={set('otherCountries')}
            error={errors.otherCountries ? [errors.otherCountries] : undefined}
          />
          <TextField id={`${id}-issue`} label={t('analytics.filters.issue')} value={draft.issue} onChange={set('issue')} />
          <TextField id={`${id}-from`} label={t('analytics.filters.from')} hint={t('timeline.filters.dateHint')} value={draft.from} onChange={set('from')} error={errors.from ? [errors.from] : undefined} />
          <TextField id={`${id}-to`} label={t('analytics.filters.to')} hint={t('timeline.filters.dateHint')} value={draft.to} onChange={set('to')} error={errors.to ? [errors.to] : undefined} />
          <TextField
            id={`${id}-window`}
            type="number"
            label={t('analytics.filters.windowMonths')}
            hint={t('analytics.filters.windowMonthsHint')}
            value={draft.windowMonths}
            onChange={set('windowMonths')}
            error={errors.windowMonths ? [errors.windowMonths] : undefined}
          />
          <TextField
            id={`${id}-reach`}
            type="number"
            label={t('analytics.filters.reachYears')}
            hint={t('analytics.filters.reachYearsHint')}
            value={draft.reachYears}
            onChange={set('reachYears')}
            error={errors.reachYears ? [errors.reachYears] : undefined}
          />
          <AsOfField id={`${id}-as-of`} value={draft.asOf} onChange={set('asOf')} error={errors.asOf} />
        </div>
        <div className="form-actions">
          <Button type="submit">{t('analytics.filters.submit')}</Button>
        </div>
      </form>

      <AsOfBanner asOf={filters.asOf} onClear={clearAsOf} />
      <Section kind="framings" filters={filters} />
      <Section kind="legal-bases" filters={filters} />
    </>
  );
}
