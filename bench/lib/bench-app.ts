import { type DbHandle, openDb } from '@inzetbaar/db';
import pg from 'pg';
import { createApp } from '../../apps/server/src/app';
import { buildDeps } from '../../apps/server/src/bootstrap';
import { loadEnv } from '../../apps/server/src/env';
import type { Deps } from '../../apps/server/src/platform/http/context';

export const BENCH_BASE_URL = 'http://localhost:3000';
export const DEFAULT_POSTGRES_URL = 'postgres://postgres@127.0.0.1:5432/bench';
export const postgresUrl = (): string => process.env.BENCH_DATABASE_URL || DEFAULT_POSTGRES_URL;

export type Driver = 'pglite' | 'postgres';
export type BenchApp = { app: ReturnType<typeof createApp>; deps: Deps; handle: DbHandle };

/** Create the bench database when missing, then drop and recreate its schemas (a clean slate). */
async function resetPostgres(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const adminClient = new pg.Client({ connectionString: admin.toString() });
  await adminClient.connect();
  try {
    const found = await adminClient.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await adminClient.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await adminClient.end();
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('drop schema if exists drizzle cascade');
    await client.query('drop schema if exists public cascade');
    await client.query('create schema public');
  } finally {
    await client.end();
  }
}

/** A fresh, migrated database and the app on it, in demo mode (2FA waived for @demo.inzetbaar.nl). */
export async function openBenchApp(driver: Driver): Promise<BenchApp> {
  let handle: DbHandle;
  if (driver === 'postgres') {
    await resetPostgres(postgresUrl());
    handle = await openDb({ driver: 'postgres', databaseUrl: postgresUrl(), maxConnections: 10 });
  } else {
    handle = await openDb({ driver: 'pglite' }); // in memory
  }
  await handle.migrate();
  const env = loadEnv({
    NODE_ENV: 'development',
    INZETBAAR_DEMO: 'true',
    BASE_URL: BENCH_BASE_URL,
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
  });
  const deps = buildDeps(env, handle, { now: () => new Date() });
  return { app: createApp(deps), deps, handle };
}

/** Sign in over the API (as a browser would) and return the session cookie. */
export async function signIn(app: BenchApp['app'], email: string, password: string): Promise<string> {
  const res = await app.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BENCH_BASE_URL },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${email} failed: ${res.status} ${await res.text()}`);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .filter((c): c is string => !!c && !c.endsWith('='))
    .join('; ');
}
