import { useTranslation } from 'react-i18next';
import { formatInstant } from '@/lib/partial-date';
import { claimStatus, type Claim } from '../api/schemas';
import { AGREEMENT_LABELS, INDEPENDENCE_LABELS, labelOf } from './labels';

/** Substantiated (some substantiator agrees fully or partly with the contribution) and/or disputed (some does not). */
export function ClaimStatus({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const { substantiated, disputed } = claimStatus(claim);
  return (
    <p className="claim-status" data-testid="claim-status">
      <strong>{t('record.substantiation.status')}</strong>{' '}
      {substantiated ? <span className="tag tag-substantiated">{t('record.substantiation.substantiated')}</span> : null}
      {disputed ? <span className="tag tag-disputed">{t('record.substantiation.disputed')}</span> : null}
      {!substantiated && !disputed ? <span className="muted">{t('record.substantiation.unsubstantiated')}</span> : null}
    </p>
  );
}

/** Every substantiation of a claim: who, in what role, how independent, the three agreements, comments, who recorded it and when. */
export function ClaimSubstantiations({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const all = claim.substantiations ?? [];
  return (
    <>
      <ClaimStatus claim={claim} />
      {all.length === 0 ? (
        <p className="muted">{t('record.substantiation.none')}</p>
      ) : (
        <div className="table-wrapper">
          <table className="campaigns-table substantiations-table">
            <caption>{t('record.substantiation.listCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('record.substantiation.fields.name')}</th>
                <th scope="col">{t('record.substantiation.fields.role')}</th>
                <th scope="col">{t('record.substantiation.fields.independence')}</th>
                <th scope="col">{t('record.substantiation.fields.outcomeAgreement')}</th>
                <th scope="col">{t('record.substantiation.fields.significanceAgreement')}</th>
                <th scope="col">{t('record.substantiation.fields.contributionAgreement')}</th>
                <th scope="col">{t('record.substantiation.fields.comments')}</th>
                <th scope="col">{t('record.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {all.map((s) => (
                <tr key={s.id}>
                  <th scope="row">{s.substantiatorName ?? <span className="muted">{t('record.substantiation.nameErased')}</span>}</th>
                  <td>{s.substantiatorRole}</td>
                  <td>{labelOf(INDEPENDENCE_LABELS, s.independence, t)}</td>
                  <td>{labelOf(AGREEMENT_LABELS, s.outcomeAgreement, t)}</td>
                  <td>{labelOf(AGREEMENT_LABELS, s.significanceAgreement, t)}</td>
                  <td>{labelOf(AGREEMENT_LABELS, s.contributionAgreement, t)}</td>
                  <td className="prewrap">{s.comments ?? ''}</td>
                  <td>{t('history.recorded', { when: formatInstant(s.recordedAt, i18n.language), who: s.recordedBy ?? t('history.unknownUser') })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
