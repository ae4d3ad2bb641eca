import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import type { Reform } from '../../api/schemas';
import { RecordPage } from '../record-page';

const REFORM_ID = 'ref-1';

function reform(date: string, comment: string | null, version: number): Reform {
  return {
    id: REFORM_ID,
    campaignId: 'camp-1',
    country: 'KOR',
    instrument: 'Refugee Act',
    kind: 'LAW',
    summary: 'A refugee act separate from the immigration law',
    citation: null,
    description: null,
    direction: 'PROGRESSIVE',
    stage: 'ADOPTED',
    stageDate: date,
    stages: [
      { stage: 'PROPOSED', date: '2009', datePrecision: 'YEAR', planned: false, comment: null, recordedAt: '2026-11-27T09:00:00Z', recordedBy: 'admin', version: 1 },
      { stage: 'ADOPTED', date, datePrecision: 'MONTH', planned: false, comment, recordedAt: '2026-11-27T09:00:00Z', recordedBy: 'admin', version: 2 },
    ],
    retracted: false,
    retractionReason: null,
    recordedAt: '2026-11-27T09:00:00Z',
    recordedBy: 'admin',
    changedAt: '2026-11-27T09:00:00Z',
    changedBy: 'admin',
    version,
  } as Reform;
}

describe('correcting a recorded reform stage', () => {
  it('pre-fills the chosen stage, requires a reason, and sends the correction of that stage with If-Match', async () => {
    document.cookie = 'XSRF-TOKEN=tok; path=/';
    let current = reform('2011-12', 'passed by the National Assembly', 2);
    const server = mockFetch({
      [`GET /api/reforms/${REFORM_ID}`]: () => jsonResponse(200, { record: current, history: [] }),
      [`PUT /api/reforms/${REFORM_ID}/stages/2`]: () => {
        current = reform('2011-11', 'passed by the National Assembly', 3);
        return jsonResponse(200, current);
      },
    });
    renderWithProviders(<RecordPage kind="reforms" id={REFORM_ID} canWrite={true} />);
    const user = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Correct a recorded stage' });

    await user.selectOptions(within(form).getByLabelText(/^Stage to correct/), '2');
    const date = within(form).getByLabelText(/^Date of the stage/) as HTMLInputElement;
    expect(date.value).toBe('2011-12');
    await user.clear(date);
    await user.type(date, '2011-11');

    await user.click(within(form).getByRole('button', { name: 'Save correction' }));
    expect(await within(form).findByText('Say why you make this change.')).toBeInTheDocument();
    expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(0);

    await user.type(within(form).getByLabelText(/^Reason for the change/), 'The act passed in November');
    await user.click(within(form).getByRole('button', { name: 'Save correction' }));

    await waitFor(() => expect(server.requests.filter((r) => r.method === 'PUT')).toHaveLength(1));
    const put = server.requests.find((r) => r.method === 'PUT')!;
    expect(put.path).toBe(`/api/reforms/${REFORM_ID}/stages/2`);
    expect(put.headers.get('If-Match')).toBe('"2"');
    expect(put.json()).toEqual({ date: '2011-11', comment: 'passed by the National Assembly', reason: 'The act passed in November' });
  });
});
