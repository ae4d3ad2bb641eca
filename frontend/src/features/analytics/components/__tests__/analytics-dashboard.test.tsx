import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse, type RecordedRequest } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { AnalyticsRow } from '../../api/get-analytics';
import { AnalyticsDashboard } from '../analytics-dashboard';

function row(overrides: Partial<AnalyticsRow>): AnalyticsRow {
  return {
    framing: 'REFUGEE_CONVENTION',
    avenue: null,
    legalBasis: null,
    actions: 0,
    claimedReforms: 0,
    substantiatedReforms: 0,
    disputedReforms: 0,
    progressive: 0,
    regressive: 0,
    creditAll: 0,
    creditSubstantiated: 0,
    medianLagMonths: null,
    minLagMonths: null,
    maxLagMonths: null,
    lagImprecise: false,
    associatedReforms: 0,
    reachRecognizedBefore: null,
    reachRecognizedAfter: null,
    reachComplementaryBefore: null,
    reachComplementaryAfter: null,
    smallSample: false,
    actionIds: [],
    reformIds: [],
    associatedReformIds: [],
    claimIds: [],
    substantiatedReformIds: [],
    disputedReformIds: [],
    progressiveReformIds: [],
    regressiveReformIds: [],
    substantiatedClaimIds: [],
    disputedClaimIds: [],
    ...overrides,
  };
}

const ACTION_1 = 'aaaaaaaa-1111-4000-8000-000000000001';
const ACTION_2 = 'bbbbbbbb-2222-4000-8000-000000000002';
const REFORM_1 = 'rrrrrrrr-1111-4000-8000-000000000001';
const REFORM_2 = 'ssssssss-2222-4000-8000-000000000002';
const CLAIM_1 = 'cccccccc-1111-4000-8000-000000000001';
const CLAIM_2 = 'dddddddd-2222-4000-8000-000000000002';

const framings = [
  row({ framing: 'REFUGEE_CONVENTION', actions: 12, claimedReforms: 6, progressive: 5, creditAll: 2.5, creditSubstantiated: 1, medianLagMonths: 20, minLagMonths: 4, maxLagMonths: 50, associatedReforms: 7 }),
  row({
    framing: 'HUMANITARIAN_PROTECTION',
    avenue: 'SUBSTANTIVE_NON_REFOULEMENT',
    actions: 2,
    claimedReforms: 2,
    substantiatedReforms: 1,
    disputedReforms: 1,
    progressive: 1,
    regressive: 1,
    creditAll: 0.6666,
    creditSubstantiated: 0.6666,
    medianLagMonths: 23,
    minLagMonths: 23,
    maxLagMonths: 23,
    lagImprecise: true,
    associatedReforms: 1,
    smallSample: true,
    actionIds: [ACTION_1, ACTION_2],
    reformIds: [REFORM_1, REFORM_2],
    associatedReformIds: [REFORM_1],
    claimIds: [CLAIM_1, CLAIM_2],
    substantiatedReformIds: [REFORM_1],
    disputedReformIds: [REFORM_2],
    progressiveReformIds: [REFORM_1],
    regressiveReformIds: [REFORM_2],
    substantiatedClaimIds: [CLAIM_1],
    disputedClaimIds: [CLAIM_2],
  }),
];
const legalBases = [row({ framing: null, legalBasis: 'CAT art. 3', actions: 2, claimedReforms: 1, creditAll: 1, creditSubstantiated: 0, smallSample: true })];

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

const ID_LISTS = [
  'actionIds',
  'reformIds',
  'associatedReformIds',
  'claimIds',
  'substantiatedReformIds',
  'disputedReformIds',
  'progressiveReformIds',
  'regressiveReformIds',
  'substantiatedClaimIds',
  'disputedClaimIds',
] as const;

/** As the server answers `ids=false`: the same rows with every id list null. */
function withoutIds(rows: AnalyticsRow[]) {
  return rows.map((r) => ({ ...r, ...Object.fromEntries(ID_LISTS.map((name) => [name, null])) }));
}

