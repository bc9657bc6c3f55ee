import { readFileSync } from 'node:fs';
import { type DbHandle, openDb } from '@inzetbaar/db';
import { inject } from 'vitest';
import { createApp } from '../src/app';
import { buildDeps } from '../src/bootstrap';
import { loadEnv } from '../src/env';
import type { Deps } from '../src/http/context';

export const BASE_URL = 'http://localhost:3000';

export type TestApp = {
  app: ReturnType<typeof createApp>;
  deps: Deps;
  handle: DbHandle;
  /** Move the clock (jobs, invitations expiry). */
  clock: { now: () => Date; set: (d: Date) => void };
  close: () => Promise<void>;
};

/** A fresh app on PGlite (from the migrated snapshot) or on the parity PostgreSQL database. */
export async function createTestApp(
  opts: { env?: Record<string, string>; signInPerMinute?: number } = {},
): Promise<TestApp> {
  const handle =
    process.env.TEST_DB === 'postgres'
      ? await openDb({
          driver: 'postgres',
          databaseUrl: process.env.TEST_DATABASE_URL as string,
          maxConnections: 4,
        })
      : await openDb({ driver: 'pglite', loadDataDir: new Blob([readFileSync(inject('snapshotPath'))]) });
  let now: Date | null = null;
  const clock = {
    now: () => now ?? new Date(),
    set: (d: Date) => {
      now = d;
    },
  };
  const env = loadEnv({
    NODE_ENV: 'test',
    INZETBAAR_DEMO: 'true',
    BASE_URL,
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    ...opts.env,
  });
  const deps = buildDeps(
    env,
    handle,
    clock,
    opts.signInPerMinute ? { signInPerMinute: opts.signInPerMinute } : {},
  );
  return { app: createApp(deps), deps, handle, clock, close: () => handle.close() };
}
