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
import { useCorrectAction } from '../api/correct-action';
import { useLogAction, type ActionBody } from '../api/log-action';
import { ACTION_TYPES, AVENUES, FRAMING_KINDS, TARGET_KINDS, type Action } from '../api/schemas';
import { COUNTRY_PATTERN, countrySuggestions, type CampaignRef } from '../types';
import { ACTION_TYPE_LABELS, AVENUE_LABELS, FRAMING_LABELS, TARGET_KIND_LABELS, labelOf } from './labels';
import { ListEditor } from './list-editor';
import { addError, isHttpUrl, useRecordForm, type FormErrors } from './use-record-form';

type FramingRow = { kind: string; avenue: string; otherName: string };
type BasisRow = { instrument: string; article: string };

/** Instruments offered as suggestions for a legal basis; anything else may be typed. */
export const INSTRUMENT_SUGGESTIONS = ['Refugee Convention', 'Refugee Protocol', 'CAT', 'ICCPR', 'ICESCR', 'CRC', 'Constitution'] as const;

const isActionField = fieldMatcher([
  'country',
  'issue',
  'actor',
  'actionType',
  'framings',
  'framings[]',
  'framings[].kind',
  'framings[].avenue',
  'framings[].otherName',
  'legalBases',
  'legalBases[]',
  'legalBases[].instrument',
  'legalBases[].article',
  'target',
  'target.kind',
  'target.name',
  'date',
  'description',
  'notes',
  'evidence',
  'evidence[]',
  'reason',
]);

type Props = {
  /** The campaign a new action is logged in (suggests its countries and issues). */
  campaign?: CampaignRef;
  /** When given, the form corrects this action (pre-filled, with a reason, If-Match its version). */
  action?: Action;
  onSaved?: (action: Action) => void;
  /** A correction answered 409: the record changed meanwhile. */
  onConflict?: () => void;
  onCancel?: () => void;
};

