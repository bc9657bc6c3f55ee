import {
  AP_ABSENCE_RETENTION,
  absenceRetention,
  retentionCandidateBound,
} from '@inzetbaar/domain/retention/index';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { listAllOrganizations } from '../../people/repo/organizations.repo';
import { purgeAbsenceData, retentionCandidates, retentionFacts } from '../repo/absence-retention.repo';

export const ABSENCE_RETENTION_JOB = 'absence.retention';

/**
 * The daily retention run (domain-rules §2.3, docs/absence.md "Retention"): per organisation,
 * the absence administration and re-integration file of everyone whose last employment ended
 * AND whose last case closed more than 2 years ago (the domain's `absenceRetention` decides; purge
 * from the day after the anniversary) are deleted, one transaction and one audit event per person
 * with the counts only. The physician's medical notes stay (WGBO: 20 years). Idempotent: a
 * purged person has no cases left, so a second run finds nothing.
 */
export async function runAbsenceRetention(deps: Deps): Promise<{ persons: number; rows: number }> {
  const day = today(deps.clock);
  const bound = retentionCandidateBound(day);
  let persons = 0;
  let rows = 0;
  for (const org of await listAllOrganizations(deps.db)) {
    const candidates = await retentionCandidates(deps.db, org.id, bound);
    if (candidates.length === 0) continue;
    const facts = await retentionFacts(deps.db, org.id, candidates);
    for (const personId of candidates) {
      const employments = facts.employments.filter((e) => e.personId === personId);
      const cases = facts.cases.filter((c) => c.personId === personId);
      const decision = absenceRetention({ employments, cases }, day);
      if (!decision.purge) continue;
      await deps.db.transaction(async (tx) => {
        const counts = await purgeAbsenceData(
          tx,
          org.id,
          personId,
          cases.map((c) => c.id),
        );
        await recordAudit(tx, null, org.id, {
          action: 'absence.retention_purged',
          resourceType: 'person',
          resourceId: personId,
          subjectPersonId: personId,
          details: { ...counts, keptUntil: decision.keptUntil, rules: AP_ABSENCE_RETENTION.id, on: day },
        });
        persons++;
        rows += Object.values(counts).reduce((a, b) => a + b, 0);
      });
    }
  }
  return { persons, rows };
}

/** Enqueue the retention run of the day of `at` (03:00 UTC) under an idempotent key. */
export async function scheduleAbsenceRetention(deps: Deps, at: Date) {
  const day = at.toISOString().slice(0, 10);
  await deps.scheduler.enqueue(deps.db, {
    key: `${ABSENCE_RETENTION_JOB}:${day}`,
    kind: ABSENCE_RETENTION_JOB,
    runAt: new Date(`${day}T03:00:00Z`),
  });
}

/** Register the daily run; each run schedules the next day's. */
export function registerAbsenceRetentionJob(deps: Deps) {
  deps.scheduler.register(ABSENCE_RETENTION_JOB, async () => {
    await runAbsenceRetention(deps);
    await scheduleAbsenceRetention(deps, new Date(deps.clock.now().getTime() + 86_400_000));
  });
}
