import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { tKey } from '@/lib/i18n-keys';

export type IdGroup = { kind: 'actions' | 'reforms' | 'contributions'; ids: readonly string[] };

const GROUP_TITLES = {
  actions: tKey('analytics.records.actions'),
  reforms: tKey('analytics.records.reforms'),
  contributions: tKey('analytics.records.claims'),
};

const LINK_LABELS = {
  actions: tKey('analytics.records.action'),
  reforms: tKey('analytics.records.reform'),
  contributions: tKey('analytics.records.claim'),
};

/**
 * A number that opens the list of the records behind it (a disclosure, so it works without a pointer and
 * with a screen reader), each a link to the record's page.
 */
export function RecordIds({ value, groups, label }: { value: ReactNode; groups: IdGroup[]; label: string }) {
  const { t } = useTranslation();
  const nonEmpty = groups.filter((group) => group.ids.length > 0);
  if (nonEmpty.length === 0) return <span className="analytics-number">{value}</span>;
  return (
    <details className="record-ids">
      <summary aria-label={t('analytics.records.open', { what: label, value: typeof value === 'string' || typeof value === 'number' ? value : '' })}>
        <span className="analytics-number">{value}</span>
      </summary>
      <div className="record-ids-popover">
        <p className="record-ids-title">{t('analytics.records.title', { what: label })}</p>
        {nonEmpty.map((group) => (
          <div key={group.kind}>
            <p className="record-ids-group">{t(GROUP_TITLES[group.kind], { count: group.ids.length })}</p>
            <ul className="plain-list">
              {group.ids.map((id) => (
                <li key={id}>
                  <Link to={paths.record(group.kind, id)} title={id}>
                    {t(LINK_LABELS[group.kind], { id: id.slice(0, 8) })}
                  </Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </details>
  );
}
