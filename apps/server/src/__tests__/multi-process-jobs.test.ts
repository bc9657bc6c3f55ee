import { type ChildProcess, spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDb } from '@inzetbaar/db';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { beforeAll, describe, expect, it } from 'vitest';
import { ABSENCE_RETENTION_JOB } from '../modules/verzuim/services/absence-retention';
import { createScheduler } from '../platform/jobs/scheduler';

/*
 * Issue #10: nothing depends on being the only process. Several server processes on one
 * PostgreSQL (`serve --workers N`, or several hosts) each run the job scheduler; a job is claimed
 * with FOR UPDATE SKIP LOCKED, so each runs once. PostgreSQL only (the parity tier): PGlite is
 * one process by nature.
 */
const onPostgres = process.env.TEST_DB === 'postgres';
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'inzetbaar.mjs');

function jobsDatabaseUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `${url.pathname}_jobs`;
  return url.toString();
}

async function freshDatabase(url: string) {
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  } finally {
    await client.end();
  }
}

const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

describe.skipIf(!onPostgres)('jobs with several processes on one PostgreSQL', () => {
  const url = onPostgres ? jobsDatabaseUrl() : '';
  beforeAll(async () => {
    await freshDatabase(url);
    const handle = await openDb({ driver: 'postgres', databaseUrl: url, maxConnections: 2 });
    await handle.migrate();
    await handle.close();
  }, 120_000);

  it('two schedulers on two connection pools: every job runs once, and both take part', async () => {
    const a = await openDb({ driver: 'postgres', databaseUrl: url, maxConnections: 2 });
    const b = await openDb({ driver: 'postgres', databaseUrl: url, maxConnections: 2 });
    try {
      const kind = `test.parallel.${Date.now()}`;
      const ran: { by: string; id: string }[] = [];
      const schedulers = [
        ['a', a],
        ['b', b],
      ].map(([name, handle]) => {
        const s = createScheduler((handle as typeof a).db, { now: () => new Date() });
        s.register(kind, async (job) => {
          ran.push({ by: name as string, id: job.id });
          await new Promise((r) => setTimeout(r, 2)); // long enough for the other to claim meanwhile
        });
        return s;
      });
      const past = new Date(Date.now() - 60_000);
      for (let i = 0; i < 200; i++)
        await (schedulers[0] as (typeof schedulers)[0]).enqueue(a.db, {
          key: `${kind}:${i}`,
          kind,
          runAt: past,
        });
      const counts = await Promise.all(schedulers.map((s) => s.runDue(1_000)));
      expect((counts[0] ?? 0) + (counts[1] ?? 0)).toBe(200);
      expect(ran).toHaveLength(200);
      expect(new Set(ran.map((r) => r.id)).size).toBe(200);
      expect(ran.some((r) => r.by === 'a')).toBe(true);
      expect(ran.some((r) => r.by === 'b')).toBe(true);
      const rows = rowsOf<{ status: string; attempts: number; n: number }>(
        await a.db.execute(
          sql`select status, attempts, count(*)::int as n from jobs where kind = ${kind} group by 1, 2`,
        ),
      );
      expect(rows).toEqual([{ status: 'done', attempts: 1, n: 200 }]);
    } finally {
      await a.close();
      await b.close();
    }
  }, 120_000);

  it('two real server processes on one database: each job runs once', async () => {
    const ports = [39_431, 39_432];
    const servers: ChildProcess[] = ports.map((port) =>
      spawn(process.execPath, [BIN, 'serve', '--workers', '1'], {
        stdio: ['ignore', 'ignore', 'pipe'],
        env: {
          ...process.env,
          NODE_ENV: 'development',
          INZETBAAR_DEMO: 'false',
          PORT: String(port),
          HOST: '127.0.0.1',
          BASE_URL: `http://localhost:${port}`,
          DATABASE_URL: url,
          LOG_LEVEL: 'warn',
        },
      }),
    );
    let stderr = '';
    for (const s of servers) s.stderr?.on('data', (d) => (stderr += String(d)));
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      for (const port of ports) {
        const until = Date.now() + 120_000;
        for (;;) {
          const ok = await fetch(`http://127.0.0.1:${port}/api/health`).then(
            (r) => r.ok,
            () => false,
          );
          if (ok) break;
          if (Date.now() > until) throw new Error(`server on ${port} not healthy: ${stderr}`);
          await new Promise((r) => setTimeout(r, 200));
        }
      }
      // 300 due jobs of a kind both servers handle (the retention run: quick on an empty database)
      const keys = Array.from({ length: 300 }, (_, i) => `test.${ABSENCE_RETENTION_JOB}.${Date.now()}.${i}`);
      await client.query(
        `insert into jobs (id, key, kind, run_at, payload)
         select gen_random_uuid()::text, k, $2, now() - interval '1 minute', '{}'::jsonb
         from unnest($1::text[]) as k`,
        [keys, ABSENCE_RETENTION_JOB],
      );
      const until = Date.now() + 120_000;
      let rows: { status: string; attempts: number; n: number }[] = [];
      for (;;) {
        rows = (
          await client.query(
            'select status, attempts, count(*)::int as n from jobs where key = any($1::text[]) group by 1, 2 order by 1, 2',
            [keys],
          )
        ).rows;
        if (rows.length === 1 && rows[0]?.status === 'done') break;
        if (Date.now() > until) break;
        await new Promise((r) => setTimeout(r, 250));
      }
      // a job claimed twice would show 2 attempts (the claim counts them)
      expect(rows).toEqual([{ status: 'done', attempts: 1, n: 300 }]);
    } finally {
      await client.end();
      await Promise.all(
        servers.map(
          (s) =>
            new Promise<void>((done) => {
              if (s.exitCode !== null) return done();
              s.once('exit', () => done());
              s.kill('SIGTERM');
            }),
        ),
      );
    }
  }, 300_000);
});
