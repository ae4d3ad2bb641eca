import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { FieldErrors } from '@/components/ui/field';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-controls';
import { PartialDateText } from '@/components/ui/partial-date';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { fieldMatcher } from '@/lib/form-errors';
import { formatPartialDate } from '@/lib/partial-date';
import { useIdempotencyKey } from '@/lib/use-idempotency-key';
import { useClaimContribution, type ClaimBody } from '../api/claim-contribution';
import { useCorrectClaim } from '../api/correct-claim';
import { useCampaignRecords } from '../api/get-records';
import { STRENGTHS, type Claim } from '../api/schemas';
import { ListEditor } from './list-editor';
import { METRIC_LABELS, STAGE_LABELS, STRENGTH_LABELS, labelOf } from './labels';
import { addError, isHttpUrl, useRecordForm, type FormErrors } from './use-record-form';

const isClaimField = fieldMatcher(['actionIds', 'actionIds[]', 'targetType', 'targetId', 'strength', 'explanation', 'evidence', 'evidenceLinks', 'evidenceLinks[]', 'reason']);

type Props = {
  campaignId: string;
  claim?: Claim;
  onSaved?: (claim: Claim) => void;
  onConflict?: () => void;
  onCancel?: () => void;
};

/** Claims that actions of the campaign contributed to a reform or an outcome, or corrects such a claim. */
export function ClaimForm({ campaignId, claim, onSaved, onConflict, onCancel }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const correcting = claim !== undefined;
  const actions = useCampaignRecords('actions', campaignId);
  const reforms = useCampaignRecords('reforms', campaignId);
  const outcomes = useCampaignRecords('outcomes', campaignId);
  const [actionIds, setActionIds] = useState<string[]>(claim?.actionIds ?? []);
  const [target, setTarget] = useState(claim ? `${claim.targetType}:${claim.targetId}` : '');
  const [strength, setStrength] = useState(claim?.strength ?? '');
  const [explanation, setExplanation] = useState(claim?.explanation ?? '');
  const [evidence, setEvidence] = useState(claim?.evidence ?? '');
  const [links, setLinks] = useState<string[]>(claim?.evidenceLinks?.length ? [...claim.evidenceLinks] : ['']);
  const [reason, setReason] = useState('');
  const [claimed, setClaimed] = useState<Claim | null>(null);

  const idempotency = useIdempotencyKey();
  const claimMutation = useClaimContribution();
  const correctMutation = useCorrectClaim();
  const pending = claimMutation.isPending || correctMutation.isPending;
  const form = useRecordForm({ isFormField: isClaimField, onConflict });

  if (actions.isPending || reforms.isPending || outcomes.isPending) return <Loading />;
  if (actions.isError || reforms.isError || outcomes.isError) return <Alert variant="error">{t('record.claim.loadError')}</Alert>;

  const unknown = t('dates.unknown');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setClaimed(null);
    const kept = links.map((link) => link.trim()).filter((link) => link !== '');
    setLinks(kept.length > 0 ? kept : ['']);
    const errors: FormErrors = {};
    if (actionIds.length === 0) addError(errors, 'actionIds', t('record.errors.actionsRequired'));
    if (!target) addError(errors, 'targetId', t('record.errors.choose'));
    if (!strength) addError(errors, 'strength', t('record.errors.choose'));
    if (!explanation.trim()) addError(errors, 'explanation', t('record.errors.required'));
    kept.forEach((link, index) => {
      if (!isHttpUrl(link)) addError(errors, `evidenceLinks[${index}]`, t('record.errors.url'));
    });
    if (correcting && !reason.trim()) addError(errors, 'reason', t('record.errors.reason'));
    if (!form.check(errors)) return;
    const [targetType, targetId] = target.split(':') as ['REFORM' | 'OUTCOME', string];
    const body: ClaimBody = {
      actionIds,
      targetType,
      targetId,
      strength,
      explanation: explanation.trim(),
      evidence: evidence.trim() || null,
      evidenceLinks: kept,
    };
    if (claim) {
      correctMutation.mutate(
        { id: claim.id, version: claim.version, body: { ...body, reason: reason.trim() } },
        { onSuccess: (saved) => onSaved?.(saved), onError: form.onError },
      );
    } else {
      claimMutation.mutate(
        { body: { campaignId, ...body }, idempotencyKey: idempotency.key },
        {
          onSuccess: (saved) => {
            setClaimed(saved);
            setActionIds([]);
            setTarget('');
            setStrength('');
            setExplanation('');
            setEvidence('');
            setLinks(['']);
            idempotency.renew();
            onSaved?.(saved);
          },
          onError: form.onError,
        },
      );
    }
  };

  const actionErrors = form.errorsFor('actionIds', ...actionIds.map((_, index) => `actionIds[${index}]`));
  const headingId = `${id}-heading`;
  const targetOptions = [
    ...reforms.data.map((reform) => ({
      value: `REFORM:${reform.id}`,
      label: `${t('record.targetType.REFORM')}: ${reform.instrument} – ${reform.summary} (${labelOf(STAGE_LABELS, reform.stage, t)}, ${reform.country})`,
    })),
    ...outcomes.data.map((outcome) => ({
      value: `OUTCOME:${outcome.id}`,
      label: `${t('record.targetType.OUTCOME')}: ${
        outcome.measurement
          ? `${labelOf(METRIC_LABELS, outcome.measurement.metric, t)} ${outcome.measurement.value ?? ''} (${outcome.measurement.period})`
          : (outcome.practiceChange?.changedBy ?? '')
      } – ${outcome.country}, ${formatPartialDate(outcome.date, i18n.language, unknown)}`,
    })),
  ];
  if (target && !targetOptions.some((option) => option.value === target)) targetOptions.push({ value: target, label: target });

  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{correcting ? t('record.claim.correctTitle') : t('record.claim.title')}</h3>
      {claimed ? (
        <Alert variant="success">
          {t('record.claim.claimed')} <Link to={paths.record('contributions', claimed.id)}>{t('record.openRecord')}</Link>
        </Alert>
      ) : null}
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}

      <fieldset id={`${id}-actions`} className={actionErrors ? 'field field-invalid' : 'field'} aria-describedby={actionErrors ? `${id}-actions-error` : undefined}>
        <legend>{t('record.claim.actions')}</legend>
        {actions.data.length === 0 ? <p className="muted">{t('record.claim.noActions')}</p> : null}
        <ul className="plain-list choice-list">
          {actions.data.map((action) => (
            <li key={action.id}>
              <label className="checkbox">
                <input
                  type="checkbox"
                  value={action.id}
                  checked={actionIds.includes(action.id)}
                  onChange={(event) =>
                    setActionIds((current) => (event.target.checked ? [...current, action.id] : current.filter((x) => x !== action.id)))
                  }
                />
                <span>
                  <PartialDateText value={action.date} /> · {action.actor}: {action.description}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <FieldErrors id={actionErrors ? `${id}-actions-error` : undefined} errors={actionErrors ?? []} />
      </fieldset>

      <SelectField
        id={`${id}-target`}
        label={t('record.claim.target')}
        hint={targetOptions.length === 0 ? t('record.claim.noTargets') : undefined}
        required
        value={target}
        onChange={setTarget}
        placeholder={t('record.form.choose')}
        options={targetOptions}
        error={form.errorsFor('targetType', 'targetId')}
      />
      <SelectField
        id={`${id}-strength`}
        label={t('record.fields.strength')}
        required
        value={strength}
        onChange={setStrength}
        placeholder={t('record.form.choose')}
        options={STRENGTHS.map((value) => ({ value, label: labelOf(STRENGTH_LABELS, value, t) }))}
        error={form.errorsFor('strength')}
      />
      <TextAreaField id={`${id}-explanation`} label={t('record.fields.explanation')} hint={t('record.hints.explanation')} required value={explanation} onChange={setExplanation} error={form.errorsFor('explanation')} />
      <TextAreaField id={`${id}-evidence`} label={t('record.fields.claimEvidence')} value={evidence} onChange={setEvidence} error={form.errorsFor('evidence')} />
      <ListEditor
        id={`${id}-links`}
        legend={t('record.fields.evidenceLinks')}
        hint={t('record.hints.evidence')}
        items={links}
        onChange={setLinks}
        newItem={() => ''}
        addLabel={t('record.form.addLink')}
        removeLabel={(index) => t('record.form.removeLink', { number: index + 1 })}
        error={form.errorsFor('evidenceLinks')}
        renderItem={(link, index, update) => (
          <TextField id={`${id}-link-${index}`} type="url" label={t('record.form.link', { number: index + 1 })} value={link} onChange={update} error={form.errorsFor(`evidenceLinks[${index}]`)} />
        )}
      />
      {correcting ? (
        <TextAreaField id={`${id}-reason`} label={t('record.fields.reason')} hint={t('record.hints.reason')} required value={reason} onChange={setReason} error={form.errorsFor('reason')} />
      ) : null}
      <div className="form-actions">
        <Button type="submit" disabled={pending}>
          {pending ? t('record.form.saving') : correcting ? t('record.form.saveCorrection') : t('record.claim.submit')}
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
