import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-controls';
import { paths } from '@/config/paths';
import { fieldMatcher } from '@/lib/form-errors';
import { isPartialDateInput, parsePartialDate, splitPeriod, toPartialDateValue } from '@/lib/partial-date';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { useCorrectOutcome } from '../api/correct-outcome';
import { useRecordOutcome, type OutcomeBody } from '../api/record-outcome';
import { METRICS, UNITS, type Outcome } from '../api/schemas';
import { COUNTRY_PATTERN, countrySuggestions, type CampaignRef } from '../types';
import { METRIC_LABELS, UNIT_LABELS, labelOf } from './labels';
import { addError, useRecordForm, type FormErrors } from './use-record-form';

const isOutcomeField = fieldMatcher([
  'country',
  'measurement',
  'measurement.metric',
  'measurement.otherMetric',
  'measurement.period',
  'measurement.value',
  'measurement.unit',
  'measurement.source',
  'practiceChange',
  'practiceChange.changedBy',
  'practiceChange.change',
  'practiceChange.date',
  'practiceChange.significance',
  'practiceChange.source',
  'reason',
]);

/** True for "2015", "2014-03", "2014-03-05" or "<date> to <date>". */
export function isPeriodInput(text: string): boolean {
  const trimmed = text.trim();
  if (!trimmed) return false;
  const { from, to } = splitPeriod(trimmed);
  return parsePartialDate(from) !== undefined && parsePartialDate(to) !== undefined;
}

type Props = {
  campaign?: CampaignRef;
  outcome?: Outcome;
  onSaved?: (outcome: Outcome) => void;
  onConflict?: () => void;
  onCancel?: () => void;
};

