import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { csrfHandler, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { LoginForm } from '../login-form';

describe('LoginForm', () => {
  it('shows an error message when the backend answers 401', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler('t1'),
      'POST /api/auth/login': () =>
        problemResponse(401, { type: 'about:blank', title: 'Unauthorized', detail: 'Bad credentials' }),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await userEvent.type(screen.getByLabelText('Username'), 'admin');
    await userEvent.type(screen.getByLabelText('Password'), 'wrong');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The username or password is incorrect.');
    expect(onSuccess).not.toHaveBeenCalled();
    expect(screen.getByLabelText('Password')).toHaveValue('');

    const [login] = server.calls('POST /api/auth/login');
    expect(login.headers.get('X-XSRF-TOKEN')).toBe('t1');
    expect(new URLSearchParams(login.body)).toEqual(new URLSearchParams({ username: 'admin', password: 'wrong' }));
    expect(server.unhandled).toEqual([]);
  });

  it('signs in with the form-encoded credentials and reports the user', async () => {
    const user = { username: 'coord', roles: ['COORDINATOR'], organisation: null };
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler('t1'),
      'POST /api/auth/login': () => jsonResponse(200, user),
    });
    const onSuccess = vi.fn();
    renderWithProviders(<LoginForm onSuccess={onSuccess} />);

    await userEvent.type(screen.getByLabelText('Username'), 'coord');
    await userEvent.type(screen.getByLabelText('Password'), 's3cret');
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    await waitFor(() => expect(onSuccess).toHaveBeenCalledWith({ ...user, mustChangePassword: false }));
    // CSRF token fetched before login, and again after (it rotates at login).
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/auth/csrf', 'POST /api/auth/login', 'GET /api/auth/csrf']);
  });

  it('asks for the missing fields without calling the backend', async () => {
    const server = mockFetch({});
    renderWithProviders(<LoginForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Enter your username.')).toBeInTheDocument();
    expect(screen.getByText('Enter your password.')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Username')).toHaveFocus();
    expect(server.requests).toHaveLength(0);
  });

  it('is translated', async () => {
    mockFetch({});
    renderWithProviders(<LoginForm />, { language: 'ja' });
    expect(screen.getByLabelText('ユーザー名')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ログイン' })).toBeInTheDocument();
  });
});
