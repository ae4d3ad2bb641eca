import { useTranslation } from 'react-i18next';
import { useMe } from '@/features/auth/api/get-me';
import { ImportStatisticsForm } from '@/features/statistics/components/import-statistics-form';
import { ProtectionRatesView } from '@/features/statistics/components/protection-rates-view';
import { policies } from '@/lib/authorization';

/** Protection statistics: rates for everyone signed in, the UNHCR import for coordinators and administrators. */
export function StatisticsRoute() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  return (
    <>
      <title>{`${t('statistics.title')} – ${t('app.name')}`}</title>
      <h1>{t('statistics.title')}</h1>
      <p className="page-intro">{t('statistics.intro')}</p>
      {policies.importStatistics(user) ? (
        <section className="card">
          <ImportStatisticsForm />
        </section>
      ) : null}
      <ProtectionRatesView />
    </>
  );
}
