import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-controls';
import { fieldMatcher } from '@/lib/form-errors';
import { isPartialDateInput, toPartialDateValue } from '@/lib/partial-date';
import { useAddReformStage } from '../api/add-reform-stage';
import { nextStages, type Reform } from '../api/schemas';
import { STAGE_LABELS, labelOf } from './labels';
import { addError, useRecordForm, type FormErrors } from './use-record-form';

const isStageField = fieldMatcher(['stage', 'date', 'planned', 'comment']);

/** Adds the next stage of a reform; only the stages allowed after its current stage are offered. */
export function ReformStageForm({ reform, onSaved, onConflict }: { reform: Reform; onSaved?: (reform: Reform) => void; onConflict?: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const allowed = nextStages(reform.stage);
  const [stage, setStage] = useState('');
  const [date, setDate] = useState('');
  const [planned, setPlanned] = useState(false);
  const [comment, setComment] = useState('');
  const mutation = useAddReformStage();
  const form = useRecordForm({ isFormField: isStageField, onConflict });

  if (allowed.length === 0) return <p className="muted">{t('record.reform.finalStage')}</p>;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: FormErrors = {};
    if (!stage) addError(errors, 'stage', t('record.errors.choose'));
    if (!isPartialDateInput(date)) addError(errors, 'date', t('record.errors.date'));
    if (!form.check(errors)) return;
    mutation.mutate(
      { id: reform.id, version: reform.version, body: { stage, date: toPartialDateValue(date), planned, comment: comment.trim() || null } },
      {
        onSuccess: (saved) => {
          setStage('');
          setDate('');
          setPlanned(false);
          setComment('');
          onSaved?.(saved);
        },
        onError: form.onError,
      },
    );
  };

  const headingId = `${id}-heading`;
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{t('record.reform.addStageTitle')}</h3>
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}
      <div className="form-grid">
        <SelectField
          id={`${id}-stage`}
          label={t('record.fields.nextStage')}
          required
          value={stage}
          onChange={setStage}
          placeholder={t('record.form.choose')}
          options={allowed.map((value) => ({ value, label: labelOf(STAGE_LABELS, value, t) }))}
          error={form.errorsFor('stage')}
        />
        <TextField id={`${id}-date`} label={t('record.fields.stageDate')} hint={t('record.hints.date')} value={date} onChange={setDate} error={form.errorsFor('date')} />
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={planned} onChange={(event) => setPlanned(event.target.checked)} />
        {t('record.fields.plannedHint')}
      </label>
      <TextAreaField id={`${id}-comment`} label={t('record.fields.comment')} rows={2} value={comment} onChange={setComment} error={form.errorsFor('comment')} />
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('record.form.saving') : t('record.reform.addStage')}
        </Button>
      </div>
    </form>
  );
}
