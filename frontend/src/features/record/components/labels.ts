import { tKey } from '@/lib/i18n-keys';

/** Translation keys of the API's codes. A code not listed (e.g. added to the taxonomy later) is shown as sent. */
export const ACTION_TYPE_LABELS: Record<string, string> = {
  SUBMISSION_TO_UN_BODY: tKey('record.actionType.SUBMISSION_TO_UN_BODY'),
  LEGISLATIVE_TESTIMONY: tKey('record.actionType.LEGISLATIVE_TESTIMONY'),
  LITIGATION: tKey('record.actionType.LITIGATION'),
  MEETING_WITH_OFFICIALS: tKey('record.actionType.MEETING_WITH_OFFICIALS'),
  REPORT: tKey('record.actionType.REPORT'),
  MEDIA: tKey('record.actionType.MEDIA'),
  PUBLIC_CAMPAIGN: tKey('record.actionType.PUBLIC_CAMPAIGN'),
  LEGAL_ANALYSIS: tKey('record.actionType.LEGAL_ANALYSIS'),
  OTHER: tKey('record.actionType.OTHER'),
};

export const TARGET_KIND_LABELS: Record<string, string> = {
  MINISTRY: tKey('record.targetKind.MINISTRY'),
  LEGISLATURE: tKey('record.targetKind.LEGISLATURE'),
  COURT: tKey('record.targetKind.COURT'),
  UN_BODY: tKey('record.targetKind.UN_BODY'),
  MEDIA: tKey('record.targetKind.MEDIA'),
  OTHER: tKey('record.targetKind.OTHER'),
};

export const FRAMING_LABELS: Record<string, string> = {
  REFUGEE_CONVENTION: tKey('record.framing.REFUGEE_CONVENTION'),
  HUMANITARIAN_PROTECTION: tKey('record.framing.HUMANITARIAN_PROTECTION'),
  DOMESTIC_CONSTITUTIONAL: tKey('record.framing.DOMESTIC_CONSTITUTIONAL'),
  OTHER: tKey('record.framing.OTHER'),
};

export const AVENUE_LABELS: Record<string, string> = {
  SUBSTANTIVE_NON_REFOULEMENT: tKey('record.avenue.SUBSTANTIVE_NON_REFOULEMENT'),
  PROCEDURAL_PROTECTION: tKey('record.avenue.PROCEDURAL_PROTECTION'),
  RIGHTS_OF_STATUS_HOLDERS: tKey('record.avenue.RIGHTS_OF_STATUS_HOLDERS'),
  NON_DISCRIMINATION: tKey('record.avenue.NON_DISCRIMINATION'),
};

export const REFORM_KIND_LABELS: Record<string, string> = {
  LAW: tKey('record.reformKind.LAW'),
  REGULATION: tKey('record.reformKind.REGULATION'),
  POLICY: tKey('record.reformKind.POLICY'),
  COURT_PRACTICE: tKey('record.reformKind.COURT_PRACTICE'),
};

export const DIRECTION_LABELS: Record<string, string> = {
  PROGRESSIVE: tKey('record.direction.PROGRESSIVE'),
  REGRESSIVE: tKey('record.direction.REGRESSIVE'),
  NEUTRAL: tKey('record.direction.NEUTRAL'),
};

export const STAGE_LABELS: Record<string, string> = {
  PROPOSED: tKey('record.stage.PROPOSED'),
  DEBATED: tKey('record.stage.DEBATED'),
  ADOPTED: tKey('record.stage.ADOPTED'),
  IN_FORCE: tKey('record.stage.IN_FORCE'),
  REPEALED: tKey('record.stage.REPEALED'),
  REJECTED: tKey('record.stage.REJECTED'),
};

export const METRIC_LABELS: Record<string, string> = {
  ASYLUM_APPLICATIONS: tKey('record.metric.ASYLUM_APPLICATIONS'),
  REFUGEE_RECOGNITIONS: tKey('record.metric.REFUGEE_RECOGNITIONS'),
  HUMANITARIAN_PROTECTION_GRANTS: tKey('record.metric.HUMANITARIAN_PROTECTION_GRANTS'),
  REJECTIONS: tKey('record.metric.REJECTIONS'),
  OTHER: tKey('record.metric.OTHER'),
};

export const UNIT_LABELS: Record<string, string> = {
  PERSONS: tKey('record.unit.PERSONS'),
  CASES: tKey('record.unit.CASES'),
};

