import { useTranslation } from 'react-i18next';
import { Navigate, NavLink, Outlet, useOutletContext, useParams } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { useOrganisations } from '@/features/admin/api/get-organisations';
import { useMe } from '@/features/auth/api/get-me';
import { useCampaign } from '@/features/campaigns/api/get-campaign';
import type { Campaign } from '@/features/campaigns/api/get-campaigns';
import { CampaignMembershipPanel } from '@/features/campaigns/components/campaign-membership';
import { RecordForms } from '@/features/record/components/record-forms';
import { TimelineView } from '@/features/record/components/timeline-view';
import { isApiError } from '@/lib/api-client';
import { policies } from '@/lib/authorization';

type CampaignContext = { campaign: Campaign; canWrite: boolean };

/** A campaign's page: its name, goal and countries, with tabs "Record the advocacy" and "Timeline". */
export function CampaignRoute() {
  const { t } = useTranslation();
  const { campaignId = '' } = useParams();
  const { data: user } = useMe();
  const query = useCampaign(campaignId);
  const canWrite = policies.recordAdvocacy(user);
  const canManageMembership = policies.manageCampaignMembership(user);
  // Only administrators may list the organisations; coordinators type an organisation's identifier.
  const organisationsQuery = useOrganisations({ enabled: policies.administer(user) });

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const error = query.error;
    return <Alert variant="error">{isApiError(error) && error.status === 404 ? t('campaign.notFound') : t('campaign.loadError')}</Alert>;
  }
  const campaign = query.data;
  return (
    <>
      <title>{`${campaign.name} – ${t('app.name')}`}</title>
      <p className="breadcrumb">
        <NavLink to={paths.campaigns} end>
          {t('nav.campaigns')}
        </NavLink>
      </p>
      <h1>{campaign.name}</h1>
      <p className="page-intro">
        {campaign.countries.join(', ')}
        {campaign.goal ? ` · ${campaign.goal}` : ''}
      </p>
      {canManageMembership ? (
        <details className="card membership-details">
          <summary>{t('campaigns.membership.sectionTitle')}</summary>
          <CampaignMembershipPanel campaign={campaign} organisations={organisationsQuery.data} />
        </details>
      ) : null}
      <nav className="tabs" aria-label={t('campaign.tabs')}>
        <ul>
          {canWrite ? (
            <li>
              <NavLink to={paths.campaign(campaign.id)} end>
                {t('campaign.recordTab')}
              </NavLink>
            </li>
          ) : null}
          <li>
            <NavLink to={paths.campaignTimeline(campaign.id)}>{t('campaign.timelineTab')}</NavLink>
          </li>
        </ul>
      </nav>
      <Outlet context={{ campaign, canWrite } satisfies CampaignContext} />
    </>
  );
}

/** The "Record the advocacy" tab (coordinators and administrators); others go to the timeline. */
export function CampaignRecordTab() {
  const { campaign, canWrite } = useOutletContext<CampaignContext>();
  if (!canWrite) return <Navigate to={paths.campaignTimeline(campaign.id)} replace />;
  return <RecordForms campaign={campaign} />;
}

export function CampaignTimelineTab() {
  const { campaign } = useOutletContext<CampaignContext>();
  return <TimelineView fixedCampaign={campaign} />;
}
