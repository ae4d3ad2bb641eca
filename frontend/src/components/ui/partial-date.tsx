import { useTranslation } from 'react-i18next';
import { formatPartialDate, splitPeriod } from '@/lib/partial-date';

/** A date with its own precision ("2004", "March 2014"), or "date unknown". */
export function PartialDateText({ value }: { value: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  const text = formatPartialDate(value, i18n.language, t('dates.unknown'));
  return value ? <time dateTime={value}>{text}</time> : <span className="muted">{text}</span>;
}

/** A period such as "1994 to 2015-08", each end with its own precision. */
export function PeriodText({ value }: { value: string | null | undefined }) {
  const { t, i18n } = useTranslation();
  if (!value) return <span className="muted">{t('dates.unknown')}</span>;
  const { from, to } = splitPeriod(value);
  const unknown = t('dates.unknown');
  if (from === to) return <>{formatPartialDate(from, i18n.language, unknown)}</>;
  return <>{t('dates.period', { from: formatPartialDate(from, i18n.language, unknown), to: formatPartialDate(to, i18n.language, unknown) })}</>;
}
