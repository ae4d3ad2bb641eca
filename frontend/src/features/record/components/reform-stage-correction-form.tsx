import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-controls';
import { fieldMatcher } from '@/lib/form-errors';
import { isPartialDateInput, toPartialDateValue } from '@/lib/partial-date';
import { useCorrectReformStage } from '../api/correct-reform-stage';
import type { Reform } from '../api/schemas';
import { STAGE_LABELS, labelOf } from './labels';
import { addError, useRecordForm, type FormErrors } from './use-record-form';

const isCorrectionField = fieldMatcher(['date', 'comment', 'reason']);

/** Corrects one recorded stage of a reform (its date and comment), with a reason; the old values stay in history. */
export function ReformStageCorrectionForm({ reform, onSaved, onConflict }: {
  reform: Reform;
  onSaved?: (reform: Reform) => void;
  onConflict?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [stageVersion, setStageVersion] = useState('');
  const [date, setDate] = useState('');
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  const mutation = useCorrectReformStage();
  const form = useRecordForm({ isFormField: isCorrectionField, onConflict });

  if (reform.stages.length === 0) return null;

  const choose = (value: string) => {
    setStageVersion(value);
    const stage = reform.stages.find((s) => String(s.version) === value);
    setDate(stage?.date ?? '');
    setComment(stage?.comment ?? '');
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!stageVersion) addError(errors, 'stageVersion', t('record.errors.choose'));
    if (!isPartialDateInput(date)) addError(errors, 'date', t('record.errors.date'));
    if (!reason.trim()) addError(errors, 'reason', t('record.errors.reason'));
    if (!form.check(errors)) return;
    mutation.mutate(
      {
        id: reform.id,
        version: reform.version,
        stageVersion: Number(stageVersion),
        body: { date: toPartialDateValue(date), comment: comment.trim() || null, reason: reason.trim() },
      },
      {
        onSuccess: (saved) => {
          setStageVersion('');
          setReason('');
          onSaved?.(saved);
        },
        onError: form.onError,
      },
    );
  };

  const headingId = `${id}-heading`;
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('record.reform.correctStageTitle')}</h3>
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}
      <div className="form-grid">
        <SelectField
          id={`${id}-stage`}
          label={t('record.fields.stageToCorrect')}
          required
          value={stageVersion}
          onChange={choose}
          placeholder={t('record.form.choose')}
          options={reform.stages.map((s) => ({
            value: String(s.version),
            label: `${labelOf(STAGE_LABELS, s.stage, t)}${s.date ? ` (${s.date})` : ''}`,
          }))}
          error={form.errorsFor('stageVersion')}
        />
        <TextField id={`${id}-date`} label={t('record.fields.stageDate')} hint={t('record.hints.date')} value={date} onChange={setDate} error={form.errorsFor('date')} />
      </div>
      <TextAreaField id={`${id}-comment`} label={t('record.fields.comment')} rows={2} value={comment} onChange={setComment} error={form.errorsFor('comment')} />
      <TextAreaField id={`${id}-reason`} label={t('record.fields.reason')} required rows={2} value={reason} onChange={setReason} error={form.errorsFor('reason')} />
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('record.form.saving') : t('record.form.saveCorrection')}
        </Button>
      </div>
    </form>
  );
}
