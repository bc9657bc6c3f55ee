import { isSafeText, UNSAFE_TEXT_CODE, unsafeTextPaths } from '@inzetbaar/contracts';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';
import { AppError, type FieldError, problemResponse } from './problem';

/*
 * The contracts' text rule (packages/contracts/src/input-text.ts) applied where input enters:
 *  - here, to the path and query of every API request, before any route or lookup runs, so an
 *    id like `%00` is a 422 and never reaches PostgreSQL (issue #9, defect 4);
 *  - in newRouter's validation hook, to every validated body, form (file names included),
 *    query and path (`refuseUnsafeInput`).
 */

/** 422 naming each field whose text breaks the rule, or nothing. */
export function refuseUnsafeInput(value: unknown, prefix?: string): void {
  const fields = unsafeTextPaths(value, prefix).map((field) => ({ field, code: UNSAFE_TEXT_CODE }));
  if (fields.length) throw new AppError(422, 'validation_failed', fields);
}

/** Strings of a validated multipart form: its fields and the names of its files. */
export function formText(form: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(form).map(([k, v]) => [k, v instanceof File ? v.name : v]));
}

export const inputGuard: MiddlewareHandler<AppEnv> = async (c, next) => {
  const fields: FieldError[] = [];
  const url = new URL(c.req.url);
  const segments = url.pathname.split('/').map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return '\u0000'; // a malformed escape is refused like a control character
    }
  });
  if (unsafeTextPaths(segments).length) fields.push({ field: 'path', code: UNSAFE_TEXT_CODE });
  for (const [key, value] of url.searchParams) {
    if (!isSafeText(key)) fields.push({ field: 'query', code: UNSAFE_TEXT_CODE });
    else if (!isSafeText(value)) fields.push({ field: `query.${key}`, code: UNSAFE_TEXT_CODE });
  }
  if (fields.length) return problemResponse(c, new AppError(422, 'validation_failed', fields));
  return next();
};
