import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, cookieFrom, createTestOrg, PASSWORD, signIn, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { totpFromUri } from '../../test/totp';
import { createUserWithPassword } from '../auth/create-user';
import { insertPerson, linkPersonToUser } from '../modules/people/repo/people.repo';
import { insertRoleAssignment } from '../modules/people/repo/roles.repo';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const outboxText = async (to: string) => {
  const mails = await (await api(t, '/api/v1/outbox?pageSize=100', { cookie: org.users.hr.cookie })).json();
  return mails.items.find((m: { to: string }) => m.to === to)?.text as string;
};

describe('sign-in', () => {
  it('refuses a wrong password without saying whether the account exists', async () => {
    const wrong = await api(t, '/api/auth/sign-in/email', {
      method: 'POST',
      body: { email: org.users.employee.email, password: 'verkeerd-wachtwoord' },
    });
    const unknown = await api(t, '/api/auth/sign-in/email', {
      method: 'POST',
      body: { email: 'niemand@example.nl', password: 'verkeerd-wachtwoord' },
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect((await wrong.json()).code).toBe((await unknown.json()).code);
  });

  it('sets an HttpOnly SameSite=Lax session cookie that works on http://localhost', async () => {
    const res = await api(t, '/api/auth/sign-in/email', {
      method: 'POST',
      body: { email: org.users.employee.email, password: PASSWORD },
    });
    const setCookie = res.headers.getSetCookie().join('\n');
    expect(setCookie).toMatch(/better-auth\.session_token=[^;]+;.*HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/);
    expect((await api(t, '/api/v1/me', { cookie: cookieFrom(res) })).status).toBe(200);
  });

  it('rate-limits sign-in attempts per client', async () => {
    const limited = await createTestApp({ signInPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await api(limited, '/api/auth/sign-in/email', {
          method: 'POST',
          body: { email: 'x@example.nl', password: 'verkeerd-wachtwoord' },
        });
        statuses.push(res.status);
        if (res.status === 429) expect((await res.json()).code).toBe('rate_limited');
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});

describe('two-factor authentication', () => {
  it('is required for HR before the API opens, and then asked at every sign-in', async () => {
    const email = `hr.${randomUUID().slice(0, 8)}@example.nl`; // not a demo account: no exemption
    const user = await createUserWithPassword(t.deps.auth, { email, name: 'Hanna HR', password: PASSWORD });
    const person = await insertPerson(t.deps.db, {
      organizationId: org.organizationId,
      employeeNumber: `2FA-${email}`,
      givenName: 'Hanna',
      surname: 'HR',
    });
    await linkPersonToUser(t.deps.db, org.organizationId, person.id, user.id);
    await insertRoleAssignment(t.deps.db, {
      organizationId: org.organizationId,
      personId: person.id,
      role: 'hr',
    });
    const cookie = await signIn(t, email, PASSWORD);

    const me = await (await api(t, '/api/v1/me', { cookie })).json();
    expect(me).toMatchObject({ twoFactorRequired: true, twoFactorExempt: false });
    const blocked = await api(t, '/api/v1/people', { cookie });
    expect(blocked.status).toBe(403);
    expect((await blocked.json()).code).toBe('two_factor_required');

    const enabled = await (
      await api(t, '/api/auth/two-factor/enable', { method: 'POST', cookie, body: { password: PASSWORD } })
    ).json();
    expect(enabled.totpURI).toMatch(/^otpauth:\/\/totp\//);
    expect(enabled.backupCodes.length).toBeGreaterThan(0);
    const verify = await api(t, '/api/auth/two-factor/verify-totp', {
      method: 'POST',
      cookie,
      body: { code: totpFromUri(enabled.totpURI) },
    });
    expect(verify.status).toBe(200);
    const session = cookieFrom(verify) || cookie;
    expect((await api(t, '/api/v1/people', { cookie: session })).status).toBe(200);

    // next sign-in: password alone gives no session, only the TOTP step
    const first = await api(t, '/api/auth/sign-in/email', {
      method: 'POST',
      body: { email, password: PASSWORD },
    });
    expect((await first.json()).twoFactorRedirect).toBe(true);
    const pending = cookieFrom(first);
    expect((await api(t, '/api/v1/me', { cookie: pending })).status).toBe(401);
    const second = await api(t, '/api/auth/two-factor/verify-totp', {
      method: 'POST',
      cookie: pending,
      body: { code: totpFromUri(enabled.totpURI) },
    });
    expect(second.status).toBe(200);
    expect((await api(t, '/api/v1/people', { cookie: cookieFrom(second) })).status).toBe(200);
  });

  it('exempts the demo accounts in demo mode, and says so', async () => {
    const me = await (await api(t, '/api/v1/me', { cookie: org.users.hr.cookie })).json();
    expect(me).toMatchObject({ twoFactorRequired: true, twoFactorExempt: true, demoMode: true });
  });
});

describe('password reset', () => {
  it('mails a link (readable in the outbox in demo mode) that sets a new password', async () => {
    const { email } = org.users.coach;
    const req = await api(t, '/api/auth/request-password-reset', {
      method: 'POST',
      body: { email, redirectTo: '/wachtwoord-herstellen' },
    });
    expect(req.status).toBe(200);
    const text = await outboxText(email);
    const link = text.match(/https?:\/\/\S+/)?.[0] as string;
    const token = new URL(link).pathname.split('/').pop() as string;
    const reset = await api(t, '/api/auth/reset-password', {
      method: 'POST',
      body: { newPassword: 'nieuw-wachtwoord-123', token },
    });
    expect(reset.status).toBe(200);
    await expect(signIn(t, email, PASSWORD)).rejects.toThrow();
    expect(await signIn(t, email, 'nieuw-wachtwoord-123')).toContain('session_token');
  });
});

describe('invitations', () => {
  it('invites a person by email; the link sets a password once; the account is linked to the person', async () => {
    const hr = org.users.hr.cookie;
    const email = `nieuw.${randomUUID().slice(0, 6)}@example.nl`;
    const person = await (
      await api(t, '/api/v1/people', {
        method: 'POST',
        cookie: hr,
        body: { employeeNumber: `INV-${email}`, givenName: 'Noor', surname: 'Nieuw', email },
      })
    ).json();
    const inv = await api(t, '/api/v1/invitations', {
      method: 'POST',
      cookie: hr,
      body: { personId: person.id },
    });
    expect(inv.status).toBe(201);
    expect((await inv.json()).status).toBe('pending');
    const token = new URL((await outboxText(email)).match(/https?:\/\/\S+/)?.[0] as string).searchParams.get(
      'token',
    ) as string;
    const preview = await (await api(t, `/api/v1/invitations/lookup?token=${token}`)).json();
    expect(preview).toMatchObject({ email, personName: 'Noor Nieuw' });
    const short = await api(t, '/api/v1/invitations/accept', {
      method: 'POST',
      body: { token, password: 'kort' },
    });
    expect(short.status).toBe(422);
    expect((await short.json()).errors[0].field).toBe('password');
    expect(
      (
        await api(t, '/api/v1/invitations/accept', {
          method: 'POST',
          body: { token, password: 'mijn-eigen-wachtwoord' },
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api(t, '/api/v1/invitations/accept', {
          method: 'POST',
          body: { token, password: 'mijn-eigen-wachtwoord' },
        })
      ).status,
    ).toBe(404);
    const me = await (
      await api(t, '/api/v1/me', { cookie: await signIn(t, email, 'mijn-eigen-wachtwoord') })
    ).json();
    expect(me.personId).toBe(person.id);
    const list = await (await api(t, '/api/v1/invitations', { cookie: hr })).json();
    expect(list.find((i: { personId: string }) => i.personId === person.id).status).toBe('accepted');
  });
});

describe('setup (production first start)', () => {
  // The parity database is shared by all test files and already has organisations.
  it.skipIf(process.env.TEST_DB === 'postgres')(
    'creates the first organisation and HR admin once, then refuses',
    async () => {
      const prod = await createTestApp({ env: { NODE_ENV: 'production', AUTH_SECRET: 'x'.repeat(40) } });
      try {
        expect(await (await api(prod, '/api/setup/status')).json()).toEqual({
          needsSetup: true,
          demoMode: false,
          baseUrl: 'http://localhost:3000',
        });
        const body = {
          organization: { name: 'Bouwbedrijf Vos', sbiSection: 'F', kvkNumber: '12345678' },
          admin: {
            givenName: 'Vera',
            surname: 'Vos',
            email: 'vera@vos.example',
            password: 'een-sterk-wachtwoord',
          },
        };
        const bad = await api(prod, '/api/setup', {
          method: 'POST',
          body: { ...body, organization: { ...body.organization, kvkNumber: '123' } },
        });
        expect((await bad.json()).errors[0]).toMatchObject({
          field: 'organization.kvkNumber',
          code: 'kvk_number',
        });
        expect((await api(prod, '/api/setup', { method: 'POST', body })).status).toBe(201);
        expect((await api(prod, '/api/setup', { method: 'POST', body })).status).toBe(409);
        const cookie = await signIn(prod, 'vera@vos.example', 'een-sterk-wachtwoord');
        const me = await (await api(prod, '/api/v1/me', { cookie })).json();
        expect(me).toMatchObject({
          organization: { name: 'Bouwbedrijf Vos' },
          roles: [{ role: 'hr' }],
          twoFactorExempt: false,
        });
        expect((await api(prod, '/api/v1/outbox', { cookie })).status).toBe(403); // 2FA first
      } finally {
        await prod.close();
      }
    },
  );
});
