import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { Env } from '../../env';

/*
 * Security headers on every response — the web app (`/`, `/assets/*`), the API and the API
 * reference (issue #9, defect 6; OWASP Secure Headers Project, ASVS V14.4). Scripts only from
 * this origin and never inline: the Vite build and the /api/docs page load every script from a
 * file. Styles allow 'unsafe-inline' because Mantine and Swagger UI inject <style> elements at
 * run time; that is the one relaxation (docs/security.md). HSTS only behind https: on plain
 * http it would be ignored, and on localhost it would break other development servers.
 */
export function securityHeaders(env: Env): MiddlewareHandler {
  const isHttps = env.baseUrl.startsWith('https://');
  return secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      styleSrc: ["'self'", "'unsafe-inline'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      ...(isHttps ? { upgradeInsecureRequests: [] } : {}),
    },
    xFrameOptions: 'DENY',
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on same-origin
    // POSTs (Fetch standard, "serializing a request origin"), which the origin check refuses
    referrerPolicy: 'same-origin',
    strictTransportSecurity: isHttps ? 'max-age=31536000; includeSubDomains' : false,
    permissionsPolicy: {
      camera: false,
      microphone: false,
      geolocation: false,
      payment: false,
      usb: false,
      serial: false,
      bluetooth: false,
      displayCapture: false,
    },
  });
}
