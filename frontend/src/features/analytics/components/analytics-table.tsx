import { useTranslation } from 'react-i18next';
import type { AnalyticsRow } from '../api/get-analytics';
import { rowKey, rowLabel } from './labels';
import { RecordIds, type IdGroup, type IdSource } from './record-ids';

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
  /** The selection's rows with ids, by rowKey, once a number was opened and they have come. */
  ids: { status: IdSource['status']; rows: ReadonlyMap<string, AnalyticsRow> | undefined; request: () => void };
};

/**
 * One row per framing, avenue or legal basis: every figure the API gives, each number above zero opening the
 * records behind it (their ids loaded when one is first opened); small samples marked; lags shown as "median (min–max) months", marked when they rest on
 * imprecise dates; the temporal association labelled as such.
 */
export function AnalyticsTable({ rows, caption, rowHeading, windowMonths, reachYears, footnoteId, ids }: Props) {
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
            const reforms = (list: readonly string[]): IdGroup => ({ kind: 'reforms', ids: list });
            const claims = (list: readonly string[]): IdGroup => ({ kind: 'contributions', ids: list });
            const actions = (list: readonly string[]): IdGroup => ({ kind: 'actions', ids: list });
            const what = (column: string) => `${label}: ${column}`;
            const source: IdSource = { status: ids.status, row: ids.rows?.get(rowKey(row)), request: ids.request };
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
                  <RecordIds value={row.actions} label={what(header.actions)} available={row.actions > 0} source={source} groups={(r) => [actions(r.actionIds)]} />
                </td>
                <td>
                  <RecordIds
                    value={row.claimedReforms}
                    label={what(header.claimedReforms)}
                    available={row.claimedReforms > 0}
                    source={source}
                    groups={(r) => [reforms(r.reformIds), claims(r.claimIds)]}
                  />
                </td>
                <td>
                  <RecordIds
                    value={row.substantiatedReforms}
                    label={what(header.substantiatedReforms)}
                    available={row.substantiatedReforms > 0}
                    source={source}
                    groups={(r) => [reforms(r.substantiatedReformIds), claims(r.substantiatedClaimIds)]}
                  />
                </td>
                <td>
                  <RecordIds
                    value={row.disputedReforms}
                    label={what(header.disputedReforms)}
                    available={row.disputedReforms > 0}
                    source={source}
                    groups={(r) => [reforms(r.disputedReformIds), claims(r.disputedClaimIds)]}
                  />
                </td>
                <td>
                  <RecordIds value={row.progressive} label={what(header.progressive)} available={row.progressive > 0} source={source} groups={(r) => [reforms(r.progressiveReformIds)]} />
                </td>
                <td>
                  <RecordIds value={row.regressive} label={what(header.regressive)} available={row.regressive > 0} source={source} groups={(r) => [reforms(r.regressiveReformIds)]} />
                </td>
                <td>
                  <RecordIds
                    value={formatCredit(row.creditAll, language)}
                    label={what(header.creditAll)}
                    available={row.claimedReforms > 0}
                    source={source}
                    groups={(r) => [claims(r.claimIds)]}
                  />
                </td>
                <td>
                  <RecordIds
                    value={formatCredit(row.creditSubstantiated, language)}
                    label={what(header.creditSubstantiated)}
                    available={row.substantiatedReforms > 0}
                    source={source}
                    groups={(r) => [claims(r.substantiatedClaimIds)]}
                  />
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
                      available
                      source={source}
                      groups={(r) => [actions(r.actionIds), reforms(r.reformIds)]}
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
                  <RecordIds
                    value={row.associatedReforms}
                    label={what(t('analytics.columns.associatedShort'))}
                    available={row.associatedReforms > 0}
                    source={source}
                    groups={(r) => [reforms(r.associatedReformIds)]}
                  />
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
