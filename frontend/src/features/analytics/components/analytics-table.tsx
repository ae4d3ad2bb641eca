import { useTranslation } from 'react-i18next';
import type { AnalyticsRow } from '../api/get-analytics';
import { rowKey, rowLabel } from './labels';
import { RecordIds } from './record-ids';

export function formatCredit(value: number | null, language: string): string {
  if (value === null) return '—';
  return new Intl.NumberFormat(language, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}

function formatMonths(value: number | null, language: string): string {
  return value === null ? '—' : new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(value);
}

function Reach({ before, after, language }: { before: number | null; after: number | null; language: string }) {
  const format = (value: number | null) => (value === null ? '—' : new Intl.NumberFormat(language).format(value));
  return <>{`${format(before)} → ${format(after)}`}</>;
}

type Props = {
  rows: AnalyticsRow[];
  /** Caption of the table (also its accessible name). */
  caption: string;
  /** Heading of the first column: "Framing" or "Legal basis". */
  rowHeading: string;
  windowMonths: number;
  reachYears: number;
  footnoteId: string;
};

/**
 * One row per framing, avenue or legal basis: every figure the API gives, each number opening the records
 * behind it; small samples marked; lags shown as "median (min–max) months", marked when they rest on
 * imprecise dates; the temporal association labelled as such.
 */
export function AnalyticsTable({ rows, caption, rowHeading, windowMonths, reachYears, footnoteId }: Props) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const showReach = rows.some((row) => [row.reachRecognizedBefore, row.reachRecognizedAfter, row.reachComplementaryBefore, row.reachComplementaryAfter].some((v) => v !== null));
  const header = {
    actions: t('analytics.columns.actions'),
    claimedReforms: t('analytics.columns.claimedReforms'),
    substantiatedReforms: t('analytics.columns.substantiatedReforms'),
    disputedReforms: t('analytics.columns.disputedReforms'),
    progressive: t('analytics.columns.progressive'),
    regressive: t('analytics.columns.regressive'),
    creditAll: t('analytics.columns.creditAll'),
    creditSubstantiated: t('analytics.columns.creditSubstantiated'),
    lag: t('analytics.columns.lag'),
    associated: t('analytics.columns.associated', { months: windowMonths }),
    reach: t('analytics.columns.reach', { years: reachYears }),
  };
  return (
    <div className="table-wrapper">
      <table className="campaigns-table analytics-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{rowHeading}</th>
            <th scope="col">{header.actions}</th>
            <th scope="col">{header.claimedReforms}</th>
            <th scope="col">{header.substantiatedReforms}</th>
            <th scope="col">{header.disputedReforms}</th>
            <th scope="col">{header.progressive}</th>
            <th scope="col">{header.regressive}</th>
            <th scope="col">{header.creditAll}</th>
            <th scope="col">{header.creditSubstantiated}</th>
            <th scope="col">{header.lag}</th>
            <th scope="col" className="association-heading">
              {header.associated}
            </th>
            {showReach ? <th scope="col">{header.reach}</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const label = rowLabel(row, t);
            const reforms = (ids: readonly string[]) => ({ kind: 'reforms' as const, ids });
            const claims = (ids: readonly string[]) => ({ kind: 'contributions' as const, ids });
            const what = (column: string) => `${label}: ${column}`;
            return (
              <tr key={rowKey(row)} className={row.avenue ? 'analytics-avenue' : undefined} data-small-sample={row.smallSample ? 'true' : undefined}>
                <th scope="row">
                  {label}
                  {row.smallSample ? (
                    <span className="small-sample" data-testid="small-sample">
                      {' '}
                      <span aria-hidden="true">⚠ </span>
                      {t('analytics.smallSample')}
                    </span>
                  ) : null}
                </th>
                <td>
                  <RecordIds value={row.actions} label={what(header.actions)} groups={[{ kind: 'actions', ids: row.actionIds }]} />
                </td>
                <td>
                  <RecordIds value={row.claimedReforms} label={what(header.claimedReforms)} groups={[reforms(row.reformIds), claims(row.claimIds)]} />
                </td>
                <td>
                  <RecordIds
                    value={row.substantiatedReforms}
                    label={what(header.substantiatedReforms)}
                    groups={[reforms(row.substantiatedReformIds), claims(row.substantiatedClaimIds)]}
                  />
                </td>
                <td>
                  <RecordIds value={row.disputedReforms} label={what(header.disputedReforms)} groups={[reforms(row.disputedReformIds), claims(row.disputedClaimIds)]} />
                </td>
                <td>
                  <RecordIds value={row.progressive} label={what(header.progressive)} groups={[reforms(row.progressiveReformIds)]} />
                </td>
                <td>
                  <RecordIds value={row.regressive} label={what(header.regressive)} groups={[reforms(row.regressiveReformIds)]} />
                </td>
                <td>
                  <RecordIds value={formatCredit(row.creditAll, language)} label={what(header.creditAll)} groups={[claims(row.claimIds)]} />
                </td>
                <td>
                  <RecordIds value={formatCredit(row.creditSubstantiated, language)} label={what(header.creditSubstantiated)} groups={[claims(row.substantiatedClaimIds)]} />
                </td>
                <td>
                  {row.medianLagMonths === null ? (
                    <span className="muted">—</span>
                  ) : (
                    <RecordIds
                      value={t('analytics.lag', {
                        median: formatMonths(row.medianLagMonths, language),
                        min: formatMonths(row.minLagMonths, language),
                        max: formatMonths(row.maxLagMonths, language),
                      })}
                      label={what(header.lag)}
                      groups={[{ kind: 'actions', ids: row.actionIds }, reforms(row.reformIds)]}
                    />
                  )}
                  {row.lagImprecise ? (
                    <sup>
                      <a href={`#${footnoteId}`} className="lag-imprecise" aria-label={t('analytics.lagImpreciseMarker')} title={t('analytics.lagImpreciseMarker')}>
                        *
                      </a>
                    </sup>
                  ) : null}
                </td>
                <td>
                  <RecordIds value={row.associatedReforms} label={what(t('analytics.columns.associatedShort'))} groups={[{ kind: 'reforms', ids: row.associatedReformIds }]} />
                </td>
                {showReach ? (
                  <td>
                    <span className="reach">
                      {t('analytics.reachRecognized')} <Reach before={row.reachRecognizedBefore} after={row.reachRecognizedAfter} language={language} />
                      <br />
                      {t('analytics.reachComplementary')} <Reach before={row.reachComplementaryBefore} after={row.reachComplementaryAfter} language={language} />
                    </span>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
