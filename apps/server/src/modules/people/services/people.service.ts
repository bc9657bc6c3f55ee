import type {
  TCreateEmployment,
  TCreatePerson,
  TEmployment,
  TPerson,
  TPersonSummary,
  TUpdateEmployment,
  TUpdatePerson,
} from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import {
  displayName,
  type EmploymentRow,
  employmentsOfPerson,
  findEmployment,
  findPerson,
  insertEmployment,
  insertPerson,
  listPeople,
  type PersonRow,
  updateEmployment,
  updatePerson,
} from '../repo/people.repo';
import { rolesOfPerson } from '../repo/roles.repo';
import { findUnit, listUnits } from '../repo/units.repo';
import { isUniqueViolation } from './units.service';

export const presentEmployment = (e: EmploymentRow): TEmployment => ({
  id: e.id,
  personId: e.personId,
  startDate: e.startDate,
  endDate: e.endDate,
  hoursPerWeek: e.hoursPerWeek,
  jobTitle: e.jobTitle,
  escoOccupationUri: e.escoOccupationUri,
  unitId: e.unitId,
  managerPersonId: e.managerPersonId,
  version: e.version,
});

const isRunning = (e: EmploymentRow, day: string) => e.startDate <= day && (!e.endDate || e.endDate >= day);

export type PeopleQuery = {
  q?: string;
  unitId?: string;
  status: 'active' | 'former' | 'all';
  page: number;
  pageSize: number;
};

export async function searchPeople(deps: Deps, actor: Actor, query: PeopleQuery) {
  const scope = authorize(actor, 'person.list');
  const organizationId = actor.organizationId as string;
  const { total, rows } = await listPeople(deps.db, {
    organizationId,
    today: today(deps.clock),
    ...query,
    ...(scope === 'unit' ? { scopeUnitIds: [...actor.managedUnitIds] } : {}),
  });
  const items: TPersonSummary[] = rows.map((r) => ({
    id: r.person.id,
    employeeNumber: r.person.employeeNumber,
    givenName: r.person.givenName,
    surnamePrefix: r.person.surnamePrefix,
    surname: r.person.surname,
    displayName: displayName(r.person),
    email: r.person.email,
    jobTitle: r.jobTitle ?? null,
    unitId: r.unitId ?? null,
    unitName: r.unitName ?? null,
    isActive: r.isRunning ?? true,
  }));
  return { items, total, page: query.page, pageSize: query.pageSize };
}

/** Load a person the actor may see (404 otherwise) with employments and roles. */
export async function loadVisiblePerson(
  db: DbOrTx,
  actor: Actor,
  personId: string,
  action: 'person.read' | 'person.write',
) {
  const organizationId = actor.organizationId as string;
  const person = await findPerson(db, organizationId, personId);
  if (!person) throw notFound();
  const employments = await employmentsOfPerson(db, organizationId, personId);
  authorize(actor, action, { personId, unitIds: employments.map((e) => e.unitId) });
  return { person, employments };
}

async function presentPerson(
  deps: Deps,
  db: DbOrTx,
  person: PersonRow,
  employments: EmploymentRow[],
): Promise<TPerson> {
  const day = today(deps.clock);
  const current = employments.find((e) => isRunning(e, day)) ?? employments[0];
  const unit = current?.unitId ? await findUnit(db, person.organizationId, current.unitId) : undefined;
  const roles = await rolesOfPerson(db, person.organizationId, person.id);
  return {
    id: person.id,
    employeeNumber: person.employeeNumber,
    givenName: person.givenName,
    surnamePrefix: person.surnamePrefix,
    surname: person.surname,
    displayName: displayName(person),
    email: person.email,
    jobTitle: current?.jobTitle ?? null,
    unitId: current?.unitId ?? null,
    unitName: unit?.name ?? null,
    isActive: employments.length === 0 || employments.some((e) => isRunning(e, day)),
    birthDate: person.birthDate,
    hasAccount: person.userId !== null,
    version: person.version,
    employments: employments.map(presentEmployment),
    roles: roles.map((r) => ({ id: r.id, personId: r.personId, role: r.role, unitId: r.unitId })),
  };
}

