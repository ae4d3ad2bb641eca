import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { isApiError } from '@/lib/api-client';
import { loginInputSchema, useLogin } from '../api/login';
import type { User } from '../api/get-me';

type FieldName = 'username' | 'password';

export function LoginForm({ onSuccess }: { onSuccess?: (user: User) => void }) {
  const { t } = useTranslation();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<FieldName, string>>>({});
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const loginMutation = useLogin({ onSuccess });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = loginInputSchema.safeParse({ username, password });
    if (!parsed.success) {
      const errors: Partial<Record<FieldName, string>> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0];
        if ((field === 'username' || field === 'password') && !errors[field]) errors[field] = issue.message;
      }
      setFieldErrors(errors);
      (errors.username ? usernameRef : passwordRef).current?.focus();
      return;
    }
    setFieldErrors({});
    loginMutation.mutate(parsed.data, {
      onError: () => {
        setPassword('');
        passwordRef.current?.focus();
      },
    });
  };

  const error = loginMutation.error;
  let errorMessage: string | undefined;
  if (error) {
    if (isApiError(error) && error.status === 401) errorMessage = t('auth.login.errors.badCredentials');
    else if (isApiError(error) && error.isNetworkError) errorMessage = t('errors.network');
    else errorMessage = t('errors.generic');
  }

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-label={t('auth.login.title')}>
      {errorMessage ? <Alert variant="error">{errorMessage}</Alert> : null}
      <Field id="login-username" label={t('auth.login.username')} error={fieldErrors.username ? t(fieldErrors.username) : undefined}>
        {(control) => (
          <input
            {...control}
            ref={usernameRef}
            name="username"
            type="text"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
          />
        )}
      </Field>
      <Field id="login-password" label={t('auth.login.password')} error={fieldErrors.password ? t(fieldErrors.password) : undefined}>
        {(control) => (
          <input
            {...control}
            ref={passwordRef}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <div className="form-actions">
        <Button type="submit" disabled={loginMutation.isPending}>
          {loginMutation.isPending ? t('auth.login.submitting') : t('auth.login.submit')}
        </Button>
      </div>
    </form>
  );
}
