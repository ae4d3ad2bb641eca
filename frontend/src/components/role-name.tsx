import { useTranslation } from 'react-i18next';

/** The translated name of a role; an unknown role is shown as sent by the server. */
export function RoleName({ role }: { role: string }) {
  const { t } = useTranslation();
  switch (role) {
    case 'ADMIN':
      return <>{t('roles.ADMIN')}</>;
    case 'COORDINATOR':
      return <>{t('roles.COORDINATOR')}</>;
    case 'PARTNER':
      return <>{t('roles.PARTNER')}</>;
    case 'EVALUATOR':
      return <>{t('roles.EVALUATOR')}</>;
    default:
      return <>{role}</>;
  }
}
