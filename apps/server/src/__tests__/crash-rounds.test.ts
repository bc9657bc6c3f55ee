import { describe, expect, it } from 'vitest';
import { runCrashRounds } from '../../test/crash-rounds';

/*
 * Three crash rounds against the real server process (issue #9): SIGKILL mid-write, restart,
 * every acknowledged write still there; then a clean SIGTERM to the process group removes the
 * PGlite lock. On PGlite in the integration tier; on PostgreSQL in the parity tier, in a database
 * of its own next to TEST_DATABASE_URL (`<name>_crash`). `npm run bench -- crash` runs 20+.
 */
const onPostgres = process.env.TEST_DB === 'postgres';

function crashDatabaseUrl(): string {
  const url = new URL(process.env.TEST_DATABASE_URL as string);
  url.pathname = `${url.pathname}_crash`;
  return url.toString();
}

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

describe(`crash rounds on ${onPostgres ? 'PostgreSQL' : 'PGlite'}`, () => {
  it('3 × SIGKILL mid-write: no acknowledged write lost; SIGTERM stops cleanly', async () => {
    const databaseUrl = onPostgres ? crashDatabaseUrl() : undefined;
    if (databaseUrl) await ensureDatabase(databaseUrl);
    const result = await runCrashRounds({
      driver: onPostgres ? 'postgres' : 'pglite',
      rounds: 3,
      // a port per tier, so the PGlite and PostgreSQL runs of one machine do not collide
      port: Number(process.env.CRASH_PORT ?? (onPostgres ? 39_412 : 39_411)),
      ...(databaseUrl ? { databaseUrl } : {}),
    });
    expect(result.acknowledged.people).toBeGreaterThan(0);
    expect(result.acknowledged.sickReports).toBeGreaterThan(0);
    expect(result.acknowledged.measures).toBeGreaterThan(0);
    expect(result.lost).toEqual({ people: 0, sickReports: 0, measures: 0 });
    expect(result.sigtermExitCode).toBe(0);
    if (!onPostgres) expect(result.lockRemovedOnSigterm).toBe(true);
  }, 600_000);
});
