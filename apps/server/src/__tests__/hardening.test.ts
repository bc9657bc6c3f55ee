import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { api, cookieFrom, createTestOrg, PASSWORD, signIn, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { xlsxZipBomb } from '../../test/zip-bomb';
import { describeError, logServerError } from '../platform/http/log-error';

/*
 * Regression tests for the defects of issue #9 (found by attacking the running app), one
 * describe per defect. Each failed before its fix.
 */

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const hr = () => org.users.hr.cookie;
type Problem = { code: string; detail?: string; errors: { field: string; code: string }[] };
const problemOf = async (res: Response) => (await res.json()) as Problem;

describe('defect 1: uploads are limited before their body is read', () => {
  it('answers a people import declaring 50 MB with 413 at once, without reading the body', async () => {
    // a body that never ends: a server that reads before checking would hang here
    const body = new ReadableStream({ start: (c) => c.enqueue(new Uint8Array(1024)) });
    const started = performance.now();
    const res = await t.app.request('/api/v1/people-imports', {
      method: 'POST',
      headers: {
        Cookie: hr(),
        Origin: 'http://localhost:3000',
        'Content-Type': 'multipart/form-data; boundary=x',
        'Content-Length': String(50 * 1024 * 1024),
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(performance.now() - started).toBeLessThan(1000);
    expect((await problemOf(res)).errors[0]).toMatchObject({ field: 'file', code: 'too_large' });
  });

  it('stops a chunked upload without Content-Length at the first byte over the limit', async () => {
    let sent = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const body = new ReadableStream({
      pull: (c) => {
        sent += chunk.byteLength;
        if (sent > 64 * 1024 * 1024)
          c.close(); // would be 64 MB; the limit is 10 MB
        else c.enqueue(chunk);
      },
    });
    const res = await t.app.request('/api/v1/people-imports', {
      method: 'POST',
      headers: {
        Cookie: hr(),
        Origin: 'http://localhost:3000',
        'Content-Type': 'multipart/form-data; boundary=x',
      },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(16 * 1024 * 1024);
  });

  it('refuses a JSON body over 1 MB', async () => {
    const res = await api(t, '/api/v1/units', {
      method: 'POST',
      cookie: hr(),
      body: { name: 'x'.repeat(2 * 1024 * 1024) },
    });
    expect(res.status).toBe(413);
  });

  it('answers a 4 GB XLSX zip bomb with 422 in under 2 s, and the server stays up', async () => {
    const bomb = xlsxZipBomb(); // built first: its 4 GB CRC is not the server's time
    const form = new FormData();
    form.append('file', new File([bomb], 'medewerkers.xlsx'));
    const started = performance.now();
    const res = await api(t, '/api/v1/people-imports', { method: 'POST', cookie: hr(), body: form });
    expect(res.status).toBe(422);
    expect(performance.now() - started).toBeLessThan(2000);
    expect((await problemOf(res)).errors[0]).toMatchObject({ field: 'file', code: 'unpacked_too_large' });
    expect((await api(t, '/api/health')).status).toBe(200);
  }, 120_000);
});

describe('defect 4: control characters are refused as 422, never a 500', () => {
  it.each([
    ['a NUL in a path id', 'GET', '/api/v1/people/%00', undefined, 'path'],
    ['a NUL in a query', 'GET', '/api/v1/people?q=a%00b', undefined, 'query.q'],
    ['a malformed escape in a path', 'GET', '/api/v1/people/%E0%A4%A', undefined, 'path'],
    ['a NUL in a JSON field', 'POST', '/api/v1/units', { name: 'a\u0000b' }, 'name'],
    ['a vertical tab in a JSON field', 'POST', '/api/v1/units', { name: 'a\u000bb' }, 'name'],
    ['a C1 control in a JSON field', 'POST', '/api/v1/units', { name: 'a\u0085b' }, 'name'],
    ['an unpaired surrogate in a JSON field', 'POST', '/api/v1/units', { name: 'a\ud800b' }, 'name'],
  ])('%s', async (_, method, path, body, field) => {
    const res = await api(t, path, { method, cookie: hr(), ...(body ? { body } : {}) });
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.errors).toContainEqual(expect.objectContaining({ field, code: 'control_characters' }));
  });

  it('keeps tabs and line breaks in text', async () => {
    const res = await api(t, '/api/v1/units', {
      method: 'POST',
      cookie: hr(),
      body: { name: 'Team\tA\r\nnacht' },
    });
    expect(res.status).toBe(201);
  });

  it('refuses an uploaded file whose name holds a NUL', async () => {
    const form = new FormData();
    form.append('file', new File(['Personeelsnummer;Roepnaam\n1;An\n'], 'mede\u0000werkers.csv'));
    const res = await api(t, '/api/v1/people-imports', { method: 'POST', cookie: hr(), body: form });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors).toContainEqual(
      expect.objectContaining({ field: 'file', code: 'control_characters' }),
    );
  });
});

describe('defect 4: the log never prints query parameters', () => {
  it('logs a failing statement by its SQL and SQLSTATE, without the values', async () => {
    const secret = 'Jansen-geheim@example.nl';
    const failure = await t.deps.db.execute(sql`select ${`${secret}\u0000`}::text as x`).then(
      () => null,
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(Error);
    // the raw error does carry the parameter: what console.error(err) used to print
    expect(`${(failure as Error).message}`).toContain(secret);
    const printed: string[] = [];
    const spy = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      printed.push(args.map(String).join(' '));
    });
    try {
      logServerError('http', failure);
    } finally {
      spy.mockRestore();
    }
    expect(printed.join('\n')).toMatch(/database error/);
    expect(printed.join('\n')).not.toContain(secret);
  });

  it('cuts the offending value from PostgreSQL data errors', () => {
    const err = Object.assign(new Error('invalid input syntax for type uuid: "piet@example.nl"'), {});
    expect(describeError(err)).not.toContain('piet@example.nl');
  });
});

describe('defect 5: /api/docs/assets answers 404 for names every object has', () => {
  it.each(['constructor', 'toString', '__proto__', 'valueOf', 'hasOwnProperty'])('%s', async (name) => {
    const res = await t.app.request(`/api/docs/assets/${name}`);
    expect(res.status).toBe(404);
  });
  it('still serves the real assets', async () => {
    expect((await t.app.request('/api/docs/assets/swagger-ui.css')).status).toBe(200);
  });
});

describe('defect 6: security headers on the web app, its assets and the API', () => {
  it.each([
    '/',
    '/assets/index.js',
    '/api/health',
    '/api/v1/me',
    '/api/docs',
    '/api/openapi.json',
    '/inloggen',
  ])('%s', async (path) => {
    const res = await t.app.request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('same-origin');
    expect(res.headers.get('permissions-policy')).toContain('camera=()');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    // BASE_URL is http here: no HSTS
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('adds HSTS when BASE_URL is https', async () => {
    const https = await createTestApp({ env: { BASE_URL: 'https://inzetbaar.example.nl' } });
    try {
      const res = await https.app.request('/api/health');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    } finally {
      await https.close();
    }
  });

  it('the API reference page runs no inline script', async () => {
    const html = await (await t.app.request('/api/docs')).text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });
});

describe('defect 7: cookie-authenticated writes come from BASE_URL only', () => {
  const create = (headers: Record<string, string>) =>
    t.app.request('/api/v1/units', {
      method: 'POST',
      headers: { Cookie: hr(), 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify({ name: `Unit ${Math.random()}` }),
    });

  it.each([
    ['another origin', { Origin: 'https://evil.example' }],
    ['the null origin', { Origin: 'null' }],
    ['no Origin at all', {}],
    ['no Origin, cross-site fetch metadata', { 'Sec-Fetch-Site': 'cross-site' }],
    ['a look-alike origin', { Origin: 'http://localhost:3000.evil.example' }],
  ])('refuses %s with 403', async (_, headers) => {
    const res = await create(headers);
    expect(res.status).toBe(403);
    expect((await problemOf(res)).code).toBe('origin_not_allowed');
  });

  it.each([
    ["BASE_URL's origin", { Origin: 'http://localhost:3000' }],
    ['no Origin, same-origin fetch metadata', { 'Sec-Fetch-Site': 'same-origin' }],
  ])('accepts %s', async (_, headers) => {
    expect((await create(headers)).status).toBe(201);
  });

  it('lets reads through from anywhere (they change nothing) and anonymous writes reach the 401', async () => {
    const read = await t.app.request('/api/v1/units', {
      headers: { Cookie: hr(), Origin: 'https://evil.example' },
    });
    expect(read.status).toBe(200);
    const anonymous = await t.app.request('/api/v1/units', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: 'https://evil.example' },
      body: JSON.stringify({ name: 'x' }),
    });
    expect(anonymous.status).toBe(401);
  });

  it('explains in Dutch and English where to sign in when the log-in comes from another address', async () => {
    for (const [lang, text] of [
      ['nl', 'Open Inzetbaar via http://localhost:3000'],
      ['en', 'Open Inzetbaar at http://localhost:3000'],
    ] as const) {
      const res = await t.app.request('/api/auth/sign-in/email', {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          Origin: 'http://127.0.0.1:3000',
          'Accept-Language': lang,
        },
        body: JSON.stringify({ email: org.users.hr.email, password: PASSWORD }),
      });
      expect(res.status).toBe(403);
      const problem = await problemOf(res);
      expect(problem.detail).toContain(text);
      expect(res.headers.getSetCookie()).toEqual([]);
    }
  });

  it('still signs in as the README shows (curl with Origin)', async () => {
    expect(await signIn(t, org.users.hr.email, PASSWORD)).toMatch(/session_token=/);
  });
});

describe('defect 9: a 429 says when to try again', () => {
  it('sign-in rate limit answers with Retry-After', async () => {
    const limited = await createTestApp({ signInPerMinute: 2 });
    try {
      let res: Response | null = null;
      for (let i = 0; i < 4; i++)
        res = await limited.app.request('/api/auth/sign-in/email', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: 'http://localhost:3000' },
          body: JSON.stringify({ email: 'nobody@example.nl', password: 'wrong-password-123' }),
        });
      expect(res?.status).toBe(429);
      expect(Number(res?.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await limited.close();
    }
  });

  it('the calendar feed limit answers with Retry-After up to its 15-minute window', async () => {
    let res: Response | null = null;
    for (let i = 0; i < 32; i++) res = await t.app.request(`/api/v1/calendar-feeds/${'x'.repeat(43)}.ics`);
    expect(res?.status).toBe(429);
    const wait = Number(res?.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });
});

describe('defect 8: weak passwords are refused, and a change ends the other sessions', () => {
  const change = (cookie: string, newPassword: string) =>
    t.app.request('/api/auth/change-password', {
      method: 'POST',
      headers: { Cookie: cookie, 'Content-Type': 'application/json', Origin: 'http://localhost:3000' },
      body: JSON.stringify({ currentPassword: PASSWORD, newPassword }),
    });

  it.each([
    ['aaaaaaaaaaaa', 'weak_password'],
    ['123456789012', 'breached_password'],
    ['password1234', 'breached_password'],
    ['wachtwoord1234', 'weak_password'],
  ])('change-password refuses %s (%s)', async (password, code) => {
    const res = await change(org.users.employee.cookie, password);
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors[0]).toMatchObject({ field: 'newPassword', code });
  });

  it('refuses the e-mail address as password', async () => {
    const res = await change(org.users.employee.cookie, org.users.employee.email);
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors[0]?.code).toBe('password_contains_email');
  });

  it('a password change revokes every other session of the user', async () => {
    const user = org.users.coach;
    const other = await signIn(t, user.email, PASSWORD);
    expect((await api(t, '/api/v1/me', { cookie: other })).status).toBe(200);
    const res = await change(user.cookie, 'fietsband-regenjas-kaasschaaf');
    expect(res.status).toBe(200);
    expect((await api(t, '/api/v1/me', { cookie: other })).status).toBe(401);
    // the session that changed it gets a new cookie and goes on
    const fresh = cookieFrom(res);
    expect((await api(t, '/api/v1/me', { cookie: fresh })).status).toBe(200);
  });
});

describe('found by the fuzzer: a date PostgreSQL cannot store', () => {
  it('refuses year 0 as an invalid date (was a 500: SQLSTATE 22008)', async () => {
    const res = await api(t, '/api/v1/prevention-officers', {
      method: 'POST',
      cookie: hr(),
      body: {
        personId: org.users.prevention_officer.personId,
        employerActsPersonally: false,
        appointedOn: '2024-01-01',
        worksCouncilConsentOn: '0000-01-01',
      },
    });
    expect(res.status).toBe(422);
    expect((await problemOf(res)).errors).toContainEqual(
      expect.objectContaining({ field: 'worksCouncilConsentOn', code: 'invalid_date' }),
    );
  });
});
