import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { tKey } from '@/lib/i18n-keys';
import { useHandFigures } from '../api/get-hand-figures';
import type { ProtectionRate, ProtectionRateFilters } from '../api/get-protection-rates';
import { handFigureRows, type HandFigureRow } from '../utils/compare-figures';

const METRIC_LABELS: Record<string, string> = {
  ASYLUM_APPLICATIONS: tKey('record.metric.ASYLUM_APPLICATIONS'),
  REFUGEE_RECOGNITIONS: tKey('record.metric.REFUGEE_RECOGNITIONS'),
  HUMANITARIAN_PROTECTION_GRANTS: tKey('record.metric.HUMANITARIAN_PROTECTION_GRANTS'),
  REJECTIONS: tKey('record.metric.REJECTIONS'),
  OTHER: tKey('record.metric.OTHER'),
};

const UNIT_LABELS: Record<string, string> = {
  PERSONS: tKey('record.unit.PERSONS'),
  CASES: tKey('record.unit.CASES'),
};

/** UNHCR's sums cover every origin, authority and stage only without these filters; only then are they compared. */
export function comparableWithUnhcr(filters: ProtectionRateFilters): boolean {
  return !filters.origin && !filters.authority && !filters.stage;
}

/**
 * "Figures recorded by coordinators": the measured outcomes of the chosen countries whose period overlaps the
 * chosen years, each with its own source, and beside it UNHCR's figure for the same country, year, metric and
 * basis when there is one. Two sources that disagree are both shown and marked; neither replaces the other.
 */
export function HandFigures({ filters, rates }: { filters: ProtectionRateFilters; rates: ProtectionRate[] | undefined }) {
  const { t } = useTranslation();
  const query = useHandFigures(filters.countries);
  const comparable = comparableWithUnhcr(filters);
  return (
    <section aria-labelledby="hand-figures-heading" className="card">
      <h2 id="hand-figures-heading">{t('statistics.hand.title')}</h2>
      <p className="muted">{t('statistics.hand.intro')}</p>
      {query.isPending ? <Loading label={t('statistics.hand.loading')} /> : null}
      {query.isError ? <Alert variant="error">{t('statistics.hand.error')}</Alert> : null}
      {query.isSuccess ? (
        <HandFiguresTable
          rows={handFigureRows(query.data.items, filters, comparable ? (rates ?? null) : null)}
          truncated={query.data.truncated}
          comparable={comparable}
        />
      ) : null}
    </section>
  );
}

export function HandFiguresTable({ rows, truncated, comparable }: { rows: HandFigureRow[]; truncated: boolean; comparable: boolean }) {
  const { t, i18n } = useTranslation();
  const number = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(i18n.language).format(value));
  return (
    <>
      {!comparable ? <p className="muted">{t('statistics.hand.notCompared')}</p> : null}
      {truncated ? <Alert variant="info">{t('statistics.hand.truncated')}</Alert> : null}
      {rows.length === 0 ? (
        <p className="empty">{t('statistics.hand.empty')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="hand-figures-table">
            <caption>{t('statistics.hand.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.columns.country')}</th>
                <th scope="col">{t('statistics.hand.period')}</th>
                <th scope="col">{t('statistics.hand.metric')}</th>
                <th scope="col">{t('statistics.hand.value')}</th>
                <th scope="col">{t('statistics.hand.unit')}</th>
                <th scope="col">{t('statistics.hand.source')}</th>
                <th scope="col">{t('statistics.hand.unhcr')}</th>
                <th scope="col">{t('statistics.hand.comparison')}</th>
                <th scope="col">{t('statistics.hand.record')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ figure, unhcr, differs }) => {
                const m = figure.measurement;
                const metric = METRIC_LABELS[m.metric] ? t(METRIC_LABELS[m.metric]) : m.metric;
                return (
                  <tr key={figure.id} className={differs ? 'sources-differ' : undefined}>
                    <th scope="row">{figure.country}</th>
                    <td>{m.period}</td>
                    <td>{m.metric === 'OTHER' && m.otherMetric ? `${metric}: ${m.otherMetric}` : metric}</td>
                    <td>{number(m.value)}</td>
                    <td>{UNIT_LABELS[m.unit] ? t(UNIT_LABELS[m.unit]) : m.unit}</td>
                    <td>{m.source || '—'}</td>
                    <td>
                      {unhcr ? (
                        <>
                          {(unhcr.approximate ? '≈ ' : '') + number(unhcr.value)}{' '}
                          <span className="muted">{t('statistics.hand.unhcrSource', { year: unhcr.year })}</span>
                        </>
                      ) : (
                        '—'
                      )}
                    </td>
                    <td>{unhcr ? (differs ? <strong>{t('statistics.hand.differ')}</strong> : t('statistics.hand.agree')) : '—'}</td>
                    <td>
                      <Link to={paths.record('outcomes', figure.id)}>{t('statistics.hand.open')}</Link>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
