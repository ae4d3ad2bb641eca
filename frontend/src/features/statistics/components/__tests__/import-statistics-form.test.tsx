import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { csrfHandler, jsonResponse, mockFetch } from '@/testing/mock-fetch';
import { renderWithProviders } from '@/testing/test-utils';
import { ImportStatisticsForm } from '../import-statistics-form';

type Sent = { url: string; headers: Record<string, string>; body: FormData };

/** A stand-in for XMLHttpRequest: reports upload progress, then answers with the given status and body. */
function fakeXhr(status: number, body: unknown, contentType = 'application/json') {
  const sent: Sent[] = [];
  let finish: () => void = () => undefined;
  class FakeXhr {
    status = 0;
    statusText = '';
    responseText = '';
    withCredentials = false;
    upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    onabort: (() => void) | null = null;
    private url = '';
    private headers: Record<string, string> = {};
    open(_method: string, url: string) {
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name] = value;
    }
    getResponseHeader(name: string) {
      return name.toLowerCase() === 'content-type' ? contentType : null;
    }
    abort() {}
    send(form: FormData) {
      sent.push({ url: this.url, headers: this.headers, body: form });
      this.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      finish = () => {
        this.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
        this.status = status;
        this.responseText = JSON.stringify(body);
        this.onload?.();
      };
    }
  }
  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return { sent, finish: () => finish() };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('ImportStatisticsForm', () => {
  it('uploads the file with its source label and CSRF header, shows progress, then the summary with rejected rows', async () => {
    document.cookie = 'XSRF-TOKEN=tok; path=/';
    mockFetch({ 'GET /api/statistics/imports/progress/x': () => jsonResponse(404, {}) });
    const xhr = fakeXhr(200, {
      format: 'DECISIONS', rowsRead: 12, rowsImported: 9, rowsUnchanged: 0, rowsCorrected: 1, rowsRejected: 2,
      errors: [
        { line: 4, message: 'coo_iso "X1" is not a three-letter ISO code' },
        { line: 9, message: 'dec_recognized is not a whole number: "ten"' },
      ],
    });
    renderWithProviders(<ImportStatisticsForm />);
    const user = userEvent.setup();
    const file = new File(['year,coo_iso\n'], 'decisions.csv', { type: 'text/csv' });
    await user.upload(screen.getByLabelText('CSV file'), file);
    await user.type(screen.getByLabelText(/^Release/), 'UNHCR 2025.12.1');
    await user.click(screen.getByRole('button', { name: 'Import' }));

    expect(await screen.findByText('Uploading… 50 %')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '50');
    xhr.finish();

    expect(await screen.findByText('Import finished')).toBeInTheDocument();
    expect(screen.getByText('Rows read').nextElementSibling).toHaveTextContent('12');
    expect(screen.getByText('Corrected').nextElementSibling).toHaveTextContent('1');
    expect(screen.getByText('Rejected').nextElementSibling).toHaveTextContent('2');
    expect(screen.getByRole('table', { name: 'Rejected rows (first 2 of 2)' })).toHaveTextContent('dec_recognized is not a whole number');

    const [request] = xhr.sent;
    expect(request.url).toBe('/api/statistics/imports');
    expect(request.headers['X-XSRF-TOKEN']).toBe('tok');
    expect(request.body.get('source')).toBe('UNHCR 2025.12.1');
    expect((request.body.get('file') as File).name).toBe('decisions.csv');
    expect(request.body.get('progressId')).toMatch(/^[A-Za-z0-9-]{8,64}$/);
  });

  it('shows why a file was refused whole', async () => {
    mockFetch({ 'GET /api/auth/csrf': csrfHandler('tok') });
    const xhr = fakeXhr(
      400,
      { type: 'about:blank', status: 400, title: 'Bad Request', detail: 'Validation failed', errors: [{ field: 'file', message: "The header is not one of UNHCR's layouts." }] },
      'application/problem+json',
    );
    renderWithProviders(<ImportStatisticsForm />);
    const user = userEvent.setup();
    await user.upload(screen.getByLabelText('CSV file'), new File(['name,email\n'], 'people.csv', { type: 'text/csv' }));
    await user.click(screen.getByRole('button', { name: 'Import' }));
    await waitFor(() => expect(xhr.sent).toHaveLength(1));
    xhr.finish();
    expect(await screen.findByRole('alert')).toHaveTextContent("The header is not one of UNHCR's layouts.");
  });

  it('asks for a file before sending anything', async () => {
    const server = mockFetch({});
    renderWithProviders(<ImportStatisticsForm />);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import' }));
    expect(await screen.findByText('Choose a CSV file to import.')).toBeInTheDocument();
    expect(server.requests).toHaveLength(0);
  });
});