const asksForIds = (request: RecordedRequest) => request.headers.get('Accept') !== 'text/csv' && request.url.searchParams.get('ids') !== 'false';

/** JSON with or without the ids, as asked; CSV when asked with Accept: text/csv. */
function answer(rows: AnalyticsRow[], csv: string) {
  return (request: RecordedRequest) =>
    request.headers.get('Accept') === 'text/csv'
      ? new Response(csv, { status: 200, headers: { 'Content-Type': 'text/csv;charset=UTF-8' } })
      : jsonResponse(200, request.url.searchParams.get('ids') === 'false' ? withoutIds(rows) : rows);
}

function serve() {
  const server = mockFetch({
    'GET /api/analytics/framings': answer(framings, 'framing,avenue,actions\nREFUGEE_CONVENTION,,12\n'),
    'GET /api/analytics/legal-bases': answer(legalBases, 'legalBasis,actions\nCAT art. 3,2\n'),
  });
  return { ...server, idsCalls: (key: string) => server.calls(key).filter(asksForIds) };
}

const AVENUE = /^Humanitarian protection: Substantive non-refoulement/;

describe('AnalyticsDashboard', () => {
  beforeEach(() => {
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:mock'), revokeObjectURL: vi.fn() }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('renders one row per framing and avenue with translated names, credits to 2 decimals, lag with its imprecision marker and the small-sample warning', async () => {
    const server = serve();
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics?country=KOR&country=JPN&from=2000&to=2020' });
    const table = await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    const [sent] = server.calls('GET /api/analytics/framings');
    expect(sent.url.searchParams.getAll('country')).toEqual(['KOR', 'JPN']);
    expect(sent.url.searchParams.get('from')).toBe('2000');
    expect(sent.url.searchParams.get('to')).toBe('2020');
    expect(sent.url.searchParams.get('windowMonths')).toBe('36');
    expect(sent.url.searchParams.get('reachYears')).toBe('3');
    expect(sent.url.searchParams.has('asOf')).toBe(false);
    // the numbers only: the id lists are asked for when a number is opened
    expect(sent.url.searchParams.get('ids')).toBe('false');

    expect(within(table).getByRole('columnheader', { name: 'Followed by progressive reforms within 36 months — association, not causation' })).toBeInTheDocument();
    const refugee = within(table).getByRole('row', { name: /^Refugee Convention/ });
    expect(refugee).toHaveTextContent('2.50');
    expect(refugee).toHaveTextContent('1.00');
    expect(refugee).toHaveTextContent('20 (4–50) months');
    expect(within(refugee).queryByTestId('small-sample')).not.toBeInTheDocument();

    const avenue = within(table).getByRole('row', { name: /^Humanitarian protection: Substantive non-refoulement/ });
    expect(avenue).toHaveTextContent('0.67');
    expect(avenue).toHaveTextContent('23 (23–23) months');
    expect(within(avenue).getByTestId('small-sample')).toHaveTextContent('fewer than 5 records: read with care');
    expect(within(avenue).getByRole('link', { name: /Rests on a date known only to the year/ })).toHaveAttribute('href', expect.stringMatching(/^#.*lag-footnote$/));
    expect(screen.getAllByText(/counts from the start of its span/)[0]).toBeInTheDocument();

    const bases = await screen.findByRole('table', { name: 'Legal bases cited by the actions' });
    expect(within(bases).getByRole('row', { name: /^CAT art\. 3/ })).toHaveTextContent('1.00');
    expect(screen.getByRole('figure', { name: 'Contribution credit per framing and avenue' })).toBeInTheDocument();
    expect(server.calls('GET /api/analytics/legal-bases')[0].url.searchParams.get('ids')).toBe('false');
    expect(server.idsCalls('GET /api/analytics/framings')).toHaveLength(0);
    expect(server.idsCalls('GET /api/analytics/legal-bases')).toHaveLength(0);
  });

  it('links every number to exactly the records behind it, asking for the ids once, when a number is first opened', async () => {
    const server = serve();
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics?country=KOR' });
    const table = await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    await screen.findByRole('table', { name: 'Legal bases cited by the actions' });
    const avenue = within(table).getByRole('row', { name: AVENUE });
    const user = userEvent.setup();
    const cells = within(avenue).getAllByRole('cell');
    const column = {
      actions: 0,
      claimed: 1,
      substantiated: 2,
      disputed: 3,
      progressive: 4,
      regressive: 5,
      creditAll: 6,
      creditSubstantiated: 7,
      lag: 8,
      associated: 9,
    };
    const linksIn = async (name: keyof typeof column) => {
      const cell = cells[column[name]];
      const details = cell.querySelector('details') as HTMLElement;
      await user.click(details.querySelector('summary') as HTMLElement);
      return (await within(details).findAllByRole('link')).map((link) => link.getAttribute('href'));
    };
    const action = (id: string) => `/actions/${id}`;
    const reform = (id: string) => `/reforms/${id}`;
    const claim = (id: string) => `/contributions/${id}`;

    // nothing is asked until a number is opened; then the same selection once, with its ids
    expect(server.idsCalls('GET /api/analytics/framings')).toHaveLength(0);
    expect(within(cells[column.actions]).queryAllByRole('link')).toHaveLength(0);
    expect(await linksIn('actions')).toEqual([action(ACTION_1), action(ACTION_2)]);
    const [withIds] = server.idsCalls('GET /api/analytics/framings');
    expect(withIds.url.searchParams.get('ids')).not.toBe('false');
    expect(withIds.url.searchParams.getAll('country')).toEqual(['KOR']);
    expect(withIds.url.searchParams.get('windowMonths')).toBe('36');
    expect(within(cells[column.actions]).getByRole('link', { name: 'Action aaaaaaaa' })).toHaveAttribute('href', action(ACTION_1));
    expect(await linksIn('claimed')).toEqual([reform(REFORM_1), reform(REFORM_2), claim(CLAIM_1), claim(CLAIM_2)]);
    expect(within(cells[column.claimed]).getByRole('link', { name: 'Claim cccccccc' })).toHaveAttribute('href', claim(CLAIM_1));
    expect(within(cells[column.claimed]).getByRole('link', { name: 'Reform rrrrrrrr' })).toHaveAttribute('href', reform(REFORM_1));
    // each subset opens its own records, not the whole claimed set
    expect(await linksIn('substantiated')).toEqual([reform(REFORM_1), claim(CLAIM_1)]);
    expect(await linksIn('disputed')).toEqual([reform(REFORM_2), claim(CLAIM_2)]);
    expect(await linksIn('progressive')).toEqual([reform(REFORM_1)]);
    expect(await linksIn('regressive')).toEqual([reform(REFORM_2)]);
    expect(await linksIn('creditAll')).toEqual([claim(CLAIM_1), claim(CLAIM_2)]);
    expect(await linksIn('creditSubstantiated')).toEqual([claim(CLAIM_1)]);
    expect(await linksIn('associated')).toEqual([reform(REFORM_1)]);
    expect(await linksIn('lag')).toEqual([action(ACTION_1), action(ACTION_2), reform(REFORM_1), reform(REFORM_2)]);
    // every number was answered from the one request with ids, and the other table asked for none
    expect(server.idsCalls('GET /api/analytics/framings')).toHaveLength(1);
    expect(server.idsCalls('GET /api/analytics/legal-bases')).toHaveLength(0);

    // numbers with nothing behind them (zero, or credit without claims) are plain text
    const refugee = within(table).getByRole('row', { name: /^Refugee Convention/ });
    const refugeeCells = within(refugee).getAllByRole('cell');
    for (const name of ['substantiated', 'disputed', 'regressive', 'creditSubstantiated'] as const) {
      expect(refugeeCells[column[name]].querySelector('details')).toBeNull();
    }
    expect(refugeeCells[column.actions].querySelector('details')).not.toBeNull();
    expect(within(refugee).queryAllByRole('link')).toHaveLength(0);
  });

  it('shows "Loading records…" while the ids come and an error text if they cannot be had; the disclosure keeps its name', async () => {
    let fail: (response: Response) => void = () => undefined;
    const server = mockFetch({
      'GET /api/analytics/framings': (request) =>
        request.url.searchParams.get('ids') === 'false'
          ? jsonResponse(200, withoutIds(framings))
          : new Promise<Response>((resolve) => {
              fail = resolve;
            }),
      'GET /api/analytics/legal-bases': () => jsonResponse(200, withoutIds(legalBases)),
    });
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics' });
    const table = await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    const cell = within(within(table).getByRole('row', { name: AVENUE })).getAllByRole('cell')[0];
    const summary = within(cell).getByText('2').closest('summary') as HTMLElement;
    expect(summary).toHaveAccessibleName(/^Humanitarian protection: Substantive non-refoulement.*: Actions: 2 — show the records$/);
    const user = userEvent.setup();
    await user.click(summary);
    expect(await within(cell).findByRole('status')).toHaveTextContent('Loading records…');
    expect(cell.querySelector('details')).toHaveAttribute('open');
    expect(server.calls('GET /api/analytics/framings').filter(asksForIds)).toHaveLength(1);
    fail(problemResponse(500, { title: 'Internal Server Error' }));
    expect(await within(cell).findByRole('alert')).toHaveTextContent('The records could not be loaded.');
    expect(within(cell).queryByRole('link')).not.toBeInTheDocument();
  });

  it('shows at most 100 links per group and says how many more the CSV export lists', async () => {
    const many = Array.from({ length: 150 }, (_, i) => `${String(i).padStart(8, '0')}-0000-4000-8000-000000000000`);
    const rows = [row({ framing: 'HUMANITARIAN_PROTECTION', avenue: 'SUBSTANTIVE_NON_REFOULEMENT', actions: 150, actionIds: many })];
    mockFetch({ 'GET /api/analytics/framings': answer(rows, ''), 'GET /api/analytics/legal-bases': answer([], '') });
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics' });
    const table = await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    const cell = within(within(table).getByRole('row', { name: AVENUE })).getAllByRole('cell')[0];
    const user = userEvent.setup();
    await user.click(cell.querySelector('summary') as HTMLElement);
    expect(await within(cell).findByText('and 50 more — the CSV export lists them all')).toBeInTheDocument();
    const links = within(cell).getAllByRole('link');
    expect(links).toHaveLength(100);
    expect(links[0]).toHaveAttribute('href', `/actions/${many[0]}`);
    expect(links[99]).toHaveAttribute('href', `/actions/${many[99]}`);
    expect(within(cell).getByText('Actions (150)')).toBeInTheDocument();
  });

  it('asks again for the ids of a new selection while a number stays open, and not for a selection nobody opened', async () => {
    const server = serve();
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics' });
    const table = await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    const cell = within(within(table).getByRole('row', { name: AVENUE })).getAllByRole('cell')[0];
    const user = userEvent.setup();
    await user.click(cell.querySelector('summary') as HTMLElement);
    await within(cell).findAllByRole('link');
    expect(server.idsCalls('GET /api/analytics/framings')).toHaveLength(1);

    await user.type(screen.getByLabelText('As of'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(server.idsCalls('GET /api/analytics/framings')).toHaveLength(2));
    expect(server.idsCalls('GET /api/analytics/framings')[1].url.searchParams.get('asOf')).toBe('2026-11-20');
    expect(await within(cell).findAllByRole('link')).toHaveLength(2);

    // closed, a further selection asks for the numbers only
    await user.click(cell.querySelector('summary') as HTMLElement);
    await waitFor(() => expect(cell.querySelector('details')).not.toHaveAttribute('open'));
    await user.clear(screen.getByLabelText('As of'));
    await user.type(screen.getByLabelText('As of'), '2026-11-19');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(server.calls('GET /api/analytics/framings').at(-1)?.url.searchParams.get('asOf')).toBe('2026-11-19'));
    expect(server.idsCalls('GET /api/analytics/framings')).toHaveLength(2);
    expect(server.idsCalls('GET /api/analytics/legal-bases')).toHaveLength(0);
  });

  it('puts the as-of date in the address and the request, and shows the banner', async () => {
    const server = serve();
    renderWithProviders(
      <>
        <AnalyticsDashboard />
        <LocationProbe />
      </>,
      { route: '/analytics?country=KOR' },
    );
    await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    expect(screen.queryByTestId('as-of-banner')).not.toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('As of'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/analytics?country=KOR&asOf=2026-11-20'));
    expect(screen.getByTestId('as-of-banner')).toHaveTextContent('Showing the record as it stood on November 20, 2026');
    await waitFor(() => expect(server.calls('GET /api/analytics/framings').at(-1)?.url.searchParams.get('asOf')).toBe('2026-11-20'));
    expect(server.calls('GET /api/analytics/legal-bases').at(-1)?.url.searchParams.get('asOf')).toBe('2026-11-20');

    await user.click(screen.getByRole('button', { name: 'Show today’s record' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/analytics\?country=KOR$/));
    expect(screen.queryByTestId('as-of-banner')).not.toBeInTheDocument();
  });

  it('refuses an as-of date in the future and a window that is not a whole number', async () => {
    const server = serve();
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics' });
    await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('As of'), '2999-01-01');
    const window = screen.getByLabelText('Window (months)');
    await user.clear(window);
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(screen.getByLabelText('As of')).toHaveAttribute('aria-invalid', 'true');
    expect(window).toHaveAccessibleDescription(/Enter a whole number of months/);
    expect(server.calls('GET /api/analytics/framings')).toHaveLength(1);
  });

  it('exports each table as CSV, asking with Accept: text/csv, and downloads the chart as SVG', async () => {
    const server = serve();
    const clicked: string[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics?asOf=2026-11-20' });
    await screen.findByRole('table', { name: 'Framings and avenues of humanitarian protection' });
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Export CSV: framings and avenues' }));
    await waitFor(() => expect(clicked).toContain('framings-2026-11-20.csv'));
    const csvCall = server.calls('GET /api/analytics/framings').find((r) => r.headers.get('Accept') === 'text/csv');
    expect(csvCall?.url.searchParams.get('asOf')).toBe('2026-11-20');
    const blob = vi.mocked(URL.createObjectURL).mock.calls.at(-1)?.[0] as Blob;
    expect(await readBlob(blob)).toBe('framing,avenue,actions\nREFUGEE_CONVENTION,,12\n');

    await user.click(screen.getByRole('button', { name: 'Export CSV: legal bases' }));
    await waitFor(() => expect(clicked).toContain('legal-bases-2026-11-20.csv'));
    expect(server.calls('GET /api/analytics/legal-bases').some((r) => r.headers.get('Accept') === 'text/csv')).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Download chart (SVG)' }));
    await waitFor(() => expect(clicked).toContain('framing-credit-2026-11-20.svg'));
    const svg = vi.mocked(URL.createObjectURL).mock.calls.at(-1)?.[0] as Blob;
    expect(svg.type).toContain('image/svg+xml');
    expect(await readBlob(svg)).toMatch(/^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    click.mockRestore();
  });

  it('says so when nothing matches', async () => {
    mockFetch({ 'GET /api/analytics/framings': () => jsonResponse(200, []), 'GET /api/analytics/legal-bases': () => jsonResponse(200, []) });
    renderWithProviders(<AnalyticsDashboard />, { route: '/analytics?asOf=2026-11-26' });
    expect(await screen.findByTestId('framings-empty')).toHaveTextContent('No records match this selection.');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByTestId('as-of-banner')).toHaveTextContent('Showing the record as it stood on November 26, 2026');
  });
});
