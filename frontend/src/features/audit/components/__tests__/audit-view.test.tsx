import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { AuditView, defaultAuditFilters } from '../audit-view';

const entries = [
  { at: '2026-03-02T10:15:00Z', kind: 'LOGIN_FAILED', username: 'mallory', address: '203.0.113.9', detail: null, source: 'SECURITY', recordType: null, recordId: null },
  { at: '2026-03-02T11:00:00Z', kind: 'CampaignLaunched', username: 'coord', address: null, detail: '<b>not bold</b>', source: 'EVENT', recordType: 'Campaign', recordId: 'c-1' },
];

const initial = { from: '2026-03-01', to: '2026-03-07', user: '', kind: '' };

afterEach(() => vi.unstubAllGlobals());

describe('AuditView', () => {
  it('loads the period at once and shows the entries in a table, as text', async () => {
    const server = mockFetch({ 'GET /api/admin/audit': () => jsonResponse(200, entries) });
    renderWithProviders(<AuditView initialFilters={initial} />);
    expect(await screen.findByRole('rowheader', { name: 'LOGIN_FAILED' })).toBeInTheDocument();
    expect(screen.getByText('203.0.113.9')).toBeInTheDocument();
    expect(screen.getByText('<b>not bold</b>')).toBeInTheDocument();
    expect(screen.getByText('Security log')).toBeInTheDocument();
    expect(screen.getByText('c-1')).toBeInTheDocument();
    const [request] = server.calls('GET /api/admin/audit');
    expect(Object.fromEntries(request.url.searchParams)).toEqual({ from: '2026-03-01', to: '2026-03-07' });
  });

  it('sends the dates, user and kind of the filter when "Show" is pressed, leaving empty ones out', async () => {
    const server = mockFetch({ 'GET /api/admin/audit': () => jsonResponse(200, []) });
    renderWithProviders(<AuditView initialFilters={initial} />);
    expect(await screen.findByText('Nothing was recorded for this filter.')).toBeInTheDocument();

    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-02-01' } });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-28' } });
    await userEvent.type(screen.getByLabelText('User'), ' mallory ');
    await userEvent.type(screen.getByLabelText('Kind'), 'LOGIN_FAILED');
    // Nothing is asked before "Show".
    expect(server.calls('GET /api/admin/audit')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));

    await waitFor(() => expect(server.calls('GET /api/admin/audit')).toHaveLength(2));
    expect(Object.fromEntries(server.calls('GET /api/admin/audit')[1].url.searchParams)).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
      user: 'mallory',
      kind: 'LOGIN_FAILED',
    });

    await userEvent.clear(screen.getByLabelText('User'));
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '' } });
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    await waitFor(() => expect(server.calls('GET /api/admin/audit')).toHaveLength(3));
    expect(Object.fromEntries(server.calls('GET /api/admin/audit')[2].url.searchParams)).toEqual({ to: '2026-02-28', kind: 'LOGIN_FAILED' });
  });

  it('refuses a start date after the end date', async () => {
    const server = mockFetch({ 'GET /api/admin/audit': () => jsonResponse(200, []) });
    renderWithProviders(<AuditView initialFilters={initial} />);
    await screen.findByText('Nothing was recorded for this filter.');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2026-04-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Show' }));
    expect(await screen.findByText('The start date must not be after the end date.')).toBeInTheDocument();
    expect(server.calls('GET /api/admin/audit')).toHaveLength(1);
  });

  it('exports the applied filter as CSV, asking for text/csv, and hands it to the browser as a file', async () => {
    const server = mockFetch({
      'GET /api/admin/audit': (request) =>
        request.headers.get('Accept')?.startsWith('text/csv')
          ? new Response('at,kind\n2026-03-02T10:15:00Z,LOGIN_FAILED\n', { status: 200, headers: { 'Content-Type': 'text/csv' } })
          : jsonResponse(200, entries),
    });
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:audit');
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicked: HTMLAnchorElement[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    renderWithProviders(<AuditView initialFilters={{ ...initial, user: 'mallory' }} />);
    await screen.findByRole('rowheader', { name: 'LOGIN_FAILED' });
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(clicked).toHaveLength(1));
    const csvRequest = server.calls('GET /api/admin/audit').find((r) => r.headers.get('Accept')?.startsWith('text/csv'));
    expect(csvRequest).toBeDefined();
    expect(Object.fromEntries(csvRequest!.url.searchParams)).toEqual({ from: '2026-03-01', to: '2026-03-07', user: 'mallory' });
    expect(clicked[0].download).toBe('audit-2026-03-01-2026-03-07.csv');
    expect(clicked[0].href).toBe('blob:audit');
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('text/csv;charset=utf-8');
    const text = await new Promise<string>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.readAsText(blob);
    });
    expect(text).toContain('LOGIN_FAILED');
    click.mockRestore();
  });

  it('says so when the server refuses', async () => {
    mockFetch({ 'GET /api/admin/audit': () => problemResponse(403, { title: 'Forbidden' }) });
    renderWithProviders(<AuditView initialFilters={initial} />);
    expect(await screen.findByText('Your role does not allow this action.')).toBeInTheDocument();
  });

  it('starts with the last seven days', () => {
    expect(defaultAuditFilters(new Date(2026, 2, 10, 12))).toEqual({ from: '2026-03-04', to: '2026-03-10', user: '', kind: '' });
  });
});
