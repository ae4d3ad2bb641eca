import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { RoleName } from '@/components/role-name';
import { Alert } from '@/components/ui/alert';
import { LanguageSwitcher } from '@/components/ui/language-switcher';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { LogoutButton } from '@/features/auth/components/logout-button';
import { policies } from '@/lib/authorization';
import { useSessionExpired } from './root-layout';

/** The frame of every signed-in page: header with the user, navigation and sign-out. */
export function AppLayout() {
  const { t } = useTranslation();
  const meQuery = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const sessionExpired = useSessionExpired();

  if (meQuery.isPending) {
    return (
      <main id="main" className="page page-narrow">
        <Loading />
      </main>
    );
  }

  if (meQuery.isError) {
    return (
      <main id="main" className="page page-narrow">
        <Alert variant="error">{t('errors.generic')}</Alert>
      </main>
    );
  }

  const user = meQuery.data;
  if (!user) {
    const params = new URLSearchParams();
    if (sessionExpired) params.set('expired', '1');
    const from = location.pathname + location.search;
    if (from !== paths.home) params.set('from', from);
    const query = params.toString();
    return <Navigate to={query ? `${paths.login}?${query}` : paths.login} replace />;
  }

  // An account that must change its password sees only the password page until it is changed.
  const passwordChangeOnly = user.mustChangePassword;
  if (passwordChangeOnly && location.pathname !== paths.accountPassword) {
    const from = location.pathname + location.search;
    const params = new URLSearchParams();
    if (from !== paths.home && !from.startsWith(paths.accountPassword)) params.set('from', from);
    const query = params.toString();
    return <Navigate to={query ? `${paths.accountPassword}?${query}` : paths.accountPassword} replace />;
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <p className="app-name">{t('app.name')}</p>
          {passwordChangeOnly ? null : (
            <nav aria-label={t('nav.label')}>
              <ul>
                <li>
                  <NavLink to={paths.campaigns}>{t('nav.campaigns')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.timeline}>{t('nav.timeline')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.statistics}>{t('nav.statistics')}</NavLink>
                </li>
                <li>
                  <NavLink to={paths.analytics}>{t('nav.analytics')}</NavLink>
                </li>
                {policies.administer(user) ? (
                  <li>
                    <NavLink to={paths.admin}>{t('nav.admin')}</NavLink>
                  </li>
                ) : null}
                <li>
                  <NavLink to={paths.account}>{t('nav.account')}</NavLink>
                </li>
              </ul>
            </nav>
          )}
          <div className="app-user">
            <span data-testid="current-user">
              {t('auth.signedInAs', { username: user.username })}
              {user.roles.length > 0 ? (
                <>
                  {' '}
                  <span className="muted">
                    (
                    {user.roles.map((role, index) => (
                      <span key={role}>
                        {index > 0 ? ', ' : null}
                        <RoleName role={role} />
                      </span>
                    ))}
                    )
                  </span>
                </>
              ) : null}
            </span>
            <LanguageSwitcher />
            <LogoutButton onLoggedOut={() => navigate(paths.login, { replace: true })} />
          </div>
        </div>
      </header>
      <main id="main" className="page" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
