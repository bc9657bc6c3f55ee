import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from './context';
import { AppError } from './problem';

/*
 * Request bodies are limited before they are read (issue #9, defect 1: the 50 MB limit of an
 * import was checked only after the whole body was in memory). Hono's bodyLimit refuses a
 * declared Content-Length over the limit at once, unread, and stops a chunked body at the first
 * byte over it. Uploads (people import, case documents) may carry 10 MB plus the multipart
 * framing; every other API body is JSON of at most 1 MB (the largest, an RI&E catalogue, is
 * under 100 kB).
 */
export const UPLOAD_MAX_BYTES = 10 * 1024 * 1024 + 64 * 1024;
export const JSON_MAX_BYTES = 1024 * 1024;

const UPLOAD_PATHS = [/^\/api\/v1\/people-imports$/, /^\/api\/v1\/absences\/[^/]+\/documents$/];

const tooLarge = (field: string, code: string) => () => {
  throw new AppError(413, 'payload_too_large', [{ field, code }]);
};
const uploads = bodyLimit({ maxSize: UPLOAD_MAX_BYTES, onError: tooLarge('file', 'too_large') });
const others = bodyLimit({ maxSize: JSON_MAX_BYTES, onError: tooLarge('(body)', 'payload_too_large') });

export const bodyLimits: MiddlewareHandler<AppEnv> = (c, next) =>
  UPLOAD_PATHS.some((p) => p.test(c.req.path)) ? uploads(c, next) : others(c, next);
