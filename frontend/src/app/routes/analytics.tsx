import { useTranslation } from 'react-i18next';
import { AnalyticsDashboard } from '@/features/analytics/components/analytics-dashboard';

/** The framing dashboard for evaluators (every signed-in user may read it). */
export function AnalyticsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <title>{`${t('analytics.title')} – ${t('app.name')}`}</title>
      <h1>{t('analytics.title')}</h1>
      <p className="page-intro">{t('analytics.intro')}</p>
      <AnalyticsDashboard />
    </>
  );
}
