import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { Field } from '@/components/ui/field';
import { useFormMessage } from '@/components/ui/form-message';
import { fromApiError, type FormMessage } from '@/lib/form-messages';
import { tKey } from '@/lib/i18n-keys';
import { useAddPartner } from '../api/add-partner';
import { useCampaigns, type Campaign } from '../api/get-campaigns';
import { useRemovePartner } from '../api/remove-partner';
import { useSetCoordinator } from '../api/set-coordinator';

export type OrganisationOption = { id: string; name: string };

const ORGANISATION_ID = /^[a-z0-9][a-z0-9-]{1,39}$/;

function label(id: string, organisations: OrganisationOption[] | undefined): string {
  const found = organisations?.find((o) => o.id === id);
  return found ? `${found.name} (${id})` : id;
}

/** An organisation: a select when the list is known (administrators), else its identifier typed. */
function OrganisationInput({
  id,
  labelText,
  value,
  onChange,
  organisations,
  exclude = [],
  error,
}: {
  id: string;
  labelText: string;
  value: string;
  onChange: (value: string) => void;
  organisations?: OrganisationOption[];
  exclude?: string[];
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field id={id} label={labelText} hint={organisations ? undefined : t('campaigns.membership.organisationHint')} error={error}>
      {(control) =>
        organisations ? (
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            <option value="">{t('campaigns.membership.choose')}</option>
            {organisations
              .filter((o) => !exclude.includes(o.id))
              .map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name} ({o.id})
                </option>
              ))}
          </select>
        ) : (
          <input {...control} type="text" autoComplete="off" autoCapitalize="none" spellCheck={false} value={value} onChange={(event) => onChange(event.target.value)} />
        )
      }
    </Field>
  );
}

/**
 * Who runs a campaign (the coordinating organisation) and which coalition partners follow it. Shown to
 * administrators and coordinators; the server allows changes to administrators and to coordinators of the
 * coordinating organisation.
 */
export function CampaignMembershipPanel({ campaign, organisations }: { campaign: Campaign; organisations?: OrganisationOption[] }) {
  const { t } = useTranslation();
  const message = useFormMessage();
  const idPrefix = useId();
  const setCoordinator = useSetCoordinator();
  const addPartner = useAddPartner();
  const removePartner = useRemovePartner();
  const [coordinator, setCoordinatorValue] = useState('');
  const [partner, setPartner] = useState('');
  const [error, setError] = useState<FormMessage | null>(null);
  const [inputError, setInputError] = useState<{ field: 'coordinator' | 'partner'; key: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (campaign.partners === undefined) {
    return <p className="muted">{t('campaigns.membership.unavailable')}</p>;
  }
  const partners = campaign.partners;

  const onError = (e: unknown) => {
    const errors = fromApiError(e, [] as const);
    setError(errors.general[0] ?? { key: 'errors.generic' });
  };
  const check = (field: 'coordinator' | 'partner', value: string): boolean => {
    const key = !value ? tKey('campaigns.membership.errors.required') : !ORGANISATION_ID.test(value) ? tKey('campaigns.membership.errors.id') : null;
    setInputError(key ? { field, key } : null);
    return key === null;
  };

  const onSetCoordinator = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    const value = coordinator.trim();
    if (!check('coordinator', value)) return;
    setCoordinator.mutate(
      { campaignId: campaign.id, organisation: value },
      {
        onSuccess: () => {
          setCoordinatorValue('');
          setDone(t('campaigns.membership.coordinatorSet', { organisation: label(value, organisations) }));
        },
        onError,
      },
    );
  };

  const onAddPartner = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    const value = partner.trim();
    if (!check('partner', value)) return;
    addPartner.mutate(
      { campaignId: campaign.id, organisation: value },
      {
        onSuccess: () => {
          setPartner('');
          setDone(t('campaigns.membership.partnerAdded', { organisation: label(value, organisations) }));
        },
        onError,
      },
    );
  };

  return (
    <div className="membership-panel">
      <h3>{t('campaigns.membership.title', { name: campaign.name })}</h3>
      {done ? <Alert variant="success">{done}</Alert> : null}
      {error ? <Alert variant="error">{message(error)}</Alert> : null}
      <dl className="membership">
        <dt>{t('campaigns.membership.coordinator')}</dt>
        <dd>{campaign.coordinator ? label(campaign.coordinator, organisations) : <span className="muted">{t('campaigns.membership.noCoordinator')}</span>}</dd>
        <dt>{t('campaigns.membership.partners')}</dt>
        <dd>
          {partners.length === 0 ? (
            <span className="muted">{t('campaigns.membership.noPartners')}</span>
          ) : (
            <ul className="plain-list">
              {partners.map((id) => (
                <li key={id}>
                  {label(id, organisations)}{' '}
                  <ConfirmButton
                    question={t('campaigns.membership.removeQuestion', { organisation: label(id, organisations) })}
                    onConfirm={() => {
                      setError(null);
                      setDone(null);
                      removePartner.mutate({ campaignId: campaign.id, organisation: id }, { onError });
                    }}
                  >
                    {t('campaigns.membership.remove')}
                  </ConfirmButton>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      <form className="form" onSubmit={onAddPartner} noValidate aria-label={t('campaigns.membership.addPartner')}>
        <OrganisationInput
          id={`${idPrefix}-partner`}
          labelText={t('campaigns.membership.partnerOrganisation')}
          value={partner}
          onChange={setPartner}
          organisations={organisations}
          exclude={partners}
          error={inputError?.field === 'partner' ? t(inputError.key) : undefined}
        />
        <div className="form-actions">
          <Button type="submit" disabled={addPartner.isPending}>
            {t('campaigns.membership.addPartner')}
          </Button>
        </div>
      </form>
      <form className="form" onSubmit={onSetCoordinator} noValidate aria-label={t('campaigns.membership.setCoordinator')}>
        <OrganisationInput
          id={`${idPrefix}-coordinator`}
          labelText={t('campaigns.membership.coordinatorOrganisation')}
          value={coordinator}
          onChange={setCoordinatorValue}
          organisations={organisations}
          error={inputError?.field === 'coordinator' ? t(inputError.key) : undefined}
        />
        <div className="form-actions">
          <Button type="submit" variant="secondary" disabled={setCoordinator.isPending}>
            {t('campaigns.membership.setCoordinator')}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** A campaign chooser with the membership panel of the chosen campaign (for the campaigns page). */
export function CampaignMembershipSection({ organisations }: { organisations?: OrganisationOption[] }) {
  const { t } = useTranslation();
  const campaignsQuery = useCampaigns();
  const [selected, setSelected] = useState('');
  const campaigns = campaignsQuery.data ?? [];
  if (campaigns.length === 0) return null;
  const campaign = campaigns.find((c) => c.id === selected);
  return (
    <section className="card" aria-labelledby="membership-heading">
      <h2 id="membership-heading">{t('campaigns.membership.sectionTitle')}</h2>
      <p>{t('campaigns.membership.intro')}</p>
      <Field id="membership-campaign" label={t('campaigns.membership.campaign')}>
        {(control) => (
          <select {...control} value={selected} onChange={(event) => setSelected(event.target.value)}>
            <option value="">{t('campaigns.membership.chooseCampaign')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {campaign ? <CampaignMembershipPanel key={campaign.id} campaign={campaign} organisations={organisations} /> : null}
    </section>
  );
}