/** Records an outcome (a measured figure or a described change of practice), or corrects one. */
export function OutcomeForm({ campaign, outcome, onSaved, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const correcting = outcome !== undefined;
  const m = outcome?.measurement;
  const p = outcome?.practiceChange;
  const [kind, setKind] = useState<'MEASURED' | 'PRACTICE_CHANGE'>(outcome?.kind === 'PRACTICE_CHANGE' ? 'PRACTICE_CHANGE' : 'MEASURED');
  const [country, setCountry] = useState(outcome?.country ?? '');
  const [metric, setMetric] = useState(m?.metric ?? '');
  const [otherMetric, setOtherMetric] = useState(m?.otherMetric ?? '');
  const [period, setPeriod] = useState(m?.period ?? '');
  const [value, setValue] = useState(m?.value === null || m?.value === undefined ? '' : String(m.value));
  const [unit, setUnit] = useState(m?.unit ?? '');
  const [source, setSource] = useState(m?.source ?? '');
  const [changedBy, setChangedBy] = useState(p?.changedBy ?? '');
  const [change, setChange] = useState(p?.change ?? '');
  const [changeDate, setChangeDate] = useState(p?.date ?? '');
  const [significance, setSignificance] = useState(p?.significance ?? '');
  const [changeSource, setChangeSource] = useState(p?.source ?? '');
  const [reason, setReason] = useState('');
  const [recorded, setRecorded] = useState<Outcome | null>(null);

  const idempotency = useIdempotencyKey();
  const recordMutation = useRecordOutcome();
  const correctMutation = useCorrectOutcome();
  const pending = recordMutation.isPending || correctMutation.isPending;
  const form = useRecordForm({ isFormField: isOutcomeField, onConflict });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setRecorded(null);
    const errors: FormErrors = {};
    const code = country.trim().toUpperCase();
    if (!COUNTRY_PATTERN.test(code)) addError(errors, 'country', t('record.errors.country'));
    let body: OutcomeBody;
    if (kind === 'MEASURED') {
      const number = Number(value.trim());
      if (!metric) addError(errors, 'measurement.metric', t('record.errors.choose'));
      if (metric === 'OTHER' && !otherMetric.trim()) addError(errors, 'measurement.otherMetric', t('record.errors.required'));
      if (!isPeriodInput(period)) addError(errors, 'measurement.period', t('record.errors.period'));
      if (value.trim() === '' || !Number.isInteger(number) || number < 0) addError(errors, 'measurement.value', t('record.errors.value'));
      if (!unit) addError(errors, 'measurement.unit', t('record.errors.choose'));
      if (!source.trim()) addError(errors, 'measurement.source', t('record.errors.required'));
      body = {
        country: code,
        measurement: { metric, otherMetric: metric === 'OTHER' ? otherMetric.trim() : null, period: period.trim(), value: number, unit, source: source.trim() },
      };
    } else {
      if (!changedBy.trim()) addError(errors, 'practiceChange.changedBy', t('record.errors.required'));
      if (!change.trim()) addError(errors, 'practiceChange.change', t('record.errors.required'));
      if (!isPartialDateInput(changeDate)) addError(errors, 'practiceChange.date', t('record.errors.date'));
      body = {
        country: code,
        practiceChange: {
          changedBy: changedBy.trim(),
          change: change.trim(),
          date: toPartialDateValue(changeDate),
          significance: significance.trim() || null,
          source: changeSource.trim() || null,
        },
      };
    }
    if (correcting && !reason.trim()) addError(errors, 'reason', t('record.errors.reason'));
    if (!form.check(errors)) return;

    if (outcome) {
      correctMutation.mutate(
        { id: outcome.id, version: outcome.version, body: { ...body, reason: reason.trim() } },
        { onSuccess: (saved) => onSaved?.(saved), onError: form.onError },
      );
    } else if (campaign) {
      recordMutation.mutate(
        { body: { campaignId: campaign.id, ...body }, idempotencyKey: idempotency.key },
        {
          onSuccess: (saved) => {
            setRecorded(saved);
            for (const set of [setCountry, setMetric, setOtherMetric, setPeriod, setValue, setUnit, setSource, setChangedBy, setChange, setChangeDate, setSignificance, setChangeSource]) set('');
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
      <h3 id={headingId}>{correcting ? t('record.outcome.correctTitle') : t('record.outcome.title')}</h3>
      {recorded ? (
        <Alert variant="success">
          {t('record.outcome.recorded')} <Link to={paths.record('outcomes', recorded.id)}>{t('record.openRecord')}</Link>
        </Alert>
      ) : null}
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}

      <fieldset className="field">
        <legend>{t('record.outcome.kind')}</legend>
        <div className="checkbox-group">
          <label className="checkbox">
            <input type="radio" name={`${id}-kind`} checked={kind === 'MEASURED'} onChange={() => setKind('MEASURED')} />
            {t('record.outcomeKind.MEASURED')}
          </label>
          <label className="checkbox">
            <input type="radio" name={`${id}-kind`} checked={kind === 'PRACTICE_CHANGE'} onChange={() => setKind('PRACTICE_CHANGE')} />
            {t('record.outcomeKind.PRACTICE_CHANGE')}
          </label>
        </div>
      </fieldset>

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

      {kind === 'MEASURED' ? (
        <div className="form-grid">
          <SelectField
            id={`${id}-metric`}
            label={t('record.fields.metric')}
            required
            value={metric}
            onChange={setMetric}
            placeholder={t('record.form.choose')}
            options={METRICS.map((v) => ({ value: v, label: labelOf(METRIC_LABELS, v, t) }))}
            error={form.errorsFor('measurement', 'measurement.metric')}
          />
          {metric === 'OTHER' ? (
            <TextField id={`${id}-other-metric`} label={t('record.fields.otherMetric')} required value={otherMetric} onChange={setOtherMetric} error={form.errorsFor('measurement.otherMetric')} />
          ) : null}
          <TextField id={`${id}-period`} label={t('record.fields.period')} hint={t('record.hints.period')} required value={period} onChange={setPeriod} error={form.errorsFor('measurement.period')} />
          <TextField id={`${id}-value`} type="number" label={t('record.fields.value')} required value={value} onChange={setValue} error={form.errorsFor('measurement.value')} />
          <SelectField
            id={`${id}-unit`}
            label={t('record.fields.unit')}
            required
            value={unit}
            onChange={setUnit}
            placeholder={t('record.form.choose')}
            options={UNITS.map((v) => ({ value: v, label: labelOf(UNIT_LABELS, v, t) }))}
            error={form.errorsFor('measurement.unit')}
          />
          <TextField id={`${id}-source`} label={t('record.fields.source')} hint={t('record.hints.source')} required value={source} onChange={setSource} error={form.errorsFor('measurement.source')} />
        </div>
      ) : (
        <>
          <TextField id={`${id}-changed-by`} label={t('record.fields.changedBy')} hint={t('record.hints.changedBy')} required value={changedBy} onChange={setChangedBy} error={form.errorsFor('practiceChange', 'practiceChange.changedBy')} />
          <TextAreaField id={`${id}-change`} label={t('record.fields.change')} required value={change} onChange={setChange} error={form.errorsFor('practiceChange.change')} />
          <TextField id={`${id}-change-date`} label={t('record.fields.date')} hint={t('record.hints.date')} value={changeDate} onChange={setChangeDate} error={form.errorsFor('practiceChange.date')} />
          <TextAreaField id={`${id}-significance`} label={t('record.fields.significance')} rows={2} value={significance} onChange={setSignificance} error={form.errorsFor('practiceChange.significance')} />
          <TextField id={`${id}-change-source`} label={t('record.fields.source')} value={changeSource} onChange={setChangeSource} error={form.errorsFor('practiceChange.source')} />
        </>
      )}

      {correcting ? (
        <TextAreaField id={`${id}-reason`} label={t('record.fields.reason')} hint={t('record.hints.reason')} required value={reason} onChange={setReason} error={form.errorsFor('reason')} />
      ) : null}

      <div className="form-actions">
        <Button type="submit" disabled={pending}>
          {pending ? t('record.form.saving') : correcting ? t('record.form.saveCorrection') : t('record.outcome.submit')}
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
