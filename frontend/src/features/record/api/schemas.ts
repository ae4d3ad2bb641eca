import { z } from 'zod';

/** Shapes shared by the record's endpoints (docs/api-record.md). */

export const FRAMING_KINDS = ['REFUGEE_CONVENTION', 'HUMANITARIAN_PROTECTION', 'DOMESTIC_CONSTITUTIONAL', 'OTHER'] as const;
export const AVENUES = ['SUBSTANTIVE_NON_REFOULEMENT', 'PROCEDURAL_PROTECTION', 'RIGHTS_OF_STATUS_HOLDERS', 'NON_DISCRIMINATION'] as const;
export const ACTION_TYPES = [
  'SUBMISSION_TO_UN_BODY',
  'LEGISLATIVE_TESTIMONY',
  'LITIGATION',
  'MEETING_WITH_OFFICIALS',
  'REPORT',
  'MEDIA',
  'PUBLIC_CAMPAIGN',
  'LEGAL_ANALYSIS',
  'OTHER',
] as const;
export const TARGET_KINDS = ['MINISTRY', 'LEGISLATURE', 'COURT', 'UN_BODY', 'MEDIA', 'OTHER'] as const;
export const REFORM_KINDS = ['LAW', 'REGULATION', 'POLICY', 'COURT_PRACTICE'] as const;
export const DIRECTIONS = ['PROGRESSIVE', 'REGRESSIVE', 'NEUTRAL'] as const;
export const STAGES = ['PROPOSED', 'DEBATED', 'ADOPTED', 'IN_FORCE', 'REPEALED', 'REJECTED'] as const;
export const FIRST_STAGES = ['PROPOSED', 'DEBATED', 'ADOPTED', 'IN_FORCE'] as const;
export const METRICS = ['ASYLUM_APPLICATIONS', 'REFUGEE_RECOGNITIONS', 'HUMANITARIAN_PROTECTION_GRANTS', 'REJECTIONS', 'OTHER'] as const;
export const UNITS = ['PERSONS', 'CASES'] as const;
export const STRENGTHS = ['DECISIVE', 'SIGNIFICANT', 'PARTIAL', 'MINOR'] as const;

export type Stage = (typeof STAGES)[number];

/** The stages that may follow `current` (docs/api-record.md, "Stage transitions"). */
export const NEXT_STAGES: Record<Stage, readonly Stage[]> = {
  PROPOSED: ['DEBATED', 'ADOPTED', 'REJECTED'],
  DEBATED: ['ADOPTED', 'REJECTED'],
  ADOPTED: ['IN_FORCE', 'REPEALED'],
  IN_FORCE: ['REPEALED'],
  REPEALED: [],
  REJECTED: [],
};

export function nextStages(current: string | null | undefined): readonly Stage[] {
  if (!current) return FIRST_STAGES;
  return (STAGES as readonly string[]).includes(current) ? NEXT_STAGES[current as Stage] : [];
}

const optionalString = z.string().nullable().optional();

export const framingSchema = z.object({ kind: z.string(), avenue: optionalString, otherName: optionalString });
export const legalBasisSchema = z.object({ instrument: z.string(), article: optionalString });
export const targetSchema = z.object({ kind: z.string(), name: z.string() });

export type Framing = z.infer<typeof framingSchema>;
export type LegalBasis = z.infer<typeof legalBasisSchema>;

const recordMeta = {
  id: z.string(),
  campaignId: z.string(),
  retracted: z.boolean().optional().default(false),
  retractionReason: optionalString,
  recordedAt: optionalString,
  recordedBy: optionalString,
  changedAt: optionalString,
  changedBy: optionalString,
  version: z.number(),
};

export const actionSchema = z.object({
  ...recordMeta,
  country: z.string(),
  issue: z.string(),
  actor: z.string(),
  actionType: z.string(),
  framings: z.array(framingSchema),
  legalBases: z.array(legalBasisSchema).nullable().optional(),
  target: targetSchema,
  date: optionalString,
  datePrecision: optionalString,
  description: z.string(),
  /** Absent for partners: internal notes are never sent to them. */
  notes: optionalString,
  evidence: z.array(z.string()).nullable().optional(),
});
export type Action = z.infer<typeof actionSchema>;

export const reformStageSchema = z.object({
  stage: z.string(),
  date: optionalString,
  datePrecision: optionalString,
  planned: z.boolean().optional().default(false),
  comment: optionalString,
  recordedAt: optionalString,
  recordedBy: optionalString,
  version: z.number(),
});

export const reformSchema = z.object({
  ...recordMeta,
  country: z.string(),
  instrument: z.string(),
  kind: z.string(),
  summary: z.string(),
  citation: optionalString,
  description: optionalString,
  direction: z.string(),
  stage: optionalString,
  stageDate: optionalString,
  stages: z.array(reformStageSchema),
});
export type Reform = z.infer<typeof reformSchema>;

export const measurementSchema = z.object({
  metric: z.string(),
  otherMetric: optionalString,
  period: z.string(),
  value: z.number().nullable(),
  unit: z.string(),
  source: z.string().nullable().optional(),
});
export const practiceChangeSchema = z.object({
  changedBy: z.string(),
  change: z.string(),
  date: optionalString,
  significance: optionalString,
  source: optionalString,
});

export const outcomeSchema = z.object({
  ...recordMeta,
  country: z.string(),
  kind: z.string(),
  measurement: measurementSchema.nullable().optional(),
  practiceChange: practiceChangeSchema.nullable().optional(),
  date: optionalString,
  datePrecision: optionalString,
});
export type Outcome = z.infer<typeof outcomeSchema>;

export const claimSchema = z.object({
  ...recordMeta,
  actionIds: z.array(z.string()),
  targetType: z.string(),
  targetId: z.string(),
  strength: z.string(),
  explanation: z.string(),
  evidence: optionalString,
  evidenceLinks: z.array(z.string()).nullable().optional(),
  claimedOn: optionalString,
});
export type Claim = z.infer<typeof claimSchema>;

export const historyChangeSchema = z.object({ field: z.string(), from: z.unknown().optional(), to: z.unknown().optional() });
export const historyEntrySchema = z.object({
  version: z.number(),
  event: z.string(),
  revision: z.number().optional(),
  recordedAt: optionalString,
  recordedBy: optionalString,
  reason: optionalString,
  changes: z.array(historyChangeSchema),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export function pageSchema<T extends z.ZodType>(item: T) {
  return z.object({ items: z.array(item), page: z.number(), size: z.number(), total: z.number() });
}

export function withHistorySchema<T extends z.ZodType>(record: T) {
  return z.object({ record, history: z.array(historyEntrySchema) });
}

/** The four kinds of record, with the collection each lives under. */
export const RECORD_KINDS = ['actions', 'reforms', 'outcomes', 'contributions'] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const recordSchemas = {
  actions: actionSchema,
  reforms: reformSchema,
  outcomes: outcomeSchema,
  contributions: claimSchema,
} as const;

export type RecordOf<K extends RecordKind> = z.infer<(typeof recordSchemas)[K]>;

export const recordQueryKey = (kind: RecordKind, id: string) => ['record', kind, id] as const;
export const recordListKey = (kind: RecordKind) => ['record', kind, 'list'] as const;
export const timelineKey = ['timeline'] as const;

/** `If-Match: "<version>"`, as the API expects. */
export function ifMatch(version: number): Record<string, string> {
  return { 'If-Match': `"${version}"` };
}