/** Logs an advocacy action, or corrects one. */
export function ActionForm({ campaign, action, onSaved, onConflict, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const correcting = action !== undefined;
  const [country, setCountry] = useState(action?.country ?? '');
  const [issue, setIssue] = useState(action?.issue ?? '');
  const [actor, setActor] = useState(action?.actor ?? '');
  const [actionType, setActionType] = useState(action?.actionType ?? '');
  const [framings, setFramings] = useState<FramingRow[]>(
    action?.framings.map((f) => ({ kind: f.kind, avenue: f.avenue ?? '', otherName: f.otherName ?? '' })) ?? [{ kind: '', avenue: '', otherName: '' }],
  );
  const [legalBases, setLegalBases] = useState<BasisRow[]>(
    action?.legalBases?.map((b) => ({ instrument: b.instrument, article: b.article ?? '' })) ?? [{ instrument: '', article: '' }],
  );
  const [targetKind, setTargetKind] = useState(action?.target.kind ?? '');
  const [targetName, setTargetName] = useState(action?.target.name ?? '');
  const [date, setDate] = useState(action?.date ?? '');
  const [description, setDescription] = useState(action?.description ?? '');
  const [notes, setNotes] = useState(action?.notes ?? '');
  const [evidence, setEvidence] = useState<string[]>(action?.evidence?.length ? [...action.evidence] : ['']);
  const [reason, setReason] = useState('');
  const [logged, setLogged] = useState<Action | null>(null);

  const idempotency = useIdempotencyKey();
  const logMutation = useLogAction();
  const correctMutation = useCorrectAction();
  const pending = logMutation.isPending || correctMutation.isPending;
  const form = useRecordForm({ isFormField: isActionField, onConflict });

  const reset = () => {
    setCountry('');
    setIssue('');
    setActor('');
    setActionType('');
    setFramings([{ kind: '', avenue: '', otherName: '' }]);
    setLegalBases([{ instrument: '', article: '' }]);
    setTargetKind('');
    setTargetName('');
    setDate('');
    setDescription('');
    setNotes('');
    setEvidence(['']);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setLogged(null);
    // Rows left empty are dropped, so that the server's indices (legalBases[1]) match the rows shown.
    const bases = legalBases.filter((b) => b.instrument.trim() !== '' || b.article.trim() !== '');
    const links = evidence.map((link) => link.trim()).filter((link) => link !== '');
    setLegalBases(bases);
    setEvidence(links.length > 0 ? links : ['']);

    const errors: FormErrors = {};
    const code = country.trim().toUpperCase();
    if (!COUNTRY_PATTERN.test(code)) addError(errors, 'country', t('record.errors.country'));
    if (!issue.trim()) addError(errors, 'issue', t('record.errors.required'));
    if (!actor.trim()) addError(errors, 'actor', t('record.errors.required'));
    if (!actionType) addError(errors, 'actionType', t('record.errors.choose'));
    if (framings.length === 0) addError(errors, 'framings', t('record.errors.framingRequired'));
    framings.forEach((framing, index) => {
      if (!framing.kind) addError(errors, `framings[${index}].kind`, t('record.errors.choose'));
      if (framing.kind === 'OTHER' && !framing.otherName.trim()) addError(errors, `framings[${index}].otherName`, t('record.errors.required'));
    });
    bases.forEach((basis, index) => {
      if (!basis.instrument.trim()) addError(errors, `legalBases[${index}].instrument`, t('record.errors.required'));
    });
    if (!targetKind) addError(errors, 'target.kind', t('record.errors.choose'));
    if (!targetName.trim()) addError(errors, 'target.name', t('record.errors.required'));
    if (!isPartialDateInput(date)) addError(errors, 'date', t('record.errors.date'));
    if (!description.trim()) addError(errors, 'description', t('record.errors.required'));
    links.forEach((link, index) => {
      if (!isHttpUrl(link)) addError(errors, `evidence[${index}]`, t('record.errors.url'));
    });
    if (correcting && !reason.trim()) addError(errors, 'reason', t('record.errors.reason'));
    if (!form.check(errors)) return;

    const body: ActionBody = {
      country: code,
      issue: issue.trim(),
      actor: actor.trim(),
      actionType,
      framings: framings.map((framing) => ({
        kind: framing.kind,
        avenue: framing.kind === 'HUMANITARIAN_PROTECTION' && framing.avenue ? framing.avenue : null,
        otherName: framing.kind === 'OTHER' ? framing.otherName.trim() : null,
      })),
      legalBases: bases.map((basis) => ({ instrument: basis.instrument.trim(), article: basis.article.trim() || null })),
      target: { kind: targetKind, name: targetName.trim() },
      date: toPartialDateValue(date),
      description: description.trim(),
      notes: notes.trim() || null,
      evidence: links,
    };

    if (action) {
      correctMutation.mutate(
        { id: action.id, version: action.version, body: { ...body, reason: reason.trim() } },
        { onSuccess: (saved) => onSaved?.(saved), onError: form.onError },
      );
    } else if (campaign) {
      logMutation.mutate(
        { body: { campaignId: campaign.id, ...body }, idempotencyKey: idempotency.key },
        {
          onSuccess: (saved) => {
            setLogged(saved);
            reset();
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
      <h3 id={headingId}>{correcting ? t('record.action.correctTitle') : t('record.action.title')}</h3>
      {logged ? (
        <Alert variant="success">
          {t('record.action.logged')} <Link to={paths.record('actions', logged.id)}>{t('record.openRecord')}</Link>
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
        <TextField
          id={`${id}-issue`}
          label={t('record.fields.issue')}
          required
          value={issue}
          onChange={setIssue}
          suggestions={campaign?.issues}
          error={form.errorsFor('issue')}
        />
        <TextField id={`${id}-actor`} label={t('record.fields.actor')} hint={t('record.hints.actor')} required value={actor} onChange={setActor} error={form.errorsFor('actor')} />
        <SelectField
          id={`${id}-type`}
          label={t('record.fields.actionType')}
          required
          value={actionType}
          onChange={setActionType}
          placeholder={t('record.form.choose')}
          options={ACTION_TYPES.map((value) => ({ value, label: labelOf(ACTION_TYPE_LABELS, value, t) }))}
          error={form.errorsFor('actionType')}
        />
      </div>

      <ListEditor
        id={`${id}-framings`}
        legend={t('record.fields.framings')}
        hint={t('record.hints.framings')}
        items={framings}
        onChange={setFramings}
        newItem={() => ({ kind: '', avenue: '', otherName: '' })}
        minItems={1}
        addLabel={t('record.action.addFraming')}
        removeLabel={(index) => t('record.action.removeFraming', { number: index + 1 })}
        error={form.errorsFor('framings')}
        renderItem={(framing, index, update) => (
          <div className="list-editor-item">
            <SelectField
              id={`${id}-framing-${index}-kind`}
              label={t('record.action.framingKind', { number: index + 1 })}
              required
              value={framing.kind}
              onChange={(kind) => update({ ...framing, kind })}
              placeholder={t('record.form.choose')}
              options={FRAMING_KINDS.map((value) => ({ value, label: labelOf(FRAMING_LABELS, value, t) }))}
              error={form.errorsFor(`framings[${index}]`, `framings[${index}].kind`)}
            />
            {framing.kind === 'HUMANITARIAN_PROTECTION' ? (
              <SelectField
                id={`${id}-framing-${index}-avenue`}
                label={t('record.action.avenue', { number: index + 1 })}
                value={framing.avenue}
                onChange={(avenue) => update({ ...framing, avenue })}
                placeholder={t('record.action.noAvenue')}
                options={AVENUES.map((value) => ({ value, label: labelOf(AVENUE_LABELS, value, t) }))}
                error={form.errorsFor(`framings[${index}].avenue`)}
              />
            ) : null}
            {framing.kind === 'OTHER' ? (
              <TextField
                id={`${id}-framing-${index}-other`}
                label={t('record.action.otherName', { number: index + 1 })}
                required
                value={framing.otherName}
                onChange={(otherName) => update({ ...framing, otherName })}
                error={form.errorsFor(`framings[${index}].otherName`)}
              />
            ) : null}
          </div>
        )}
      />

      <ListEditor
        id={`${id}-bases`}
        legend={t('record.fields.legalBases')}
        hint={t('record.hints.legalBases')}
        items={legalBases}
        onChange={setLegalBases}
        newItem={() => ({ instrument: '', article: '' })}
        addLabel={t('record.action.addLegalBasis')}
        removeLabel={(index) => t('record.action.removeLegalBasis', { number: index + 1 })}
        error={form.errorsFor('legalBases')}
        renderItem={(basis, index, update) => (
          <div className="list-editor-item inline-fields">
            <TextField
              id={`${id}-basis-${index}-instrument`}
              label={t('record.action.instrument', { number: index + 1 })}
              value={basis.instrument}
              onChange={(instrument) => update({ ...basis, instrument })}
              suggestions={INSTRUMENT_SUGGESTIONS}
              error={form.errorsFor(`legalBases[${index}]`, `legalBases[${index}].instrument`)}
            />
            <TextField
              id={`${id}-basis-${index}-article`}
              label={t('record.action.article', { number: index + 1 })}
              value={basis.article}
              onChange={(article) => update({ ...basis, article })}
              error={form.errorsFor(`legalBases[${index}].article`)}
            />
          </div>
        )}
      />

      <div className="form-grid">
        <SelectField
          id={`${id}-target-kind`}
          label={t('record.fields.targetKind')}
          required
          value={targetKind}
          onChange={setTargetKind}
          placeholder={t('record.form.choose')}
          options={TARGET_KINDS.map((value) => ({ value, label: labelOf(TARGET_KIND_LABELS, value, t) }))}
          error={form.errorsFor('target', 'target.kind')}
        />
        <TextField
          id={`${id}-target-name`}
          label={t('record.fields.targetName')}
          required
          value={targetName}
          onChange={setTargetName}
          error={form.errorsFor('target.name')}
        />
        <TextField id={`${id}-date`} label={t('record.fields.date')} hint={t('record.hints.date')} value={date} onChange={setDate} error={form.errorsFor('date')} />
      </div>

      <TextAreaField
        id={`${id}-description`}
        label={t('record.fields.description')}
        required
        rows={4}
        value={description}
        onChange={setDescription}
        error={form.errorsFor('description')}
      />
      <div className="internal-notes">
        <TextAreaField id={`${id}-notes`} label={t('record.fields.notesInternal')} hint={t('record.hints.notes')} value={notes} onChange={setNotes} error={form.errorsFor('notes')} />
      </div>

      <ListEditor
        id={`${id}-evidence`}
        legend={t('record.fields.evidence')}
        hint={t('record.hints.evidence')}
        items={evidence}
        onChange={setEvidence}
        newItem={() => ''}
        addLabel={t('record.form.addLink')}
        removeLabel={(index) => t('record.form.removeLink', { number: index + 1 })}
        error={form.errorsFor('evidence')}
        renderItem={(link, index, update) => (
          <TextField
            id={`${id}-evidence-${index}`}
            type="url"
            label={t('record.form.link', { number: index + 1 })}
            value={link}
            onChange={update}
            error={form.errorsFor(`evidence[${index}]`)}
          />
        )}
      />

      {correcting ? (
        <TextAreaField id={`${id}-reason`} label={t('record.fields.reason')} hint={t('record.hints.reason')} required value={reason} onChange={setReason} error={form.errorsFor('reason')} />
      ) : null}

      <div className="form-actions">
        <Button type="submit" disabled={pending}>
          {pending ? t('record.form.saving') : correcting ? t('record.form.saveCorrection') : t('record.action.submit')}
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
