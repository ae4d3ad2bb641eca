import { vi } from 'vitest';

export type RecordedRequest = {
  method: string;
  url: URL;
  path: string;
  headers: Headers;
  body: string | undefined;
  credentials: RequestCredentials | undefined;
  json(): unknown;
};

type Handler = (request: RecordedRequest) => Response | Promise<Response>;

export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

export function problemResponse(
  status: number,
  problem: { title: string; detail?: string; type?: string; code?: string; errors?: { field: string; message: string }[] },
): Response {
  return new Response(JSON.stringify({ type: 'about:blank', status, ...problem }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

export function emptyResponse(status = 204): Response {
  return new Response(null, { status });
}

/** The stock answer of GET /api/auth/csrf, which also sets the XSRF-TOKEN cookie (as the backend does). */
export function csrfHandler(token = 'csrf-token-1'): Handler {
  return () => {
    document.cookie = `XSRF-TOKEN=${token}; path=/`;
    return jsonResponse(200, { token, headerName: 'X-XSRF-TOKEN' });
  };
}

/**
 * Replaces global fetch with a router over "METHOD /path" keys. A request that no
 * handler matches fails the test loudly (it is answered 501 and listed in `unhandled`).
 */
export function mockFetch(handlers: Record<string, Handler>) {
  const requests: RecordedRequest[] = [];
  const unhandled: string[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url, window.location.href);
    const method = (init.method ?? 'GET').toUpperCase();
    const body = typeof init.body === 'string' ? init.body : init.body instanceof URLSearchParams ? init.body.toString() : undefined;
    const request: RecordedRequest = {
      method,
      url,
      path: url.pathname,
      headers: new Headers(init.headers),
      body,
      credentials: init.credentials,
      json: () => (body === undefined ? undefined : JSON.parse(body)),
    };
    requests.push(request);
    const handler = handlers[`${method} ${url.pathname}`];
    if (!handler) {
      unhandled.push(`${method} ${url.pathname}`);
      return problemResponse(501, { title: 'Not Implemented', detail: `No mock for ${method} ${url.pathname}` });
    }
    return handler(request);
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    requests,
    unhandled,
    /** Requests sent to `METHOD /path`, in order. */
    calls: (key: string) => requests.filter((r) => `${r.method} ${r.path}` === key),
  };
}
