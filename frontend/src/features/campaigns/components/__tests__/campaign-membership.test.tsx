import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfHandler, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { Campaign } from '../../api/get-campaigns';
import { CampaignMembershipPanel, CampaignMembershipSection } from '../campaign-membership';

const base: Campaign = {
  id: 'c1',
  name: 'End detention of children',
  countries: ['JPN'],
  issues: [],
  goal: null,
  launchedAt: '2026-01-01T00:00:00Z',
  launchedBy: 'admin',
};

const organisations = [
  { id: 'tokyo-aid', name: 'Tokyo Aid' },
  { id: 'seoul-clinic', name: 'Seoul Clinic' },
];

describe('campaign membership', () => {
  it('says the server does not record membership when the campaign has no partners field (older backend)', () => {
    mockFetch({});
    renderWithProviders(<CampaignMembershipPanel campaign={base} />);
    expect(screen.getByText('This server does not record coalition membership yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add partner' })).not.toBeInTheDocument();
  });

  it('shows the coordinator and partners, adds a partner chosen from the list and removes one after confirmation', async () => {
    let campaign = { ...base, coordinator: 'tokyo-aid', partners: [] as string[] };
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'GET /api/campaigns': () => jsonResponse(200, [campaign]),
      'POST /api/campaigns/c1/partners': (request) => {
        campaign = { ...campaign, partners: [...campaign.partners, (request.json() as { organisation: string }).organisation] };
        return jsonResponse(200, campaign);
      },
      'DELETE /api/campaigns/c1/partners/seoul-clinic': () => {
        campaign = { ...campaign, partners: [] };
        return jsonResponse(200, campaign);
      },
    });
    renderWithProviders(<CampaignMembershipSection organisations={organisations} />);
    await userEvent.selectOptions(await screen.findByLabelText('Campaign'), 'End detention of children');
    expect(screen.getByText('Tokyo Aid (tokyo-aid)', { selector: 'dd' })).toBeInTheDocument();
    expect(screen.getByText('No partner yet')).toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Partner organisation'), 'seoul-clinic');
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    expect(await screen.findByText('Seoul Clinic (seoul-clinic) is now a partner of this campaign.')).toBeInTheDocument();
    expect(server.calls('POST /api/campaigns/c1/partners')[0].json()).toEqual({ organisation: 'seoul-clinic' });
    await screen.findByRole('button', { name: 'Remove' });

    await userEvent.click(screen.getByRole('button', { name: 'Remove' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls('DELETE /api/campaigns/c1/partners/seoul-clinic')).toHaveLength(1));
    expect(await screen.findByText('No partner yet')).toBeInTheDocument();
  });

  it('lets a coordinator type an organisation id, checks it, and shows a refusal', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'POST /api/campaigns/c1/coordinator': () => problemResponse(403, { title: 'Forbidden' }),
    });
    renderWithProviders(<CampaignMembershipPanel campaign={{ ...base, coordinator: null, partners: [] }} />);
    expect(screen.getByText('None yet')).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Coordinating organisation'), 'Not An Id');
    await userEvent.click(screen.getByRole('button', { name: 'Set coordinator' }));
    expect(await screen.findByText(/Use the organisation's identifier/)).toBeInTheDocument();
    expect(server.calls('POST /api/campaigns/c1/coordinator')).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('Coordinating organisation'));
    await userEvent.type(screen.getByLabelText('Coordinating organisation'), 'tokyo-aid');
    await userEvent.click(screen.getByRole('button', { name: 'Set coordinator' }));
    expect(await screen.findByText('Your role does not allow this action.')).toBeInTheDocument();
    expect(server.calls('POST /api/campaigns/c1/coordinator')[0].json()).toEqual({ organisation: 'tokyo-aid' });
  });
});
