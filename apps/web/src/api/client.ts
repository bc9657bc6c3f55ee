import { i18n } from '../i18n';
import { getStoredOrganizationId } from '../lib/storage';
import { networkError, toApiError } from './problem';

type QueryValue = string | number | boolean | null | undefined;
export type Query = Record<string, QueryValue>;

type RequestOptions = {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Query;
  /** JSON body. */
  body?: unknown;
  /** Multipart body (file uploads); the browser sets the boundary. */
  formData?: FormData;
};

export const buildUrl = (path: string, query?: Query): string => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
};

const headersFor = (path: string, hasJsonBody: boolean): Headers => {
  const headers = new Headers({ Accept: 'application/json, application/problem+json' });
  // The server localises problem messages from this header…
  headers.set('Accept-Language', i18n.language || 'nl');
  // …and remembers the language chosen in the app for the mails it sends later (reminders).
  headers.set('X-Inzetbaar-Language', i18n.language === 'en' ? 'en' : 'nl');
  if (hasJsonBody) headers.set('Content-Type', 'application/json');
  const organizationId = getStoredOrganizationId();
  if (organizationId && path.startsWith('/api/v1')) headers.set('X-Organization-Id', organizationId);
  return headers;
};

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

const send = async (path: string, options: RequestOptions): Promise<Response> => {
  const hasJsonBody = options.body !== undefined;
  try {
    return await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      credentials: 'include',
      headers: headersFor(path, hasJsonBody),
      body: options.formData ?? (hasJsonBody ? JSON.stringify(options.body) : undefined),
    });
  } catch {
    throw networkError();
  }
};

/** Calls the API; resolves with the parsed JSON, rejects with an ApiError. */
export const api = async <T>(path: string, options: RequestOptions = {}): Promise<T> => {
  const response = await send(path, options);
  const body = await readBody(response);
  if (!response.ok) throw toApiError(response.status, response.statusText, body);
  return body as T;
};

const fileNameFrom = (response: Response, fallback: string): string => {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1] ?? fallback;
};

/**
 * Downloads a file. A plain link would not carry X-Organization-Id, so fetch it and hand the
 * browser a blob URL.
 */
export const download = async (path: string, query: Query, fallbackName: string): Promise<void> => {
  const response = await send(path, { query });
  if (!response.ok) throw toApiError(response.status, response.statusText, await readBody(response));
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileNameFrom(response, fallbackName);
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
