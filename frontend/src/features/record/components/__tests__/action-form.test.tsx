import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { ActionForm } from '../action-form';
import { action, campaign } from './fixtures';

async function fillAction(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText(/^Country/), 'jpn');
  await user.type(screen.getByLabelText(/^Issue/), 'Syrian asylum-seekers in Japan');
  await user.type(screen.getByLabelText(/^Actor organisation/), 'Japan Association for Refugees');
  await user.selectOptions(screen.getByLabelText(/^Action type/), 'SUBMISSION_TO_UN_BODY');
  await user.selectOptions(screen.getByLabelText(/^Framing 1/), 'HUMANITARIAN_PROTECTION');
  await user.selectOptions(screen.getByLabelText('Avenue of humanitarian protection (framing 1)'), 'SUBSTANTIVE_NON_REFOULEMENT');
  await user.click(screen.getByRole('button', { name: 'Add a framing' }));
  await user.selectOptions(screen.getByLabelText(/^Framing 2/), 'REFUGEE_CONVENTION');
  await user.type(screen.getByLabelText('Instrument 1'), 'CAT');
  await user.type(screen.getByLabelText('Article 1'), 'art. 3');
  await user.selectOptions(screen.getByLabelText(/^Target kind/), 'UN_BODY');
  await user.type(screen.getByLabelText(/^Target name/), 'Committee against Torture');
  await user.type(screen.getByLabelText('Date'), '2014-03');
  await user.type(screen.getByLabelText(/^Description/), 'Shadow report on non-refoulement');
  await user.type(screen.getByLabelText(/^Internal notes/), 'internal only');
  await user.type(screen.getByLabelText('Link 1'), 'https://example.org/report.pdf');
}

