import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfHandler, emptyResponse, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { TokensPanel } from '../tokens-panel';

const SECRET = 'alt_9f8e7d6c5b4a39281706f5e4d3c2b1a0';

const token = (over: Record<string, unknown> = {}) => ({
  id: 't1',
  name: 'report script',
  scope: 'READ_ONLY',
  createdAt: '2026-01-10T09:00:00Z',
  expiresAt: '2026-04-10T09:00:00Z',
  revokedAt: null,
  usable: true,
  ...over,
});

describe('TokensPanel', () => {
  it('creates a token, shows its secret once with a copy button, and forgets it after closing', async () => {
    let tokens: unknown[] = [];
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'GET /api/account/tokens': () => jsonResponse(200, tokens),
      'POST /api/account/tokens': () => {
        tokens = [token()];
        return jsonResponse(201, { token: token(), secret: SECRET });
      },
    });
    const { queryClient } = renderWithProviders(<TokensPanel />);
    expect(await screen.findByText('You have no token.')).toBeInTheDocument();

    await userEvent.type(screen.getByLabelText('Name'), 'report script');
    await userEvent.selectOptions(screen.getByLabelText('Scope'), 'Read only');
    await userEvent.clear(screen.getByLabelText('Valid for (days)'));
    await userEvent.type(screen.getByLabelText('Valid for (days)'), '30');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));

    expect(await screen.findByTestId('token-secret')).toHaveTextContent(SECRET);
    expect(screen.getByText(/It is shown only once/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Copy' })).toBeInTheDocument();
    expect(server.calls('POST /api/account/tokens')[0].json()).toEqual({ name: 'report script', scope: 'READ_ONLY', expiresInDays: 30 });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('rowheader', { name: 'report script' })).toBeInTheDocument();
    // The secret is not in any cache or browser storage, and not in the list.
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain(SECRET);
    expect(JSON.stringify(queryClient.getMutationCache().getAll().map((m) => m.state.data ?? null))).not.toContain(SECRET);
    expect(within(table).queryByText(SECRET)).not.toBeInTheDocument();
    expect(window.localStorage.length + window.sessionStorage.length).toBe(0);

    await userEvent.click(screen.getByRole('button', { name: 'I have copied it – close' }));
    expect(screen.queryByTestId('token-secret')).not.toBeInTheDocument();
    expect(screen.queryByText(SECRET)).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain(SECRET);
  });

  it('copies the secret to the clipboard', async () => {
    mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'GET /api/account/tokens': () => jsonResponse(200, []),
      'POST /api/account/tokens': () => jsonResponse(201, { token: token(), secret: SECRET }),
    });
    const user = userEvent.setup();
    renderWithProviders(<TokensPanel />);
    await user.type(await screen.findByLabelText('Name'), 'x');
    await user.click(screen.getByRole('button', { name: 'Create token' }));
    await user.click(await screen.findByRole('button', { name: 'Copy' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
    await expect(navigator.clipboard.readText()).resolves.toBe(SECRET);
  });

  it('checks the expiry before sending, and shows field errors from the server', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'GET /api/account/tokens': () => jsonResponse(200, []),
      'POST /api/account/tokens': () => problemResponse(400, { title: 'Bad Request', errors: [{ field: 'name', message: 'must not be blank and at most 100 characters' }] }),
    });
    renderWithProviders(<TokensPanel />);
    await userEvent.type(await screen.findByLabelText('Name'), 'x');
    await userEvent.clear(screen.getByLabelText('Valid for (days)'));
    await userEvent.type(screen.getByLabelText('Valid for (days)'), '400');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('Enter a whole number of days from 1 to 365.')).toBeInTheDocument();
    expect(server.calls('POST /api/account/tokens')).toHaveLength(0);

    await userEvent.clear(screen.getByLabelText('Valid for (days)'));
    await userEvent.type(screen.getByLabelText('Valid for (days)'), '7');
    await userEvent.click(screen.getByRole('button', { name: 'Create token' }));
    expect(await screen.findByText('must not be blank and at most 100 characters')).toBeInTheDocument();
    expect(screen.getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
  });

  it('revokes a token after confirmation', async () => {
    let tokens = [token()];
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'GET /api/account/tokens': () => jsonResponse(200, tokens),
      'DELETE /api/account/tokens/t1': () => {
        tokens = [token({ revokedAt: '2026-01-11T00:00:00Z', usable: false })];
        return emptyResponse(204);
      },
    });
    renderWithProviders(<TokensPanel />);
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke' }));
    expect(server.calls('DELETE /api/account/tokens/t1')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls('DELETE /api/account/tokens/t1')).toHaveLength(1));
    expect(await screen.findByText('Revoked')).toBeInTheDocument();
  });
});
