import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { todayIso } from '@/lib/download';
import { formatPartialDate } from '@/lib/partial-date';

export const AS_OF_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A date picker for "as of": the record as it stood at the end of that day; empty means today. */
export function AsOfField({ id, value, onChange, error }: { id: string; value: string; onChange: (value: string) => void; error?: string }) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={t('asOf.label')} hint={t('asOf.hint')} error={error}>
      {(control) => <input {...control} type="date" max={todayIso()} value={value} onChange={(event) => onChange(event.target.value)} />}
    </Field>
  );
}

/** The banner shown while a page shows the record as it stood on an earlier day. */
export function AsOfBanner({ asOf, onClear }: { asOf: string | undefined; onClear?: () => void }) {
  const { t, i18n } = useTranslation();
  if (!asOf) return null;
  return (
    <div className="alert alert-info as-of-banner" role="status" data-testid="as-of-banner">
      <p className="alert-title">{t('asOf.banner', { date: formatPartialDate(asOf, i18n.language, asOf) })}</p>
      <p>{t('asOf.bannerDetail')}</p>
      {onClear ? (
        <Button variant="secondary" onClick={onClear}>
          {t('asOf.clear')}
        </Button>
      ) : null}
    </div>
  );
}
