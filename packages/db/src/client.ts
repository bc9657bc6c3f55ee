import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import { migrate as migrateNodePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import * as schema from './schema';

export { schema };

/** One repository type for both drivers (docs/stack.md pitfall 9). */
export type AppDb = PgDatabase<PgQueryResultHKT, typeof schema>;
/** A transaction handle has the same query API; pass it explicitly inside `transaction()`. */
export type Tx = Parameters<Parameters<AppDb['transaction']>[0]>[0];
export type DbOrTx = AppDb | Tx;

export type DbHandle = {
  db: AppDb;
  driver: 'pglite' | 'postgres';
  /** Apply committed migrations (idempotent). */
  migrate: () => Promise<void>;
  close: () => Promise<void>;
  /** PGlite only: the underlying instance (backup via dumpDataDir). */
  pglite?: PGlite;
};

export const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), '..', 'drizzle');

export type OpenDbOptions =
  | { driver: 'postgres'; databaseUrl: string; maxConnections?: number }
  | { driver: 'pglite'; dataDir?: string; loadDataDir?: Blob | File };

type Query = (text: string) => Promise<{ rows: unknown[] }>;

/** How many migrations the database has recorded (0 before the first). */
async function appliedMigrations(query: Query): Promise<number> {
  const { rows } = await query(`select to_regclass('drizzle.__drizzle_migrations') is not null as present`);
  if (!(rows[0] as { present: boolean } | undefined)?.present) return 0;
  const counted = await query('select count(*)::int as n from drizzle.__drizzle_migrations');
  return (counted.rows[0] as { n: number } | undefined)?.n ?? 0;
}

/**
 * Apply the migrations; when any was new, ANALYZE: a migration can add indexes and rewrite
 * tables, and neither PGlite nor a PostgreSQL without autovacuum gathers statistics by itself.
 */
async function migrateAndAnalyze(query: Query, migrate: () => Promise<void>): Promise<void> {
  const before = await appliedMigrations(query);
  await migrate();
  if ((await appliedMigrations(query)) !== before) await query('analyze');
}

/** Open the database: PGlite on disk (or in memory without `dataDir`), or PostgreSQL by URL. */
export async function openDb(options: OpenDbOptions): Promise<DbHandle> {
  if (options.driver === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    // An idle connection the server ends (a PostgreSQL restart, a failover, an administrator's
    // terminate) arrives as an 'error' event on the pool; without a listener it is an uncaught
    // exception that stops the process. The pool drops that connection and opens a new one on the
    // next query, so logging is all there is to do.
    pool.on('error', (e) => console.error(`[db] idle PostgreSQL connection lost: ${e.message}`));
    const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' }) as unknown as AppDb;
    return {
      db,
      driver: 'postgres',
      migrate: () =>
        migrateAndAnalyze(
          (text) => pool.query(text),
          () => migrateNodePg(drizzleNodePg({ client: pool, casing: 'snake_case' }), { migrationsFolder }),
        ),
      close: () => pool.end(),
    };
  }
  // PGlite does not create parent directories (docs/stack.md pitfall 7).
  if (options.dataDir) mkdirSync(dirname(options.dataDir), { recursive: true });
  const client = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  await client.waitReady;
  const db = drizzlePglite({ client, schema, casing: 'snake_case' }) as unknown as AppDb;
  return {
    db,
    driver: 'pglite',
    pglite: client,
    migrate: () =>
      migrateAndAnalyze(
        (text) => client.query(text),
        () => migratePglite(drizzlePglite({ client, casing: 'snake_case' }), { migrationsFolder }),
      ),
    close: () => client.close(),
  };
}
