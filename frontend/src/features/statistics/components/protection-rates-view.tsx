import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field, Fieldset } from '@/components/ui/field';
import { Loading } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api-client';
import { useProtectionRates, type ProtectionRate, type ProtectionRateFilters } from '../api/get-protection-rates';
import { HandFigures } from './hand-figures';
import { PeriodFigures } from './period-figures';
import { RatesChart } from './rates-chart';

export const ASYLUM_COUNTRIES = ['JPN', 'KOR', 'CHN', 'HKG', 'MAC'] as const;

export function formatRate(rate: number | null, language: string): string {
  if (rate === null) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

function formatCount(value: number | null, language: string): string {
  return value === null ? '—' : new Intl.NumberFormat(language).format(value);
}

/** Filters, then the chart and the table of protection rates (UNHCR figures), and under them the figures coordinators recorded by hand. */
export function ProtectionRatesView({ initial }: { initial?: ProtectionRateFilters }) {
  const { t, i18n } = useTranslation();
  const thisYear = new Date().getFullYear();
  const [countries, setCountries] = useState<string[]>(initial?.countries ?? ['KOR']);
  const [from, setFrom] = useState(String(initial?.from ?? 2000));
  const [to, setTo] = useState(String(initial?.to ?? thisYear));
  const [origin, setOrigin] = useState(initial?.origin ?? '');
  const [authority, setAuthority] = useState(initial?.authority ?? '');
  const [stage, setStage] = useState(initial?.stage ?? '');
  const [basis, setBasis] = useState(initial?.basis ?? '');
  const [filters, setFilters] = useState<ProtectionRateFilters | null>(initial ?? null);
  const [formError, setFormError] = useState<string | null>(null);
  const [period, setPeriod] = useState<{ country: string; year: number } | null>(null);
  const query = useProtectionRates(filters);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const first = Number.parseInt(from, 10);
    const last = Number.parseInt(to, 10);
    if (countries.length === 0) {
      setFormError(t('statistics.filters.errors.country'));
      return;
    }
    if (!Number.isInteger(first) || !Number.isInteger(last) || first > last) {
      setFormError(t('statistics.filters.errors.years'));
      return;
    }
    setFormError(null);
    setPeriod(null);
    setFilters({
      countries,
      from: first,
      to: last,
      origin: origin.trim().toUpperCase() || undefined,
      authority: authority || undefined,
      stage: stage.trim().toUpperCase() || undefined,
      basis: basis || undefined,
    });
  };

  const toggle = (code: string, checked: boolean) =>
    setCountries((current) => (checked ? [...current, code] : current.filter((c) => c !== code)));

  return (
    <>
      <form className="form statistics-filters" onSubmit={onSubmit} noValidate aria-labelledby="rates-filters-heading">
        <h2 id="rates-filters-heading">{t('statistics.filters.title')}</h2>
        <Fieldset id="rates-countries" legend={t('statistics.filters.countries')}>
          <div className="checkbox-group">
            {ASYLUM_COUNTRIES.map((code) => (
              <label key={code} className="checkbox">
                <input type="checkbox" name="country" value={code} checked={countries.includes(code)} onChange={(e) => toggle(code, e.target.checked)} />
                {t(`countries.${code}`)} <span className="code">({code})</span>
              </label>
            ))}
          </div>
        </Fieldset>
        <div className="filter-row">
          <Field id="rates-from" label={t('statistics.filters.from')}>
            {(control) => <input {...control} type="number" inputMode="numeric" min={1951} max={2100} value={from} onChange={(e) => setFrom(e.target.value)} />}
          </Field>
          <Field id="rates-to" label={t('statistics.filters.to')}>
            {(control) => <input {...control} type="number" inputMode="numeric" min={1951} max={2100} value={to} onChange={(e) => setTo(e.target.value)} />}
          </Field>
          <Field id="rates-origin" label={t('statistics.filters.origin')} hint={t('statistics.filters.originHint')}>
            {(control) => <input {...control} type="text" maxLength={3} autoComplete="off" value={origin} onChange={(e) => setOrigin(e.target.value)} />}
          </Field>
          <Field id="rates-authority" label={t('statistics.filters.authority')}>
            {(control) => (
              <select {...control} value={authority} onChange={(e) => setAuthority(e.target.value)}>
                <option value="">{t('statistics.filters.all')}</option>
                <option value="G">{t('statistics.authority.G')}</option>
                <option value="U">{t('statistics.authority.U')}</option>
                <option value="J">{t('statistics.authority.J')}</option>
              </select>
            )}
          </Field>
          <Field id="rates-stage" label={t('statistics.filters.stage')} hint={t('statistics.filters.stageHint')}>
            {(control) => <input {...control} type="text" maxLength={2} autoComplete="off" value={stage} onChange={(e) => setStage(e.target.value)} />}
          </Field>
          <Field id="rates-basis" label={t('statistics.filters.basis')}>
            {(control) => (
              <select {...control} value={basis} onChange={(e) => setBasis(e.target.value)}>
                <option value="">{t('statistics.filters.eachBasis')}</option>
                <option value="P">{t('statistics.basis.P')}</option>
                <option value="C">{t('statistics.basis.C')}</option>
              </select>
            )}
          </Field>
        </div>
        <div className="form-actions">
          <Button type="submit">{t('statistics.filters.submit')}</Button>
        </div>
        {formError ? <Alert variant="error">{formError}</Alert> : null}
      </form>

      <section aria-labelledby="rates-heading" className="card">
        <h2 id="rates-heading">{t('statistics.rates.title')}</h2>
        <p className="muted">{t('statistics.rates.definitions')}</p>
        {filters === null ? <p className="empty">{t('statistics.rates.choose')}</p> : null}
        {filters !== null && query.isPending ? <Loading label={t('statistics.rates.loading')} /> : null}
        {query.isError ? (
          <Alert variant="error" title={t('statistics.rates.error')}>
            {isApiError(query.error) && query.error.errors.length > 0 ? <p>{query.error.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}</p> : null}
          </Alert>
        ) : null}
        {query.isSuccess && query.data.length === 0 ? <p className="empty">{t('statistics.rates.empty')}</p> : null}
        {query.isSuccess && query.data.length > 0 ? (
          <>
            <RatesChart rates={query.data} />
            <RatesTable rates={query.data} language={i18n.language} onShowFigures={setPeriod} />
          </>
        ) : null}
      </section>
      {filters !== null ? <HandFigures filters={filters} rates={query.data} /> : null}
      {period ? <PeriodFigures country={period.country} year={period.year} /> : null}
    </>
  );
}

