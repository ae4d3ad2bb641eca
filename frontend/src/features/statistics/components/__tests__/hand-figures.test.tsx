import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { HAND_FIGURES_MAX_PAGES } from '../../api/get-hand-figures';
import { ProtectionRatesView } from '../protection-rates-view';

const rates = [
  {
    country: 'JPN', year: 2015, basis: 'P', recognized: 20, complementaryProtection: 79, rejected: 3411, otherwiseClosed: 0,
    totalDecisions: 3510, applications: 7586, refugeeRecognitionRate: 0.006, totalProtectionRate: 0.028, maskedCells: 0,
  },
];

function outcome(id: string, country: string, metric: string, period: string, value: number, source: string, unit = 'PERSONS') {
  return {
    id, campaignId: 'c1', country, kind: 'MEASURED', measurement: { metric, otherMetric: null, period, value, unit, source },
    practiceChange: null, date: null, datePrecision: null, retracted: false, version: 1,
  };
}

const japan = [
  outcome('o-rec', 'JPN', 'REFUGEE_RECOGNITIONS', '2015', 27, 'Ministry of Justice, note 27'),
  outcome('o-app', 'JPN', 'ASYLUM_APPLICATIONS', '2015', 7586, 'Ministry of Justice, note 27'),
];
const korea = [outcome('o-span', 'KOR', 'HUMANITARIAN_PROTECTION_GRANTS', '1994 to 2015-08', 879, 'note 34')];
// 200 old figures on the first page of Japan: the ones that matter are on the second
const filler = Array.from({ length: 200 }, (_, i) => outcome(`old-${i}`, 'JPN', 'REJECTIONS', '1990', i, 'old'));

describe('HandFigures (figures recorded by coordinators)', () => {
  it('reads every page per country and shows the hand figures with their source beside UNHCR’s, marking where they differ', async () => {
    const server = mockFetch({
      'GET /api/statistics/protection-rates': () => jsonResponse(200, rates),
      'GET /api/outcomes': (request) => {
        const country = request.url.searchParams.get('country');
        const page = Number(request.url.searchParams.get('page'));
        const all = country === 'JPN' ? [...filler, ...japan] : country === 'KOR' ? korea : [];
        return jsonResponse(200, { items: all.slice(page * 200, page * 200 + 200), page, size: 200, total: all.length });
      },
    });
    renderWithProviders(<ProtectionRatesView initial={{ countries: ['JPN', 'KOR'], from: 2015, to: 2015 }} />);

    const table = await screen.findByRole('table', { name: /Recorded figures, each with its source/ });
    const calls = server.calls('GET /api/outcomes').map((r) => Object.fromEntries(r.url.searchParams));
    expect(calls).toEqual([
      { country: 'JPN', kind: 'MEASURED', page: '0', size: '200' },
      { country: 'JPN', kind: 'MEASURED', page: '1', size: '200' },
      { country: 'KOR', kind: 'MEASURED', page: '0', size: '200' },
    ]);
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    // Japan 2015 recognitions: the ministry's 27 and UNHCR's 20, both with their source
    expect(rows[2]).toHaveTextContent('Refugee recognitions');
    expect(rows[2]).toHaveTextContent('27');
    expect(rows[2]).toHaveTextContent('persons');
    expect(rows[2]).toHaveTextContent('Ministry of Justice, note 27');
    expect(rows[2]).toHaveTextContent('20 (UNHCR Refugee Population Statistics Database, 2015)');
    expect(rows[2]).toHaveTextContent('Sources differ');
    expect(within(rows[2]).getByRole('link', { name: 'Open the record' })).toHaveAttribute('href', '/outcomes/o-rec');
    // the same number from both sources is not marked
    expect(rows[1]).toHaveTextContent('Asylum applications');
    expect(rows[1]).toHaveTextContent('Same figure');
    expect(rows[1]).not.toHaveTextContent('Sources differ');
    // a span of years, as written, with nothing to compare
    expect(rows[3]).toHaveTextContent('1994 to 2015-08');
    expect(rows[3]).toHaveTextContent('Humanitarian protection grants');
    expect(rows[3]).toHaveTextContent('879');
    expect(rows[3]).toHaveTextContent('note 34');
    expect(within(rows[3]).getAllByRole('cell')[5]).toHaveTextContent('—');
    // UNHCR's table still shows its own 20, unchanged
    const unhcr = screen.getByRole('table', { name: /UNHCR figures per year/ });
    expect(within(unhcr).getAllByRole('row')[1]).toHaveTextContent('20');
    expect(screen.queryByText(/Only the first 2,000/)).not.toBeInTheDocument();
  });

  it('compares nothing when an origin, authority or stage narrows UNHCR’s sums, and still lists the hand figures', async () => {
    mockFetch({
      'GET /api/statistics/protection-rates': () => jsonResponse(200, rates),
      'GET /api/outcomes': () => jsonResponse(200, { items: japan, page: 0, size: 200, total: japan.length }),
    });
    renderWithProviders(<ProtectionRatesView initial={{ countries: ['JPN'], from: 2015, to: 2015, origin: 'MMR' }} />);
    const table = await screen.findByRole('table', { name: /Recorded figures/ });
    expect(table).toHaveTextContent('27');
    expect(table).not.toHaveTextContent('Sources differ');
    expect(screen.getByText(/compared only when no country of origin/)).toBeInTheDocument();
  });

  it('says so when nothing was recorded, or the list was cut, or could not be read', async () => {
    mockFetch({
      'GET /api/statistics/protection-rates': () => jsonResponse(200, []),
      'GET /api/outcomes': () => jsonResponse(200, { items: [], page: 0, size: 200, total: 0 }),
    });
    const { unmount } = renderWithProviders(<ProtectionRatesView initial={{ countries: ['CHN'], from: 2015, to: 2015 }} />);
    expect(await screen.findByText('No figures recorded by coordinators for this choice.')).toBeInTheDocument();
    unmount();

    const server = mockFetch({
      'GET /api/statistics/protection-rates': () => jsonResponse(200, []),
      'GET /api/outcomes': (request) => {
        const page = Number(request.url.searchParams.get('page'));
        const items = japan.map((o) => ({ ...o, id: `${o.id}-${page}` }));
        return jsonResponse(200, { items, page, size: 200, total: 100_000 });
      },
    });
    const second = renderWithProviders(<ProtectionRatesView initial={{ countries: ['JPN'], from: 2015, to: 2015 }} />);
    expect(await screen.findByText(/Only the first 2,000 recorded figures per country were read/)).toBeInTheDocument();
    expect(server.calls('GET /api/outcomes')).toHaveLength(HAND_FIGURES_MAX_PAGES);
    second.unmount();

    mockFetch({
      'GET /api/statistics/protection-rates': () => jsonResponse(200, []),
      'GET /api/outcomes': () => problemResponse(500, { title: 'Internal Server Error' }),
    });
    renderWithProviders(<ProtectionRatesView initial={{ countries: ['JPN'], from: 2015, to: 2015 }} />);
    expect(await screen.findByText('The recorded figures could not be loaded.')).toBeInTheDocument();
  });
});
