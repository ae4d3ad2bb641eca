import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfHandler, jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { UsersPanel } from '../users-panel';

const partner = { username: 'partner1', roles: ['PARTNER'], organisation: 'ngo', enabled: true, mustChangePassword: false };

function setup() {
  let users = [{ username: 'admin', roles: ['ADMIN'], organisation: null, enabled: true, mustChangePassword: false }, partner];
  const server = mockFetch({
    'GET /api/auth/csrf': csrfHandler(),
    'GET /api/admin/users': () => jsonResponse(200, users),
    'GET /api/admin/organisations': () => jsonResponse(200, [{ id: 'ngo', name: 'Some NGO' }]),
    'POST /api/admin/users/partner1/disable': () => {
      users = users.map((u) => (u.username === 'partner1' ? { ...u, enabled: false } : u));
      return jsonResponse(200, { ...partner, enabled: false });
    },
    'POST /api/admin/users/partner1/password-reset': () => jsonResponse(200, { username: 'partner1', temporaryPassword: 'Tmp-7hG2-kLq9-Xw3z' }),
    'PUT /api/admin/users/partner1': (request) => {
      const body = request.json() as { roles: string[]; organisation: string | null };
      users = users.map((u) => (u.username === 'partner1' ? { ...u, ...body } : u));
      return jsonResponse(200, { ...partner, ...body });
    },
  });
  renderWithProviders(<UsersPanel currentUsername="admin" />);
  return server;
}

const row = async (name: string) => (await screen.findByRole('rowheader', { name })).closest('tr') as HTMLElement;

describe('UsersPanel', () => {
  it('lists users with roles, organisation and state; the admin cannot disable themselves', async () => {
    setup();
    const partnerRow = await row('partner1');
    expect(partnerRow).toHaveTextContent('Coalition partner');
    expect(partnerRow).toHaveTextContent('Some NGO (ngo)');
    expect(partnerRow).toHaveTextContent('Enabled');
    expect(within(await row('admin')).queryByRole('button', { name: 'Disable' })).not.toBeInTheDocument();
  });

  it('disables a user only after confirmation', async () => {
    const server = setup();
    await userEvent.click(within(await row('partner1')).getByRole('button', { name: 'Disable' }));
    expect(screen.getByText(/Disable partner1\?/)).toBeInTheDocument();
    expect(server.calls('POST /api/admin/users/partner1/disable')).toHaveLength(0);
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    await waitFor(() => expect(server.calls('POST /api/admin/users/partner1/disable')).toHaveLength(1));
    await waitFor(async () => expect(await row('partner1')).toHaveTextContent('Disabled'));
  });

  it('shows the temporary password once after a reset, saying it must be changed at next sign-in', async () => {
    setup();
    await userEvent.click(within(await row('partner1')).getByRole('button', { name: 'Reset password' }));
    await userEvent.click(screen.getByRole('button', { name: 'Confirm' }));
    expect(await screen.findByTestId('temporary-password')).toHaveTextContent('Tmp-7hG2-kLq9-Xw3z');
    expect(screen.getByText(/must change it at the next sign-in/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Done – hide the password' }));
    expect(document.body.innerHTML).not.toContain('Tmp-7hG2-kLq9-Xw3z');
  });

  it('changes roles and organisation', async () => {
    const server = setup();
    await userEvent.click(within(await row('partner1')).getByRole('button', { name: 'Edit partner1' }));
    const form = screen.getByRole('form', { name: 'Roles and organisation of partner1' });
    await userEvent.click(within(form).getByRole('checkbox', { name: 'Evaluator' }));
    await userEvent.click(within(form).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(server.calls('PUT /api/admin/users/partner1')).toHaveLength(1));
    expect(server.calls('PUT /api/admin/users/partner1')[0].json()).toEqual({ roles: ['PARTNER', 'EVALUATOR'], organisation: 'ngo' });
    await waitFor(async () => expect(await row('partner1')).toHaveTextContent('Evaluator'));
  });
});
