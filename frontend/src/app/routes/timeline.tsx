import { useTranslation } from 'react-i18next';
import { useCampaigns } from '@/features/campaigns/api/get-campaigns';
import { TimelineView } from '@/features/record/components/timeline-view';

/** The timeline of every campaign, filtered by campaign, country, issue, framing and dates (in the address). */
export function TimelineRoute() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  return (
    <>
      <title>{`${t('timeline.title')} – ${t('app.name')}`}</title>
      <h1>{t('timeline.title')}</h1>
      <p className="page-intro">{t('timeline.intro')}</p>
      <TimelineView campaigns={campaigns.data ?? []} />
    </>
  );
}
