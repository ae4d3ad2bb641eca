import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '@/config/paths';
import { useMe } from '@/features/auth/api/get-me';
import { AuditView } from '@/features/audit/components/audit-view';
import { policies } from '@/lib/authorization';
import { AdminOnly } from './admin';

/** The audit log. Administrators only. */
export function AdminAuditRoute() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  if (!policies.administer(user)) return <AdminOnly />;
  return (
    <>
      <title>{`${t('audit.title')} – ${t('app.name')}`}</title>
      <p>
        <Link to={paths.admin}>{t('audit.backToAdmin')}</Link>
      </p>
      <h1>{t('audit.title')}</h1>
      <p className="page-intro">{t('audit.intro')}</p>
      <AuditView />
    </>
  );
}
