import type { Deps } from '../platform/http/context';
import { requireStrongPassword } from './password-rules';

/*
 * better-auth's own endpoints that set a password — `reset-password` (by the mailed token) and
 * `change-password` (signed in) — get the same rules as setup and invitations before better-auth
 * sees the request, and `change-password` always revokes the other sessions (ASVS V3.3.3: a
 * password change ends every other session; a reset already does, `revokeSessionsOnPasswordReset`).
 * Returns the request to hand on (the body may be rewritten); throws a 422 AppError.
 */
export async function guardPasswordEndpoint(deps: Deps, request: Request, path: string): Promise<Request> {
  if (request.method !== 'POST') return request;
  const isReset = path === '/api/auth/reset-password';
  const isChange = path === '/api/auth/change-password';
  if (!isReset && !isChange) return request;
  const body = (await request
    .clone()
    .json()
    .catch(() => null)) as Record<string, unknown> | null;
  // a malformed body is better-auth's to refuse
  if (!body || typeof body.newPassword !== 'string') return request;
  const user = isReset ? await userOfResetToken(deps, body, request) : await userOfSession(deps, request);
  if (user) requireStrongPassword(body.newPassword, user.email, 'newPassword', [user.name]);
  if (!isChange) return request;
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  return new Request(request.url, {
    method: 'POST',
    headers,
    body: JSON.stringify({ ...body, revokeOtherSessions: true }),
  });
}

async function userOfSession(deps: Deps, request: Request) {
  return (await deps.auth.api.getSession({ headers: request.headers }))?.user ?? null;
}

async function userOfResetToken(deps: Deps, body: Record<string, unknown>, request: Request) {
  const token = typeof body.token === 'string' ? body.token : new URL(request.url).searchParams.get('token');
  if (!token) return null;
  const ctx = await deps.auth.$context;
  const verification = await ctx.internalAdapter.findVerificationValue(`reset-password:${token}`);
  if (!verification || verification.expiresAt < new Date()) return null;
  return ctx.internalAdapter.findUserById(verification.value);
}
