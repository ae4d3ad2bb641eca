import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { createTestQueryClient } from '@/testing/test-utils';
import { AppProvider } from './provider';
import { routes } from './router';

const campaign = {
  id: 'c1',
  name: 'End detention of children',
  countries: ['JPN'],
  issues: [],
  goal: null,
  launchedAt: '2026-01-01T00:00:00Z',
  launchedBy: 'admin',
  version: 3,
  coordinator: 'tokyo-aid',
  partners: ['seoul-clinic'],
};

function renderAt(path: string, roles: string[]) {
  mockFetch({
    'GET /api/auth/me': () => jsonResponse(200, { username: 'u', roles, organisation: 'tokyo-aid', mustChangePassword: false }),
    'GET /api/campaigns/c1': () => jsonResponse(200, campaign),
    'GET /api/campaigns': () => jsonResponse(200, [campaign]),
  });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createTestQueryClient()} i18n={createI18n('en')}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('coalition membership on the campaign page', () => {
  it('is offered to a coordinator, who types organisation identifiers', async () => {
    renderAt('/campaigns/c1/timeline', ['COORDINATOR']);
    await userEvent.click(await screen.findByText('Coalition membership'));
    expect(screen.getByText('seoul-clinic')).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Partner organisation' })).toBeInTheDocument();
  });

  it('is not shown to a coalition partner', async () => {
    renderAt('/campaigns/c1/timeline', ['PARTNER']);
    expect(await screen.findByRole('heading', { level: 1, name: 'End detention of children' })).toBeInTheDocument();
    expect(screen.queryByText('Coalition membership')).not.toBeInTheDocument();
  });
});
