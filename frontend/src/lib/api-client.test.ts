import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { csrfHandler, emptyResponse, jsonResponse, mockFetch, problemResponse } from '@/testing/mock-fetch';
import { ApiError, apiClient, onPasswordChangeRequired, onUnauthorized, readCookie } from './api-client';

describe('apiClient', () => {
  it('sends same-origin credentials and parses JSON with a schema', async () => {
    const server = mockFetch({ 'GET /api/things': () => jsonResponse(200, [{ id: 1 }]) });
    const result = await apiClient.get('/api/things', { schema: z.array(z.object({ id: z.number() })) });
    expect(result).toEqual([{ id: 1 }]);
    const [request] = server.calls('GET /api/things');
    expect(request.credentials).toBe('same-origin');
    expect(request.headers.get('X-XSRF-TOKEN')).toBeNull();
  });

  it('sends the XSRF-TOKEN cookie as X-XSRF-TOKEN on a POST, with a JSON body', async () => {
    document.cookie = 'XSRF-TOKEN=from-cookie; path=/';
    const server = mockFetch({ 'POST /api/things': () => jsonResponse(201, { ok: true }) });
    await apiClient.post('/api/things', { json: { a: 1 } });
    const [request] = server.calls('POST /api/things');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('from-cookie');
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(request.json()).toEqual({ a: 1 });
    expect(server.calls('GET /api/auth/csrf')).toHaveLength(0);
  });

  it('fetches /api/auth/csrf first when there is no cookie, and falls back to the token in its body', async () => {
    const server = mockFetch({
      // This server does not set the cookie: the token from the body must be used.
      'GET /api/auth/csrf': () => jsonResponse(200, { token: 'from-body', headerName: 'X-XSRF-TOKEN' }),
      'DELETE /api/things/1': () => emptyResponse(204),
    });
    await expect(apiClient.delete('/api/things/1')).resolves.toBeUndefined();
    expect(server.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/auth/csrf', 'DELETE /api/things/1']);
    expect(server.calls('DELETE /api/things/1')[0].headers.get('X-XSRF-TOKEN')).toBe('from-body');
  });

  it('prefers the cookie set by /api/auth/csrf', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler('cookie-token'),
      'POST /api/things': () => emptyResponse(204),
    });
    await apiClient.post('/api/things', { form: { a: 'b c' } });
    expect(readCookie('XSRF-TOKEN')).toBe('cookie-token');
    const [request] = server.calls('POST /api/things');
    expect(request.headers.get('X-XSRF-TOKEN')).toBe('cookie-token');
    expect(request.headers.get('Content-Type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request.body).toBe('a=b+c');
  });

  it('turns a problem+json answer into an ApiError with field errors', async () => {
    document.cookie = 'XSRF-TOKEN=t; path=/';
    mockFetch({
      'POST /api/things': () =>
        problemResponse(400, {
          title: 'Bad Request',
          detail: 'Validation failed',
          errors: [
            { field: 'name', message: 'must not be blank' },
            { field: 'countries[0]', message: 'must match' },
          ],
        }),
    });
    const error = await apiClient.post('/api/things', { json: {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Bad Request',
      detail: 'Validation failed',
      errors: [
        { field: 'name', message: 'must not be blank' },
        { field: 'countries[0]', message: 'must match' },
      ],
    });
  });

  it('turns a non-JSON error into an ApiError and a network failure into status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => new Response('<html>oops</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } })));
    await expect(apiClient.get('/api/x')).rejects.toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const error = await apiClient.get('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetworkError).toBe(true);
  });

  it('reports a 401 to the listeners, except for the /api/auth/me probe', async () => {
    mockFetch({
      'GET /api/campaigns': () => problemResponse(401, { title: 'Unauthorized' }),
      'GET /api/auth/me': () => problemResponse(401, { title: 'Unauthorized' }),
    });
    const listener = vi.fn();
    const unsubscribe = onUnauthorized(listener);
    await expect(apiClient.get('/api/auth/me')).rejects.toMatchObject({ status: 401 });
    expect(listener).not.toHaveBeenCalled();
    await expect(apiClient.get('/api/campaigns')).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledWith({ path: '/api/campaigns' });
    unsubscribe();
    await expect(apiClient.get('/api/campaigns')).rejects.toMatchObject({ status: 401 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('retries once with a fresh token when a POST is refused for a stale CSRF token', async () => {
    let csrfCalls = 0;
    const server = mockFetch({
      'GET /api/auth/csrf': () => {
        csrfCalls += 1;
        return jsonResponse(200, { token: `token-${csrfCalls}` });
      },
      'POST /api/things': (request) =>
        request.headers.get('X-XSRF-TOKEN') === 'token-2' ? jsonResponse(200, { ok: true }) : problemResponse(403, { title: 'Forbidden' }),
    });
    await expect(apiClient.post('/api/things', { json: {} })).resolves.toEqual({ ok: true });
    expect(server.calls('POST /api/things').map((r) => r.headers.get('X-XSRF-TOKEN'))).toEqual(['token-1', 'token-2']);
  });

  it('does not repeat a POST refused with 403 when the token is unchanged (a role not allowed)', async () => {
    const server = mockFetch({
      'GET /api/auth/csrf': csrfHandler('same'),
      'POST /api/campaigns': () => problemResponse(403, { title: 'Forbidden', detail: 'Access Denied' }),
    });
    document.cookie = 'XSRF-TOKEN=same; path=/';
    await expect(apiClient.post('/api/campaigns', { json: {} })).rejects.toMatchObject({ status: 403, detail: 'Access Denied' });
    expect(server.calls('POST /api/campaigns')).toHaveLength(1);
  });

  it('reports a 403 PASSWORD_CHANGE_REQUIRED to its listeners, with the code on the error', async () => {
    mockFetch({
      'GET /api/campaigns': () =>
        new Response(JSON.stringify({ status: 403, title: 'Forbidden', code: 'PASSWORD_CHANGE_REQUIRED' }), {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      'GET /api/other': () => problemResponse(403, { title: 'Forbidden' }),
    });
    const listener = vi.fn();
    const unsubscribe = onPasswordChangeRequired(listener);
    await expect(apiClient.get('/api/other')).rejects.toMatchObject({ status: 403, code: undefined });
    expect(listener).not.toHaveBeenCalled();
    await expect(apiClient.get('/api/campaigns')).rejects.toMatchObject({ status: 403, code: 'PASSWORD_CHANGE_REQUIRED' });
    expect(listener).toHaveBeenCalledWith({ path: '/api/campaigns' });
    unsubscribe();
  });
});
