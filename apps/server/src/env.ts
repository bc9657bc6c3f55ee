import { resolve } from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads `process.env` (docs/architecture.md §6). Everything else receives
 * an `Env` object, so tests build their own without touching the process environment.
 */
const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** Runtime data (PGlite database, lock file). */
  DATA_DIR: z.string().default('./data'),
  /** PostgreSQL instead of the embedded PGlite. */
  DATABASE_URL: z.string().optional(),
  /** Public base URL used in links and for cookie security (https → Secure cookies). */
  BASE_URL: z.string().url().optional(),
  /** Secret for sessions and tokens; required in production. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** smtp://user:pass@host:port — without it mail is kept in the outbox (demo/dev) only. */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('Inzetbaar <noreply@inzetbaar.local>'),
  /** Demo mode seeds the demo organisation; never on when NODE_ENV=production. */
  INZETBAAR_DEMO: z.enum(['true', 'false']).optional(),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  /** Sign-in attempts per minute per client IP; raise it only where many log-ins share one IP (e2e). */
  SIGN_IN_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(10),
  /** Requests per API token per minute (docs/api.md). */
  API_TOKEN_REQUESTS_PER_MINUTE: z.coerce.number().int().min(1).max(100_000).default(300),
});

export type Env = {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  baseUrl: string;
  authSecret: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  isDemo: boolean;
  logLevel: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  signInPerMinute: number;
  apiTokenRequestsPerMinute: number;
};

/** A fixed development secret: fine on a laptop, refused in production (see below). */
const DEV_SECRET = 'inzetbaar-development-secret-not-for-production-use';

export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = ZEnv.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  if (isProduction && !e.AUTH_SECRET)
    throw new Error('AUTH_SECRET (at least 32 characters) is required in production.');
  return {
    nodeEnv: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.DATA_DIR),
    databaseUrl: e.DATABASE_URL || undefined,
    baseUrl: (e.BASE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    authSecret: e.AUTH_SECRET ?? DEV_SECRET,
    smtpUrl: e.SMTP_URL || undefined,
    mailFrom: e.MAIL_FROM,
    // Demo data only outside production, and never when explicitly switched off.
    isDemo: !isProduction && e.INZETBAAR_DEMO !== 'false',
    logLevel: e.LOG_LEVEL,
    signInPerMinute: e.SIGN_IN_PER_MINUTE,
    apiTokenRequestsPerMinute: e.API_TOKEN_REQUESTS_PER_MINUTE,
  };
}
