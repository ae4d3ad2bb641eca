import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { tKey } from '@/lib/i18n-keys';
import type { AnalyticsRow } from '../api/get-analytics';

export type IdGroup = { kind: 'actions' | 'reforms' | 'contributions'; ids: readonly string[] };

/** Where an opened number finds its ids: the same row of the selection fetched with ids, once asked for. */
export type IdSource = {
  status: 'pending' | 'error' | 'success';
  /** The row with the same rowKey in the answer with ids (undefined until it has come, or if absent). */
  row: AnalyticsRow | undefined;
  /** Asks for the selection's ids (called when a number is opened; cheap to call again). */
  request: () => void;
};

/** At most this many links per group: the rest are counted, and the CSV export lists them all. */
export const MAX_LINKS = 100;

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

function Groups({ groups }: { groups: IdGroup[] }) {
  const { t, i18n } = useTranslation();
  const nonEmpty = groups.filter((group) => group.ids.length > 0);
  if (nonEmpty.length === 0) return <p>{t('analytics.records.none')}</p>;
  return (
    <>
      {nonEmpty.map((group) => (
        <div key={group.kind}>
          <p className="record-ids-group">{t(GROUP_TITLES[group.kind], { count: group.ids.length })}</p>
          <ul className="plain-list">
            {group.ids.slice(0, MAX_LINKS).map((id) => (
              <li key={id}>
                <Link to={paths.record(group.kind, id)} title={id}>
                  {t(LINK_LABELS[group.kind], { id: id.slice(0, 8) })}
                </Link>
              </li>
            ))}
          </ul>
          {group.ids.length > MAX_LINKS ? (
            <p className="record-ids-more">{t('analytics.records.more', { n: new Intl.NumberFormat(i18n.language).format(group.ids.length - MAX_LINKS) })}</p>
          ) : null}
        </div>
      ))}
    </>
  );
}

type Props = {
  value: ReactNode;
  label: string;
  /** Whether there are records behind the number (decided from the numbers, before any id is loaded). */
  available: boolean;
  /** The cell's groups of ids, taken from the row with ids. */
  groups: (row: AnalyticsRow) => IdGroup[];
  source: IdSource;
};

/**
 * A number that opens the list of the records behind it (a disclosure, so it works without a pointer and
 * with a screen reader), each a link to the record's page. The ids are asked for when it is first opened.
 */
export function RecordIds({ value, label, available, groups, source }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const shown = available && open;
  const { request } = source;
  // Also when the selection changes while it is open: the new selection's ids are then needed.
  useEffect(() => {
    if (shown) request();
  }, [shown, request]);
  if (!available) return <span className="analytics-number">{value}</span>;
  return (
    <details className="record-ids" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary aria-label={t('analytics.records.open', { what: label, value: typeof value === 'string' || typeof value === 'number' ? value : '' })}>
        <span className="analytics-number">{value}</span>
      </summary>
      {shown ? (
        <div className="record-ids-popover">
          <p className="record-ids-title">{t('analytics.records.title', { what: label })}</p>
          {source.status === 'pending' ? (
            <Loading label={t('analytics.records.loading')} />
          ) : source.status === 'error' ? (
            <Alert variant="error">{t('analytics.records.error')}</Alert>
          ) : (
            <Groups groups={source.row ? groups(source.row) : []} />
          )}
        </div>
      ) : null}
    </details>
  );
}
