import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextAreaField } from '@/components/ui/form-controls';
import { fieldMatcher } from '@/lib/form-errors';
import { useRetractRecord } from '../api/retract-record';
import type { RecordKind } from '../api/schemas';
import { addError, useRecordForm, type FormErrors } from './use-record-form';

/** Retracts a record with a reason: it leaves lists and the timeline, and stays in the history. */
export function RetractForm({
  kind,
  id: recordId,
  version,
  onDone,
  onConflict,
  onCancel,
}: {
  kind: RecordKind;
  id: string;
  version: number;
  onDone?: () => void;
  onConflict?: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const mutation = useRetractRecord();
  const form = useRecordForm({ isFormField: fieldMatcher(['reason']), onConflict });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!reason.trim()) addError(errors, 'reason', t('record.errors.reason'));
    if (!form.check(errors)) return;
    mutation.mutate({ kind, id: recordId, version, reason: reason.trim() }, { onSuccess: () => onDone?.(), onError: form.onError });
  };

  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('record.retract.title')}</h3>
      <p className="form-intro">{t('record.retract.intro')}</p>
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}
      <TextAreaField id={`${id}-reason`} label={t('record.fields.reason')} required value={reason} onChange={setReason} error={form.errorsFor('reason')} />
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('record.form.saving') : t('record.retract.submit')}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel}>
            {t('record.form.cancel')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
