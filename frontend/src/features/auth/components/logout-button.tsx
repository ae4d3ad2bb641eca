import { useTranslation } from 'react-i18next';
import { Button } from '@/components/ui/button';
import { useLogout } from '../api/logout';

export function LogoutButton({ onLoggedOut }: { onLoggedOut?: () => void }) {
  const { t } = useTranslation();
  const logoutMutation = useLogout({ onSuccess: onLoggedOut });
  return (
    <>
      <Button variant="secondary" onClick={() => logoutMutation.mutate()} disabled={logoutMutation.isPending}>
        {logoutMutation.isPending ? t('auth.loggingOut') : t('auth.logout')}
      </Button>
      {logoutMutation.isError ? (
        <span className="inline-error" role="alert">
          {t('errors.generic')}
        </span>
      ) : null}
    </>
  );
}
