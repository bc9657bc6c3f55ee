import type { TMobilityCase, TUpdateCase } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { type Actor, hasRole } from '../../../auth/actor';
import { type Action, authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { personNames } from '../../llo/repo/names.repo';
import { currentEmployment } from '../../llo/services/access';
import { listEmployments } from '../../people/repo/people.repo';
import { rolesOfPerson } from '../../people/repo/roles.repo';
import {
  type CaseRow,
  findCase,
  findReorganisation,
  listCases,
  listReorganisations,
  type ReorganisationRow,
  updateCase,
} from '../repo/reorganisations.repo';
import { unitNames } from './openings';

export const orgOf = (actor: Actor) => actor.organizationId as string;

/**
 * The case `id` when the actor may perform `action` on it: HR on every case, a coach only on the
 * cases assigned to them (another coach's case is "not found", like a missing one).
 */
export async function requireCase(db: DbOrTx, actor: Actor, action: Action, id: string) {
  authorize(actor, action);
  const c = await findCase(db, orgOf(actor), id);
  if (!c) throw notFound();
  if (!hasRole(actor, 'hr') && c.coachPersonId !== actor.personId) throw notFound();
  const reorganisation = await findReorganisation(db, orgOf(actor), c.reorganisationId);
  if (!reorganisation) throw notFound();
  return { c, reorganisation };
}

/** A coach must hold the coach role in the organisation. */
export async function checkCoach(db: DbOrTx, organizationId: string, personId: string, field: string) {
  const roles = await rolesOfPerson(db, organizationId, personId);
  if (!roles.some((r) => r.role === 'coach'))
    throw new AppError(422, 'validation_failed', [{ field, code: 'not_a_coach' }]);
}

export async function presentCases(
  db: DbOrTx,
  organizationId: string,
  rows: readonly CaseRow[],
  reorganisations: readonly ReorganisationRow[],
  day: string,
): Promise<TMobilityCase[]> {
  if (rows.length === 0) return [];
  const [names, employments, units] = await Promise.all([
    personNames(
      db,
      organizationId,
      rows.flatMap((r) => [r.personId, r.coachPersonId]),
    ),
    listEmployments(db, organizationId),
    unitNames(db, organizationId),
  ]);
  const reorgs = new Map(reorganisations.map((r) => [r.id, r]));
  return rows.map((r) => {
    const e = currentEmployment(
      employments.filter((x) => x.personId === r.personId),
      day,
    );
    const reorg = reorgs.get(r.reorganisationId);
    return {
      id: r.id,
      reorganisation: { id: r.reorganisationId, name: reorg?.name ?? '', status: reorg?.status ?? 'closed' },
      personId: r.personId,
      personName: names.get(r.personId) ?? '',
      jobTitle: e?.jobTitle ?? null,
      unitName: e?.unitId ? (units.get(e.unitId) ?? null) : null,
      coach: r.coachPersonId ? { personId: r.coachPersonId, name: names.get(r.coachPersonId) ?? '' } : null,
      status: r.status,
      statusChangedOn: r.statusChangedOn,
      target: r.targetRef ? { ref: r.targetRef, title: r.targetTitle ?? '' } : null,
      version: r.version,
    };
  });
}

/** The caseload: a coach's own cases; HR sees every case (optionally of one reorganisation). */
export async function listCaseload(
  deps: Deps,
  actor: Actor,
  q: { reorganisationId?: string | undefined },
): Promise<{ items: TMobilityCase[] }> {
  authorize(actor, 'mobility.case.read');
  const organizationId = orgOf(actor);
  const isHr = hasRole(actor, 'hr');
  const rows = await listCases(deps.db, organizationId, {
    ...(q.reorganisationId ? { reorganisationIds: [q.reorganisationId] } : {}),
    ...(isHr ? {} : { coachPersonId: actor.personId ?? '-' }),
  });
  const reorgs = await listReorganisations(deps.db, organizationId);
  return { items: await presentCases(deps.db, organizationId, rows, reorgs, today(deps.clock)) };
}

/** HR assigns the coach; HR or the person's coach records the status. */
export async function changeCase(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateCase,
): Promise<TMobilityCase> {
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const { c, reorganisation } = await requireCase(tx, actor, 'mobility.case.write', id);
    if (input.coachPersonId !== undefined && input.coachPersonId !== c.coachPersonId) {
      if (!hasRole(actor, 'hr')) throw new AppError(403, 'coach_cannot_assign');
      if (input.coachPersonId) await checkCoach(tx, organizationId, input.coachPersonId, 'coachPersonId');
    }
    const day = today(deps.clock);
    const statusChanged = input.status !== undefined && input.status !== c.status;
    const row = await updateCase(tx, organizationId, id, input.version, {
      ...(input.coachPersonId !== undefined ? { coachPersonId: input.coachPersonId } : {}),
      ...(statusChanged ? { status: input.status, statusChangedOn: day } : {}),
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.case.changed',
      resourceType: 'mobility_case',
      resourceId: id,
      subjectPersonId: c.personId,
      details: { status: row.status, coachChanged: row.coachPersonId !== c.coachPersonId },
    });
    const [presented] = await presentCases(tx, organizationId, [row], [reorganisation], day);
    return presented as TMobilityCase;
  });
}
