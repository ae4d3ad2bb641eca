import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { csrfHandler, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { LaunchCampaignForm, parseCountryCodes, parseIssues, toFormField } from '../launch-campaign-form';

const created = {
  id: '6f1d1c1e-0000-4000-8000-000000000001',
  name: 'Abolish the death penalty in Japan',
  countries: ['JPN', 'KOR', 'TWN'],
  issues: ['Death penalty', 'Fair trial'],
  goal: 'A moratorium by 2028',
  launchedAt: '2026-11-27T09:00:00Z',
  launchedBy: 'coord',
  version: 0,
};

async function fillValidForm() {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Campaign name/), '  Abolish the death penalty in Japan ');
  await user.click(screen.getByRole('checkbox', { name: /Japan/ }));
  await user.click(screen.getByRole('checkbox', { name: /Korea/ }));
  await user.type(screen.getByLabelText('Other countries'), 'twn');
  await user.type(screen.getByLabelText('Issues'), 'Death penalty{enter}Fair trial{enter}');
  await user.type(screen.getByLabelText('Goal'), 'A moratorium by 2028');
  return user;
}

describe('LaunchCampaignForm', () => {
  it('posts the campaign as JSON with the CSRF header and reports success', async () => {
    document.cookie = 'XSRF-TOKEN=abc123; path=/';
    const server = mockFetch({ 'POST /api/campaigns': () => jsonResponse(201, created, { Location: `/api/campaigns/${created.id}` }) });
    const onLaunched = vi.fn();
    renderWithProviders(<LaunchCampaignForm onLaunched={onLaunched} />);

    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: 'Launch campaign' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Campaign “Abolish the death penalty in Japan” launched.');
    const [request] = server.calls('POST /api/campaigns');
    expect(request.json()).toEqual({
      name: 'Abolish the death penalty in Japan',
      countries: ['JPN', 'KOR', 'TWN'],
      issues: ['Death penalty', 'Fair trial'],
      goal: 'A moratorium by 2028',
    });
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('abc123');
    expect(onLaunched).toHaveBeenCalledWith(created);
    expect(screen.getByLabelText(/Campaign name/)).toHaveValue('');
  });

  it('shows the field errors of a 400 problem next to their fields', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler('tok'),
      'POST /api/campaigns': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: 'Validation failed',
          errors: [
            { field: 'name', message: 'a campaign with this name already exists' },
            { field: 'countries[0]', message: 'unknown country code' },
            { field: 'issues[1]', message: 'size must be between 1 and 200' },
            { field: 'organisation', message: 'is required' },
          ],
        }),
    });
    renderWithProviders(<LaunchCampaignForm />);
    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: 'Launch campaign' }));

    const name = screen.getByLabelText(/Campaign name/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('a campaign with this name already exists');
    expect(name).toHaveFocus();
    expect(screen.getByRole('group', { name: 'Countries' })).toHaveTextContent('unknown country code');
    expect(screen.getByLabelText('Other countries')).toHaveAccessibleDescription(expect.stringContaining('unknown country code'));
    expect(screen.getByLabelText('Issues')).toHaveAccessibleDescription(expect.stringContaining('size must be between 1 and 200'));
    expect(screen.getByLabelText('Goal')).not.toHaveAttribute('aria-invalid');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('The campaign was not launched.');
    expect(alert).toHaveTextContent('organisation: is required');
    // The input was kept for correction.
    expect(name).toHaveValue('  Abolish the death penalty in Japan ');
    expect(server.calls('POST /api/campaigns')[0].headers.get('X-XSRF-TOKEN')).toBe('tok');
  });

  it('checks the name and country codes before sending anything', async () => {
    const server = mockFetch({});
    renderWithProviders(<LaunchCampaignForm />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Other countries'), 'JP, KOR');
    await user.click(screen.getByRole('button', { name: 'Launch campaign' }));

    expect(await screen.findByText('Enter a name for the campaign.')).toBeInTheDocument();
    expect(screen.getByText('Use three-letter ISO 3166-1 alpha-3 country codes, such as JPN.')).toBeInTheDocument();
    expect(screen.getByLabelText(/Campaign name/)).toHaveFocus();
    expect(server.requests).toHaveLength(0);
  });

  it('shows a message when the role may not launch campaigns', async () => {
    document.cookie = 'XSRF-TOKEN=abc; path=/';
    mockFetch({
      'GET /api/auth/csrf': csrfHandler('abc'),
      'POST /api/campaigns': () => problemResponse(403, { title: 'Forbidden', detail: 'Access Denied' }),
    });
    renderWithProviders(<LaunchCampaignForm />);
    const user = await fillValidForm();
    await user.click(screen.getByRole('button', { name: 'Launch campaign' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Your role does not allow this action.');
  });
});

describe('form helpers', () => {
  it('map server field paths to form fields', () => {
    expect(toFormField('countries[0]')).toBe('countries');
    expect(toFormField('issues[12]')).toBe('issues');
    expect(toFormField('name')).toBe('name');
    expect(toFormField('goal')).toBe('goal');
    expect(toFormField('organisation.id')).toBeUndefined();
  });

  it('parse country codes and issues', () => {
    expect(parseCountryCodes(' jpn,KOR  twn;mng ')).toEqual(['JPN', 'KOR', 'TWN', 'MNG']);
    expect(parseIssues('Freedom of expression, assembly\nDeath penalty\n\n')).toEqual(['Freedom of expression, assembly', 'Death penalty']);
    expect(parseIssues('Labour rights, Housing')).toEqual(['Labour rights', 'Housing']);
  });
});
