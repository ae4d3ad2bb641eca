import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { csrfHandler, emptyResponse, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { createTestQueryClient } from '@/testing/test-utils';
import { AppProvider } from './provider';
import { routes } from './router';

function renderApp(path = '/') {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const queryClient = createTestQueryClient();
  render(
    <AppProvider queryClient={queryClient} i18n={createI18n('en')}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return { router, queryClient };
}

const unauthorized = () => problemResponse(401, { title: 'Unauthorized', detail: 'Full authentication is required' });

describe('App routing', () => {
  it('sends an anonymous visitor to the login page, then to the campaigns after login', async () => {
    let signedIn = false;
    mockFetch({
      'GET /api/auth/me': () => (signedIn ? jsonResponse(200, { username: 'coord', roles: ['COORDINATOR'], organisation: null }) : unauthorized()),
      'GET /api/auth/csrf': csrfHandler(),
      'POST /api/auth/login': () => {
        signedIn = true;
        return jsonResponse(200, { username: 'coord', roles: ['COORDINATOR'], organisation: null });
      },
      'GET /api/campaigns': () => (signedIn ? jsonResponse(200, []) : unauthorized()),
    });
    const { router } = renderApp('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await userEvent.type(screen.getByLabelText('Username'), 'coord');
    await userEvent.type(screen.getByLabelText('Password'), 'pw');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Campaigns' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/campaigns');
    expect(screen.getByText(/Signed in as coord/)).toHaveTextContent('Signed in as coord (Coordinator)');
    expect(screen.getByRole('heading', { name: 'Launch campaign' })).toBeInTheDocument();
  });

  it('hides the launch form from a coalition partner', async () => {
    mockFetch({
      'GET /api/auth/me': () => jsonResponse(200, { username: 'p', roles: ['PARTNER'], organisation: 'Some NGO' }),
      'GET /api/campaigns': () => jsonResponse(200, []),
    });
    renderApp('/campaigns');
    expect(await screen.findByText('No campaign has been launched yet.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Launch campaign' })).not.toBeInTheDocument();
    expect(screen.getByText(/Signed in as p/)).toHaveTextContent('(Coalition partner)');
  });

  it('returns to the login page when the session ends (an API call answers 401)', async () => {
    mockFetch({
      'GET /api/auth/me': () => jsonResponse(200, { username: 'admin', roles: ['ADMIN'], organisation: null }),
      'GET /api/campaigns': unauthorized,
    });
    const { router } = renderApp('/campaigns');
    expect(await screen.findByText('Your session has ended. Please sign in again.')).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('/campaigns');
  });

  it('logs out and shows the login page', async () => {
    let signedIn = true;
    const server = mockFetch({
      'GET /api/auth/me': () => (signedIn ? jsonResponse(200, { username: 'admin', roles: ['ADMIN'], organisation: null }) : unauthorized()),
      'GET /api/campaigns': () => jsonResponse(200, []),
      'GET /api/auth/csrf': csrfHandler('after'),
      'POST /api/auth/logout': () => {
        signedIn = false;
        return emptyResponse(204);
      },
    });
    document.cookie = 'XSRF-TOKEN=before; path=/';
    const { router } = renderApp('/campaigns');
    await userEvent.click(await screen.findByRole('button', { name: 'Sign out' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');
    expect(server.calls('POST /api/auth/logout')[0].headers.get('X-XSRF-TOKEN')).toBe('before');
    await waitFor(() => expect(server.calls('GET /api/auth/csrf')).toHaveLength(1));
  });

  it('switches the language without using browser storage and updates <html lang>', async () => {
    mockFetch({ 'GET /api/auth/me': unauthorized });
    renderApp('/login');
    await screen.findByRole('heading', { level: 1, name: 'Sign in' });
    expect(document.documentElement.lang).toBe('en');
    await userEvent.selectOptions(screen.getByLabelText('Language'), '한국어');
    expect(await screen.findByRole('heading', { level: 1, name: '로그인' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ko');
    expect(window.localStorage.length).toBe(0);
    expect(window.sessionStorage.length).toBe(0);
  });

  it('shows a not-found page for an unknown address', async () => {
    mockFetch({});
    renderApp('/nowhere');
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});