export async function viewPerson(deps: Deps, actor: Actor, personId: string): Promise<TPerson> {
  return deps.db.transaction(async (tx) => {
    const { person, employments } = await loadVisiblePerson(tx, actor, personId, 'person.read');
    // Reading someone else's file is a sensitive read: the person can see who looked.
    if (personId !== actor.personId)
      await recordAudit(tx, actor, person.organizationId, {
        action: 'person.viewed',
        resourceType: 'person',
        resourceId: personId,
        subjectPersonId: personId,
      });
    return presentPerson(deps, tx, person, employments);
  });
}

async function checkEmploymentRefs(
  db: DbOrTx,
  organizationId: string,
  e: { unitId?: string | null; managerPersonId?: string | null },
  prefix: string,
) {
  if (e.unitId && !(await findUnit(db, organizationId, e.unitId)))
    throw invalidField(`${prefix}unitId`, 'unknown_reference');
  if (e.managerPersonId && !(await findPerson(db, organizationId, e.managerPersonId)))
    throw invalidField(`${prefix}managerPersonId`, 'unknown_reference');
}

const duplicateNumber = (e: unknown) => {
  throw isUniqueViolation(e)
    ? new AppError(409, 'duplicate_employee_number', [
        { field: 'employeeNumber', code: 'duplicate_employee_number' },
      ])
    : e;
};

export async function createPerson(deps: Deps, actor: Actor, input: TCreatePerson): Promise<TPerson> {
  const organizationId = actor.organizationId as string;
  return deps.db.transaction(async (tx) => {
    const { employment, ...fields } = input;
    const person = await insertPerson(tx, { organizationId, ...fields }).catch(duplicateNumber);
    const employments: EmploymentRow[] = [];
    if (employment) {
      await checkEmploymentRefs(tx, organizationId, employment, 'employment.');
      employments.push(await insertEmployment(tx, { organizationId, personId: person.id, ...employment }));
    }
    await recordAudit(tx, actor, organizationId, {
      action: 'person.created',
      resourceType: 'person',
      resourceId: person.id,
      subjectPersonId: person.id,
    });
    return presentPerson(deps, tx, person, employments);
  });
}

export async function changePerson(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TUpdatePerson,
): Promise<TPerson> {
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const { person } = await loadVisiblePerson(tx, actor, personId, 'person.write');
    const row = await updatePerson(tx, person.organizationId, personId, version, patch).catch(
      duplicateNumber,
    );
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, person.organizationId, {
      action: 'person.updated',
      resourceType: 'person',
      resourceId: personId,
      subjectPersonId: personId,
      details: { fields: Object.keys(patch) },
    });
    return presentPerson(deps, tx, row, await employmentsOfPerson(tx, person.organizationId, personId));
  });
}

export async function addEmployment(
  deps: Deps,
  actor: Actor,
  personId: string,
  input: TCreateEmployment,
): Promise<TEmployment> {
  return deps.db.transaction(async (tx) => {
    const { person } = await loadVisiblePerson(tx, actor, personId, 'person.write');
    await checkEmploymentRefs(tx, person.organizationId, input, '');
    const row = await insertEmployment(tx, { organizationId: person.organizationId, personId, ...input });
    await recordAudit(tx, actor, person.organizationId, {
      action: 'employment.created',
      resourceType: 'employment',
      resourceId: row.id,
      subjectPersonId: personId,
    });
    return presentEmployment(row);
  });
}

export async function changeEmployment(
  deps: Deps,
  actor: Actor,
  employmentId: string,
  input: TUpdateEmployment,
): Promise<TEmployment> {
  const organizationId = actor.organizationId as string;
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findEmployment(tx, organizationId, employmentId);
    if (!current) throw notFound();
    await loadVisiblePerson(tx, actor, current.personId, 'person.write');
    await checkEmploymentRefs(tx, organizationId, patch, '');
    const start = patch.startDate ?? current.startDate;
    const end = patch.endDate === undefined ? current.endDate : patch.endDate;
    if (end && end < start) throw invalidField('endDate', 'end_before_start');
    const row = await updateEmployment(tx, organizationId, employmentId, version, patch);
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'employment.updated',
      resourceType: 'employment',
      resourceId: employmentId,
      subjectPersonId: current.personId,
      details: { fields: Object.keys(patch) },
    });
    return presentEmployment(row);
  });
}

/** Unit names by id, for exports. */
export async function unitNames(db: DbOrTx, organizationId: string) {
  return new Map((await listUnits(db, organizationId)).map((u) => [u.id, u.name]));
}
