import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import type { Role } from '@/lib/authorization';
import { firstInvalid, fromApiError, fromZodError, noFormErrors, type FormErrors } from '@/lib/form-messages';
import { createUserInputSchema, useCreateUser } from '../api/create-user';
import type { Organisation } from '../api/get-organisations';
import type { Account } from '../api/get-users';
import { OrganisationSelect } from './organisation-select';
import { RolesFieldset } from './roles-fieldset';

const FIELDS = ['username', 'password', 'roles', 'organisation', 'mustChangePassword'] as const;
type UserField = (typeof FIELDS)[number];

const EMPTY = { username: '', password: '', roles: [] as Role[], organisation: '', mustChangePassword: true };

/** Creates an account: username, initial password, roles, organisation, and whether it must be changed. */
export function CreateUserForm({ organisations }: { organisations: Organisation[] }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const mutation = useCreateUser();
  const [values, setValues] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors<UserField>>(noFormErrors());
  const [created, setCreated] = useState<Account | null>(null);
  const refs = {
    username: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    organisation: useRef<HTMLSelectElement>(null),
    mustChangePassword: useRef<HTMLInputElement>(null),
  };

  const show = (next: FormErrors<UserField>) => {
    setErrors(next);
    const first = firstInvalid(next, FIELDS);
    if (first === 'roles') document.querySelector<HTMLInputElement>('#new-user-roles input')?.focus();
    else if (first) refs[first].current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const parsed = createUserInputSchema.safeParse(values);
    if (!parsed.success) {
      show(fromZodError(parsed.error, FIELDS));
      return;
    }
    setErrors(noFormErrors());
    mutation.mutate(parsed.data, {
      onSuccess: (account) => {
        setCreated(account);
        setValues(EMPTY);
      },
      onError: (error) => show(fromApiError(error, FIELDS)),
    });
  };

  const fieldErrors = (field: UserField) => errors.fields[field]?.map(message);
  const hasFieldErrors = FIELDS.some((field) => errors.fields[field]?.length);
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">{t('admin.users.create.title')}</h3>
      {created ? <Alert variant="success">{t('admin.users.create.success', { username: created.username })}</Alert> : null}
      {hasFieldErrors || errors.general.length > 0 ? (
        <Alert variant="error">
          {hasFieldErrors ? <p>{t('admin.users.errors.invalid')}</p> : null}
          {errors.general.map((m, index) => (
            <p key={index}>{message(m)}</p>
          ))}
        </Alert>
      ) : null}
      <Field id="new-user-username" label={t('admin.users.fields.username')} hint={t('admin.users.usernameHint')} error={fieldErrors('username')}>
        {(control) => (
          <input
            {...control}
            ref={refs.username}
            name="username"
            type="text"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            value={values.username}
            onChange={(event) => setValues((v) => ({ ...v, username: event.target.value }))}
          />
        )}
      </Field>
      <Field id="new-user-password" label={t('admin.users.fields.password')} hint={t('admin.users.passwordHint')} error={fieldErrors('password')}>
        {(control) => (
          <input
            {...control}
            ref={refs.password}
            name="password"
            type="password"
            autoComplete="new-password"
            value={values.password}
            onChange={(event) => setValues((v) => ({ ...v, password: event.target.value }))}
          />
        )}
      </Field>
      <RolesFieldset id="new-user-roles" value={values.roles} onChange={(roles) => setValues((v) => ({ ...v, roles }))} error={fieldErrors('roles')} />
      <Field id="new-user-organisation" label={t('admin.users.fields.organisation')} hint={t('admin.users.organisationHint')} error={fieldErrors('organisation')}>
        {(control) => (
          <OrganisationSelect
            control={control}
            organisations={organisations}
            selectRef={refs.organisation}
            value={values.organisation}
            onChange={(organisation) => setValues((v) => ({ ...v, organisation }))}
          />
        )}
      </Field>
      <div className="field">
        <label className="checkbox">
          <input
            ref={refs.mustChangePassword}
            type="checkbox"
            name="mustChangePassword"
            checked={values.mustChangePassword}
            onChange={(event) => setValues((v) => ({ ...v, mustChangePassword: event.target.checked }))}
          />
          {t('admin.users.fields.mustChangePassword')}
        </label>
      </div>
      <div className="form-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {mutation.isPending ? t('admin.users.create.submitting') : t('admin.users.create.submit')}
        </Button>
      </div>
    </form>
  );
}