describe('ActionForm', () => {
  it('offers the avenue only for a humanitarian-protection framing, one per framing', async () => {
    mockFetch({});
    renderWithProviders(<ActionForm campaign={campaign} />);
    const user = userEvent.setup();
    expect(screen.queryByLabelText(/^Avenue/)).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Framing 1/), 'HUMANITARIAN_PROTECTION');
    expect(screen.getByLabelText('Avenue of humanitarian protection (framing 1)')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a framing' }));
    await user.selectOptions(screen.getByLabelText(/^Framing 2/), 'OTHER');
    expect(screen.queryByLabelText('Avenue of humanitarian protection (framing 2)')).not.toBeInTheDocument();
    expect(screen.getByLabelText(/^Name of the other framing \(framing 2\)/)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText(/^Framing 1/), 'REFUGEE_CONVENTION');
    expect(screen.queryByLabelText(/^Avenue/)).not.toBeInTheDocument();
    // The internal notes say so in their label.
    expect(screen.getByLabelText(/^Internal notes/)).toHaveAccessibleName(expect.stringContaining('never shown to partners'));
  });

  it('logs an action with two framings, sending an Idempotency-Key, and shows server field errors next to their fields', async () => {
    document.cookie = 'XSRF-TOKEN=tok; path=/';
    let attempt = 0;
    const server = mockFetch({
      'POST /api/actions': () => {
        attempt += 1;
        if (attempt === 1) {
          return problemResponse(400, {
            title: 'Bad Request',
            errors: [
              { field: 'framings[1].kind', message: 'not allowed here' },
              { field: 'framings[0].avenue', message: 'unknown avenue' },
              { field: 'target.name', message: 'size must be at most 300' },
              { field: 'legalBases[0].article', message: 'size must be at most 100' },
              { field: 'evidence[0]', message: 'must be an http or https URL' },
              { field: 'Idempotency-Key', message: 'is too long' },
            ],
          });
        }
        return jsonResponse(201, action, { Location: `/api/actions/${action.id}`, ETag: '"0"' });
      },
    });
    renderWithProviders(<ActionForm campaign={campaign} />);
    const user = userEvent.setup();
    await fillAction(user);
    await user.click(screen.getByRole('button', { name: 'Log action' }));

    const avenue = screen.getByLabelText('Avenue of humanitarian protection (framing 1)');
    await waitFor(() => expect(avenue).toHaveAttribute('aria-invalid', 'true'));
    expect(avenue).toHaveAccessibleDescription('unknown avenue');
    expect(screen.getByLabelText(/^Framing 2/)).toHaveAccessibleDescription('not allowed here');
    expect(screen.getByLabelText(/^Target name/)).toHaveAccessibleDescription('size must be at most 300');
    expect(screen.getByLabelText('Article 1')).toHaveAccessibleDescription('size must be at most 100');
    expect(screen.getByLabelText('Link 1')).toHaveAccessibleDescription('must be an http or https URL');
    expect(screen.getByLabelText(/^Framing 1/)).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('alert')).toHaveTextContent('Idempotency-Key: is too long');

    await user.click(screen.getByRole('button', { name: 'Log action' }));
    expect(await screen.findByText('The action was logged.')).toBeInTheDocument();

    const [first, second] = server.calls('POST /api/actions');
    const key = first.headers.get('Idempotency-Key');
    expect(key).toMatch(/^[\x21-\x7e]{1,200}$/);
    expect(second.headers.get('Idempotency-Key')).toBe(key);
    expect(second.headers.get('X-XSRF-TOKEN')).toBe('tok');
    expect(second.json()).toEqual({
      campaignId: campaign.id,
      country: 'JPN',
      issue: 'Syrian asylum-seekers in Japan',
      actor: 'Japan Association for Refugees',
      actionType: 'SUBMISSION_TO_UN_BODY',
      framings: [
        { kind: 'HUMANITARIAN_PROTECTION', avenue: 'SUBSTANTIVE_NON_REFOULEMENT', otherName: null },
        { kind: 'REFUGEE_CONVENTION', avenue: null, otherName: null },
      ],
      legalBases: [{ instrument: 'CAT', article: 'art. 3' }],
      target: { kind: 'UN_BODY', name: 'Committee against Torture' },
      date: '2014-03',
      description: 'Shadow report on non-refoulement',
      notes: 'internal only',
      evidence: ['https://example.org/report.pdf'],
    });
    // The form starts over for the next action.
    expect(screen.getByLabelText(/^Actor organisation/)).toHaveValue('');
    expect(screen.getByRole('link', { name: 'Open the record' })).toHaveAttribute('href', `/actions/${action.id}`);
  });

  it('checks the date and the links before sending anything', async () => {
    const server = mockFetch({});
    renderWithProviders(<ActionForm campaign={campaign} />);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Date'), 'March 2014');
    await user.type(screen.getByLabelText('Link 1'), 'javascript:alert(1)');
    await user.click(screen.getByRole('button', { name: 'Log action' }));
    expect(screen.getByLabelText('Date')).toHaveAccessibleDescription(expect.stringContaining('Enter a year (2004)'));
    expect(screen.getByLabelText('Link 1')).toHaveAccessibleDescription('Enter a full address starting with http:// or https://.');
    expect(screen.getByLabelText(/^Country/)).toHaveAttribute('aria-invalid', 'true');
    expect(server.requests).toHaveLength(0);
  });

  it('corrects an action with a reason and If-Match, and reports a 409 as a conflict', async () => {
    let conflicts = 0;
    const server = mockFetch({
      'GET /api/auth/csrf': () => jsonResponse(200, { token: 't' }),
      [`PUT /api/actions/${action.id}`]: () => problemResponse(409, { title: 'Conflict', detail: 'changed meanwhile' }),
    });
    renderWithProviders(<ActionForm action={action} onConflict={() => (conflicts += 1)} />);
    const user = userEvent.setup();
    expect(screen.getByLabelText(/^Actor organisation/)).toHaveValue('Japan Association for Refugees');
    expect(screen.getByLabelText('Avenue of humanitarian protection (framing 1)')).toHaveValue('SUBSTANTIVE_NON_REFOULEMENT');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    expect(screen.getByLabelText(/^Reason for the change/)).toHaveAttribute('aria-invalid', 'true');
    expect(server.requests).toHaveLength(0);

    await user.clear(screen.getByLabelText(/^Description/));
    await user.type(screen.getByLabelText(/^Description/), 'Shadow report to CAT');
    await user.type(screen.getByLabelText(/^Reason for the change/), 'Typo');
    await user.click(screen.getByRole('button', { name: 'Save correction' }));
    await waitFor(() => expect(conflicts).toBe(1));
    const [put] = server.calls(`PUT /api/actions/${action.id}`);
    expect(put.headers.get('If-Match')).toBe('"0"');
    expect(put.headers.get('Idempotency-Key')).toBeNull();
    expect(put.json()).toMatchObject({ description: 'Shadow report to CAT', reason: 'Typo' });
    expect(put.json()).not.toHaveProperty('campaignId');
    within(screen.getByRole('form')).getByRole('button', { name: 'Save correction' });
  });
});
