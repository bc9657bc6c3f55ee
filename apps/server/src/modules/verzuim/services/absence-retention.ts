import type { DbOrTx } from '@inzetbaar/db';
import {
  RETENTION_RULES,
  retentionCandidateBounds,
  retentionPlan,
  type TRetentionItem,
} from '@inzetbaar/domain/retention/index';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { listAllOrganizations } from '../../people/repo/organizations.repo';
import {
  purgeAbsenceAdministration,
  purgeMedicalFile,
  purgeReintegrationFile,
  retentionCandidates,
  retentionFacts,
  withdrawReleases,
} from '../repo/absence-retention.repo';

export const ABSENCE_RETENTION_JOB = 'absence.retention';

/** The day (Europe/Amsterdam) of a stored moment: the date of an entry in the medical file. */
const dayOf = (at: Date) => today({ now: () => at });

/**
 * Per person with a record that is due by `until` (default `asOf`), the domain's retention plan
 * as of `asOf` (packages/domain/src/retention). The SQL pre-selection keeps this small; the domain
 * decides each record.
 */
export async function retentionPlans(db: DbOrTx, organizationId: string, asOf: string, until = asOf) {
  const candidates = await retentionCandidates(db, organizationId, retentionCandidateBounds(until));
  const facts = await retentionFacts(db, organizationId, candidates);
  const released = new Map(facts.releasedDocuments.map((d) => [d.caseId, d.n]));
  const plans: { personId: string; items: TRetentionItem[] }[] = [];
  for (const personId of candidates) {
    const own = facts.reports.filter((r) => r.personId === personId);
    const lastMedical = facts.medicalEntries
      .filter((m) => m.personId === personId)
      .map((m) => dayOf(m.last))
      .sort()
      .at(-1);
    const items = retentionPlan(
      {
        employments: facts.employments.filter((e) => e.personId === personId),
        cases: facts.cases
          .filter((c) => c.personId === personId)
          .map((c) => ({
            id: c.id,
            periods: own.filter((r) => r.caseId === c.id),
            releasedDocuments: released.get(c.id) ?? 0,
          })),
        hasAbsenceAdministration: own.length > 0,
        lastMedicalEntry: lastMedical ?? null,
      },
      asOf,
    ).filter((i) => i.keptUntil < until);
    if (items.length) plans.push({ personId, items });
  }
  return plans;
}

/**
 * Carries out one person's due records, in the order of the rule table: each re-integration file
 * (and the releases of its documents), then the absence administration, then the medical file.
 * Returns the number of rows per table.
 */
async function carryOut(
  tx: DbOrTx,
  organizationId: string,
  personId: string,
  due: readonly TRetentionItem[],
) {
  const counts: Record<string, number> = {};
  const add = (c: Record<string, number>) => {
    for (const [k, v] of Object.entries(c)) counts[k] = (counts[k] ?? 0) + v;
  };
  for (const item of due) {
    if (item.recordType === 'released_documents' && item.caseId)
      add(await withdrawReleases(tx, organizationId, { caseId: item.caseId }));
    if (item.recordType === 'reintegration_file' && item.caseId)
      add(await purgeReintegrationFile(tx, organizationId, item.caseId));
  }
  if (due.some((i) => i.recordType === 'absence_administration')) {
    add(await withdrawReleases(tx, organizationId, { personId }));
    add(await purgeAbsenceAdministration(tx, organizationId, personId));
  }
  if (due.some((i) => i.recordType === 'medical_file'))
    add(await purgeMedicalFile(tx, organizationId, personId));
  return counts;
}

/**
 * The daily retention run (domain-rules §2.3, docs/absence.md "Retention"): per organisation and
 * person, every record whose retention period ended is removed — the re-integration file 2 years
 * after the re-integration ended (also for people still employed), the absence administration 2
 * years after the employment ended, the physician's medical file 20 years after the last entry —
 * one transaction and one audit event per person with the counts only. Idempotent: what is gone
 * is not found again.
 */
export async function runAbsenceRetention(deps: Deps): Promise<{ persons: number; rows: number }> {
  const day = today(deps.clock);
  let persons = 0;
  let rows = 0;
  for (const org of await listAllOrganizations(deps.db)) {
    for (const { personId, items } of await retentionPlans(deps.db, org.id, day)) {
      const due = items.filter((i) => i.due);
      if (due.length === 0) continue;
      await deps.db.transaction(async (tx) => {
        const counts = await carryOut(tx, org.id, personId, due);
        await recordAudit(tx, null, org.id, {
          action: 'absence.retention_purged',
          resourceType: 'person',
          resourceId: personId,
          subjectPersonId: personId,
          details: {
            ...counts,
            records: due.map((i) => ({ recordType: i.recordType, caseId: i.caseId, keptUntil: i.keptUntil })),
            rules: RETENTION_RULES.id,
            on: day,
          },
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
