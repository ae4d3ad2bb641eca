import type { z } from 'zod';
import { env } from '@/config/env';

/**
 * The one HTTP client of the UI. Every feature talks to the backend through it.
 *
 * - same-origin session cookie (credentials: 'same-origin'), JSON in and out;
 * - CSRF: for every method other than GET/HEAD/OPTIONS it sends the value of the
 *   XSRF-TOKEN cookie as the X-XSRF-TOKEN header, fetching /api/auth/csrf first
 *   when there is no cookie (and falling back to the token from that response);
 * - errors: RFC 9457 problem details become an {@link ApiError};
 * - a 401 (other than from the /api/auth/me probe or the login itself) is
 *   reported to the listeners registered with {@link onUnauthorized};
 * - a 403 with `code: "PASSWORD_CHANGE_REQUIRED"` (the account must change its
 *   password first) is reported to those registered with {@link onPasswordChangeRequired}.
 */

export const CSRF_COOKIE_NAME = 'XSRF-TOKEN';
export const CSRF_HEADER_NAME = 'X-XSRF-TOKEN';
export const CSRF_ENDPOINT = '/api/auth/csrf';
export const ME_ENDPOINT = '/api/auth/me';
export const LOGIN_ENDPOINT = '/api/auth/login';

/** Requests whose 401 is an answer, not a lost session. */
const UNAUTHORIZED_EXEMPT = new Set([ME_ENDPOINT, LOGIN_ENDPOINT]);
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** The `code` of the 403 answered to an account that must change its password before anything else. */
export const PASSWORD_CHANGE_REQUIRED = 'PASSWORD_CHANGE_REQUIRED';

export type FieldError = { field: string; message: string };

export class ApiError extends Error {
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly type: string | undefined;
  readonly instance: string | undefined;
  readonly errors: FieldError[];
  /** A machine-readable reason some answers carry, e.g. PASSWORD_CHANGE_REQUIRED. */
  readonly code: string | undefined;

  constructor(init: {
    status: number;
    title: string;
    detail?: string;
    type?: string;
    instance?: string;
    errors?: FieldError[];
    code?: string;
  }) {
    super(init.detail ? `${init.status} ${init.title}: ${init.detail}` : `${init.status} ${init.title}`);
    this.name = 'ApiError';
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.type = init.type;
    this.instance = init.instance;
    this.errors = init.errors ?? [];
    this.code = init.code;
  }

