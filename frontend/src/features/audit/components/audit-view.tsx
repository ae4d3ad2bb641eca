import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import { Loading } from '@/components/ui/spinner';
import { generalMessage } from '@/lib/form-messages';
import { formatDateTime } from '@/lib/format';
import { downloadAuditCsv, useAudit, type AuditEntry, type AuditFilters } from '../api/get-audit';

/** Kinds offered as suggestions (the security log's, then what an event did); any other can be typed. */
export const SUGGESTED_KINDS = [
  'LOGGED_IN',
  'LOGIN_FAILED',
  'LOGIN_THROTTLED',
  'LOGGED_OUT',
  'ACCESS_REFUSED',
  'USER_CREATED',
  'USER_CHANGED',
  'USER_DISABLED',
  'USER_ENABLED',
  'PASSWORD_RESET',
  'PASSWORD_CHANGED',
  'ORGANISATION_CREATED',
  'SETTING_CHANGED',
  'TOKEN_CREATED',
  'TOKEN_REVOKED',
  'SESSION_ENDED',
  'RECORDED',
  'CORRECTED',
  'RETRACTED',
  'SUBSTANTIATED',
  'IMPORTED',
] as const;

function isoDate(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

/** The last seven days, today included. */
export function defaultAuditFilters(today: Date = new Date()): AuditFilters {
  const from = new Date(today);
  from.setDate(from.getDate() - 6);
  return { from: isoDate(from), to: isoDate(today), user: '', kind: '' };
}

function SourceName({ source }: { source: string | null | undefined }) {
  const { t } = useTranslation();
  if (source === 'SECURITY') return <>{t('audit.sources.SECURITY')}</>;
  if (source === 'EVENT') return <>{t('audit.sources.EVENT')}</>;
  return <>{source ?? ''}</>;
}

function Record({ entry }: { entry: AuditEntry }) {
  if (!entry.recordType && !entry.recordId) return null;
  return (
    <>
      {entry.recordType ?? ''} <span className="code">{entry.recordId ?? ''}</span>
    </>
  );
}

/** The audit log: who did what and when, filtered by dates, user and kind, with a CSV export of the same query. */
export function AuditView({ initialFilters = defaultAuditFilters() }: { initialFilters?: AuditFilters }) {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const [draft, setDraft] = useState<AuditFilters>(initialFilters);
  const [applied, setApplied] = useState<AuditFilters>(initialFilters);
  const [dateError, setDateError] = useState(false);
  const auditQuery = useAudit(applied);
  const exportMutation = useMutation({ mutationFn: downloadAuditCsv });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (draft.from && draft.to && draft.from > draft.to) {
      setDateError(true);
      return;
    }
    setDateError(false);
    setApplied({ ...draft });
  };

  const set = (field: keyof AuditFilters) => (event: { target: { value: string } }) => setDraft((current) => ({ ...current, [field]: event.target.value }));

  let results;
  if (auditQuery.isPending) results = <Loading />;
  else if (auditQuery.isError) results = <Alert variant="error">{message(generalMessage(auditQuery.error))}</Alert>;
  else if (auditQuery.data.length === 0) results = <p className="empty">{t('audit.empty')}</p>;
  else
    results = (
      <div className="table-wrapper">
        <table className="data-table audit-table">
          <caption>{t('audit.caption', { count: auditQuery.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.columns.at')}</th>
              <th scope="col">{t('audit.columns.kind')}</th>
              <th scope="col">{t('audit.columns.username')}</th>
              <th scope="col">{t('audit.columns.address')}</th>
              <th scope="col">{t('audit.columns.detail')}</th>
              <th scope="col">{t('audit.columns.source')}</th>
              <th scope="col">{t('audit.columns.record')}</th>
            </tr>
          </thead>
          <tbody>
            {auditQuery.data.map((entry, index) => (
              <tr key={`${entry.at}-${index}`}>
                <td>
                  <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
                </td>
                <th scope="row">
                  <span className="code">{entry.kind}</span>
                </th>
                <td>{entry.username ?? ''}</td>
                <td>
                  <span className="code">{entry.address ?? ''}</span>
                </td>
                <td>{entry.detail ?? ''}</td>
                <td>
                  <SourceName source={entry.source} />
                </td>
                <td>
                  <Record entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <>
      <form className="form filter-row audit-filters" onSubmit={onSubmit} noValidate aria-label={t('audit.filters.label')}>
        <Field id="audit-from" label={t('audit.filters.from')} error={dateError ? t('audit.filters.dateOrder') : undefined}>
          {(control) => <input {...control} name="from" type="date" value={draft.from} max={draft.to || undefined} onChange={set('from')} />}
        </Field>
        <Field id="audit-to" label={t('audit.filters.to')}>
          {(control) => <input {...control} name="to" type="date" value={draft.to} min={draft.from || undefined} onChange={set('to')} />}
        </Field>
        <Field id="audit-user" label={t('audit.filters.user')}>
          {(control) => <input {...control} name="user" type="text" autoComplete="off" autoCapitalize="none" spellCheck={false} value={draft.user} onChange={set('user')} />}
        </Field>
        <Field id="audit-kind" label={t('audit.filters.kind')} hint={t('audit.filters.kindHint')}>
          {(control) => (
            <>
              <input {...control} name="kind" type="text" list="audit-kinds" autoComplete="off" spellCheck={false} value={draft.kind} onChange={set('kind')} />
              <datalist id="audit-kinds">
                {SUGGESTED_KINDS.map((kind) => (
                  <option key={kind} value={kind} />
                ))}
              </datalist>
            </>
          )}
        </Field>
        <div className="form-actions row-actions">
          <Button type="submit">{t('audit.filters.submit')}</Button>
          <Button variant="secondary" onClick={() => exportMutation.mutate(applied)} disabled={exportMutation.isPending}>
            {exportMutation.isPending ? t('audit.exporting') : t('audit.export')}
          </Button>
        </div>
      </form>
      {exportMutation.isError ? <Alert variant="error">{message(generalMessage(exportMutation.error))}</Alert> : null}
      <section className="card" aria-live="polite" aria-busy={auditQuery.isFetching}>
        {results}
      </section>
    </>
  );
}
