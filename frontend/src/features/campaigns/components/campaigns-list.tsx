import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-client';
import { useCampaigns, type Campaign } from '../api/get-campaigns';

function formatDate(value: string, language: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function CampaignsList() {
  const { t, i18n } = useTranslation();
  const campaignsQuery = useCampaigns();

  if (campaignsQuery.isPending) return <Loading label={t('campaigns.list.loading')} />;

  if (campaignsQuery.isError) {
    const error = campaignsQuery.error;
    return (
      <Alert variant="error" title={t('campaigns.list.error')}>
        {isApiError(error) && error.status === 403 ? <p>{t('errors.forbidden')}</p> : null}
        {isApiError(error) && error.isNetworkError ? <p>{t('errors.network')}</p> : null}
      </Alert>
    );
  }

  const campaigns: Campaign[] = campaignsQuery.data;
  if (campaigns.length === 0) return <p className="empty">{t('campaigns.list.empty')}</p>;

  return (
    <div className="table-wrapper">
      <table className="campaigns-table">
        <caption>{t('campaigns.list.caption', { count: campaigns.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('campaigns.list.columns.name')}</th>
            <th scope="col">{t('campaigns.list.columns.countries')}</th>
            <th scope="col">{t('campaigns.list.columns.issues')}</th>
            <th scope="col">{t('campaigns.list.columns.goal')}</th>
            <th scope="col">{t('campaigns.list.columns.launchedAt')}</th>
            <th scope="col">{t('campaigns.list.columns.launchedBy')}</th>
          </tr>
        </thead>
        <tbody>
          {campaigns.map((campaign) => (
            <tr key={campaign.id}>
              <th scope="row">
                <Link to={paths.campaign(campaign.id)}>{campaign.name}</Link>
              </th>
              <td>
                <span className="code">{campaign.countries.join(', ')}</span>
              </td>
              <td>
                {campaign.issues.length > 0 ? (
                  <ul className="plain-list">
                    {campaign.issues.map((issue, index) => (
                      <li key={index}>{issue}</li>
                    ))}
                  </ul>
                ) : null}
              </td>
              <td>{campaign.goal ? campaign.goal : <span className="muted">{t('campaigns.list.noGoal')}</span>}</td>
              <td>
                <time dateTime={campaign.launchedAt}>{formatDate(campaign.launchedAt, i18n.language)}</time>
              </td>
              <td>{campaign.launchedBy ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
