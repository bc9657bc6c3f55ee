import type { DbOrTx } from '@inzetbaar/db';
import { sql } from 'drizzle-orm';

/*
 * Planner statistics (issue #10). PGlite has no autovacuum, and a PostgreSQL may run without it
 * (or not yet have got round to a table after a bulk load): without statistics the planner sizes
 * plans for a handful of rows (the people page took 12.8 ms of PostgreSQL CPU, 2.2 ms after
 * ANALYZE). So the app runs ANALYZE itself after migrations, the demo seed, an import, a restore
 * and in the daily maintenance — on both drivers.
 */

const TABLE = /^[a-z_][a-z0-9_]*$/;

/** ANALYZE the whole database, or only `tables` (after a write that touched just those). */
export async function analyze(db: DbOrTx, tables: readonly string[] = []): Promise<void> {
  if (!tables.length) {
    await db.execute(sql`analyze`);
    return;
  }
  for (const t of tables) if (!TABLE.test(t)) throw new Error(`not a table name: ${t}`);
  await db.execute(sql.raw(`analyze ${tables.map((t) => `"${t}"`).join(', ')}`));
}
