import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextField } from '@/components/ui/form-controls';
import { PartialDateText, PeriodText } from '@/components/ui/partial-date';
import { Loading } from '@/components/ui/spinner';
import { paths } from '@/config/paths';
import { isPartialDateInput } from '@/lib/partial-date';
import { TIMELINE_FILTERS, TIMELINE_PAGE_SIZE, useTimeline, type TimelineEntry, type TimelineFilter, type TimelineFilters } from '../api/get-timeline';
import { AVENUES, FRAMING_KINDS } from '../api/schemas';
import { OFFERED_COUNTRIES, type CampaignRef } from '../types';
import { FramingText } from './record-details';
import {
  ACTION_TYPE_LABELS,
  AVENUE_LABELS,
  DIRECTION_LABELS,
  ENTRY_TYPE_LABELS,
  FRAMING_LABELS,
  METRIC_LABELS,
  OUTCOME_KIND_LABELS,
  STAGE_LABELS,
  STRENGTH_LABELS,
  TARGET_KIND_LABELS,
  TARGET_TYPE_LABELS,
  UNIT_LABELS,
  labelOf,
} from './labels';

const ENTRY_RECORD_KIND: Record<string, string> = {
  ACTION: 'actions',
  REFORM_STAGE: 'reforms',
  OUTCOME: 'outcomes',
  CONTRIBUTION_CLAIM: 'contributions',
};

/** Reads the filters from the address (?campaign=&country=&issue=&framing=&from=&to=&page=). */
export function filtersFromSearch(params: URLSearchParams, fixedCampaignId?: string): TimelineFilters {
  const filters: TimelineFilters = {};
  for (const name of TIMELINE_FILTERS) {
    const value = params.get(name)?.trim();
    if (value) filters[name] = value;
  }
  if (fixedCampaignId) filters.campaign = fixedCampaignId;
  const page = Number.parseInt(params.get('page') ?? '', 10);
  if (Number.isInteger(page) && page > 0) filters.page = page;
  return filters;
}

