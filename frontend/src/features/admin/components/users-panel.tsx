import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { RoleName } from '@/components/role-name';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import { Loading } from '@/components/ui/spinner';
import { ROLES, type Role } from '@/lib/authorization';
import { fromApiError, fromZodError, generalMessage, noFormErrors, type FormErrors, type FormMessage } from '@/lib/form-messages';
import { useDisableUser } from '../api/disable-user';
import { useEnableUser } from '../api/enable-user';
import { useOrganisations, type Organisation } from '../api/get-organisations';
import { useUsers, type Account } from '../api/get-users';
import { useResetPassword, type TemporaryPassword } from '../api/reset-password';
import { updateUserInputSchema, useUpdateUser } from '../api/update-user';
import { CreateUserForm } from './create-user-form';
import { OrganisationSelect } from './organisation-select';
import { RolesFieldset } from './roles-fieldset';

const EDIT_FIELDS = ['roles', 'organisation'] as const;
type EditField = (typeof EDIT_FIELDS)[number];

const knownRoles = (roles: string[]): Role[] => roles.filter((role): role is Role => (ROLES as readonly string[]).includes(role));

function organisationName(id: string | null | undefined, organisations: Organisation[]): string {
  if (!id) return '';
  const found = organisations.find((o) => o.id === id);
  return found ? `${found.name} (${id})` : id;
}

/** Changes one account's roles and organisation. */
function EditUserForm({ account, organisations, onDone }: { account: Account; organisations: Organisation[]; onDone: () => void }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const mutation = useUpdateUser();
  const [roles, setRoles] = useState<Role[]>(knownRoles(account.roles));
  const [organisation, setOrganisation] = useState(account.organisation ?? '');
  const [errors, setErrors] = useState<FormErrors<EditField>>(noFormErrors());
  const prefix = `edit-${account.username}`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = updateUserInputSchema.safeParse({ roles, organisation });
    if (!parsed.success) {
      setErrors(fromZodError(parsed.error, EDIT_FIELDS));
      return;
    }
    mutation.mutate({ username: account.username, ...parsed.data }, { onSuccess: onDone, onError: (error) => setErrors(fromApiError(error, EDIT_FIELDS)) });
  };

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('admin.users.edit.title', { username: account.username })}>
      {errors.general.length > 0 ? (
        <Alert variant="error">
          {errors.general.map((m, index) => (
            <p key={index}>{message(m)}</p>
          ))}
        </Alert>
      ) : null}
      <RolesFieldset id={`${prefix}-roles`} value={roles} onChange={setRoles} error={errors.fields.roles?.map(message)} />
      <Field id={`${prefix}-organisation`} label={t('admin.users.fields.organisation')} error={errors.fields.organisation?.map(message)}>
        {(control) => <OrganisationSelect control={control} organisations={organisations} value={organisation} onChange={setOrganisation} />}
      </Field>
      <div className="form-actions row-actions">
        <Button type="submit" disabled={mutation.isPending}>
          {t('admin.users.edit.save')}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          {t('common.cancel')}
        </Button>
      </div>
    </form>
  );
}

/** The temporary password after a reset: shown once, with a copy button. */
function TemporaryPasswordBox({ result, onClose }: { result: TemporaryPassword; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="secret-once" role="region" aria-labelledby="temporary-password-heading">
      <h3 id="temporary-password-heading">{t('admin.users.reset.title', { username: result.username })}</h3>
      <Alert variant="info">{t('admin.users.reset.warning')}</Alert>
      <p>
        <code className="secret" data-testid="temporary-password">
          {result.temporaryPassword}
        </code>
      </p>
      <p className="secret-actions">
        <CopyButton value={result.temporaryPassword} />
        <Button onClick={onClose}>{t('admin.users.reset.close')}</Button>
      </p>
    </div>
  );
}

