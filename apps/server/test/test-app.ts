import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { type DbHandle, openDb } from '@inzetbaar/db';
import pg from 'pg';
import { inject } from 'vitest';
import { createApp } from '../src/app';
import { buildDeps } from '../src/bootstrap';
import { loadEnv } from '../src/env';
import type { Deps } from '../src/platform/http/context';

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
  opts: {
    env?: Record<string, string>;
    signInPerMinute?: number;
    /** A database of its own on PostgreSQL too (e.g. to seed the demo, whose log-ins are unique). */
    isolated?: boolean;
  } = {},
): Promise<TestApp> {
  let dropIsolated = async () => {};
  let handle: DbHandle;
  if (process.env.TEST_DB === 'postgres') {
    let databaseUrl = process.env.TEST_DATABASE_URL as string;
    if (opts.isolated) ({ databaseUrl, drop: dropIsolated } = await createIsolatedDatabase(databaseUrl));
    handle = await openDb({ driver: 'postgres', databaseUrl, maxConnections: 4 });
    if (opts.isolated) await handle.migrate();
  } else {
    handle = await openDb({
      driver: 'pglite',
      loadDataDir: new Blob([readFileSync(inject('snapshotPath'))]),
    });
  }
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
  return {
    app: createApp(deps),
    deps,
    handle,
    clock,
    close: async () => {
      await handle.close();
      await dropIsolated();
    },
  };
}

/** A fresh database on the parity server, dropped again when the test app closes. */
async function createIsolatedDatabase(baseUrl: string) {
  const name = `inzetbaar_test_${randomUUID().replaceAll('-', '').slice(0, 12)}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), drop: () => admin(`drop database if exists ${name} with (force)`) };
}
