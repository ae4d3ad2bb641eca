import { useTranslation } from 'react-i18next';
import { useOrganisations } from '@/features/admin/api/get-organisations';
import { useMe } from '@/features/auth/api/get-me';
import { CampaignMembershipSection } from '@/features/campaigns/components/campaign-membership';
import { CampaignsList } from '@/features/campaigns/components/campaigns-list';
import { LaunchCampaignForm } from '@/features/campaigns/components/launch-campaign-form';
import { policies } from '@/lib/authorization';

/** The campaign list, with the launch form for those allowed to launch (admins and coordinators). */
export function CampaignsRoute() {
  const { t } = useTranslation();
  const { data: user } = useMe();
  const canLaunch = policies.launchCampaign(user);
  const canManageMembership = policies.manageCampaignMembership(user);
  // Only administrators may list the organisations; coordinators type an organisation's identifier.
  const organisationsQuery = useOrganisations({ enabled: policies.administer(user) });
  return (
    <>
      <title>{`${t('campaigns.title')} – ${t('app.name')}`}</title>
      <h1>{t('campaigns.title')}</h1>
      <p className="page-intro">{t('campaigns.intro')}</p>
      <div className={canLaunch ? 'campaigns-layout' : undefined}>
        <section aria-labelledby="campaign-list-heading" className="card">
          <h2 id="campaign-list-heading">{t('campaigns.list.title')}</h2>
          <CampaignsList />
        </section>
        {canLaunch ? (
          <section className="card">
            <LaunchCampaignForm />
          </section>
        ) : null}
      </div>
      {canManageMembership ? <CampaignMembershipSection organisations={organisationsQuery.data} /> : null}
    </>
  );
}