/** Accounts: the list with roles, organisation and state; edit, disable/enable, password reset; and the creation form. */
export function UsersPanel({ currentUsername }: { currentUsername?: string }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const usersQuery = useUsers();
  const organisationsQuery = useOrganisations();
  const organisations = organisationsQuery.data ?? [];
  const disable = useDisableUser();
  const enable = useEnableUser();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<string | null>(null);
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  const [actionError, setActionError] = useState<FormMessage | null>(null);

  const onActionError = (error: unknown) => {
    const errors = fromApiError(error, [] as const);
    setActionError(errors.general[0] ?? generalMessage(error));
  };

  let list;
  if (usersQuery.isPending) list = <Loading />;
  else if (usersQuery.isError) list = <Alert variant="error">{message(generalMessage(usersQuery.error))}</Alert>;
  else
    list = (
      <div className="table-wrapper">
        <table className="data-table">
          <caption>{t('admin.users.caption', { count: usersQuery.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('admin.users.fields.username')}</th>
              <th scope="col">{t('admin.users.fields.roles')}</th>
              <th scope="col">{t('admin.users.fields.organisation')}</th>
              <th scope="col">{t('admin.users.fields.status')}</th>
              <th scope="col">{t('admin.users.fields.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {usersQuery.data.map((account) => (
              <tr key={account.username}>
                <th scope="row">{account.username}</th>
                <td>
                  {account.roles.map((role, index) => (
                    <span key={role}>
                      {index > 0 ? ', ' : null}
                      <RoleName role={role} />
                    </span>
                  ))}
                </td>
                <td>{organisationName(account.organisation, organisations)}</td>
                <td>
                  {account.enabled ? t('admin.users.status.enabled') : <strong>{t('admin.users.status.disabled')}</strong>}
                  {account.mustChangePassword ? (
                    <>
                      <br />
                      <span className="muted">{t('admin.users.status.mustChangePassword')}</span>
                    </>
                  ) : null}
                </td>
                <td>
                  {editing === account.username ? (
                    <EditUserForm account={account} organisations={organisations} onDone={() => setEditing(null)} />
                  ) : (
                    <div className="row-actions">
                      <Button variant="secondary" onClick={() => setEditing(account.username)} aria-label={t('admin.users.edit.label', { username: account.username })}>
                        {t('admin.users.edit.button')}
                      </Button>
                      {account.username === currentUsername ? null : account.enabled ? (
                        <ConfirmButton
                          question={t('admin.users.disable.question', { username: account.username })}
                          onConfirm={() => {
                            setActionError(null);
                            disable.mutate(account.username, { onError: onActionError });
                          }}
                        >
                          {t('admin.users.disable.button')}
                        </ConfirmButton>
                      ) : (
                        <ConfirmButton
                          question={t('admin.users.enable.question', { username: account.username })}
                          onConfirm={() => {
                            setActionError(null);
                            enable.mutate(account.username, { onError: onActionError });
                          }}
                        >
                          {t('admin.users.enable.button')}
                        </ConfirmButton>
                      )}
                      <ConfirmButton
                        question={t('admin.users.reset.question', { username: account.username })}
                        onConfirm={() => {
                          setActionError(null);
                          setTemporary(null);
                          reset.mutate(account.username, {
                            onSuccess: (result) => {
                              setTemporary(result);
                              reset.reset();
                            },
                            onError: onActionError,
                          });
                        }}
                      >
                        {t('admin.users.reset.button')}
                      </ConfirmButton>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  return (
    <section className="card" aria-labelledby="users-heading">
      <h2 id="users-heading">{t('admin.users.title')}</h2>
      <p>{t('admin.users.intro')}</p>
      {temporary ? <TemporaryPasswordBox result={temporary} onClose={() => setTemporary(null)} /> : null}
      {actionError ? <Alert variant="error">{message(actionError)}</Alert> : null}
      {list}
      <CreateUserForm organisations={organisations} />
    </section>
  );
}
