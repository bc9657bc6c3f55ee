import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import type { Env } from '../../env';
import type { AppEnv } from './context';
import { message } from './messages';
import { AppError, problemResponse } from './problem';

/*
 * Cross-site request forgery (issue #9, defect 7; OWASP CSRF Prevention Cheat Sheet, "Verifying
 * origin with standard headers" and "Fetch Metadata"). SameSite=Lax cookies already keep most
 * cross-site POSTs out; this check also refuses the rest: every unsafe method (POST, PUT, PATCH,
 * DELETE) that carries a session cookie must come from an allowed origin — `Origin` equal to
 * BASE_URL's origin (or the Vite dev server outside production), or, when a client sends no
 * Origin, `Sec-Fetch-Site: same-origin`. Requests without a session cookie (sign-in, setup, the
 * API with no cookie) are not cookie-authenticated: there is no ambient authority to forge. The
 * sign-in itself is checked too (login CSRF), with a sentence that names the right address.
 */

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SESSION_COOKIES = ['better-auth.session_token', '__Secure-better-auth.session_token'];
/** better-auth's endpoints that start a session or act on one before a cookie exists. */
const SIGN_IN_PATHS = /^\/api\/auth\/(sign-in|two-factor|reset-password|request-password-reset)/;

/** The origins a browser may send unsafe requests from: BASE_URL's, and Vite's dev server. */
export function allowedOrigins(env: Env): string[] {
  const origins = [new URL(env.baseUrl).origin];
  if (env.nodeEnv !== 'production') origins.push('http://localhost:5173');
  return origins;
}

export function originCheck(env: Env): MiddlewareHandler<AppEnv> {
  const allowed = new Set(allowedOrigins(env));
  const expected = new URL(env.baseUrl).origin;
  return async (c, next) => {
    if (!UNSAFE.has(c.req.method)) return next();
    const hasSession = SESSION_COOKIES.some((name) => getCookie(c, name));
    const signsIn = SIGN_IN_PATHS.test(c.req.path);
    if (!hasSession && !signsIn) return next();
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      if (allowed.has(origin)) return next();
    } else if (c.req.header('sec-fetch-site') === 'same-origin') {
      return next();
    } else if (!hasSession) {
      // a sign-in without Origin (a script or curl, not a browser): nothing to forge
      return next();
    }
    const detail = message('origin_not_allowed_detail', c.get('lang'), { expected });
    return problemResponse(c, new AppError(403, 'origin_not_allowed', [], detail));
  };
}
