import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import type { CampaignRef } from '../types';
import { ActionForm } from './action-form';
import { ClaimForm } from './claim-form';
import { OutcomeForm } from './outcome-form';
import { ReformForm } from './reform-form';

const FORMS = ['action', 'reform', 'outcome', 'claim'] as const;
type FormName = (typeof FORMS)[number];

/** The four ways to record the advocacy of a campaign, one at a time (?form=action|reform|outcome|claim). */
export function RecordForms({ campaign }: { campaign: CampaignRef }) {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('form');
  const current: FormName = (FORMS as readonly string[]).includes(requested ?? '') ? (requested as FormName) : 'action';
  const labels: Record<FormName, string> = {
    action: t('record.action.title'),
    reform: t('record.reform.title'),
    outcome: t('record.outcome.title'),
    claim: t('record.claim.title'),
  };
  return (
    <>
      <div className="segmented" role="group" aria-label={t('record.chooseForm')}>
        {FORMS.map((name) => (
          <button
            key={name}
            type="button"
            className={name === current ? 'btn btn-primary' : 'btn btn-secondary'}
            aria-pressed={name === current}
            onClick={() => setSearchParams(name === 'action' ? {} : { form: name }, { replace: true })}
          >
            {labels[name]}
          </button>
        ))}
      </div>
      <section className="card">
        {current === 'action' ? <ActionForm campaign={campaign} /> : null}
        {current === 'reform' ? <ReformForm campaign={campaign} /> : null}
        {current === 'outcome' ? <OutcomeForm campaign={campaign} /> : null}
        {current === 'claim' ? <ClaimForm campaignId={campaign.id} /> : null}
      </section>
    </>
  );
}
