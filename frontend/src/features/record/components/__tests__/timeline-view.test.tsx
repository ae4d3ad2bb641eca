import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { TimelineView } from '../timeline-view';
import { campaign } from './fixtures';

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const base = { campaignId: campaign.id, version: 0 };
const entries = [
  {
    ...base,
    type: 'REFORM_STAGE',
    recordId: 'r1',
    country: 'KOR',
    date: '2012',
    datePrecision: 'YEAR',
    title: 'Refugee Act',
    summary: 'Stand-alone refugee law',
    instrument: 'Refugee Act',
    stage: 'ADOPTED',
    direction: 'PROGRESSIVE',
    planned: false,
  },
  {
    ...base,
    type: 'ACTION',
    recordId: 'a1',
    country: 'JPN',
    issue: 'Syrian asylum-seekers in Japan',
    date: '2014-03',
    datePrecision: 'MONTH',
    title: 'Japan Association for Refugees',
    summary: 'Shadow report <b>on</b> non-refoulement',
    actor: 'Japan Association for Refugees',
    actionType: 'SUBMISSION_TO_UN_BODY',
    framings: [{ kind: 'HUMANITARIAN_PROTECTION', avenue: 'SUBSTANTIVE_NON_REFOULEMENT' }, { kind: 'REFUGEE_CONVENTION' }],
    legalBases: [{ instrument: 'CAT', article: 'art. 3' }],
    target: { kind: 'UN_BODY', name: 'Committee against Torture' },
  },
  {
    ...base,
    type: 'CONTRIBUTION_CLAIM',
    recordId: 'k1',
    date: '2026-01-10',
    datePrecision: 'DAY',
    title: 'SIGNIFICANT contribution to a reform',
    summary: 'Civil society drafted the bill',
    strength: 'SIGNIFICANT',
    actionIds: ['a1'],
    targetType: 'REFORM',
    targetId: 'r1',
  },
  { ...base, type: 'OUTCOME', recordId: 'o1', country: 'KOR', date: null, datePrecision: 'UNKNOWN', title: 'Ministry of Justice', summary: 'Began to publish reasons', outcomeKind: 'PRACTICE_CHANGE' },
];

describe('TimelineView', () => {
  it('lists the entries in the order of the API, each linking to its record, dates with their precision, no notes label without notes', async () => {
    const server = mockFetch({ 'GET /api/timeline': () => jsonResponse(200, { items: entries, page: 0, size: 50, total: 4 }) });
    renderWithProviders(<TimelineView campaigns={[campaign]} />, { route: '/timeline' });

    const list = await screen.findByRole('list', { name: 'Timeline entries' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(within(items[0]).getByRole('link', { name: 'Refugee Act' })).toHaveAttribute('href', '/reforms/r1');
    expect(items[0]).toHaveTextContent('2012');
    expect(items[0]).toHaveTextContent('Adopted');
    expect(within(items[1]).getByRole('link', { name: 'Japan Association for Refugees' })).toHaveAttribute('href', '/actions/a1');
    expect(items[1]).toHaveTextContent('March 2014');
    expect(items[1]).toHaveTextContent('Humanitarian protection: Substantive non-refoulement (CAT, ICCPR, CRC)');
    expect(items[1]).toHaveTextContent('Shadow report <b>on</b> non-refoulement'); // shown as text, never as markup
    expect(within(items[2]).getByRole('link', { name: 'Significant contribution: Legal reform' })).toHaveAttribute('href', '/contributions/k1');
    expect(within(items[2]).getByRole('link', { name: 'Legal reform' })).toHaveAttribute('href', '/reforms/r1');
    expect(items[3]).toHaveTextContent('date unknown');
    expect(screen.queryByText(/Internal notes/)).not.toBeInTheDocument();
    expect(server.calls('GET /api/timeline')[0].url.searchParams.get('page')).toBe('0');
  });

  it('shows internal notes, labelled as internal, when the API sends them (coordinators)', async () => {
    mockFetch({
      'GET /api/timeline': () => jsonResponse(200, { items: [{ ...entries[1], notes: 'Ask JAR for the annex' }], page: 0, size: 50, total: 1 }),
    });
    renderWithProviders(<TimelineView campaigns={[campaign]} />, { route: '/timeline' });
    expect(await screen.findByText('Ask JAR for the annex')).toBeInTheDocument();
    expect(screen.getByText('Internal notes (internal — never shown to partners)')).toBeInTheDocument();
  });

  it('puts the filters into the address and asks the API with them', async () => {
    const server = mockFetch({ 'GET /api/timeline': () => jsonResponse(200, { items: [], page: 0, size: 50, total: 0 }) });
    renderWithProviders(
      <>
        <TimelineView campaigns={[campaign]} />
        <LocationProbe />
      </>,
      { route: '/timeline?country=KOR' },
    );
    const user = userEvent.setup();
    expect(await screen.findByText('No entries match these filters.')).toBeInTheDocument();
    expect(server.calls('GET /api/timeline')[0].url.searchParams.get('country')).toBe('KOR');
    expect(screen.getByLabelText('Country')).toHaveValue('KOR');

    await user.selectOptions(screen.getByLabelText('Campaign'), campaign.id);
    await user.clear(screen.getByLabelText('Country'));
    await user.type(screen.getByLabelText('Country'), 'jpn');
    await user.type(screen.getByLabelText('Issue'), 'Syrian asylum-seekers in Japan');
    await user.selectOptions(screen.getByLabelText('Framing'), 'SUBSTANTIVE_NON_REFOULEMENT');
    await user.type(screen.getByLabelText('From'), '2004');
    await user.type(screen.getByLabelText('To'), '2014-03');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));

    await waitFor(() =>
      expect(new URLSearchParams(screen.getByTestId('location').textContent!.split('?')[1])).toEqual(
        new URLSearchParams({
          campaign: campaign.id,
          country: 'JPN',
          issue: 'Syrian asylum-seekers in Japan',
          framing: 'SUBSTANTIVE_NON_REFOULEMENT',
          from: '2004',
          to: '2014-03',
        }),
      ),
    );
    await waitFor(() => expect(server.calls('GET /api/timeline')).toHaveLength(2));
    const sent = server.calls('GET /api/timeline')[1].url.searchParams;
    expect(Object.fromEntries(sent)).toEqual({
      size: '50',
      page: '0',
      campaign: campaign.id,
      country: 'JPN',
      issue: 'Syrian asylum-seekers in Japan',
      framing: 'SUBSTANTIVE_NON_REFOULEMENT',
      from: '2004',
      to: '2014-03',
    });

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/timeline$/));
  });

  it('refuses a date filter that is not a partial date', async () => {
    mockFetch({ 'GET /api/timeline': () => jsonResponse(200, { items: [], page: 0, size: 50, total: 0 }) });
    renderWithProviders(<TimelineView campaigns={[campaign]} />, { route: '/timeline' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('From'), 'last spring');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(screen.getByLabelText('From')).toHaveAttribute('aria-invalid', 'true');
  });
});
