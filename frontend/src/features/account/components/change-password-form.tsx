import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import { firstInvalid, fromApiError, fromZodError, noFormErrors, type FormErrors } from '@/lib/form-messages';
import { changePasswordInputSchema, useChangePassword } from '../api/change-password';

const FIELDS = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type PasswordField = (typeof FIELDS)[number];

/** Changes the signed-in user's password; the policy (12+ characters, not a common password) is explained. */
export function ChangePasswordForm({ onChanged }: { onChanged?: () => void }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const [values, setValues] = useState<Record<PasswordField, string>>({ currentPassword: '', newPassword: '', confirmPassword: '' });
  const [errors, setErrors] = useState<FormErrors<PasswordField>>(noFormErrors());
  const [changed, setChanged] = useState(false);
  const refs = {
    currentPassword: useRef<HTMLInputElement>(null),
    newPassword: useRef<HTMLInputElement>(null),
    confirmPassword: useRef<HTMLInputElement>(null),
  };
  const mutation = useChangePassword({
    onSuccess: () => {
      setValues({ currentPassword: '', newPassword: '', confirmPassword: '' });
      setErrors(noFormErrors());
      setChanged(true);
      onChanged?.();
    },
  });

  const show = (next: FormErrors<PasswordField>) => {
    setErrors(next);
    const first = firstInvalid(next, FIELDS);
    if (first) refs[first].current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setChanged(false);
    const parsed = changePasswordInputSchema.safeParse(values);
    if (!parsed.success) {
      show(fromZodError(parsed.error, FIELDS));
      return;
    }
    setErrors(noFormErrors());
    mutation.mutate(parsed.data, { onError: (error) => show(fromApiError(error, FIELDS)) });
  };

  const input = (field: PasswordField, autoComplete: string) => (
    <Field id={`password-${field}`} label={t(`account.password.fields.${field}`)} error={errors.fields[field]?.map(message)} hint={field === 'newPassword' ? t('account.password.policy') : undefined}>
      {(control) => (
        <input
          {...control}
          ref={refs[field]}
          name={field}
          type="password"
          autoComplete={autoComplete}
          required
          value={values[field]}
          onChange={(event) => setValues((current) => ({ ...current, [field]: event.target.value }))}
        />
      )}
    </Field>
  );

  const hasFieldErrors = FIELDS.some((field) => errors.fields[field]?.length);
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="change-password-heading">
      <h2 id="change-password-heading">{t('account.password.title')}</h2>
      {changed ? <Alert variant="success">{t('account.password.changed')}</Alert> : null}
      {hasFieldErrors || errors.general.length > 0 ? (
        <Alert variant="error">
          {hasFieldErrors ? <p>{t('account.password.errors.invalid')}</p> : null}
          {errors.general.map((m, index) => (
            <p key={index}>{message(m)}</p>
          ))}
        </Alert>
      ) : null}
      {input('currentPassword', 'current-password')}
      {input('newPassword', 'new-password')}
      {input('confirmPassword', 'new-password')}
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('account.password.submitting') : t('account.password.submit')}
        </Button>
      </div>
    </form>
  );
}