  /** True when the request never got an HTTP answer (network down, server unreachable). */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

// ---------------------------------------------------------------------------
// 401 notification

type UnauthorizedListener = (info: { path: string }) => void;
const unauthorizedListeners = new Set<UnauthorizedListener>();

/** Registers a listener called when a request answers 401; returns the unsubscribe function. */
export function onUnauthorized(listener: UnauthorizedListener): () => void {
  unauthorizedListeners.add(listener);
  return () => {
    unauthorizedListeners.delete(listener);
  };
}

function notifyUnauthorized(path: string) {
  for (const listener of [...unauthorizedListeners]) {
    try {
      listener({ path });
    } catch (error) {
      console.error('Unauthorized listener failed', error);
    }
  }
}

// ---------------------------------------------------------------------------
// Password change required (403 with code PASSWORD_CHANGE_REQUIRED)

type PasswordChangeListener = (info: { path: string }) => void;
const passwordChangeListeners = new Set<PasswordChangeListener>();

/** Registers a listener called when a request is refused because the password must be changed first. */
export function onPasswordChangeRequired(listener: PasswordChangeListener): () => void {
  passwordChangeListeners.add(listener);
  return () => {
    passwordChangeListeners.delete(listener);
  };
}

function notifyPasswordChangeRequired(path: string) {
  for (const listener of [...passwordChangeListeners]) {
    try {
      listener({ path });
    } catch (error) {
      console.error('Password-change listener failed', error);
    }
  }
}

/** Tells the listeners about a 401 (session ended) or a 403 PASSWORD_CHANGE_REQUIRED. */
function reportFailure(path: string, error: ApiError) {
  if (error.status === 401 && !UNAUTHORIZED_EXEMPT.has(path)) notifyUnauthorized(path);
  if (error.status === 403 && error.code === PASSWORD_CHANGE_REQUIRED) notifyPasswordChangeRequired(path);
}

// ---------------------------------------------------------------------------
// CSRF

/** Token from the last /api/auth/csrf answer, used only when the cookie cannot be read. */
let csrfTokenFallback: string | undefined;

export function readCookie(name: string): string | undefined {
  if (typeof document === 'undefined' || !document.cookie) return undefined;
  for (const part of document.cookie.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    const key = part.slice(0, separator).trim();
    if (key === name) {
      const raw = part.slice(separator + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return undefined;
}

function currentCsrfToken(): string | undefined {
  const fromCookie = readCookie(CSRF_COOKIE_NAME);
  return fromCookie ? fromCookie : csrfTokenFallback;
}

/**
 * Asks the backend for a (new) CSRF token; the answer also sets the XSRF-TOKEN cookie.
 * Call before login and after login/logout, since the token rotates at login.
 */
export async function refreshCsrfToken(): Promise<string | undefined> {
  const response = await rawFetch(buildUrl(CSRF_ENDPOINT), { method: 'GET', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw await toApiError(response);
  }
  let token: string | undefined;
  try {
    const body = (await response.json()) as { token?: unknown };
    token = typeof body.token === 'string' && body.token !== '' ? body.token : undefined;
  } catch {
    token = undefined;
  }
  csrfTokenFallback = token;
  return currentCsrfToken();
}

async function ensureCsrfToken(): Promise<string | undefined> {
  return currentCsrfToken() ?? (await refreshCsrfToken());
}

/** For tests: forget any token taken from a /api/auth/csrf answer. */
export function resetCsrfTokenForTests() {
  csrfTokenFallback = undefined;
}

// ---------------------------------------------------------------------------
// Requests

export type RequestOptions<S extends z.ZodType | undefined = undefined> = {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded (used by the login form). */
  form?: Record<string, string>;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** When given, the JSON answer is checked against it and the parsed value returned. */
  schema?: S;
};

type Result<S> = S extends z.ZodType ? z.output<S> : unknown;

function buildUrl(path: string, query?: RequestOptions['query']): string {
  const url = `${env.apiBaseUrl}${path}`;
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.append(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${url}${url.includes('?') ? '&' : '?'}${qs}` : url;
}

async function rawFetch(url: string, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, { ...init, credentials: 'same-origin' });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError({
      status: 0,
      title: 'Network error',
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

function isProblemJson(contentType: string | null): boolean {
  return !!contentType && /^application\/problem\+json\b/i.test(contentType);
}

function isJson(contentType: string | null): boolean {
  return !!contentType && /^application\/([\w.+-]+\+)?json\b/i.test(contentType);
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  const result: FieldError[] = [];
  for (const item of value) {
    if (item && typeof item === 'object') {
      const { field, message } = item as { field?: unknown; message?: unknown };
      if (typeof message === 'string') {
        result.push({ field: typeof field === 'string' ? field : '', message });
      }
    }
  }
  return result;
}

/** Turns a failed response into an ApiError, reading RFC 9457 problem details when present. */
export async function toApiError(response: Response): Promise<ApiError> {
  const contentType = response.headers.get('content-type');
  const fallbackTitle = response.statusText || `HTTP ${response.status}`;
  if (isProblemJson(contentType) || isJson(contentType)) {
    try {
      const body = (await response.json()) as Record<string, unknown>;
      if (body && typeof body === 'object') {
        return new ApiError({
          status: typeof body.status === 'number' ? body.status : response.status,
          title: typeof body.title === 'string' ? body.title : fallbackTitle,
          detail: typeof body.detail === 'string' ? body.detail : undefined,
          type: typeof body.type === 'string' ? body.type : undefined,
          instance: typeof body.instance === 'string' ? body.instance : undefined,
          errors: parseFieldErrors(body.errors),
          code: typeof body.code === 'string' ? body.code : undefined,
        });
      }
    } catch {
      // not JSON after all: fall through
    }
  }
  return new ApiError({ status: response.status, title: fallbackTitle });
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  if (isJson(response.headers.get('content-type'))) {
    return JSON.parse(text) as unknown;
  }
  return text;
}

export async function request<S extends z.ZodType | undefined = undefined>(
  path: string,
  options: RequestOptions<S> = {},
): Promise<Result<S>> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json, application/problem+json', ...options.headers };
  let body: BodyInit | undefined;
  if (options.form !== undefined) {
    body = new URLSearchParams(options.form);
    headers['Content-Type'] = 'application/x-www-form-urlencoded;charset=UTF-8';
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['Content-Type'] = 'application/json';
  }

  const url = buildUrl(path, options.query);
  const mutating = !SAFE_METHODS.has(method);

  const send = async (csrfToken: string | undefined) => {
    const finalHeaders = { ...headers };
    if (mutating && csrfToken) finalHeaders[CSRF_HEADER_NAME] = csrfToken;
    return rawFetch(url, { method, headers: finalHeaders, body, signal: options.signal });
  };

  let sentToken = mutating ? await ensureCsrfToken() : undefined;
  let response = await send(sentToken);

  // A stale or missing CSRF token answers 403: get a fresh one and try once more.
  if (mutating && response.status === 403) {
    const freshToken = await refreshCsrfToken().catch(() => undefined);
    if (freshToken && freshToken !== sentToken) {
      sentToken = freshToken;
      response = await send(sentToken);
    }
  }

  if (!response.ok) {
    const error = await toApiError(response);
    reportFailure(path, error);
    throw error;
  }

  const data = await readBody(response);
  if (options.schema) {
    return options.schema.parse(data) as Result<S>;
  }
  return data as Result<S>;
}

export type UploadProgress = { loaded: number; total: number };

export type UploadOptions<S extends z.ZodType | undefined = undefined> = {
  /** Called as the browser sends the body (XMLHttpRequest upload events; fetch has none). */
  onUploadProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
  schema?: S;
};

/**
 * POSTs a multipart form with XMLHttpRequest, so that the caller can show upload progress. Same rules as
 * {@link request}: session cookie, CSRF header (with one retry on a stale token), problem details as
 * {@link ApiError}, 401 reported to the listeners.
 */
export async function upload<S extends z.ZodType | undefined = undefined>(
  path: string,
  form: FormData,
  options: UploadOptions<S> = {},
): Promise<Result<S>> {
  const url = buildUrl(path);
  const send = (csrfToken: string | undefined) =>
    new Promise<Response>((resolve, reject) => {
      const xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.withCredentials = true;
      xhr.setRequestHeader('Accept', 'application/json, application/problem+json');
      if (csrfToken) xhr.setRequestHeader(CSRF_HEADER_NAME, csrfToken);
      xhr.upload.onprogress = (event) => {
        if (event.lengthComputable) options.onUploadProgress?.({ loaded: event.loaded, total: event.total });
      };
      xhr.onload = () => {
        const headers = new Headers();
        const contentType = xhr.getResponseHeader('content-type');
        if (contentType) headers.set('content-type', contentType);
        const status = xhr.status;
        const body = status === 204 || status === 205 ? null : xhr.responseText;
        resolve(new Response(body, { status, statusText: xhr.statusText, headers }));
      };
      xhr.onerror = () => reject(new ApiError({ status: 0, title: 'Network error', detail: 'The upload failed' }));
      xhr.onabort = () => reject(new DOMException('Aborted', 'AbortError'));
      options.signal?.addEventListener('abort', () => xhr.abort());
      xhr.send(form);
    });

  let sentToken = await ensureCsrfToken();
  let response = await send(sentToken);
  if (response.status === 403) {
    const freshToken = await refreshCsrfToken().catch(() => undefined);
    if (freshToken && freshToken !== sentToken) {
      sentToken = freshToken;
      response = await send(sentToken);
    }
  }
  if (!response.ok) {
    const error = await toApiError(response);
    reportFailure(path, error);
    throw error;
  }
  const data = await readBody(response);
  return (options.schema ? options.schema.parse(data) : data) as Result<S>;
}

export const apiClient = {
  request,
  upload,
  get: <S extends z.ZodType | undefined = undefined>(path: string, options: Omit<RequestOptions<S>, 'method' | 'json' | 'form'> = {}) =>
    request(path, { ...options, method: 'GET' }),
  post: <S extends z.ZodType | undefined = undefined>(path: string, options: Omit<RequestOptions<S>, 'method'> = {}) =>
    request(path, { ...options, method: 'POST' }),
  put: <S extends z.ZodType | undefined = undefined>(path: string, options: Omit<RequestOptions<S>, 'method'> = {}) =>
    request(path, { ...options, method: 'PUT' }),
  delete: <S extends z.ZodType | undefined = undefined>(path: string, options: Omit<RequestOptions<S>, 'method'> = {}) =>
    request(path, { ...options, method: 'DELETE' }),
};