export const STRENGTH_LABELS: Record<string, string> = {
  DECISIVE: tKey('record.strength.DECISIVE'),
  SIGNIFICANT: tKey('record.strength.SIGNIFICANT'),
  PARTIAL: tKey('record.strength.PARTIAL'),
  MINOR: tKey('record.strength.MINOR'),
};

export const OUTCOME_KIND_LABELS: Record<string, string> = {
  MEASURED: tKey('record.outcomeKind.MEASURED'),
  PRACTICE_CHANGE: tKey('record.outcomeKind.PRACTICE_CHANGE'),
};

export const ENTRY_TYPE_LABELS: Record<string, string> = {
  ACTION: tKey('timeline.type.ACTION'),
  REFORM_STAGE: tKey('timeline.type.REFORM_STAGE'),
  OUTCOME: tKey('timeline.type.OUTCOME'),
  CONTRIBUTION_CLAIM: tKey('timeline.type.CONTRIBUTION_CLAIM'),
};

export const TARGET_TYPE_LABELS: Record<string, string> = {
  REFORM: tKey('record.targetType.REFORM'),
  OUTCOME: tKey('record.targetType.OUTCOME'),
};

export const EVENT_LABELS: Record<string, string> = {
  AdvocacyActionLogged: tKey('history.event.AdvocacyActionLogged'),
  AdvocacyActionCorrected: tKey('history.event.AdvocacyActionCorrected'),
  AdvocacyActionRetracted: tKey('history.event.AdvocacyActionRetracted'),
  LegalReformRecorded: tKey('history.event.LegalReformRecorded'),
  LegalReformCorrected: tKey('history.event.LegalReformCorrected'),
  LegalReformRetracted: tKey('history.event.LegalReformRetracted'),
  ReformStageRecorded: tKey('history.event.ReformStageRecorded'),
  ReformStageCorrected: tKey('history.event.ReformStageCorrected'),
  OutcomeRecorded: tKey('history.event.OutcomeRecorded'),
  OutcomeCorrected: tKey('history.event.OutcomeCorrected'),
  OutcomeRetracted: tKey('history.event.OutcomeRetracted'),
  ContributionClaimed: tKey('history.event.ContributionClaimed'),
  ContributionClaimCorrected: tKey('history.event.ContributionClaimCorrected'),
  ContributionClaimRetracted: tKey('history.event.ContributionClaimRetracted'),
};

/** Names of the fields that history entries list as changed. */
export const FIELD_LABELS: Record<string, string> = {
  campaignId: tKey('record.fields.campaign'),
  country: tKey('record.fields.country'),
  issue: tKey('record.fields.issue'),
  actor: tKey('record.fields.actor'),
  actionType: tKey('record.fields.actionType'),
  framings: tKey('record.fields.framings'),
  legalBases: tKey('record.fields.legalBases'),
  target: tKey('record.fields.target'),
  date: tKey('record.fields.date'),
  description: tKey('record.fields.description'),
  notes: tKey('record.fields.notes'),
  evidence: tKey('record.fields.evidence'),
  instrument: tKey('record.fields.instrument'),
  kind: tKey('record.fields.kind'),
  summary: tKey('record.fields.summary'),
  citation: tKey('record.fields.citation'),
  direction: tKey('record.fields.direction'),
  stage: tKey('record.fields.stage'),
  stageDate: tKey('record.fields.stageDate'),
  planned: tKey('record.fields.planned'),
  comment: tKey('record.fields.comment'),
  stageVersion: tKey('record.fields.stageVersion'),
  measurement: tKey('record.fields.measurement'),
  practiceChange: tKey('record.fields.practiceChange'),
  actionIds: tKey('record.fields.actionIds'),
  targetType: tKey('record.fields.targetType'),
  targetId: tKey('record.fields.targetId'),
  strength: tKey('record.fields.strength'),
  explanation: tKey('record.fields.explanation'),
  evidenceLinks: tKey('record.fields.evidenceLinks'),
  claimedOn: tKey('record.fields.claimedOn'),
  retracted: tKey('record.fields.retracted'),
};

/** The translated label of `code` in `labels`, or the code itself when it has none. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined, t: (key: string) => string): string {
  if (!code) return '';
  const key = labels[code];
  return key ? t(key) : code;
}