function Detail({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** The headline: the server's (names, instruments) except where it is built from codes, which are translated here. */
export function entryTitle(entry: TimelineEntry, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (entry.type === 'CONTRIBUTION_CLAIM' && entry.strength) {
    return t('timeline.claimTitle', { strength: labelOf(STRENGTH_LABELS, entry.strength, t), target: labelOf(TARGET_TYPE_LABELS, entry.targetType, t) });
  }
  if (entry.type === 'OUTCOME' && entry.metric && (!entry.title || entry.title === entry.metric)) return labelOf(METRIC_LABELS, entry.metric, t);
  return entry.title || labelOf(ENTRY_TYPE_LABELS, entry.type, t);
}

/** One entry: date with its precision, kind, headline linking to the record, summary and the details of its kind. */
export function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation();
  const kind = ENTRY_RECORD_KIND[entry.type] ?? 'actions';
  return (
    <li className={`timeline-entry timeline-${entry.type.toLowerCase()}`}>
      <p className="timeline-meta">
        <PartialDateText value={entry.date} /> · <span className="timeline-type">{labelOf(ENTRY_TYPE_LABELS, entry.type, t)}</span>
        {entry.country ? <> · {entry.country}</> : null}
        {entry.issue ? <> · {entry.issue}</> : null}
      </p>
      <h3 className="timeline-title">
        <Link to={paths.record(kind, entry.recordId)}>{entryTitle(entry, t)}</Link>
      </h3>
      {entry.summary ? <p className="prewrap">{entry.summary}</p> : null}
      <dl className="timeline-details">
        {entry.type === 'ACTION' ? (
          <>
            {entry.actionType ? <Detail label={t('record.fields.actionType')}>{labelOf(ACTION_TYPE_LABELS, entry.actionType, t)}</Detail> : null}
            {entry.framings && entry.framings.length > 0 ? (
              <Detail label={t('record.fields.framings')}>
                {entry.framings.map((framing, index) => (
                  <span key={index} className="tag">
                    <FramingText framing={framing} />
                  </span>
                ))}
              </Detail>
            ) : null}
            {entry.legalBases && entry.legalBases.length > 0 ? (
              <Detail label={t('record.fields.legalBases')}>{entry.legalBases.map((b) => (b.article ? `${b.instrument} ${b.article}` : b.instrument)).join('; ')}</Detail>
            ) : null}
            {entry.target ? <Detail label={t('record.fields.target')}>{`${labelOf(TARGET_KIND_LABELS, entry.target.kind, t)}: ${entry.target.name}`}</Detail> : null}
            {/* Internal notes: the API sends them only to coordinators, administrators and evaluators; no empty label otherwise. */}
            {entry.notes ? (
              <Detail label={t('record.fields.notesInternal')}>
                <span className="prewrap internal-notes">{entry.notes}</span>
              </Detail>
            ) : null}
          </>
        ) : null}
        {entry.type === 'REFORM_STAGE' ? (
          <>
            {entry.stage ? (
              <Detail label={t('record.fields.stage')}>
                {labelOf(STAGE_LABELS, entry.stage, t)}
                {entry.planned ? ` (${t('record.planned')})` : ''}
              </Detail>
            ) : null}
            {entry.direction ? <Detail label={t('record.fields.direction')}>{labelOf(DIRECTION_LABELS, entry.direction, t)}</Detail> : null}
            {entry.comment ? <Detail label={t('record.fields.comment')}>{entry.comment}</Detail> : null}
          </>
        ) : null}
        {entry.type === 'OUTCOME' ? (
          <>
            {entry.outcomeKind ? <Detail label={t('record.outcome.kind')}>{labelOf(OUTCOME_KIND_LABELS, entry.outcomeKind, t)}</Detail> : null}
            {entry.value !== null && entry.value !== undefined ? (
              <Detail label={t('record.fields.value')}>{`${new Intl.NumberFormat(i18n.language).format(entry.value)} ${labelOf(UNIT_LABELS, entry.unit, t)}`}</Detail>
            ) : null}
            {entry.period ? (
              <Detail label={t('record.fields.period')}>
                <PeriodText value={entry.period} />
              </Detail>
            ) : null}
            {entry.comment ? <Detail label={t('record.fields.significance')}>{entry.comment}</Detail> : null}
          </>
        ) : null}
        {entry.type === 'CONTRIBUTION_CLAIM' ? (
          <>
            {entry.strength ? <Detail label={t('record.fields.strength')}>{labelOf(STRENGTH_LABELS, entry.strength, t)}</Detail> : null}
            {entry.targetId ? (
              <Detail label={t('record.claim.target')}>
                <Link to={paths.record(entry.targetType === 'OUTCOME' ? 'outcomes' : 'reforms', entry.targetId)}>{labelOf(TARGET_TYPE_LABELS, entry.targetType, t)}</Link>
              </Detail>
            ) : null}
            {entry.actionIds && entry.actionIds.length > 0 ? (
              <Detail label={t('record.claim.actions')}>
                {entry.actionIds.map((actionId, index) => (
                  <span key={actionId}>
                    {index > 0 ? ', ' : null}
                    <Link to={paths.record('actions', actionId)}>{t('timeline.actionNumber', { number: index + 1 })}</Link>
                  </span>
                ))}
              </Detail>
            ) : null}
          </>
        ) : null}
      </dl>
    </li>
  );
}

export function TimelineList({ entries }: { entries: TimelineEntry[] }) {
  const { t } = useTranslation();
  if (entries.length === 0) return <p className="empty">{t('timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('timeline.listLabel')}>
      {entries.map((entry) => (
        <TimelineItem key={`${entry.type}-${entry.recordId}-${entry.stage ?? ''}-${entry.date ?? ''}`} entry={entry} />
      ))}
    </ol>
  );
}

/**
 * The timeline with its filters. The filters live in the address, so a filtered timeline can be
 * bookmarked and shared; `fixedCampaign` pins the campaign (the campaign page's timeline tab).
 */
export function TimelineView({ campaigns = [], fixedCampaign }: { campaigns?: readonly CampaignRef[]; fixedCampaign?: CampaignRef }) {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams, setSearchParams] = useSearchParams();
  const filters = filtersFromSearch(searchParams, fixedCampaign?.id);
  const [draft, setDraft] = useState<Partial<Record<TimelineFilter, string>>>(() => ({ ...filters }));
  const [dateError, setDateError] = useState<Partial<Record<'from' | 'to', string>>>({});
  const query = useTimeline(filters);

  const set = (name: TimelineFilter) => (value: string) => setDraft((current) => ({ ...current, [name]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const errors: Partial<Record<'from' | 'to', string>> = {};
    for (const name of ['from', 'to'] as const) {
      if (!isPartialDateInput(draft[name] ?? '')) errors[name] = t('record.errors.date');
    }
    setDateError(errors);
    if (Object.keys(errors).length > 0) return;
    const next = new URLSearchParams();
    for (const name of TIMELINE_FILTERS) {
      if (fixedCampaign && name === 'campaign') continue;
      const value = draft[name]?.trim();
      if (value) next.set(name, name === 'country' ? value.toUpperCase() : value);
    }
    setSearchParams(next);
  };

  const clear = () => {
    setDraft(fixedCampaign ? { campaign: fixedCampaign.id } : {});
    setDateError({});
    setSearchParams(new URLSearchParams());
  };

  const goToPage = (page: number) => {
    const next = new URLSearchParams(searchParams);
    if (page > 0) next.set('page', String(page));
    else next.delete('page');
    setSearchParams(next);
  };

  const issues = [...new Set((fixedCampaign ? [fixedCampaign] : campaigns).flatMap((c) => c.issues))];
  const countries = [...new Set([...(fixedCampaign ? [fixedCampaign] : campaigns).flatMap((c) => c.countries), ...OFFERED_COUNTRIES])];
  const framingOptions = [
    ...FRAMING_KINDS.map((value) => ({ value, label: labelOf(FRAMING_LABELS, value, t) })),
    ...AVENUES.map((value) => ({ value, label: `${t('record.framing.HUMANITARIAN_PROTECTION')}: ${labelOf(AVENUE_LABELS, value, t)}` })),
  ];
  const page = filters.page ?? 0;
  const total = query.data?.total ?? 0;

  return (
    <>
      <form className="form timeline-filters card" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-filters`} role="search">
        <h2 id={`${id}-filters`}>{t('timeline.filters.title')}</h2>
        <div className="form-grid">
          {fixedCampaign ? null : (
            <SelectField
              id={`${id}-campaign`}
              label={t('timeline.filters.campaign')}
              value={draft.campaign ?? ''}
              onChange={set('campaign')}
              placeholder={t('timeline.filters.all')}
              options={campaigns.map((c) => ({ value: c.id, label: c.name }))}
            />
          )}
          <TextField id={`${id}-country`} label={t('timeline.filters.country')} value={draft.country ?? ''} onChange={set('country')} suggestions={countries} />
          <TextField id={`${id}-issue`} label={t('timeline.filters.issue')} value={draft.issue ?? ''} onChange={set('issue')} suggestions={issues} />
          <SelectField
            id={`${id}-framing`}
            label={t('timeline.filters.framing')}
            value={draft.framing ?? ''}
            onChange={set('framing')}
            placeholder={t('timeline.filters.all')}
            options={framingOptions}
          />
          <TextField id={`${id}-from`} label={t('timeline.filters.from')} hint={t('timeline.filters.dateHint')} value={draft.from ?? ''} onChange={set('from')} error={dateError.from ? [dateError.from] : undefined} />
          <TextField id={`${id}-to`} label={t('timeline.filters.to')} hint={t('timeline.filters.dateHint')} value={draft.to ?? ''} onChange={set('to')} error={dateError.to ? [dateError.to] : undefined} />
        </div>
        <div className="form-actions">
          <Button type="submit">{t('timeline.filters.submit')}</Button>
          <Button variant="secondary" onClick={clear}>
            {t('timeline.filters.clear')}
          </Button>
        </div>
      </form>

      <section className="card" aria-labelledby={`${id}-entries`}>
        <h2 id={`${id}-entries`}>{t('timeline.entries', { count: total })}</h2>
        <p className="field-hint">{t('timeline.order')}</p>
        {query.isPending ? (
          <Loading label={t('timeline.loading')} />
        ) : query.isError ? (
          <Alert variant="error">{t('timeline.error')}</Alert>
        ) : (
          <>
            <TimelineList entries={query.data.items} />
            {total > TIMELINE_PAGE_SIZE ? (
              <nav className="pager" aria-label={t('timeline.pages')}>
                <Button variant="secondary" disabled={page === 0} onClick={() => goToPage(page - 1)}>
                  {t('timeline.previous')}
                </Button>
                <span>{t('timeline.page', { page: page + 1, pages: Math.ceil(total / TIMELINE_PAGE_SIZE) })}</span>
                <Button variant="secondary" disabled={(page + 1) * TIMELINE_PAGE_SIZE >= total} onClick={() => goToPage(page + 1)}>
                  {t('timeline.next')}
                </Button>
              </nav>
            ) : null}
          </>
        )}
      </section>
    </>
  );
}
