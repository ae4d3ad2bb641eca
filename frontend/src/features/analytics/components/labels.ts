import { tKey } from '@/lib/i18n-keys';
import type { AnalyticsRow } from '../api/get-analytics';

const FRAMING_LABELS: Record<string, string> = {
  REFUGEE_CONVENTION: tKey('record.framing.REFUGEE_CONVENTION'),
  HUMANITARIAN_PROTECTION: tKey('record.framing.HUMANITARIAN_PROTECTION'),
  DOMESTIC_CONSTITUTIONAL: tKey('record.framing.DOMESTIC_CONSTITUTIONAL'),
  OTHER: tKey('record.framing.OTHER'),
};

const AVENUE_LABELS: Record<string, string> = {
  SUBSTANTIVE_NON_REFOULEMENT: tKey('record.avenue.SUBSTANTIVE_NON_REFOULEMENT'),
  PROCEDURAL_PROTECTION: tKey('record.avenue.PROCEDURAL_PROTECTION'),
  RIGHTS_OF_STATUS_HOLDERS: tKey('record.avenue.RIGHTS_OF_STATUS_HOLDERS'),
  NON_DISCRIMINATION: tKey('record.avenue.NON_DISCRIMINATION'),
};

type T = (key: string, options?: Record<string, unknown>) => string;

function labelOf(labels: Record<string, string>, code: string, t: T) {
  return labels[code] ? t(labels[code]) : code;
}

/** "Refugee Convention", "Humanitarian protection: Procedural protection", or a legal basis as sent ("CAT art. 3"). */
export function rowLabel(row: AnalyticsRow, t: T): string {
  if (row.legalBasis) return row.legalBasis;
  const framing = row.framing ? labelOf(FRAMING_LABELS, row.framing, t) : t('analytics.unknownFraming');
  return row.avenue ? `${framing}: ${labelOf(AVENUE_LABELS, row.avenue, t)}` : framing;
}

export function rowKey(row: AnalyticsRow): string {
  return row.legalBasis ?? `${row.framing ?? ''}/${row.avenue ?? ''}`;
}
