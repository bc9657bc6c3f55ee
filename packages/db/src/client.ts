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

/** Open the database: PGlite on disk (or in memory without `dataDir`), or PostgreSQL by URL. */
export async function openDb(options: OpenDbOptions): Promise<DbHandle> {
  if (options.driver === 'postgres') {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.maxConnections ?? 10 });
    const db = drizzleNodePg({ client: pool, schema, casing: 'snake_case' }) as unknown as AppDb;
    return {
      db,
      driver: 'postgres',
      migrate: () =>
        migrateNodePg(drizzleNodePg({ client: pool, casing: 'snake_case' }), { migrationsFolder }),
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
    migrate: () => migratePglite(drizzlePglite({ client, casing: 'snake_case' }), { migrationsFolder }),
    close: () => client.close(),
  };
}
