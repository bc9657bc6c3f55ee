import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDb } from './client';

/*
 * A PostgreSQL connection that the server ends while it sits idle in the pool (a restart, a
 * failover, pg_terminate_backend) must not stop the process: the pool drops it and the next query
 * gets a new one. Without the pool's error listener this is an uncaught exception (seen in CI
 * when a test database was dropped under an idle connection).
 */
const url = process.env.TEST_DATABASE_URL;

describe.skipIf(!url)('PostgreSQL pool', () => {
  it('survives an idle connection terminated by the server, and the next query works', async () => {
    const name = `pool-errors-${process.pid}`;
    const withName = new URL(url as string);
    withName.searchParams.set('application_name', name);
    const handle = await openDb({ driver: 'postgres', databaseUrl: withName.toString() });
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    try {
      await handle.db.execute('select 1');
      const killed = await admin.query(
        'select pg_terminate_backend(pid) as ok from pg_stat_activity where application_name = $1',
        [name],
      );
      expect(killed.rows.length).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const again = await handle.db.execute('select 42 as answer');
      expect((again as unknown as { rows: { answer: number }[] }).rows[0]?.answer).toBe(42);
    } finally {
      await admin.end();
      await handle.close();
    }
  });
});
