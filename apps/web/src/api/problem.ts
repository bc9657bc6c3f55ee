import type { TProblem } from '@inzetbaar/contracts';

type FieldError = NonNullable<TProblem['errors']>[number];

/** An RFC 9457 problem (or a better-auth error, normalised to one) thrown by every API call. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly fieldErrors: FieldError[];

  constructor(problem: TProblem) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiError';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.fieldErrors = problem.errors ?? [];
  }
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/**
 * Reads an error body. The API answers problem+json; better-auth answers `{ code, message }`;
 * a proxy may answer HTML. All become an ApiError so callers handle one shape.
 */
export const toApiError = (status: number, statusText: string, body: unknown): ApiError => {
  if (isRecord(body) && typeof body.title === 'string') {
    const errors = Array.isArray(body.errors) ? (body.errors as FieldError[]) : undefined;
    return new ApiError({
      type: typeof body.type === 'string' ? body.type : 'about:blank',
      title: body.title,
      status: typeof body.status === 'number' ? body.status : status,
      code: typeof body.code === 'string' ? body.code : `http_${status}`,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      errors,
    });
  }
  if (isRecord(body) && typeof body.message === 'string') {
    return new ApiError({
      type: 'about:blank',
      title: body.message,
      status,
      code: typeof body.code === 'string' ? body.code : `http_${status}`,
    });
  }
  return new ApiError({ type: 'about:blank', title: statusText, status, code: `http_${status}` });
};

/** A failure before any HTTP answer (offline, server down). */
export const networkError = (): ApiError =>
  new ApiError({ type: 'about:blank', title: '', status: 0, code: 'network_error' });
