import {
  CASE_STATUSES,
  type TAddCases,
  type TCreateReorganisation,
  type TReorganisation,
  type TReorganisationDetail,
  type TUpdateReorganisation,
  type TWorksCouncilReport,
} from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, type FieldError, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { listGoals } from '../../llo/repo/pop.repo';
import { findPerson } from '../../people/repo/people.repo';
import {
  type CaseRow,
  findReorganisation,
  insertCases,
  insertReorganisation,
  listCases,
  listReorganisations,
  type ReorganisationRow,
  updateReorganisation,
} from '../repo/reorganisations.repo';
import { checkCoach, orgOf, presentCases } from './cases';

const countByStatus = (cases: readonly CaseRow[]) =>
  Object.fromEntries(CASE_STATUSES.map((s) => [s, cases.filter((c) => c.status === s).length])) as Record<
    (typeof CASE_STATUSES)[number],
    number
  >;

const present = (r: ReorganisationRow, cases: readonly CaseRow[]): TReorganisation => ({
  id: r.id,
  name: r.name,
  description: r.description,
  status: r.status,
  announcedOn: r.announcedOn,
  endsOn: r.endsOn,
  people: cases.length,
  withoutCoach: cases.filter((c) => !c.coachPersonId).length,
  byStatus: countByStatus(cases),
  version: r.version,
});

export async function listReorganisationsFor(
  deps: Deps,
  actor: Actor,
): Promise<{ items: TReorganisation[] }> {
  authorize(actor, 'mobility.reorganisation.list');
  const organizationId = orgOf(actor);
  const [reorgs, cases] = await Promise.all([
    listReorganisations(deps.db, organizationId),
    listCases(deps.db, organizationId),
  ]);
  return {
    items: reorgs.map((r) =>
      present(
        r,
        cases.filter((c) => c.reorganisationId === r.id),
      ),
    ),
  };
}

export async function getReorganisation(
  deps: Deps,
  actor: Actor,
  id: string,
): Promise<TReorganisationDetail> {
  authorize(actor, 'mobility.reorganisation.read');
  const organizationId = orgOf(actor);
  const r = await findReorganisation(deps.db, organizationId, id);
  if (!r) throw notFound();
  const cases = await listCases(deps.db, organizationId, { reorganisationIds: [id] });
  return {
    ...present(r, cases),
    cases: await presentCases(deps.db, organizationId, cases, [r], today(deps.clock)),
  };
}

export async function createReorganisation(
  deps: Deps,
  actor: Actor,
  input: TCreateReorganisation,
): Promise<TReorganisation> {
  authorize(actor, 'mobility.reorganisation.write');
  const organizationId = orgOf(actor);
  if (input.endsOn && input.endsOn < input.announcedOn)
    throw new AppError(422, 'validation_failed', [{ field: 'endsOn', code: 'ends_before_start' }]);
  return deps.db.transaction(async (tx) => {
    const r = await insertReorganisation(tx, {
      organizationId,
      name: input.name,
      description: input.description ?? '',
      status: input.status,
      announcedOn: input.announcedOn,
      endsOn: input.endsOn ?? null,
    });
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.reorganisation.created',
      resourceType: 'mobility_reorganisation',
      resourceId: r.id,
      details: { status: r.status },
    });
    return present(r, []);
  });
}

export async function changeReorganisation(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateReorganisation,
): Promise<TReorganisation> {
  authorize(actor, 'mobility.reorganisation.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const current = await findReorganisation(tx, organizationId, id);
    if (!current) throw notFound();
    const { version, ...patch } = input;
    const announcedOn = patch.announcedOn ?? current.announcedOn;
    const endsOn = patch.endsOn === undefined ? current.endsOn : patch.endsOn;
    if (endsOn && endsOn < announcedOn)
      throw new AppError(422, 'validation_failed', [{ field: 'endsOn', code: 'ends_before_start' }]);
    const r = await updateReorganisation(tx, organizationId, id, version, {
      ...(patch.name !== undefined ? { name: patch.name } : {}),
      ...(patch.description !== undefined ? { description: patch.description ?? '' } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
      announcedOn,
      endsOn,
    });
    if (!r) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.reorganisation.changed',
      resourceType: 'mobility_reorganisation',
      resourceId: id,
      details: { fields: Object.keys(patch), status: r.status },
    });
    return present(r, await listCases(tx, organizationId, { reorganisationIds: [id] }));
  });
}

/** HR marks people as part of the (threatened) redundant group, each with a coach when given. */
export async function addCases(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TAddCases,
): Promise<TReorganisationDetail> {
  authorize(actor, 'mobility.reorganisation.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const r = await findReorganisation(tx, organizationId, id);
    if (!r) throw notFound();
    if (r.status === 'closed') throw new AppError(409, 'reorganisation_closed');
    const existing = new Set(
      (await listCases(tx, organizationId, { reorganisationIds: [id] })).map((c) => c.personId),
    );
    const errors: FieldError[] = [];
    for (const [i, personId] of input.personIds.entries()) {
      if (!(await findPerson(tx, organizationId, personId)))
        errors.push({ field: `personIds[${i}]`, code: 'unknown_person' });
      else if (existing.has(personId))
        errors.push({ field: `personIds[${i}]`, code: 'already_in_reorganisation' });
    }
    if (input.coachPersonId) await checkCoach(tx, organizationId, input.coachPersonId, 'coachPersonId');
    if (errors.length) throw new AppError(422, 'validation_failed', errors);
    const day = today(deps.clock);
    const rows = await insertCases(
      tx,
      [...new Set(input.personIds)].map((personId) => ({
        organizationId,
        reorganisationId: id,
        personId,
        coachPersonId: input.coachPersonId ?? null,
        statusChangedOn: day,
      })),
    );
    for (const c of rows)
      await recordAudit(tx, actor, organizationId, {
        action: 'mobility.case.created',
        resourceType: 'mobility_case',
        resourceId: c.id,
        subjectPersonId: c.personId,
        details: { reorganisationId: id, hasCoach: !!c.coachPersonId },
      });
  });
  return getReorganisation(deps, actor, id);
}

/** The works council's report: counts only, no names. */
export async function worksCouncilReport(deps: Deps, actor: Actor, id: string): Promise<TWorksCouncilReport> {
  authorize(actor, 'mobility.reorganisation.report');
  const organizationId = orgOf(actor);
  const r = await findReorganisation(deps.db, organizationId, id);
  if (!r) throw notFound();
  const cases = await listCases(deps.db, organizationId, { reorganisationIds: [id] });
  let withPopGoals = 0;
  for (const c of cases)
    if ((await listGoals(deps.db, organizationId, c.personId)).some((g) => g.status !== 'dropped'))
      withPopGoals++;
  await recordAudit(deps.db, actor, organizationId, {
    action: 'mobility.report.viewed',
    resourceType: 'mobility_reorganisation',
    resourceId: id,
  });
  return {
    reorganisation: { name: r.name, status: r.status, announcedOn: r.announcedOn, endsOn: r.endsOn },
    generatedOn: today(deps.clock),
    people: cases.length,
    withCoach: cases.filter((c) => c.coachPersonId).length,
    withPopGoals,
    byStatus: countByStatus(cases),
  };
}
