import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithProviders } from '@/testing/test-utils';
import { RecordHistory } from '../record-history';

const history = [
  {
    version: 0,
    event: 'AdvocacyActionLogged',
    revision: 1,
    recordedAt: '2026-01-10T09:00:00Z',
    recordedBy: 'coord',
    reason: null,
    changes: [
      { field: 'actor', from: null, to: 'Japan Association for Refugees' },
      { field: 'date', from: null, to: '2014-03' },
      { field: 'framings', from: null, to: [{ kind: 'HUMANITARIAN_PROTECTION', avenue: 'PROCEDURAL_PROTECTION', otherName: null }] },
    ],
  },
  {
    version: 1,
    event: 'AdvocacyActionCorrected',
    revision: 1,
    recordedAt: '2026-01-11T10:30:00Z',
    recordedBy: 'admin',
    reason: 'The report came out a year earlier',
    changes: [
      { field: 'date', from: '2014-03', to: '2013' },
      { field: 'actionType', from: 'REPORT', to: 'SUBMISSION_TO_UN_BODY' },
    ],
  },
  { version: 2, event: 'AdvocacyActionRetracted', recordedAt: '2026-01-12T08:00:00Z', recordedBy: 'admin', reason: 'Duplicate', changes: [{ field: 'retracted', from: false, to: true }] },
];

describe('RecordHistory', () => {
  it('shows every event with who recorded it, when, why and what changed (from → to)', () => {
    renderWithProviders(<RecordHistory entries={history} />);
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);

    expect(within(items[0]).getByRole('heading', { name: 'Action logged' })).toBeInTheDocument();
    expect(items[0]).toHaveTextContent(/by coord/);
    const logged = within(items[0]).getByRole('table', { name: 'What changed' });
    expect(within(logged).getByRole('row', { name: /Actor organisation/ })).toHaveTextContent('Actor organisation—Japan Association for Refugees');
    expect(within(logged).getByRole('row', { name: /^Date/ })).toHaveTextContent('Date—March 2014');
    expect(within(logged).getByRole('row', { name: /Framings/ })).toHaveTextContent('Humanitarian protection · Procedural protection');

    expect(within(items[1]).getByRole('heading', { name: 'Action corrected' })).toBeInTheDocument();
    expect(items[1]).toHaveTextContent('Reason: The report came out a year earlier');
    expect(items[1]).toHaveTextContent(/by admin/);
    const corrected = within(items[1]).getByRole('table');
    expect(within(corrected).getByRole('row', { name: /^Date/ })).toHaveTextContent('DateMarch 20142013');
    expect(within(corrected).getByRole('row', { name: /Action type/ })).toHaveTextContent('Action typeReportSubmission to a UN body');

    expect(within(items[2]).getByRole('heading', { name: 'Action retracted' })).toBeInTheDocument();
    expect(within(items[2]).getByRole('row', { name: /Retracted/ })).toHaveTextContent('Retractednoyes');
  });

  it('speaks the reader’s language, month names included', () => {
    renderWithProviders(<RecordHistory entries={history.slice(1, 2)} />, { language: 'ja' });
    expect(screen.getByRole('heading', { name: '活動を訂正' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: /日付/ })).toHaveTextContent('日付2014年3月2013年');
  });
});
