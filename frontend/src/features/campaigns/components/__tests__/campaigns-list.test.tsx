import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { CampaignsList } from '../campaigns-list';

const campaigns = [
  {
    id: '0b7c2f9e-1d3a-4c1e-9f00-000000000001',
    name: 'Free the Hong Kong 47',
    countries: ['HKG', 'CHN'],
    issues: ['Political prisoners', 'Freedom of assembly'],
    goal: 'Release of all defendants',
    launchedAt: '2026-11-27T09:00:00Z',
    launchedBy: 'admin',
    version: 0,
  },
  {
    id: '0b7c2f9e-1d3a-4c1e-9f00-000000000002',
    name: 'Migrant workers in Korea',
    countries: ['KOR'],
    issues: ['Labour rights'],
    goal: null,
    launchedAt: '2026-11-26T10:30:00Z',
    launchedBy: 'coord',
    version: 3,
  },
];

describe('CampaignsList', () => {
  it('renders the campaigns returned by the API', async () => {
    const server = mockFetch({ 'GET /api/campaigns': () => jsonResponse(200, campaigns) });
    renderWithProviders(<CampaignsList />);

    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3); // header + 2
    const first = within(rows[1]);
    expect(first.getByRole('rowheader')).toHaveTextContent('Free the Hong Kong 47');
    expect(rows[1]).toHaveTextContent('HKG, CHN');
    expect(first.getByText('Political prisoners')).toBeInTheDocument();
    expect(first.getByText('Freedom of assembly')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('Release of all defendants');
    expect(first.getByText('admin')).toBeInTheDocument();
    expect(rows[1].querySelector('time')).toHaveAttribute('dateTime', '2026-11-27T09:00:00Z');
    expect(within(rows[2]).getByRole('rowheader')).toHaveTextContent('Migrant workers in Korea');
    expect(rows[2]).toHaveTextContent('No goal recorded');
    expect(within(table).getByText('Campaigns launched so far: 2')).toBeInTheDocument();
    expect(server.calls('GET /api/campaigns')[0].credentials).toBe('same-origin');
  });

  it('says so when there is no campaign', async () => {
    mockFetch({ 'GET /api/campaigns': () => jsonResponse(200, []) });
    renderWithProviders(<CampaignsList />);
    expect(await screen.findByText('No campaign has been launched yet.')).toBeInTheDocument();
  });

  it('shows an error when the role may not list campaigns', async () => {
    mockFetch({ 'GET /api/campaigns': () => problemResponse(403, { title: 'Forbidden' }) });
    renderWithProviders(<CampaignsList />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The campaigns could not be loaded.');
    expect(alert).toHaveTextContent('Your role does not allow this action.');
  });

  it('shows the column headings in the chosen language', async () => {
    mockFetch({ 'GET /api/campaigns': () => jsonResponse(200, campaigns) });
    renderWithProviders(<CampaignsList />, { language: 'zh-Hans' });
    expect(await screen.findByRole('columnheader', { name: '倡导运动' })).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: '发起人' })).toBeInTheDocument();
  });
});
