import { useTranslation } from 'react-i18next';
import { ChangePasswordForm } from '@/features/account/components/change-password-form';
import { SessionsPanel } from '@/features/account/components/sessions-panel';
import { TokensPanel } from '@/features/account/components/tokens-panel';

/** My account: password, browser sessions, personal API tokens. */
export function AccountRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('account.title')} – ${t('app.name')}`}</title>
      <h1>{t('account.title')}</h1>
      <p className="page-intro">{t('account.intro')}</p>
      <section className="card">
        <ChangePasswordForm />
      </section>
      <SessionsPanel />
      <TokensPanel />
    </>
  );
}
