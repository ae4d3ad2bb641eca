import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Loading } from '@/components/ui/spinner';
import { isApiError } from '@/lib/api-client';
import { useRecord } from '../api/get-record';
import type { Action, Claim, Outcome, RecordKind, Reform } from '../api/schemas';
import { ActionForm } from './action-form';
import { ClaimForm } from './claim-form';
import { ClaimSubstantiations } from './claim-substantiations';
import { OutcomeForm } from './outcome-form';
import { ActionDetails, ClaimDetails, OutcomeDetails, ReformDetails } from './record-details';
import { RecordHistory } from './record-history';
import { ReformForm } from './reform-form';
import { ReformStageCorrectionForm } from './reform-stage-correction-form';
import { ReformStageForm } from './reform-stage-form';
import { RetractForm } from './retract-form';
import { SubstantiationForm } from './substantiation-form';
import { METRIC_LABELS, STRENGTH_LABELS, labelOf } from './labels';

type Mode = 'view' | 'correct' | 'retract';

/**
 * The page of one record: its fields, correction and retraction (for those allowed to write), and its full history.
 * A contribution claim also lists its substantiations, with the form to add one for those allowed to substantiate.
 */
export function RecordPage({ kind, id, canWrite, canSubstantiate = false }: { kind: RecordKind; id: string; canWrite: boolean; canSubstantiate?: boolean }) {
  const { t } = useTranslation();
  const query = useRecord(kind, id);
  const [mode, setMode] = useState<Mode>('view');
  const [conflict, setConflict] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    const error = query.error;
    return <Alert variant="error">{isApiError(error) && error.status === 404 ? t('record.notFound') : t('record.loadError')}</Alert>;
  }

  const { record, history } = query.data;
  const onConflict = () => {
    setConflict(true);
    setSaved(null);
    void query.refetch();
  };
  const done = (message: string) => {
    setConflict(false);
    setSaved(message);
    setMode('view');
  };
  const cancel = () => setMode('view');
  const editable = canWrite && !record.retracted;

  let title: string;
  let details;
  let correctForm;
  switch (kind) {
    case 'actions': {
      const action = record as Action;
      title = t('record.action.pageTitle', { actor: action.actor });
      details = <ActionDetails action={action} />;
      correctForm = <ActionForm key={action.version} action={action} onSaved={() => done(t('record.corrected'))} onConflict={onConflict} onCancel={cancel} />;
      break;
    }
    case 'reforms': {
      const reform = record as Reform;
      title = t('record.reform.pageTitle', { instrument: reform.instrument });
      details = <ReformDetails reform={reform} />;
      correctForm = <ReformForm key={reform.version} reform={reform} onSaved={() => done(t('record.corrected'))} onConflict={onConflict} onCancel={cancel} />;
      break;
    }
    case 'outcomes': {
      const outcome = record as Outcome;
      title = t('record.outcome.pageTitle', {
        what: outcome.measurement
          ? outcome.measurement.metric === 'OTHER' && outcome.measurement.otherMetric
            ? outcome.measurement.otherMetric
            : labelOf(METRIC_LABELS, outcome.measurement.metric, t)
          : (outcome.practiceChange?.changedBy ?? ''),
      });
      details = <OutcomeDetails outcome={outcome} />;
      correctForm = <OutcomeForm key={outcome.version} outcome={outcome} onSaved={() => done(t('record.corrected'))} onConflict={onConflict} onCancel={cancel} />;
      break;
    }
    default: {
      const claim = record as Claim;
      title = t('record.claim.pageTitle', { strength: labelOf(STRENGTH_LABELS, claim.strength, t) });
      details = <ClaimDetails claim={claim} />;
      correctForm = (
        <ClaimForm key={claim.version} campaignId={claim.campaignId} claim={claim} onSaved={() => done(t('record.corrected'))} onConflict={onConflict} onCancel={cancel} />
      );
    }
  }

  return (
    <>
      <title>{`${title} – ${t('app.name')}`}</title>
      <h1>{title}</h1>
      {record.retracted ? (
        <Alert variant="info" title={t('record.retractedTitle')}>
          {record.retractionReason ? <p>{t('record.retractedReason', { reason: record.retractionReason })}</p> : null}
        </Alert>
      ) : null}
      {conflict ? <Alert variant="error">{t('record.form.conflict')}</Alert> : null}
      {saved ? <Alert variant="success">{saved}</Alert> : null}

      <section className="card" aria-labelledby="record-fields-heading">
        <h2 id="record-fields-heading">{t('record.details')}</h2>
        {details}
        {editable && mode === 'view' ? (
          <div className="form-actions">
            <Button variant="secondary" onClick={() => { setSaved(null); setMode('correct'); }}>
              {t('record.correct')}
            </Button>
            <Button variant="secondary" onClick={() => { setSaved(null); setMode('retract'); }}>
              {t('record.retract.open')}
            </Button>
          </div>
        ) : null}
      </section>

      {editable && mode === 'correct' ? <section className="card">{correctForm}</section> : null}
      {editable && mode === 'retract' ? (
        <section className="card">
          <RetractForm key={record.version} kind={kind} id={record.id} version={record.version} onDone={() => done(t('record.retract.done'))} onConflict={onConflict} onCancel={cancel} />
        </section>
      ) : null}
      {editable && kind === 'reforms' && mode === 'view' ? (
        <section className="card">
          <ReformStageForm key={record.version} reform={record as Reform} onSaved={() => done(t('record.reform.stageAdded'))} onConflict={onConflict} />
        </section>
      ) : null}
      {editable && kind === 'reforms' && mode === 'view' ? (
        <section className="card">
          <ReformStageCorrectionForm key={`correct-${record.version}`} reform={record as Reform} onSaved={() => done(t('record.reform.stageCorrected'))} onConflict={onConflict} />
        </section>
      ) : null}

      {kind === 'contributions' ? (
        <section className="card" aria-labelledby="substantiations-heading">
          <h2 id="substantiations-heading">{t('record.substantiation.title')}</h2>
          <ClaimSubstantiations claim={record as Claim} />
        </section>
      ) : null}
      {kind === 'contributions' && canSubstantiate && !record.retracted ? (
        <section className="card">
          <SubstantiationForm claimId={record.id} />
        </section>
      ) : null}

      <section className="card" aria-labelledby="record-history-heading">
        <h2 id="record-history-heading">{t('history.title')}</h2>
        <RecordHistory entries={history} />
      </section>
    </>
  );
}
