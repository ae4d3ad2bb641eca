import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { meQueryKey, useMe, type User } from '@/features/auth/api/get-me';
import { safeRedirectPath } from '@/lib/safe-redirect';

/**
 * The password change on its own page. When the account must change its password (after a reset or on
 * creation), this is all the user sees until it is done; then they continue where they were going.
 */
export function AccountPasswordRoute() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const forced = user?.mustChangePassword === true;
  const from = safeRedirectPath(searchParams.get('from'), paths.campaigns);
  const continueTo = from.startsWith(paths.accountPassword) ? paths.campaigns : from;

  const onChanged = () => {
    // Whatever was refused before the change is asked for again.
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== meQueryKey[0] });
    queryClient.setQueryData<User | null>(meQueryKey, (current) => (current ? { ...current, mustChangePassword: false } : current));
    if (forced) navigate(continueTo, { replace: true });
  };

  return (
    <div className="page-narrow-content">
      <title>{`${t('account.password.title')} – ${t('app.name')}`}</title>
      <h1>{t('account.password.title')}</h1>
      {forced ? <Alert variant="info">{t('account.password.required')}</Alert> : null}
      <section className="card">
        <ChangePasswordForm onChanged={onChanged} />
      </section>
      {forced ? null : (
        <p>
          <Link to={paths.account}>{t('account.backToAccount')}</Link>
        </p>
      )}
    </div>
  );
}
