import { type CrashResult, runCrashRounds } from '../apps/server/test/crash-rounds';
import type { Driver } from './lib/bench-app';

/*
 * `npm run bench -- crash [--rounds 20] [--drivers pglite,postgres] [--port 39500]`: the crash
 * rounds of apps/server/test/crash-rounds.ts at length. PostgreSQL uses CRASH_DATABASE_URL
 * (default postgres://postgres@127.0.0.1:5432/crash; created when missing, its schemas dropped).
 */

export type CrashBenchResult = CrashResult & { durationMs: number; log: string[] };

export const crashDatabaseUrl = () =>
  process.env.CRASH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/crash';

async function ensureDatabase(url: string) {
  const pg = (await import('pg')).default;
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (found.rowCount === 0) await client.query(`create database "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}

export async function runCrashBench(opts: {
  driver: Driver;
  rounds: number;
  port: number;
}): Promise<CrashBenchResult> {
  const log: string[] = [];
  const databaseUrl = opts.driver === 'postgres' ? crashDatabaseUrl() : undefined;
  if (databaseUrl) await ensureDatabase(databaseUrl);
  const started = performance.now();
  const result = await runCrashRounds({
    ...opts,
    ...(databaseUrl ? { databaseUrl } : {}),
    log: (line) => {
      console.log(`  ${line}`);
      log.push(line);
    },
  });
  return { ...result, durationMs: Math.round(performance.now() - started), log };
}
