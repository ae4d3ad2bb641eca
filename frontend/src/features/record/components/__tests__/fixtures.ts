export const campaign = {
  id: 'c0000000-0000-4000-8000-000000000001',
  name: 'Humanitarian protection in East Asia',
  countries: ['JPN', 'KOR'],
  issues: ['Syrian asylum-seekers in Japan', 'Rights of humanitarian status holders'],
};

export const action = {
  id: 'a0000000-0000-4000-8000-000000000001',
  campaignId: campaign.id,
  country: 'JPN',
  issue: 'Syrian asylum-seekers in Japan',
  actor: 'Japan Association for Refugees',
  actionType: 'SUBMISSION_TO_UN_BODY',
  framings: [
    { kind: 'HUMANITARIAN_PROTECTION', avenue: 'SUBSTANTIVE_NON_REFOULEMENT', otherName: null },
    { kind: 'REFUGEE_CONVENTION', avenue: null, otherName: null },
  ],
  legalBases: [{ instrument: 'CAT', article: 'art. 3' }],
  target: { kind: 'UN_BODY', name: 'Committee against Torture' },
  date: '2014-03',
  datePrecision: 'MONTH',
  description: 'Shadow report on non-refoulement',
  notes: 'internal only',
  evidence: ['https://example.org/report.pdf'],
  retracted: false,
  retractionReason: null,
  recordedAt: '2026-01-10T09:00:00Z',
  recordedBy: 'coord',
  changedAt: '2026-01-10T09:00:00Z',
  changedBy: 'coord',
  version: 0,
};
