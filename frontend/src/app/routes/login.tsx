import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { LoginForm } from '@/features/auth/components/login-form';
import { safeRedirectPath } from '@/lib/safe-redirect';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const meQuery = useMe();
  const redirectTo = safeRedirectPath(searchParams.get('from'), paths.campaigns);

  if (meQuery.isPending) {
    return (
      <main id="main" className="page page-narrow">
        <Loading />
      </main>
    );
  }
  if (meQuery.data) return <Navigate to={redirectTo} replace />;

  return (
    <main id="main" className="page page-narrow login-page">
      <title>{`${t('auth.login.title')} – ${t('app.name')}`}</title>
      <div className="login-top">
        <p className="app-name">{t('app.name')}</p>
        <LanguageSwitcher />
      </div>
      <h1 id="login-heading">{t('auth.login.title')}</h1>
      <p>{t('auth.login.intro')}</p>
      {searchParams.get('expired') ? <Alert variant="info">{t('auth.login.sessionExpired')}</Alert> : null}
      <LoginForm onSuccess={() => navigate(redirectTo, { replace: true })} />
    </main>
  );
}
