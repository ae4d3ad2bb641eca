import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { formatRate, ProtectionRatesView } from '../protection-rates-view';

const rates = [
  {
    country: 'KOR', year: 2015, basis: 'P', recognized: 15, complementaryProtection: 40, rejected: 70, otherwiseClosed: 17,
    totalDecisions: 142, applications: 205, refugeeRecognitionRate: 0.12, totalProtectionRate: 0.44, maskedCells: 3,
  },
  {
    country: 'KOR', year: 2016, basis: 'P', recognized: 20, complementaryProtection: 60, rejected: 120, otherwiseClosed: 10,
    totalDecisions: 210, applications: null, refugeeRecognitionRate: 0.1, totalProtectionRate: 0.4, maskedCells: 0,
  },
  {
    country: 'KOR', year: 2017, basis: 'P', recognized: 0, complementaryProtection: 0, rejected: 0, otherwiseClosed: 7,
    totalDecisions: 7, applications: null, refugeeRecognitionRate: null, totalProtectionRate: null, maskedCells: 0,
  },
];

const noOutcomes = () => jsonResponse(200, { items: [], page: 0, size: 200, total: 0 });

describe('ProtectionRatesView', () => {
  it('asks for the chosen countries, years and filters and shows chart and table with the attribution', async () => {
    const server = mockFetch({ 'GET /api/statistics/protection-rates': () => jsonResponse(200, rates), 'GET /api/outcomes': noOutcomes });
    renderWithProviders(<ProtectionRatesView />);
    const user = userEvent.setup();

    await user.click(screen.getByRole('checkbox', { name: /Japan/ }));
    await user.clear(screen.getByLabelText('From year'));
    await user.type(screen.getByLabelText('From year'), '2010');
    await user.clear(screen.getByLabelText('To year'));
    await user.type(screen.getByLabelText('To year'), '2020');
    await user.selectOptions(screen.getByLabelText('Authority'), 'G');
    await user.type(screen.getByLabelText(/^Stage of procedure/), 'fi');
    await user.selectOptions(screen.getByLabelText('Cases or persons'), 'P');
    await user.click(screen.getByRole('button', { name: 'Show' }));

    const table = await screen.findByRole('table', { name: /UNHCR figures per year/ });
    const [request] = server.calls('GET /api/statistics/protection-rates');
    expect(request.url.searchParams.getAll('country')).toEqual(['KOR', 'JPN']);
    expect(Object.fromEntries([...request.url.searchParams].filter(([k]) => k !== 'country'))).toEqual({
      from: '2010', to: '2020', authority: 'G', stage: 'FI', basis: 'P',
    });
    expect(table).toHaveTextContent('Source: UNHCR Refugee Population Statistics Database, CC BY 4.0');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(4);
    // masked cells make the rates approximate
    expect(rows[1]).toHaveTextContent('≈ 12%');
    expect(rows[1]).toHaveTextContent('≈ 44%');
    expect(rows[2]).toHaveTextContent('10%');
    expect(rows[2]).not.toHaveTextContent('≈');
    // no substantive decision: no rate, not 0 %
    expect(within(rows[3]).getAllByRole('cell')[9]).toHaveTextContent('—');
    expect(screen.getByText(/UNHCR masks small numbers/)).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /recognitions against complementary protection/i })).toHaveTextContent(
      'Source: UNHCR Refugee Population Statistics Database, CC BY 4.0',
    );
    expect(screen.getByText(/Refugee recognition rate = recognized ÷/)).toBeInTheDocument();
  });

  it('refuses a span of years that runs backwards before asking', async () => {
    const server = mockFetch({});
    renderWithProviders(<ProtectionRatesView />);
    const user = userEvent.setup();
    await user.clear(screen.getByLabelText('From year'));
    await user.type(screen.getByLabelText('From year'), '2020');
    await user.clear(screen.getByLabelText('To year'));
    await user.type(screen.getByLabelText('To year'), '2010');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a span of years');
    expect(server.requests).toHaveLength(0);
  });

  it('shows the field errors of a refused query', async () => {
    mockFetch({
      'GET /api/statistics/protection-rates': () =>
        problemResponse(400, { title: 'Bad Request', errors: [{ field: 'origin', message: 'must be a three-letter code, e.g. SYR' }] }),
      'GET /api/outcomes': noOutcomes,
    });
    renderWithProviders(<ProtectionRatesView />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText(/^Country of origin/), 'SY');
    await user.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('origin: must be a three-letter code, e.g. SYR');
  });

  it('opens the figures of a year and the history of one figure, old and new value with their release', async () => {
    mockFetch({
      'GET /api/statistics/protection-rates': () => jsonResponse(200, rates.slice(0, 1)),
      'GET /api/outcomes': noOutcomes,
      'GET /api/statistics/periods/KOR/2015/figures': () =>
        jsonResponse(200, [
          {
            key: 'D|KOR|2015|SYR|G|FI|P', kind: 'DECISIONS', origin: 'SYR', authority: 'G', applicationType: null, stage: 'FI', basis: 'P',
            values: { recognized: 12, complementaryProtection: 40, rejected: 48, otherwiseClosed: 0, totalDecisions: 100 },
            source: 'UNHCR 2025.12.1', corrections: 1,
          },
        ]),
      'GET /api/statistics/figures/D%7CKOR%7C2015%7CSYR%7CG%7CFI%7CP/history': () =>
        jsonResponse(200, {
          key: 'D|KOR|2015|SYR|G|FI|P',
          current: { recognized: 12, complementaryProtection: 40, rejected: 48, otherwiseClosed: 0, totalDecisions: 100 },
          history: [
            { source: 'UNHCR 2024.06', importId: 'a', importedAt: '2025-01-10T10:00:00Z', importedBy: 'coord', previous: null,
              values: { recognized: 10, complementaryProtection: 40, rejected: 50, otherwiseClosed: 0, totalDecisions: 100 } },
            { source: 'UNHCR 2025.12.1', importId: 'b', importedAt: '2025-12-20T10:00:00Z', importedBy: 'coord',
              previous: { recognized: 10, complementaryProtection: 40, rejected: 50, otherwiseClosed: 0, totalDecisions: 100 },
              values: { recognized: 12, complementaryProtection: 40, rejected: 48, otherwiseClosed: 0, totalDecisions: 100 } },
          ],
        }),
    });
    renderWithProviders(<ProtectionRatesView initial={{ countries: ['KOR'], from: 2015, to: 2015 }} />);
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Figures KOR 2015' }));
    await user.click(await screen.findByRole('button', { name: 'Show history' }));
    const history = await screen.findByRole('table', { name: 'History of D|KOR|2015|SYR|G|FI|P' });
    const rows = within(history).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('UNHCR 2024.06');
    expect(rows[2]).toHaveTextContent('UNHCR 2025.12.1');
    expect(rows[2]).toHaveTextContent('10 / 40 / 50 / 0 / 100');
    expect(rows[2]).toHaveTextContent('12 / 40 / 48 / 0 / 100');
  });
});

describe('formatRate', () => {
  it('shows percentages, and a dash for no rate', () => {
    expect(formatRate(0.44, 'en')).toBe('44%');
    expect(formatRate(0, 'en')).toBe('0%');
    expect(formatRate(null, 'en')).toBe('—');
  });
});
