import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/partial-date';
import type { HistoryEntry } from '../api/schemas';
import { formatHistoryValue } from './format-value';
import { EVENT_LABELS, FIELD_LABELS, labelOf } from './labels';

/** Every event of a record, oldest first: what happened, who recorded it, when, why, and what changed. */
export function RecordHistory({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <p className="muted">{t('history.empty')}</p>;
  return (
    <ol className="history">
      {entries.map((entry) => (
        <li key={entry.version} className="history-entry">
          <h3>{labelOf(EVENT_LABELS, entry.event, t)}</h3>
          <p className="history-meta">
            {t('history.recorded', {
              when: formatInstant(entry.recordedAt, i18n.language),
              who: entry.recordedBy ?? t('history.unknownUser'),
            })}
          </p>
          {entry.reason ? (
            <p>
              <strong>{t('history.reason')}</strong> {entry.reason}
            </p>
          ) : null}
          {entry.changes.length > 0 ? (
            <div className="table-wrapper">
              <table className="campaigns-table history-changes">
                <caption>{t('history.changes')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('history.field')}</th>
                    <th scope="col">{t('history.from')}</th>
                    <th scope="col">{t('history.to')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.changes.map((change) => (
                    <tr key={change.field}>
                      <th scope="row">{labelOf(FIELD_LABELS, change.field, t)}</th>
                      <td>{formatHistoryValue(change.field, change.from, i18n.language, t)}</td>
                      <td>{formatHistoryValue(change.field, change.to, i18n.language, t)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
