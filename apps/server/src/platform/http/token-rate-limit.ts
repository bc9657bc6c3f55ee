import type { Context } from 'hono';
import type { Deps } from './context';
import { AppError } from './problem';

/**
 * Requests per API token per minute (fixed one-minute windows, per app instance). The figures go
 * out in the headers of draft-ietf-httpapi-ratelimit-headers (`RateLimit-Limit`,
 * `RateLimit-Remaining`, `RateLimit-Reset` in seconds); over the limit the answer is 429 with
 * `Retry-After` (RFC 9110 §10.2.3). Behind a load balancer each instance counts for itself.
 */
export type RateLimitState = { limit: number; remaining: number; resetSeconds: number };

const WINDOW_MS = 60_000;
const windows = new WeakMap<Deps, Map<string, { start: number; count: number }>>();

export function takeTokenRequest(deps: Deps, tokenId: string): RateLimitState {
  let byToken = windows.get(deps);
  if (!byToken) {
    byToken = new Map();
    windows.set(deps, byToken);
  }
  const now = deps.clock.now().getTime();
  const start = Math.floor(now / WINDOW_MS) * WINDOW_MS;
  let w = byToken.get(tokenId);
  if (!w || w.start !== start) {
    w = { start, count: 0 };
    byToken.set(tokenId, w);
    // bound the memory: forget the oldest token (a new window starts it again)
    if (byToken.size > 10_000) byToken.delete(byToken.keys().next().value as string);
  }
  const limit = deps.env.apiTokenRequestsPerMinute;
  const resetSeconds = Math.max(1, Math.ceil((start + WINDOW_MS - now) / 1000));
  if (w.count >= limit) {
    throw new AppError(429, 'rate_limited', [], undefined, {
      'Retry-After': String(resetSeconds),
      ...rateLimitHeaders({ limit, remaining: 0, resetSeconds }),
    });
  }
  w.count += 1;
  return { limit, remaining: limit - w.count, resetSeconds };
}

export const rateLimitHeaders = (s: RateLimitState): Record<string, string> => ({
  'RateLimit-Limit': String(s.limit),
  'RateLimit-Remaining': String(s.remaining),
  'RateLimit-Reset': String(s.resetSeconds),
});

/** Put the figures on the answer to a token request. */
export function setRateLimitHeaders(c: Context, s: RateLimitState | undefined) {
  if (!s) return;
  for (const [k, v] of Object.entries(rateLimitHeaders(s))) c.header(k, v);
}
