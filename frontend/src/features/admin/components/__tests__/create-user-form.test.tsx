import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { csrfHandler, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { CreateUserForm } from '../create-user-form';

const organisations = [
  { id: 'refugee-aid-tokyo', name: 'Refugee Aid Tokyo' },
  { id: 'seoul-legal', name: 'Seoul Legal Clinic' },
];

async function fillValidForm() {
  await userEvent.type(screen.getByLabelText('Username'), 'partner1');
  await userEvent.type(screen.getByLabelText('Initial password'), 'password1234');
  await userEvent.click(screen.getByRole('checkbox', { name: 'Coalition partner' }));
  await userEvent.selectOptions(screen.getByLabelText('Organisation'), 'refugee-aid-tokyo');
}

describe('CreateUserForm', () => {
  it('sends the new user and shows the server’s field errors from a 400 next to the fields', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'POST /api/admin/users': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: 'Invalid request',
          errors: [
            { field: 'password', message: 'is a commonly used password' },
            { field: 'organisation', message: 'is not a known organisation' },
          ],
        }),
    });
    renderWithProviders(<CreateUserForm organisations={organisations} />);
    await fillValidForm();
    expect(screen.getByRole('checkbox', { name: 'Must change the password at first sign-in' })).toBeChecked();
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));

    expect(await screen.findByText('is a commonly used password')).toBeInTheDocument();
    expect(server.calls('POST /api/admin/users')[0].json()).toEqual({
      username: 'partner1',
      password: 'password1234',
      roles: ['PARTNER'],
      organisation: 'refugee-aid-tokyo',
      mustChangePassword: true,
    });
    const password = screen.getByLabelText('Initial password');
    expect(password).toHaveAttribute('aria-invalid', 'true');
    expect(password).toHaveFocus();
    expect(screen.getByLabelText('Organisation')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('is not a known organisation')).toBeInTheDocument();
    expect(within(screen.getByRole('alert')).getByText(/The user was not created/)).toBeInTheDocument();
    // The form keeps what was typed, so that only the refused field needs correcting.
    expect(screen.getByLabelText('Username')).toHaveValue('partner1');
  });

  it('checks the username, password length and roles before sending anything', async () => {
    const server = mockFetch({});
    renderWithProviders(<CreateUserForm organisations={organisations} />);
    await userEvent.type(screen.getByLabelText('Username'), 'a b');
    await userEvent.type(screen.getByLabelText('Initial password'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText(/Use 2 to 64 letters/)).toBeInTheDocument();
    expect(screen.getByText('Use at least 12 characters.')).toBeInTheDocument();
    expect(screen.getByText('Choose at least one role.')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveFocus();
    expect(server.requests).toHaveLength(0);
  });

  it('says the user was created and empties the form', async () => {
    mockFetch({
      'GET /api/auth/csrf': csrfHandler(),
      'POST /api/admin/users': (request) => {
        const body = request.json() as { username: string; roles: string[]; organisation: string | null };
        return jsonResponse(201, { ...body, enabled: true, mustChangePassword: true });
      },
    });
    renderWithProviders(<CreateUserForm organisations={organisations} />);
    await fillValidForm();
    await userEvent.click(screen.getByRole('button', { name: 'Create user' }));
    expect(await screen.findByText('User “partner1” created.')).toBeInTheDocument();
    expect(screen.getByLabelText('Username')).toHaveValue('');
    expect(screen.getByLabelText('Initial password')).toHaveValue('');
  });
});
