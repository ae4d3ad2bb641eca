import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-controls';
import { paths } from '@/config/paths';
import { fieldMatcher } from '@/lib/form-errors';
import { isPartialDateInput, toPartialDateValue } from '@/lib/partial-date';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { useCorrectReform } from '../api/correct-reform';
import { useRecordReform, type ReformBody } from '../api/record-reform';
import { DIRECTIONS, FIRST_STAGES, REFORM_KINDS, type Reform } from '../api/schemas';
import { COUNTRY_PATTERN, countrySuggestions, type CampaignRef } from '../types';
import { DIRECTION_LABELS, REFORM_KIND_LABELS, STAGE_LABELS, labelOf } from './labels';
import { addError, useRecordForm, type FormErrors } from './use-record-form';

const isReformField = fieldMatcher([
  'country',
  'instrument',
  'kind',
  'summary',
  'citation',
  'description',
  'direction',
  'stage',
  'stageDate',
  'stagePlanned',
  'stageComment',
  'reason',
]);

type Props = {
  campaign?: CampaignRef;
  /** When given, corrects the reform's own fields (its stages are corrected one by one). */
  reform?: Reform;
  onSaved?: (reform: Reform) => void;
  onConflict?: () => void;
  onCancel?: () => void;
};

/** Records a legal reform with its first stage, or corrects one. */
export function ReformForm({ campaign, reform, onSaved, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const correcting = reform !== undefined;
  const [country, setCountry] = useState(reform?.country ?? '');
  const [instrument, setInstrument] = useState(reform?.instrument ?? '');
  const [kind, setKind] = useState(reform?.kind ?? '');
  const [summary, setSummary] = useState(reform?.summary ?? '');
  const [citation, setCitation] = useState(reform?.citation ?? '');
  const [description, setDescription] = useState(reform?.description ?? '');
  const [direction, setDirection] = useState(reform?.direction ?? '');
  const [stage, setStage] = useState('');
  const [stageDate, setStageDate] = useState('');
  const [stagePlanned, setStagePlanned] = useState(false);
  const [stageComment, setStageComment] = useState('');
  const [reason, setReason] = useState('');
  const [recorded, setRecorded] = useState<Reform | null>(null);

  const idempotency = useIdempotencyKey();
  const recordMutation = useRecordReform();
  const correctMutation = useCorrectReform();
  const pending = recordMutation.isPending || correctMutation.isPending;
  const form = useRecordForm({ isFormField: isReformField, onConflict });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRecorded(null);
    const errors: FormErrors = {};
    const code = country.trim().toUpperCase();
    if (!COUNTRY_PATTERN.test(code)) addError(errors, 'country', t('record.errors.country'));
    if (!instrument.trim()) addError(errors, 'instrument', t('record.errors.required'));
    if (!kind) addError(errors, 'kind', t('record.errors.choose'));
    if (!summary.trim()) addError(errors, 'summary', t('record.errors.required'));
    if (!direction) addError(errors, 'direction', t('record.errors.choose'));
    if (!correcting) {
      if (!stage) addError(errors, 'stage', t('record.errors.choose'));
      if (!isPartialDateInput(stageDate)) addError(errors, 'stageDate', t('record.errors.date'));
    }
    if (correcting && !reason.trim()) addError(errors, 'reason', t('record.errors.reason'));
    if (!form.check(errors)) return;

    const body: ReformBody = {
      country: code,
      instrument: instrument.trim(),
      kind,
      summary: summary.trim(),
      citation: citation.trim() || null,
      description: description.trim() || null,
      direction,
    };
    if (reform) {
      correctMutation.mutate(
        { id: reform.id, version: reform.version, body: { ...body, reason: reason.trim() } },
        { onSuccess: (saved) => onSaved?.(saved), onError: form.onError },
      );
    } else if (campaign) {
      recordMutation.mutate(
        {
          body: {
            campaignId: campaign.id,
            ...body,
            stage,
            stageDate: toPartialDateValue(stageDate),
            stagePlanned,
            stageComment: stageComment.trim() || null,
          },
          idempotencyKey: idempotency.key,
        },
        {
          onSuccess: (saved) => {
            setRecorded(saved);
            for (const set of [setCountry, setInstrument, setKind, setSummary, setCitation, setDescription, setDirection, setStage, setStageDate, setStageComment]) set('');
            setStagePlanned(false);
            idempotency.renew();
            onSaved?.(saved);
          },
          onError: form.onError,
        },
      );
    }
  };

  const headingId = `${id}-heading`;
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{correcting ? t('record.reform.correctTitle') : t('record.reform.title')}</h3>
      {recorded ? (
        <Alert variant="success">
          {t('record.reform.recorded')} <Link to={paths.record('reforms', recorded.id)}>{t('record.openRecord')}</Link>
        </Alert>
      ) : null}
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}
      <div className="form-grid">
        <TextField
          id={`${id}-country`}
          label={t('record.fields.country')}
          hint={t('record.hints.country')}
          required
          value={country}
          onChange={setCountry}
          suggestions={countrySuggestions(campaign)}
          error={form.errorsFor('country')}
        />
        <TextField id={`${id}-instrument`} label={t('record.fields.instrument')} hint={t('record.hints.instrument')} required value={instrument} onChange={setInstrument} error={form.errorsFor('instrument')} />
        <SelectField
          id={`${id}-kind`}
          label={t('record.fields.reformKind')}
          required
          value={kind}
          onChange={setKind}
          placeholder={t('record.form.choose')}
          options={REFORM_KINDS.map((value) => ({ value, label: labelOf(REFORM_KIND_LABELS, value, t) }))}
          error={form.errorsFor('kind')}
        />
        <SelectField
          id={`${id}-direction`}
          label={t('record.fields.direction')}
          hint={t('record.hints.direction')}
          required
          value={direction}
          onChange={setDirection}
          placeholder={t('record.form.choose')}
          options={DIRECTIONS.map((value) => ({ value, label: labelOf(DIRECTION_LABELS, value, t) }))}
          error={form.errorsFor('direction')}
        />
      </div>
      <TextField id={`${id}-summary`} label={t('record.fields.summary')} required value={summary} onChange={setSummary} error={form.errorsFor('summary')} />
      <TextField id={`${id}-citation`} label={t('record.fields.citation')} hint={t('record.hints.citation')} value={citation} onChange={setCitation} error={form.errorsFor('citation')} />
      <TextAreaField id={`${id}-description`} label={t('record.fields.description')} value={description} onChange={setDescription} error={form.errorsFor('description')} />

      {correcting ? (
        <TextAreaField id={`${id}-reason`} label={t('record.fields.reason')} hint={t('record.hints.reason')} required value={reason} onChange={setReason} error={form.errorsFor('reason')} />
      ) : (
        <fieldset className="field">
          <legend>{t('record.reform.firstStage')}</legend>
          <div className="form-grid">
            <SelectField
              id={`${id}-stage`}
              label={t('record.fields.stage')}
              required
              value={stage}
              onChange={setStage}
              placeholder={t('record.form.choose')}
              options={FIRST_STAGES.map((value) => ({ value, label: labelOf(STAGE_LABELS, value, t) }))}
              error={form.errorsFor('stage')}
            />
            <TextField id={`${id}-stage-date`} label={t('record.fields.stageDate')} hint={t('record.hints.date')} value={stageDate} onChange={setStageDate} error={form.errorsFor('stageDate')} />
          </div>
          <label className="checkbox">
            <input type="checkbox" checked={stagePlanned} onChange={(event) => setStagePlanned(event.target.checked)} />
            {t('record.fields.plannedHint')}
          </label>
          <TextAreaField id={`${id}-stage-comment`} label={t('record.fields.comment')} rows={2} value={stageComment} onChange={setStageComment} error={form.errorsFor('stageComment')} />
        </fieldset>
      )}

      <div className="form-actions">
        <Button type="submit" disabled={pending}>
          {pending ? t('record.form.saving') : correcting ? t('record.form.saveCorrection') : t('record.reform.submit')}
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
