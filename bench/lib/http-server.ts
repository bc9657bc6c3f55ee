/*
 * The server side of `npm run bench -- http`, in a child process of its own so that its CPU time is
 * its own (process.cpuUsage). Loads the app from `--root` (a checkout of the repository: this one,
 * or an older commit's worktree to compare side by side), opens a fresh database (PGlite in memory
 * or a PostgreSQL database whose schemas are dropped first), migrates, seeds the demo organisation,
 * signs the HR user in and serves the app plus a bare Hono endpoint (the ceiling) on free ports.
 * Talks to the parent over IPC: `ready` with the ports and cookie; `cpu` → its cpuUsage and RSS.
 */
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pg from 'pg';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    driver: { type: 'string', default: 'pglite' },
    'database-url': { type: 'string' },
  },
});
const root = values.root as string;
const driver = values.driver as 'pglite' | 'postgres';
const BASE_URL = 'http://localhost:3000';

// biome-ignore lint/suspicious/noExplicitAny: modules of another checkout, typed loosely on purpose
const load = (p: string): Promise<any> => import(pathToFileURL(join(root, p)).href);

async function resetPostgres(url: string): Promise<void> {
  const name = decodeURIComponent(new URL(url).pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const a = new pg.Client({ connectionString: admin.toString() });
  await a.connect();
  try {
    const found = await a.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await a.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await a.end();
  }
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    await c.query('drop schema if exists drizzle cascade');
    await c.query('drop schema if exists public cascade');
    await c.query('create schema public');
  } finally {
    await c.end();
  }
}

async function main() {
  const { openDb } = await load('packages/db/src/index.ts');
  const { createApp } = await load('apps/server/src/app.ts');
  const { buildDeps } = await load('apps/server/src/bootstrap.ts');
  const { loadEnv } = await load('apps/server/src/env.ts');
  const { seedDemo } = await load('apps/server/src/platform/demo/seed-demo.ts');
  const { DEMO_PASSWORD } = await load('apps/server/src/platform/demo/demo-accounts.ts');

  const t0 = performance.now();
  const url = values['database-url'];
  if (driver === 'postgres') await resetPostgres(url as string);
  const handle =
    driver === 'postgres'
      ? await openDb({ driver: 'postgres', databaseUrl: url })
      : await openDb({ driver: 'pglite' });
  await handle.migrate();
  // as in production (no response-schema check, which runs in development and tests only), but
  // with the demo organisation, which loadEnv allows outside production only
  const loaded = loadEnv({
    NODE_ENV: 'development',
    INZETBAAR_DEMO: 'true',
    BASE_URL,
    DATA_DIR: '/nonexistent',
    LOG_LEVEL: 'silent',
    ...(url && driver === 'postgres' ? { DATABASE_URL: url } : {}),
  });
  const env = { ...loaded, nodeEnv: 'production' };
  const deps = buildDeps(env, handle, { now: () => new Date() }, { signInPerMinute: 1000 });
  const app = createApp(deps);
  await seedDemo(deps);
  const seedMs = Math.round(performance.now() - t0);

  const res = await app.request('/api/auth/sign-in/email', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: BASE_URL },
    body: JSON.stringify({ email: 'hr@demo.inzetbaar.nl', password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const cookie = (res.headers.getSetCookie() as string[])
    .map((c) => c.split(';')[0])
    .filter((c): c is string => !!c && !c.endsWith('='))
    .join('; ');

  const listen = (fetch: (r: Request) => Response | Promise<Response>) =>
    new Promise<{ port: number }>((resolve) => {
      serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({ port: info.port }));
    });
  const bare = new Hono();
  bare.get('/', (c) => c.json({ status: 'ok' }));
  const appServer = await listen(app.fetch);
  const bareServer = await listen(bare.fetch);

  process.on('message', async (m: { type: string }) => {
    if (m.type === 'cpu') {
      process.send?.({ type: 'cpu', cpu: process.cpuUsage(), rss: process.memoryUsage().rss });
    } else if (m.type === 'stop') {
      // requests autocannon left in flight would only log errors against a closed pool: just go
      await deps.scheduler.stop();
      process.exit(0);
    }
  });
  process.send?.({
    type: 'ready',
    port: appServer.port,
    barePort: bareServer.port,
    cookie,
    seedMs,
    rss: process.memoryUsage().rss,
  });
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
