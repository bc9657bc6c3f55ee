import { type AppDb, schema } from '@inzetbaar/db';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { twoFactor } from 'better-auth/plugins';
import type { Env } from '../env';
import type { Mailer } from '../platform/mail/mailer';
import { passwordResetMail } from '../platform/mail/templates';

export type AuthOptions = {
  db: AppDb;
  env: Env;
  mailer: Mailer;
  /** Sign-in attempts per minute per client IP (login rate limiting). */
  signInPerMinute?: number;
};

/**
 * Identity only: email + password (scrypt hashes), sessions in HttpOnly SameSite=Lax cookies,
 * password reset and TOTP. Organisations and roles are ours (role_assignments), never the
 * session's "active organisation"; cookie caching stays off so a revoked role bites at once.
 */
export function createAuth({ db, env, mailer, signInPerMinute = env.signInPerMinute }: AuthOptions) {
  return betterAuth({
    appName: 'Inzetbaar',
    baseURL: env.baseUrl,
    basePath: '/api/auth',
    secret: env.authSecret,
    trustedOrigins: [env.baseUrl, 'http://localhost:5173'],
    database: drizzleAdapter(db, { provider: 'pg', schema }),
    emailAndPassword: {
      enabled: true,
      // Accounts are created by setup and invitations only, never by self sign-up.
      disableSignUp: true,
      minPasswordLength: 12,
      maxPasswordLength: 128,
      resetPasswordTokenExpiresIn: 60 * 60,
      revokeSessionsOnPasswordReset: true,
      sendResetPassword: async ({ user, url }) => {
        await mailer.send(passwordResetMail({ to: user.email, name: user.name, url }));
      },
    },
    session: { cookieCache: { enabled: false }, expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    rateLimit: {
      enabled: env.nodeEnv !== 'test' || signInPerMinute < 10,
      storage: 'memory',
      window: 60,
      max: 300,
      customRules: {
        '/sign-in/email': { window: 60, max: signInPerMinute },
        '/two-factor/verify-totp': { window: 60, max: signInPerMinute },
        '/request-password-reset': { window: 60, max: 5 },
      },
    },
    advanced: {
      useSecureCookies: env.baseUrl.startsWith('https://'),
      ipAddress: { ipAddressHeaders: ['x-inzetbaar-client-ip'] },
    },
    telemetry: { enabled: false },
    logger: { level: env.logLevel === 'debug' ? 'debug' : 'error' },
    plugins: [twoFactor({ issuer: 'Inzetbaar' })],
  });
}

export type Auth = ReturnType<typeof createAuth>;
