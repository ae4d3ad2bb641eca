import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { paths } from '@/config/paths';
import { OrganisationsPanel } from '@/features/admin/components/organisations-panel';
import { SettingsPanel } from '@/features/admin/components/settings-panel';
import { UsersPanel } from '@/features/admin/components/users-panel';
import { useMe } from '@/features/auth/api/get-me';
import { policies } from '@/lib/authorization';

/** Administration: organisations, users, security settings; a link to the audit log. Administrators only. */
export function AdminRoute() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  if (!policies.administer(user)) return <AdminOnly />;
  return (
    <>
      <title>{`${t('admin.title')} – ${t('app.name')}`}</title>
      <h1>{t('admin.title')}</h1>
      <p className="page-intro">{t('admin.intro')}</p>
      <nav className="sub-nav" aria-label={t('admin.sections')}>
        <ul>
          <li>
            <a href="#users-heading">{t('admin.users.title')}</a>
          </li>
          <li>
            <a href="#organisations-heading">{t('admin.organisations.title')}</a>
          </li>
          <li>
            <a href="#settings-heading">{t('admin.settings.title')}</a>
          </li>
          <li>
            <Link to={paths.adminAudit}>{t('audit.title')}</Link>
          </li>
        </ul>
      </nav>
      <UsersPanel currentUsername={user?.username} />
      <OrganisationsPanel />
      <SettingsPanel />
    </>
  );
}

export function AdminOnly() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('admin.title')} – ${t('app.name')}`}</title>
      <h1>{t('admin.title')}</h1>
      <Alert variant="error">{t('admin.adminOnly')}</Alert>
    </>
  );
}
