import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { Claim, Substantiation } from '../../api/schemas';
import { RecordPage } from '../record-page';

const CLAIM_ID = 'c1a1m000-0000-4000-8000-000000000001';

function substantiation(overrides: Partial<Substantiation> = {}): Substantiation {
  return {
    id: 's-1',
    substantiatorName: 'Prof. Independent',
    substantiatorRole: 'Law professor',
    independence: 'INDEPENDENT',
    outcomeAgreement: 'FULLY',
    significanceAgreement: 'FULLY',
    contributionAgreement: 'PARTLY',
    comments: 'Cited in the committee report',
    recordedAt: '2026-11-27T10:00:00Z',
    recordedBy: 'evaluator',
    ...overrides,
  };
}

function claim(substantiations: Substantiation[] = []): Claim {
  return {
    id: CLAIM_ID,
    campaignId: 'camp-1',
    actionIds: ['act-1'],
    targetType: 'REFORM',
    targetId: 'ref-1',
    strength: 'SIGNIFICANT',
    explanation: 'The arguments reappear in the act',
    evidence: null,
    evidenceLinks: [],
    claimedOn: '2026-11-27',
    retracted: false,
    retractionReason: null,
    recordedAt: '2026-11-27T09:00:00Z',
    recordedBy: 'admin',
    changedAt: '2026-11-27T09:00:00Z',
    changedBy: 'admin',
    version: substantiations.length,
    substantiations,
  };
}

function serve(current: Claim, handlers: Record<string, Parameters<typeof mockFetch>[0][string]> = {}) {
  return mockFetch({
    [`GET /api/contributions/${CLAIM_ID}`]: () => jsonResponse(200, { record: current, history: [] }),
    'GET /api/actions/act-1': () => jsonResponse(404, {}),
    ...handlers,
  });
}

describe('claim substantiation', () => {
  it('shows an unsubstantiated claim, and no form to those who may not substantiate', async () => {
    serve(claim());
    renderWithProviders(<RecordPage kind="contributions" id={CLAIM_ID} canWrite={true} canSubstantiate={false} />);
    expect(await screen.findByTestId('claim-status')).toHaveTextContent('Not yet substantiated');
    expect(screen.getByText('No substantiation recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Substantiate or dispute' })).not.toBeInTheDocument();
  });

  it('lists every substantiation and shows the claim both substantiated and disputed', async () => {
    serve(
      claim([
        substantiation(),
        substantiation({ id: 's-2', substantiatorName: null, substantiatorRole: 'Ministry official', independence: 'CAMPAIGN_MEMBER', contributionAgreement: 'NOT', comments: null, recordedBy: 'admin' }),
      ]),
    );
    renderWithProviders(<RecordPage kind="contributions" id={CLAIM_ID} canWrite={false} />);
    const status = await screen.findByTestId('claim-status');
    expect(status).toHaveTextContent('Substantiated');
    expect(status).toHaveTextContent('Disputed');
    const table = screen.getByRole('table', { name: 'Substantiations of this claim' });
    const rows = within(table).getAllByRole('row');
    expect(rows).toHaveLength(3);
    const first = rows[1].textContent ?? '';
    for (const part of ['Prof. Independent', 'Law professor', 'Independent', 'Fully', 'Partly', 'Cited in the committee report', 'evaluator']) {
      expect(first).toContain(part);
    }
    expect(rows[2]).toHaveTextContent('name erased');
    expect(rows[2]).toHaveTextContent('Campaign member');
    expect(rows[2]).toHaveTextContent('Not');
  });

  it('shows only "substantiated" when every contribution agreement is fully or partly', async () => {
    serve(claim([substantiation({ contributionAgreement: 'FULLY' })]));
    renderWithProviders(<RecordPage kind="contributions" id={CLAIM_ID} canWrite={false} />);
    const status = await screen.findByTestId('claim-status');
    expect(status).toHaveTextContent('Substantiated');
    expect(status).not.toHaveTextContent('Disputed');
  });

  it('checks the fields, sends the substantiation with the CSRF header, shows server field errors, then the new list', async () => {
    document.cookie = 'XSRF-TOKEN=tok; path=/';
    let current = claim();
    let attempt = 0;
    const server = serve(current, {
      [`POST /api/contributions/${CLAIM_ID}/substantiations`]: () => {
        attempt += 1;
        if (attempt === 1) {
          return problemResponse(400, { title: 'Bad Request', errors: [{ field: 'substantiatorRole', message: 'size must be at most 300' }] });
        }
        current = claim([substantiation({ contributionAgreement: 'NOT', comments: 'No trace in the records' })]);
        return jsonResponse(201, current);
      },
      [`GET /api/contributions/${CLAIM_ID}`]: () => jsonResponse(200, { record: current, history: [] }),
    });
    renderWithProviders(<RecordPage kind="contributions" id={CLAIM_ID} canWrite={false} canSubstantiate={true} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Substantiate or dispute' });

    // every field is required but the comments
    await user.click(within(form).getByRole('button', { name: 'Record substantiation' }));
    for (const label of [/^Substantiator \(/, /^Substantiator’s role/, /^Independence/, /^Agrees with the outcome/, /^Agrees with its significance/, /^Agrees with the contribution/]) {
      expect(within(form).getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
    }
    expect(within(form).getByLabelText('Comments')).not.toHaveAttribute('aria-invalid');
    expect(server.calls(`POST /api/contributions/${CLAIM_ID}/substantiations`)).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Substantiator \(/), '  Prof. Independent ');
    await user.type(within(form).getByLabelText(/^Substantiator’s role/), 'Law professor');
    await user.selectOptions(within(form).getByLabelText(/^Independence/), 'INDEPENDENT');
    await user.selectOptions(within(form).getByLabelText(/^Agrees with the outcome/), 'FULLY');
    await user.selectOptions(within(form).getByLabelText(/^Agrees with its significance/), 'PARTLY');
    await user.selectOptions(within(form).getByLabelText(/^Agrees with the contribution/), 'NOT');
    await user.type(within(form).getByLabelText('Comments'), 'No trace in the records');
    await user.click(within(form).getByRole('button', { name: 'Record substantiation' }));

    await waitFor(() => expect(within(form).getByLabelText(/^Substantiator’s role/)).toHaveAccessibleDescription(/size must be at most 300/));
    const [sent] = server.calls(`POST /api/contributions/${CLAIM_ID}/substantiations`);
    expect(sent.json()).toEqual({
      substantiatorName: 'Prof. Independent',
      substantiatorRole: 'Law professor',
      independence: 'INDEPENDENT',
      outcomeAgreement: 'FULLY',
      significanceAgreement: 'PARTLY',
      contributionAgreement: 'NOT',
      comments: 'No trace in the records',
    });
    expect(sent.headers.get('X-XSRF-TOKEN')).toBe('tok');

    await user.click(within(form).getByRole('button', { name: 'Record substantiation' }));
    expect(await within(form).findByText('The substantiation was recorded.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('claim-status')).toHaveTextContent('Disputed'));
    expect(screen.getByRole('table', { name: 'Substantiations of this claim' })).toHaveTextContent('No trace in the records');
    expect(within(form).getByLabelText(/^Substantiator \(/)).toHaveValue('');
  });

  it('offers no form on a retracted claim', async () => {
    serve({ ...claim(), retracted: true, retractionReason: 'wrong' });
    renderWithProviders(<RecordPage kind="contributions" id={CLAIM_ID} canWrite={false} canSubstantiate={true} />);
    await screen.findByTestId('claim-status');
    expect(screen.queryByRole('form', { name: 'Substantiate or dispute' })).not.toBeInTheDocument();
  });
});
