import { schema } from '@inzetbaar/db';
import { and, eq, lt } from 'drizzle-orm';
import { MODULES } from '../../modules';
import { analyze } from '../db/analyze';
import type { Deps } from '../http/context';

const DAY_MS = 86_400_000;

/**
 * Jobs of the platform itself, then every module's (its manifest's `jobs`).
 * `maintenance.daily` removes expired sessions and verification tokens and unconfirmed import
 * previews older than a day (they hold personal data nobody confirmed), refreshes the planner
 * statistics on PGlite, then schedules itself
 * for the next day under an idempotent key, so a restart never doubles it.
 */
export function registerJobs(deps: Deps) {
  deps.scheduler.register('maintenance.daily', async () => {
    const now = deps.clock.now();
    await deps.db.delete(schema.session).where(lt(schema.session.expiresAt, now));
    await deps.db.delete(schema.verification).where(lt(schema.verification.expiresAt, now));
    await deps.db
      .delete(schema.peopleImports)
      .where(
        and(
          eq(schema.peopleImports.status, 'preview'),
          lt(schema.peopleImports.createdAt, new Date(now.getTime() - DAY_MS)),
        ),
      );
    // PGlite runs without autovacuum, and a PostgreSQL may too: without planner statistics the
    // queries get nested-loop plans sized for a handful of rows (platform/db/analyze.ts).
    await analyze(deps.db);
    await scheduleDailyMaintenance(deps, new Date(now.getTime() + DAY_MS));
  });
  for (const m of MODULES) m.jobs?.register(deps);
}

export async function scheduleDailyMaintenance(deps: Deps, at: Date) {
  const day = at.toISOString().slice(0, 10);
  await deps.scheduler.enqueue(deps.db, {
    key: `maintenance.daily:${day}`,
    kind: 'maintenance.daily',
    runAt: new Date(`${day}T02:00:00Z`),
  });
  for (const m of MODULES) await m.jobs?.schedule?.(deps, at);
}
