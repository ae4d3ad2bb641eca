import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { createI18n } from '@/lib/i18n';
import { csrfHandler, emptyResponse, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
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
  return router;
}

const passwordChangeRequired = () =>
  problemResponse(403, { title: 'Forbidden', detail: 'You must change your password before anything else', code: 'PASSWORD_CHANGE_REQUIRED' });

async function changePassword() {
  await userEvent.type(screen.getByLabelText('Current password'), 'Temporary-password-1');
  await userEvent.type(screen.getByLabelText('New password'), 'a long new passphrase');
  await userEvent.type(screen.getByLabelText('Repeat the new password'), 'a long new passphrase');
  await userEvent.click(screen.getByRole('button', { name: 'Change password' }));
}

describe('forced password change', () => {
  it('sends the user to the password page when any call answers 403 PASSWORD_CHANGE_REQUIRED, shows only that, then continues', async () => {
    let mustChange = true;
    const server = mockFetch({
      'GET /api/auth/me': () => jsonResponse(200, { username: 'partner1', roles: ['PARTNER'], organisation: 'ngo', mustChangePassword: false }),
      'GET /api/auth/csrf': csrfHandler(),
      'GET /api/campaigns': () => (mustChange ? passwordChangeRequired() : jsonResponse(200, [])),
      'POST /api/account/password': () => {
        mustChange = false;
        return emptyResponse(204);
      },
    });
    const router = renderApp('/campaigns');

    expect(await screen.findByRole('heading', { level: 1, name: 'Change password' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/password');
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('/campaigns');
    expect(screen.getByText(/You must change your password before you continue/)).toBeInTheDocument();
    // Nothing else is offered: no navigation, but signing out stays possible.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();

    await changePassword();

    expect(await screen.findByRole('heading', { level: 1, name: 'Campaigns' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/campaigns');
    expect(await screen.findByText('No campaign has been launched yet.')).toBeInTheDocument();
    expect(server.calls('POST /api/account/password')[0].json()).toEqual({
      currentPassword: 'Temporary-password-1',
      newPassword: 'a long new passphrase',
    });
    expect(screen.getByRole('navigation')).toBeInTheDocument();
  });

  it('sends a user who signs in with mustChangePassword to the password page, and nowhere else until it is changed', async () => {
    let signedIn = false;
    let mustChange = true;
    const me = () => ({ username: 'partner1', roles: ['PARTNER'], organisation: 'ngo', mustChangePassword: mustChange });
    mockFetch({
      'GET /api/auth/me': () => (signedIn ? jsonResponse(200, me()) : problemResponse(401, { title: 'Unauthorized' })),
      'GET /api/auth/csrf': csrfHandler(),
      'POST /api/auth/login': () => {
        signedIn = true;
        return jsonResponse(200, me());
      },
      'POST /api/account/password': () => {
        mustChange = false;
        return emptyResponse(204);
      },
      'GET /api/campaigns': () => (mustChange ? passwordChangeRequired() : jsonResponse(200, [])),
    });
    const router = renderApp('/login');
    await userEvent.type(await screen.findByLabelText('Username'), 'partner1');
    await userEvent.type(screen.getByLabelText('Password'), 'Temporary-password-1');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Change password' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/account/password');

    await router.navigate('/statistics');
    await waitFor(() => expect(router.state.location.pathname).toBe('/account/password'));
    expect(new URLSearchParams(router.state.location.search).get('from')).toBe('/statistics');

    await changePassword();
    // Then on to where the user was going.
    expect(await screen.findByRole('heading', { level: 1, name: 'Protection statistics' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/statistics');
  });

  it('shows the server’s reason next to the field when the new password is refused', async () => {
    mockFetch({
      'GET /api/auth/me': () => jsonResponse(200, { username: 'partner1', roles: ['PARTNER'], organisation: null, mustChangePassword: true }),
      'GET /api/auth/csrf': csrfHandler(),
      'POST /api/account/password': () =>
        problemResponse(400, { title: 'Bad Request', errors: [{ field: 'newPassword', message: 'is a commonly used password' }] }),
    });
    renderApp('/account/password');
    await screen.findByRole('heading', { level: 1, name: 'Change password' });
    await changePassword();
    expect(await screen.findByText('is a commonly used password')).toBeInTheDocument();
    expect(screen.getByLabelText('New password')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('New password')).toHaveFocus();
  });
});
