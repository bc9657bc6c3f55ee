import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import { type Lang, message, pickLang } from './messages';

export type FieldError = { field: string; code: string; params?: Record<string, unknown> };

/** The one error type services and routes throw; rendered as RFC 9457 problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    readonly fields: FieldError[] = [],
    readonly detail?: string,
  ) {
    super(code);
  }
}

export const notFound = () => new AppError(404, 'not_found');
export const forbidden = () => new AppError(403, 'forbidden');
export const staleVersion = () => new AppError(409, 'stale_version');
export const invalidField = (field: string, code: string, params?: Record<string, unknown>) =>
  new AppError(422, 'validation_failed', [{ field, code, ...(params ? { params } : {}) }]);

export function problemBody(err: AppError, lang: Lang) {
  return {
    type: `https://inzetbaar.nl/problems/${err.code.replaceAll('_', '-')}`,
    title: message(err.code, lang),
    status: err.status,
    code: err.code,
    ...(err.detail ? { detail: err.detail } : {}),
    ...(err.fields.length
      ? {
          errors: err.fields.map((f) => ({
            field: f.field,
            code: f.code,
            message: message(f.code, lang, f.params),
          })),
        }
      : {}),
  };
}

export function problemResponse(c: Context, err: AppError): Response {
  const lang = pickLang(c.req.header('accept-language'));
  return c.body(JSON.stringify(problemBody(err, lang)), err.status, {
    'Content-Type': 'application/problem+json',
  });
}

/** zod issues → field errors with our message codes (custom refinements carry their code as message). */
export function zodFieldErrors(error: z.ZodError, prefix?: string): FieldError[] {
  return error.issues.flatMap((issue): FieldError | FieldError[] => {
    const field = [prefix, ...issue.path.map(String)].filter(Boolean).join('.') || '(body)';
    switch (issue.code) {
      case 'unrecognized_keys':
        // strict bodies: name each unknown field (e.g. a "diagnosis" on a sick report)
        return issue.keys.map((k) => ({
          field: [prefix, ...issue.path.map(String), k].filter(Boolean).join('.'),
          code: 'unknown_field',
        }));
      case 'invalid_type':
        return { field, code: issue.input === undefined ? 'required' : 'invalid_type' };
      case 'too_small':
        return { field, code: 'too_small', params: { minimum: issue.minimum } };
      case 'too_big':
        return { field, code: 'too_big', params: { maximum: issue.maximum } };
      case 'invalid_value':
        return { field, code: 'invalid_value' };
      case 'invalid_format':
        if (issue.format === 'email') return { field, code: 'invalid_email' };
        if (issue.format === 'url') return { field, code: 'invalid_url' };
        return { field, code: /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_format' };
      default:
        return { field, code: /^[a-z_]+$/.test(issue.message) ? issue.message : 'invalid_format' };
    }
  });
}
