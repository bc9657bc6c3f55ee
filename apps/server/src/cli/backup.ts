import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { AppDb } from '@inzetbaar/db';
import { sql } from 'drizzle-orm';

/**
 * Logical backup: every table as JSON, gzipped. Because it is logical (not PGlite's file
 * format) the same file restores into an empty PGlite data dir or an empty PostgreSQL database,
 * which is also the way to move from the laptop to a server.
 */
const FORMAT = 'inzetbaar-backup/1';

/** Rows of a raw query: both drivers return `{ rows }`. */
const rowsOf = <T>(res: unknown) => (res as { rows: T[] }).rows;

/** Not data: the actor cache's counter (migration 0013), set up by the migrations themselves. */
const NOT_BACKED_UP = new Set(['actor_generation']);

async function tableNames(db: AppDb): Promise<string[]> {
  const res = await db.execute(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  return rowsOf<{ table_name: string }>(res)
    .map((r) => r.table_name)
    .filter((name) => !NOT_BACKED_UP.has(name));
}

export async function writeBackup(db: AppDb, file: string) {
  const tables: Record<string, unknown[]> = {};
  for (const name of await tableNames(db)) {
    const res = await db.execute(sql`select json_agg(t) as rows from ${sql.identifier(name)} t`);
    tables[name] = rowsOf<{ rows: unknown[] | null }>(res)[0]?.rows ?? [];
  }
  const body = JSON.stringify({ format: FORMAT, createdAt: new Date().toISOString(), tables });
  writeFileSync(file, gzipSync(body));
  return Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length]));
}

/** Restore into a migrated, empty database, in one transaction: all or nothing. */
export async function restoreBackup(db: AppDb, file: string) {
  const parsed = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as {
    format: string;
    tables: Record<string, unknown[]>;
  };
  if (parsed.format !== FORMAT) throw new Error(`Not an Inzetbaar backup (${parsed.format})`);
  const existing = new Set(await tableNames(db));
  for (const name of existing) {
    if (name.startsWith('__drizzle')) continue;
    const res = await db.execute(sql`select count(*)::int as n from ${sql.identifier(name)}`);
    if ((rowsOf<{ n: number }>(res)[0]?.n ?? 0) > 0)
      throw new Error(`Target database is not empty (table ${name} has rows)`);
  }
  await db.transaction(async (tx) => {
    // No foreign keys between our tables except better-auth's (user first), so this order suffices.
    const order = Object.keys(parsed.tables).sort((a, b) => Number(b === 'user') - Number(a === 'user'));
    for (const name of order) {
      const rows = parsed.tables[name] ?? [];
      if (!existing.has(name) || name.startsWith('__drizzle') || rows.length === 0) continue;
      await tx.execute(
        sql`insert into ${sql.identifier(name)} select * from json_populate_recordset(null::${sql.identifier(name)}, ${JSON.stringify(rows)}::json)`,
      );
    }
    await tx.execute(
      sql`select setval(pg_get_serial_sequence('audit_events', 'id'), coalesce((select max(id) from audit_events), 0) + 1, false)`,
    );
  });
  await db.execute(sql`analyze`); // planner statistics for the restored rows (platform/db/analyze.ts)
  return Object.fromEntries(Object.entries(parsed.tables).map(([k, v]) => [k, v.length]));
}
