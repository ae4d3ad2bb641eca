import { formatPartialDate } from '@/lib/partial-date';
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
} from './labels';

type T = (key: string, options?: Record<string, unknown>) => string;

const DATE_FIELDS = new Set(['date', 'stageDate', 'claimedOn']);
const CODE_FIELDS = new Set(['actionType', 'kind', 'direction', 'stage', 'strength', 'targetType', 'metric', 'unit', 'avenue']);
const CODE_LABELS: Record<string, string> = {
  ...TARGET_TYPE_LABELS,
  ...UNIT_LABELS,
  ...OUTCOME_KIND_LABELS,
  ...METRIC_LABELS,
  ...STRENGTH_LABELS,
  ...STAGE_LABELS,
  ...DIRECTION_LABELS,
  ...REFORM_KIND_LABELS,
  ...TARGET_KIND_LABELS,
  ...AVENUE_LABELS,
  ...FRAMING_LABELS,
  ...ACTION_TYPE_LABELS,
};

/**
 * A history value as text: dates with their precision, codes translated, lists and objects (framings,
 * legal bases, a measurement) flattened; nothing is interpreted as markup.
 */
export function formatHistoryValue(field: string, value: unknown, language: string, t: T): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
  if (typeof value === 'number') return new Intl.NumberFormat(language).format(value);
  if (typeof value === 'string') {
    if (DATE_FIELDS.has(field)) return formatPartialDate(value, language, t('dates.unknown'));
    if (CODE_FIELDS.has(field) && CODE_LABELS[value]) return t(CODE_LABELS[value]);
    return value;
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    return value.map((item) => formatHistoryValue(field, item, language, t)).join('; ');
  }
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      .map(([key, v]) => formatHistoryValue(CODE_FIELDS.has(key) || DATE_FIELDS.has(key) || key === 'kind' ? key : field, v, language, t))
      .join(' · ');
  }
  return String(value);
}
