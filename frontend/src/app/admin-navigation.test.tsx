import { render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { createTestQueryClient } from '@/testing/test-utils';
import { AppProvider } from './provider';
import { routes } from './router';

function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={createTestQueryClient()} i18n={createI18n('en')}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('administration and account navigation', () => {
  it('offers "Administration" to an administrator and "My account" to everyone', async () => {
    mockFetch({
      'GET /api/auth/me': () => jsonResponse(200, { username: 'admin', roles: ['ADMIN'], organisation: null, mustChangePassword: false }),
      'GET /api/campaigns': () => jsonResponse(200, []),
    });
    renderApp('/campaigns');
    expect(await screen.findByRole('link', { name: 'Administration' })).toHaveAttribute('href', '/admin');
    expect(screen.getByRole('link', { name: 'My account' })).toHaveAttribute('href', '/account');
  });

  it('hides "Administration" from a coalition partner, and the page refuses them', async () => {
    const server = mockFetch({
      'GET /api/auth/me': () => jsonResponse(200, { username: 'p', roles: ['PARTNER'], organisation: 'ngo', mustChangePassword: false }),
    });
    renderApp('/admin');
    expect(await screen.findByText('Only administrators may open this page.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Administration' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'My account' })).toBeInTheDocument();
    expect(server.requests.filter((r) => r.path.startsWith('/api/admin'))).toHaveLength(0);
  });
});
