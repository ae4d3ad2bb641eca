import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextAreaField, TextField } from '@/components/ui/form-controls';
import { fieldMatcher } from '@/lib/form-errors';
import { useSubstantiateClaim, type SubstantiationBody } from '../api/substantiate-claim';
import { AGREEMENTS, INDEPENDENCE, type Claim } from '../api/schemas';
import { AGREEMENT_LABELS, INDEPENDENCE_LABELS, labelOf } from './labels';
import { addError, useRecordForm, type FormErrors } from './use-record-form';

const FIELDS = ['substantiatorName', 'substantiatorRole', 'independence', 'outcomeAgreement', 'significanceAgreement', 'contributionAgreement', 'comments'] as const;
type Field = (typeof FIELDS)[number];
const AGREEMENT_FIELDS = ['outcomeAgreement', 'significanceAgreement', 'contributionAgreement'] as const;
const isSubstantiationField = fieldMatcher(FIELDS);
const EMPTY: Record<Field, string> = {
  substantiatorName: '',
  substantiatorRole: '',
  independence: '',
  outcomeAgreement: '',
  significanceAgreement: '',
  contributionAgreement: '',
  comments: '',
};

/**
 * An evaluator's substantiation (or dispute) of a contribution claim, following outcome harvesting: who
 * substantiates, how independent they are, and how far they agree with the outcome, its significance and the
 * contribution of the advocacy.
 */
export function SubstantiationForm({ claimId, onSaved }: { claimId: string; onSaved?: (claim: Claim) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [values, setValues] = useState(EMPTY);
  const [done, setDone] = useState(false);
  const mutation = useSubstantiateClaim();
  const form = useRecordForm({ isFormField: isSubstantiationField });
  const set = (field: Field) => (value: string) => setValues((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(false);
    const errors: FormErrors = {};
    if (!values.substantiatorName.trim()) addError(errors, 'substantiatorName', t('record.errors.required'));
    if (!values.substantiatorRole.trim()) addError(errors, 'substantiatorRole', t('record.errors.required'));
    if (!values.independence) addError(errors, 'independence', t('record.errors.choose'));
    for (const field of AGREEMENT_FIELDS) if (!values[field]) addError(errors, field, t('record.errors.choose'));
    if (!form.check(errors)) return;
    const body: SubstantiationBody = {
      substantiatorName: values.substantiatorName.trim(),
      substantiatorRole: values.substantiatorRole.trim(),
      independence: values.independence,
      outcomeAgreement: values.outcomeAgreement,
      significanceAgreement: values.significanceAgreement,
      contributionAgreement: values.contributionAgreement,
      comments: values.comments.trim() || null,
    };
    mutation.mutate(
      { id: claimId, body },
      {
        onSuccess: (claim) => {
          setValues(EMPTY);
          setDone(true);
          onSaved?.(claim);
        },
        onError: form.onError,
      },
    );
  };

  const agreementOptions = AGREEMENTS.map((value) => ({ value, label: labelOf(AGREEMENT_LABELS, value, t) }));
  const headingId = `${id}-heading`;
  return (
    <form className="form record-form" onSubmit={onSubmit} noValidate aria-labelledby={headingId}>
      <h2 id={headingId}>{t('record.substantiation.formTitle')}</h2>
      <p className="field-hint">{t('record.substantiation.formIntro')}</p>
      {done ? <Alert variant="success">{t('record.substantiation.saved')}</Alert> : null}
      {form.formError ? <Alert variant="error">{form.formError}</Alert> : null}
      <div className="form-grid">
        <TextField
          id={`${id}-name`}
          label={t('record.substantiation.fields.name')}
          hint={t('record.substantiation.hints.name')}
          required
          value={values.substantiatorName}
          onChange={set('substantiatorName')}
          error={form.errorsFor('substantiatorName')}
        />
        <TextField
          id={`${id}-role`}
          label={t('record.substantiation.fields.role')}
          hint={t('record.substantiation.hints.role')}
          required
          value={values.substantiatorRole}
          onChange={set('substantiatorRole')}
          error={form.errorsFor('substantiatorRole')}
        />
        <SelectField
          id={`${id}-independence`}
          label={t('record.substantiation.fields.independence')}
          required
          value={values.independence}
          onChange={set('independence')}
          placeholder={t('record.form.choose')}
          options={INDEPENDENCE.map((value) => ({ value, label: labelOf(INDEPENDENCE_LABELS, value, t) }))}
          error={form.errorsFor('independence')}
        />
        <SelectField
          id={`${id}-outcome`}
          label={t('record.substantiation.fields.outcomeAgreement')}
          required
          value={values.outcomeAgreement}
          onChange={set('outcomeAgreement')}
          placeholder={t('record.form.choose')}
          options={agreementOptions}
          error={form.errorsFor('outcomeAgreement')}
        />
        <SelectField
          id={`${id}-significance`}
          label={t('record.substantiation.fields.significanceAgreement')}
          required
          value={values.significanceAgreement}
          onChange={set('significanceAgreement')}
          placeholder={t('record.form.choose')}
          options={agreementOptions}
          error={form.errorsFor('significanceAgreement')}
        />
        <SelectField
          id={`${id}-contribution`}
          label={t('record.substantiation.fields.contributionAgreement')}
          required
          value={values.contributionAgreement}
          onChange={set('contributionAgreement')}
          placeholder={t('record.form.choose')}
          options={agreementOptions}
          error={form.errorsFor('contributionAgreement')}
        />
      </div>
      <TextAreaField id={`${id}-comments`} label={t('record.substantiation.fields.comments')} value={values.comments} onChange={set('comments')} error={form.errorsFor('comments')} />
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('record.form.saving') : t('record.substantiation.submit')}
        </Button>
      </div>
    </form>
  );
}
