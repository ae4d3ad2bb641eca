import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PartialDateText, PeriodText } from '@/components/ui/partial-date';
import { paths } from '@/config/paths';
import { formatInstant } from '@/lib/partial-date';
import { useRecord } from '../api/get-record';
import type { Action, Claim, Framing, Outcome, Reform } from '../api/schemas';
import {
  ACTION_TYPE_LABELS,
  AVENUE_LABELS,
  DIRECTION_LABELS,
  FRAMING_LABELS,
  METRIC_LABELS,
  OUTCOME_KIND_LABELS,
  REFORM_KIND_LABELS,
  STAGE_LABELS,
  STRENGTH_LABELS,
  TARGET_KIND_LABELS,
  TARGET_TYPE_LABELS,
  UNIT_LABELS,
  labelOf,
} from './labels';

function Row({ label, children }: { label: ReactNode; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** "Humanitarian protection: substantive non-refoulement", "Other: <name>". */
export function FramingText({ framing }: { framing: Framing }) {
  const { t } = useTranslation();
  const kind = labelOf(FRAMING_LABELS, framing.kind, t);
  if (framing.avenue) return <>{`${kind}: ${labelOf(AVENUE_LABELS, framing.avenue, t)}`}</>;
  if (framing.otherName) return <>{`${kind}: ${framing.otherName}`}</>;
  return <>{kind}</>;
}

function Links({ links }: { links: readonly string[] | null | undefined }) {
  const { t } = useTranslation();
  if (!links || links.length === 0) return <span className="muted">{t('record.none')}</span>;
  return (
    <ul className="plain-list">
      {links.map((link) => (
        <li key={link}>
          <a href={link} rel="noopener noreferrer nofollow" target="_blank">
            {link}
          </a>
        </li>
      ))}
    </ul>
  );
}

function Meta({ record }: { record: { recordedAt?: string | null; recordedBy?: string | null; changedAt?: string | null; changedBy?: string | null; campaignId: string } }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <Row label={t('record.fields.campaign')}>
        <Link to={paths.campaign(record.campaignId)}>{t('record.openCampaign')}</Link>
      </Row>
      <Row label={t('record.recordedBy')}>{t('history.recorded', { when: formatInstant(record.recordedAt, i18n.language), who: record.recordedBy ?? t('history.unknownUser') })}</Row>
      {record.changedAt && record.changedAt !== record.recordedAt ? (
        <Row label={t('record.changedBy')}>{t('history.recorded', { when: formatInstant(record.changedAt, i18n.language), who: record.changedBy ?? t('history.unknownUser') })}</Row>
      ) : null}
    </>
  );
}

export function ActionDetails({ action }: { action: Action }) {
  const { t } = useTranslation();
  return (
    <dl className="record-fields">
      <Row label={t('record.fields.date')}>
        <PartialDateText value={action.date} />
      </Row>
      <Row label={t('record.fields.country')}>{action.country}</Row>
      <Row label={t('record.fields.issue')}>{action.issue}</Row>
      <Row label={t('record.fields.actor')}>{action.actor}</Row>
      <Row label={t('record.fields.actionType')}>{labelOf(ACTION_TYPE_LABELS, action.actionType, t)}</Row>
      <Row label={t('record.fields.framings')}>
        <ul className="plain-list">
          {action.framings.map((framing, index) => (
            <li key={index}>
              <FramingText framing={framing} />
            </li>
          ))}
        </ul>
      </Row>
      <Row label={t('record.fields.legalBases')}>
        {action.legalBases && action.legalBases.length > 0 ? (
          <ul className="plain-list">
            {action.legalBases.map((basis, index) => (
              <li key={index}>{basis.article ? `${basis.instrument} ${basis.article}` : basis.instrument}</li>
            ))}
          </ul>
        ) : (
          <span className="muted">{t('record.none')}</span>
        )}
      </Row>
      <Row label={t('record.fields.target')}>{`${labelOf(TARGET_KIND_LABELS, action.target.kind, t)}: ${action.target.name}`}</Row>
      <Row label={t('record.fields.description')}>
        <p className="prewrap">{action.description}</p>
      </Row>
      {action.notes ? (
        <Row label={t('record.fields.notesInternal')}>
          <p className="prewrap internal-notes">{action.notes}</p>
        </Row>
      ) : null}
      <Row label={t('record.fields.evidence')}>
        <Links links={action.evidence} />
      </Row>
      <Meta record={action} />
    </dl>
  );
}

export function ReformDetails({ reform }: { reform: Reform }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <dl className="record-fields">
        <Row label={t('record.fields.country')}>{reform.country}</Row>
        <Row label={t('record.fields.instrument')}>{reform.instrument}</Row>
        <Row label={t('record.fields.reformKind')}>{labelOf(REFORM_KIND_LABELS, reform.kind, t)}</Row>
        <Row label={t('record.fields.summary')}>{reform.summary}</Row>
        <Row label={t('record.fields.citation')}>{reform.citation || <span className="muted">{t('record.none')}</span>}</Row>
        {reform.description ? (
          <Row label={t('record.fields.description')}>
            <p className="prewrap">{reform.description}</p>
          </Row>
        ) : null}
        <Row label={t('record.fields.direction')}>{labelOf(DIRECTION_LABELS, reform.direction, t)}</Row>
        <Row label={t('record.fields.currentStage')}>
          {labelOf(STAGE_LABELS, reform.stage, t)} (<PartialDateText value={reform.stageDate} />)
        </Row>
        <Meta record={reform} />
      </dl>
      <div className="table-wrapper">
        <table className="campaigns-table">
          <caption>{t('record.reform.stages')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('record.fields.stage')}</th>
              <th scope="col">{t('record.fields.stageDate')}</th>
              <th scope="col">{t('record.fields.comment')}</th>
              <th scope="col">{t('record.recordedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {reform.stages.map((stage) => (
              <tr key={stage.version}>
                <th scope="row">
                  {labelOf(STAGE_LABELS, stage.stage, t)}
                  {stage.planned ? ` (${t('record.planned')})` : ''}
                </th>
                <td>
                  <PartialDateText value={stage.date} />
                </td>
                <td>{stage.comment ?? ''}</td>
                <td>{t('history.recorded', { when: formatInstant(stage.recordedAt, i18n.language), who: stage.recordedBy ?? t('history.unknownUser') })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

export function OutcomeDetails({ outcome }: { outcome: Outcome }) {
  const { t, i18n } = useTranslation();
  const m = outcome.measurement;
  const p = outcome.practiceChange;
  return (
    <dl className="record-fields">
      <Row label={t('record.outcome.kind')}>{labelOf(OUTCOME_KIND_LABELS, outcome.kind, t)}</Row>
      <Row label={t('record.fields.country')}>{outcome.country}</Row>
      {m ? (
        <>
          <Row label={t('record.fields.metric')}>{m.metric === 'OTHER' && m.otherMetric ? m.otherMetric : labelOf(METRIC_LABELS, m.metric, t)}</Row>
          <Row label={t('record.fields.period')}>
            <PeriodText value={m.period} />
          </Row>
          <Row label={t('record.fields.value')}>{`${m.value === null ? '—' : new Intl.NumberFormat(i18n.language).format(m.value)} ${labelOf(UNIT_LABELS, m.unit, t)}`}</Row>
          <Row label={t('record.fields.source')}>{m.source ?? ''}</Row>
        </>
      ) : null}
      {p ? (
        <>
          <Row label={t('record.fields.changedBy')}>{p.changedBy}</Row>
          <Row label={t('record.fields.change')}>
            <p className="prewrap">{p.change}</p>
          </Row>
          <Row label={t('record.fields.date')}>
            <PartialDateText value={p.date} />
          </Row>
          {p.significance ? <Row label={t('record.fields.significance')}>{p.significance}</Row> : null}
          {p.source ? <Row label={t('record.fields.source')}>{p.source}</Row> : null}
        </>
      ) : null}
      <Meta record={outcome} />
    </dl>
  );
}

/** A link to an action of a claim, named by its actor and date once loaded. */
function ActionLink({ id }: { id: string }) {
  const query = useRecord('actions', id);
  const action = query.data?.record;
  return (
    <Link to={paths.record('actions', id)}>
      {action ? (
        <>
          <PartialDateText value={action.date} /> · {action.actor}: {action.description}
        </>
      ) : (
        id
      )}
    </Link>
  );
}

export function ClaimDetails({ claim }: { claim: Claim }) {
  const { t } = useTranslation();
  const targetKind = claim.targetType === 'OUTCOME' ? 'outcomes' : 'reforms';
  return (
    <dl className="record-fields">
      <Row label={t('record.claim.actions')}>
        <ul className="plain-list">
          {claim.actionIds.map((actionId) => (
            <li key={actionId}>
              <ActionLink id={actionId} />
            </li>
          ))}
        </ul>
      </Row>
      <Row label={t('record.claim.target')}>
        <Link to={paths.record(targetKind, claim.targetId)}>{labelOf(TARGET_TYPE_LABELS, claim.targetType, t)}</Link>
      </Row>
      <Row label={t('record.fields.strength')}>{labelOf(STRENGTH_LABELS, claim.strength, t)}</Row>
      <Row label={t('record.fields.explanation')}>
        <p className="prewrap">{claim.explanation}</p>
      </Row>
      {claim.evidence ? (
        <Row label={t('record.fields.claimEvidence')}>
          <p className="prewrap">{claim.evidence}</p>
        </Row>
      ) : null}
      <Row label={t('record.fields.evidenceLinks')}>
        <Links links={claim.evidenceLinks} />
      </Row>
      <Row label={t('record.fields.claimedOn')}>
        <PartialDateText value={claim.claimedOn} />
      </Row>
      <Meta record={claim} />
    </dl>
  );
}
