import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { CopyButton } from '@/components/ui/copy-button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import { Loading } from '@/components/ui/spinner';
import { firstInvalid, fromApiError, fromZodError, generalMessage, noFormErrors, type FormErrors } from '@/lib/form-messages';
import { formatDateTime } from '@/lib/format';
import { createTokenInputSchema, useCreateToken, type CreatedToken } from '../api/create-token';
import { TOKEN_SCOPES, useTokens, type ApiToken } from '../api/get-tokens';
import { useRevokeToken } from '../api/revoke-token';

const FIELDS = ['name', 'scope', 'expiresInDays'] as const;
type TokenField = (typeof FIELDS)[number];

function ScopeName({ scope }: { scope: string }) {
  const { t } = useTranslation();
  if (scope === 'READ_ONLY') return <>{t('account.tokens.scopes.READ_ONLY')}</>;
  if (scope === 'READ_WRITE') return <>{t('account.tokens.scopes.READ_WRITE')}</>;
  return <>{scope}</>;
}

function TokenStatus({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  if (token.revokedAt) return <>{t('account.tokens.status.revoked')}</>;
  if (!token.usable) return <>{t('account.tokens.status.expired')}</>;
  return <>{t('account.tokens.status.active')}</>;
}

/** Shows a new token's secret once, with a copy button; closing it forgets the secret. */
function SecretOnce({ created, onClose }: { created: CreatedToken; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="secret-once" role="region" aria-labelledby="token-secret-heading">
      <h3 id="token-secret-heading">{t('account.tokens.secret.title', { name: created.token.name })}</h3>
      <Alert variant="info">{t('account.tokens.secret.warning')}</Alert>
      <p>
        <code className="secret" data-testid="token-secret">
          {created.secret}
        </code>
      </p>
      <p className="secret-actions">
        <CopyButton value={created.secret} />
        <Button onClick={onClose}>
          {t('account.tokens.secret.close')}
        </Button>
      </p>
    </div>
  );
}

/** Personal API tokens: create (the secret is shown once), list, revoke. */
export function TokensPanel() {
  const { t, i18n } = useTranslation();
  const message = useFormMessage();
  const tokensQuery = useTokens();
  const createMutation = useCreateToken();
  const revokeMutation = useRevokeToken();
  const [values, setValues] = useState({ name: '', scope: 'READ_ONLY', expiresInDays: '90' });
  const [errors, setErrors] = useState<FormErrors<TokenField>>(noFormErrors());
  // The secret lives here only, and only until the user closes it.
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const refs = {
    name: useRef<HTMLInputElement>(null),
    scope: useRef<HTMLSelectElement>(null),
    expiresInDays: useRef<HTMLInputElement>(null),
  };

  const show = (next: FormErrors<TokenField>) => {
    setErrors(next);
    const first = firstInvalid(next, FIELDS);
    if (first) refs[first].current?.focus();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setCreated(null);
    const parsed = createTokenInputSchema.safeParse(values);
    if (!parsed.success) {
      show(fromZodError(parsed.error, FIELDS));
      return;
    }
    setErrors(noFormErrors());
    createMutation.mutate(parsed.data, {
      onSuccess: (result) => {
        setCreated(result);
        setValues({ name: '', scope: 'READ_ONLY', expiresInDays: '90' });
        // Forget the answer held by the mutation: only this component's state keeps the secret.
        createMutation.reset();
      },
      onError: (error) => show(fromApiError(error, FIELDS)),
    });
  };

  const fieldErrors = (field: TokenField) => errors.fields[field]?.map(message);

  let list;
  if (tokensQuery.isPending) list = <Loading />;
  else if (tokensQuery.isError) list = <Alert variant="error">{message(generalMessage(tokensQuery.error))}</Alert>;
  else if (tokensQuery.data.length === 0) list = <p className="empty">{t('account.tokens.empty')}</p>;
  else
    list = (
      <div className="table-wrapper">
        <table className="data-table">
          <caption>{t('account.tokens.caption', { count: tokensQuery.data.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('account.tokens.columns.name')}</th>
              <th scope="col">{t('account.tokens.columns.scope')}</th>
              <th scope="col">{t('account.tokens.columns.createdAt')}</th>
              <th scope="col">{t('account.tokens.columns.expiresAt')}</th>
              <th scope="col">{t('account.tokens.columns.status')}</th>
              <th scope="col">{t('account.tokens.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {tokensQuery.data.map((token) => (
              <tr key={token.id}>
                <th scope="row">{token.name}</th>
                <td>
                  <ScopeName scope={token.scope} />
                </td>
                <td>{formatDateTime(token.createdAt, i18n.language)}</td>
                <td>{formatDateTime(token.expiresAt, i18n.language)}</td>
                <td>
                  <TokenStatus token={token} />
                </td>
                <td>
                  {token.usable && !token.revokedAt ? (
                    <ConfirmButton
                      question={t('account.tokens.revokeQuestion', { name: token.name })}
                      onConfirm={() => revokeMutation.mutate(token.id)}
                      disabled={revokeMutation.isPending}
                    >
                      {t('account.tokens.revoke')}
                    </ConfirmButton>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );

  const hasFieldErrors = FIELDS.some((field) => errors.fields[field]?.length);
  return (
    <section className="card" aria-labelledby="tokens-heading">
      <h2 id="tokens-heading">{t('account.tokens.title')}</h2>
      <p>{t('account.tokens.intro')}</p>
      {created ? <SecretOnce created={created} onClose={() => setCreated(null)} /> : null}
      {revokeMutation.isError ? <Alert variant="error">{message(generalMessage(revokeMutation.error))}</Alert> : null}
      {list}
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="create-token-heading">
        <h3 id="create-token-heading">{t('account.tokens.create.title')}</h3>
        {hasFieldErrors || errors.general.length > 0 ? (
          <Alert variant="error">
            {hasFieldErrors ? <p>{t('account.tokens.errors.invalid')}</p> : null}
            {errors.general.map((m, index) => (
              <p key={index}>{message(m)}</p>
            ))}
          </Alert>
        ) : null}
        <Field id="token-name" label={t('account.tokens.create.name')} hint={t('account.tokens.create.nameHint')} error={fieldErrors('name')}>
          {(control) => (
            <input
              {...control}
              ref={refs.name}
              name="name"
              type="text"
              autoComplete="off"
              maxLength={100}
              value={values.name}
              onChange={(event) => setValues((v) => ({ ...v, name: event.target.value }))}
            />
          )}
        </Field>
        <Field id="token-scope" label={t('account.tokens.create.scope')} hint={t('account.tokens.create.scopeHint')} error={fieldErrors('scope')}>
          {(control) => (
            <select {...control} ref={refs.scope} name="scope" value={values.scope} onChange={(event) => setValues((v) => ({ ...v, scope: event.target.value }))}>
              {TOKEN_SCOPES.map((scope) => (
                <option key={scope} value={scope}>
                  {scope === 'READ_ONLY' ? t('account.tokens.scopes.READ_ONLY') : t('account.tokens.scopes.READ_WRITE')}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="token-expiry" label={t('account.tokens.create.expiresInDays')} hint={t('account.tokens.create.expiresInDaysHint')} error={fieldErrors('expiresInDays')}>
          {(control) => (
            <input
              {...control}
              ref={refs.expiresInDays}
              name="expiresInDays"
              type="number"
              inputMode="numeric"
              min={1}
              max={365}
              value={values.expiresInDays}
              onChange={(event) => setValues((v) => ({ ...v, expiresInDays: event.target.value }))}
            />
          )}
        </Field>
        <div className="form-actions">
          <Button type="submit" disabled={createMutation.isPending}>
            {createMutation.isPending ? t('account.tokens.create.submitting') : t('account.tokens.create.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