export function RatesTable({
  rates,
  language,
  onShowFigures,
}: {
  rates: ProtectionRate[];
  language: string;
  onShowFigures?: (period: { country: string; year: number }) => void;
}) {
  const { t } = useTranslation();
  const approximate = rates.some((r) => r.maskedCells > 0);
  return (
    <div className="table-wrapper">
      <table className="rates-table">
        <caption>
          {t('statistics.rates.caption')} {t('statistics.attribution')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.columns.country')}</th>
            <th scope="col">{t('statistics.columns.year')}</th>
            <th scope="col">{t('statistics.columns.basis')}</th>
            <th scope="col">{t('statistics.columns.recognized')}</th>
            <th scope="col">{t('statistics.columns.complementaryProtection')}</th>
            <th scope="col">{t('statistics.columns.rejected')}</th>
            <th scope="col">{t('statistics.columns.otherwiseClosed')}</th>
            <th scope="col">{t('statistics.columns.totalDecisions')}</th>
            <th scope="col">{t('statistics.columns.applications')}</th>
            <th scope="col">{t('statistics.columns.refugeeRecognitionRate')}</th>
            <th scope="col">{t('statistics.columns.totalProtectionRate')}</th>
            <th scope="col">{t('statistics.columns.maskedCells')}</th>
            {onShowFigures ? <th scope="col">{t('statistics.columns.figures')}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rates.map((r) => {
            const mark = r.maskedCells > 0 ? '≈ ' : '';
            return (
              <tr key={`${r.country}-${r.year}-${r.basis}`}>
                <th scope="row">{r.country}</th>
                <td>{r.year}</td>
                <td>{r.basis === 'P' ? t('statistics.basis.P') : t('statistics.basis.C')}</td>
                <td>{formatCount(r.recognized, language)}</td>
                <td>{formatCount(r.complementaryProtection, language)}</td>
                <td>{formatCount(r.rejected, language)}</td>
                <td>{formatCount(r.otherwiseClosed, language)}</td>
                <td>{formatCount(r.totalDecisions, language)}</td>
                <td>{formatCount(r.applications, language)}</td>
                <td>{r.refugeeRecognitionRate === null ? '—' : mark + formatRate(r.refugeeRecognitionRate, language)}</td>
                <td>{r.totalProtectionRate === null ? '—' : mark + formatRate(r.totalProtectionRate, language)}</td>
                <td>{r.maskedCells}</td>
                {onShowFigures ? (
                  <td>
                    <Button variant="link" onClick={() => onShowFigures({ country: r.country, year: r.year })}>
                      {t('statistics.rates.showFigures', { country: r.country, year: r.year })}
                    </Button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {approximate ? <p className="muted">{t('statistics.rates.approximate')}</p> : null}
    </div>
  );
}
