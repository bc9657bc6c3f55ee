import type { TRetentionReport } from '@inzetbaar/contracts';
import { addDays } from '@inzetbaar/domain';
import { RETENTION_RULES } from '@inzetbaar/domain/retention/index';
import type { Actor } from '../../../auth/actor';
import { authorize, scopeFor } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import { personNames } from '../repo/absence.repo';
import { retentionPlans } from './absence-retention';

/**
 * The retention dry run: what the daily job removes on its next run (`due`) and within
 * `horizonDays`, per record type, computed exactly as the job does (retentionPlans) but without
 * removing anything. Whose medical file reaches its end is for the physician; HR gets counts.
 */
export async function retentionReport(
  deps: Deps,
  actor: Actor,
  q: { horizonDays: number },
): Promise<TRetentionReport> {
  authorize(actor, 'absence.retention.read');
  const organizationId = actor.organizationId as string;
  const asOf = today(deps.clock);
  // records kept through a day before `until` are removed on or before `until` (0: the next run only)
  const until = addDays(asOf, q.horizonDays);
  const plans = await retentionPlans(deps.db, organizationId, asOf, until);
  const seesMedical = scopeFor(actor, 'medical.read') !== null;
  const names = new Map(
    (
      await personNames(
        deps.db,
        organizationId,
        plans.map((p) => p.personId),
      )
    ).map((p) => [p.id, displayName(p)]),
  );
  const items: TRetentionReport['items'] = [];
  const medicalFiles = { due: 0, upcoming: 0 };
  for (const { personId, items: own } of plans)
    for (const i of own) {
      if (i.recordType === 'medical_file' && !seesMedical) {
        medicalFiles[i.due ? 'due' : 'upcoming']++;
        continue;
      }
      items.push({
        recordType: i.recordType,
        personId,
        personName: names.get(personId) ?? '?',
        caseId: i.caseId,
        from: i.from,
        keptUntil: i.keptUntil,
        removedOn: addDays(i.keptUntil, 1),
        due: i.due,
      });
    }
  items.sort((a, b) => (a.removedOn < b.removedOn ? -1 : a.removedOn > b.removedOn ? 1 : 0));
  await recordAudit(deps.db, actor, organizationId, {
    action: 'absence.retention_report_viewed',
    resourceType: 'organization',
    resourceId: organizationId,
    details: { horizonDays: q.horizonDays, items: items.length },
  });
  return {
    asOf,
    until,
    ruleSet: RETENTION_RULES.id,
    rules: RETENTION_RULES.rules.map((r) => ({ ...r })),
    items,
    medicalFiles: seesMedical ? null : medicalFiles,
  };
}
