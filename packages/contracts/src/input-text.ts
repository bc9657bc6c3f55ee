import { z } from '@hono/zod-openapi';

/*
 * The one input rule for text (issue #9, defect 4): no control characters in anything a client
 * sends — path, query, JSON body, form fields and file names. NUL makes PostgreSQL refuse the
 * statement (SQLSTATE 22021) and the others are invisible in every screen, export and log line.
 * Allowed: TAB, LF and CR (multi-line text fields). Refused: the other C0 controls, DEL, the C1
 * controls (U+0080–U+009F, what windows-1252 bytes become when misread), and unpaired UTF-16
 * surrogates (not encodable as UTF-8). The server applies it to every request (see
 * apps/server/src/http/input-guard.ts); new schemas may use `ZSafeText` directly.
 */
export const UNSAFE_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_CODE = 'control_characters';

export const isSafeText = (value: string): boolean => !UNSAFE_TEXT.test(value);

/** A string without control characters; the refinement's message is the field error code. */
export const ZSafeText = z.string().refine(isSafeText, UNSAFE_TEXT_CODE);

/**
 * Paths (`a.b.0.c`) of every string in `value` that breaks the rule, object keys included;
 * at most `limit` of them, depth-first.
 */
export function unsafeTextPaths(value: unknown, prefix = '', limit = 20): string[] {
  const found: string[] = [];
  const visit = (v: unknown, path: string, depth: number) => {
    if (found.length >= limit || depth > 64) return;
    if (typeof v === 'string') {
      if (!isSafeText(v)) found.push(path || '(body)');
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => {
        visit(item, path ? `${path}.${i}` : String(i), depth + 1);
      });
    } else if (v && typeof v === 'object' && !(v instanceof Blob)) {
      for (const [key, item] of Object.entries(v)) {
        const at = path ? `${path}.${key}` : key;
        if (!isSafeText(key)) found.push(at);
        visit(item, at, depth + 1);
      }
    }
  };
  visit(value, prefix, 0);
  return found;
}
