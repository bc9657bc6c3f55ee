import type { ZInstructionInput, ZPpeInput } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { z } from 'zod';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { employmentsOfPerson, findPerson, listEmployments } from '../../people/repo/people.repo';
import { findUnit, listUnits } from '../../people/repo/units.repo';
import {
  acknowledgeAttendance,
  addAttendance,
  attendanceOfPerson,
  deleteInstruction,
  deletePpe,
  findInstruction,
  findPpe,
  type InstructionRow,
  insertInstruction,
  insertPpe,
  listAttendance,
  listInstructions,
  listPpe,
  type PpeRow,
  personNames,
} from '../repo/arbo.repo';

const orgOf = (actor: Actor) => actor.organizationId as string;

/** `YYYY-MM-DD` plus whole months (clamped to the month's last day). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

const validUntil = (i: InstructionRow) => (i.validMonths ? addMonths(i.givenOn, i.validMonths) : null);

async function checkPeople(db: DbOrTx, organizationId: string, ids: readonly string[], field: string) {
  for (const [n, id] of ids.entries())
    if (!(await findPerson(db, organizationId, id)))
      throw invalidField(`${field}[${n}]`, 'unknown_reference');
}

export async function instructionList(deps: Deps, actor: Actor) {
  authorize(actor, 'instruction.read');
  const organizationId = orgOf(actor);
  const [rows, attendance] = await Promise.all([
    listInstructions(deps.db, organizationId),
    listAttendance(deps.db, organizationId),
  ]);
  const names = await personNames(
    deps.db,
    organizationId,
    attendance.map((a) => a.personId),
  );
  return {
    items: rows.map((i) => ({
      id: i.id,
      kind: i.kind,
      topic: i.topic,
      givenOn: i.givenOn,
      givenBy: i.givenBy,
      riskId: i.riskId,
      unitId: i.unitId,
      validMonths: i.validMonths,
      validUntil: validUntil(i),
      attendees: attendance
        .filter((a) => a.instructionId === i.id)
        .map((a) => ({
          personId: a.personId,
          name: names.get(a.personId) ?? '',
          acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
        })),
      version: i.version,
    })),
  };
}

async function one(deps: Deps, actor: Actor, id: string) {
  const found = (await instructionList(deps, actor)).items.find((i) => i.id === id);
  if (!found) throw notFound();
  return found;
}

export async function createInstruction(deps: Deps, actor: Actor, input: z.infer<typeof ZInstructionInput>) {
  authorize(actor, 'instruction.write');
  const organizationId = orgOf(actor);
  const id = await deps.db.transaction(async (tx) => {
    if (input.unitId && !(await findUnit(tx, organizationId, input.unitId)))
      throw invalidField('unitId', 'unknown_reference');
    await checkPeople(tx, organizationId, input.attendeePersonIds, 'attendeePersonIds');
    const { attendeePersonIds, ...fields } = input;
    const row = await insertInstruction(tx, { organizationId, ...fields });
    await addAttendance(tx, organizationId, row.id, attendeePersonIds);
    await recordAudit(tx, actor, organizationId, {
      action: 'instruction.created',
      resourceType: 'safety_instruction',
      resourceId: row.id,
      details: { attendees: attendeePersonIds.length },
    });
    return row.id;
  });
  return one(deps, actor, id);
}

export async function addInstructionAttendance(deps: Deps, actor: Actor, id: string, personIds: string[]) {
  authorize(actor, 'instruction.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    if (!(await findInstruction(tx, organizationId, id))) throw notFound();
    await checkPeople(tx, organizationId, personIds, 'personIds');
    await addAttendance(tx, organizationId, id, personIds);
    await recordAudit(tx, actor, organizationId, {
      action: 'instruction.attendance.added',
      resourceType: 'safety_instruction',
      resourceId: id,
      details: { count: personIds.length },
    });
  });
  return one(deps, actor, id);
}

/**
 * Delete an instruction or toolbox meeting recorded by mistake, with its attendance list and the
 * acknowledgements on it. The audit event keeps what was deleted (topic, date, counts), since the
 * attendance list was the evidence of voorlichting (Arbowet art. 8).
 */
export async function removeInstruction(deps: Deps, actor: Actor, id: string, version: number) {
  authorize(actor, 'instruction.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findInstruction(tx, organizationId, id);
    if (!current) throw notFound();
    const attendance = (await listAttendance(tx, organizationId)).filter((a) => a.instructionId === id);
    if (!(await deleteInstruction(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'instruction.deleted',
      resourceType: 'safety_instruction',
      resourceId: id,
      details: {
        topic: current.topic,
        givenOn: current.givenOn,
        attendees: attendance.length,
        acknowledged: attendance.filter((a) => a.acknowledgedAt).length,
      },
    });
  });
}

/** Delete a PPE issue recorded by mistake. */
export async function removePpe(deps: Deps, actor: Actor, id: string, version: number) {
  authorize(actor, 'instruction.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findPpe(tx, organizationId, id);
    if (!current) throw notFound();
    if (!(await deletePpe(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'ppe.deleted',
      resourceType: 'ppe_issue',
      resourceId: id,
      subjectPersonId: current.personId,
      details: { item: current.item, issuedOn: current.issuedOn },
    });
  });
}

const presentPpe = (p: PpeRow, names: Map<string, string>, day: string) => ({
  id: p.id,
  personId: p.personId,
  personName: names.get(p.personId) ?? '',
  item: p.item,
  issuedOn: p.issuedOn,
  inspectionDue: p.inspectionDue,
  replacementDue: p.replacementDue,
  due: (!!p.inspectionDue && p.inspectionDue <= day) || (!!p.replacementDue && p.replacementDue <= day),
  version: p.version,
});

export async function ppeList(deps: Deps, actor: Actor, personId?: string) {
  authorize(actor, 'instruction.read');
  const organizationId = orgOf(actor);
  const rows = await listPpe(deps.db, organizationId, personId);
  const names = await personNames(
    deps.db,
    organizationId,
    rows.map((r) => r.personId),
  );
  return { items: rows.map((r) => presentPpe(r, names, today(deps.clock))) };
}

export async function issuePpe(deps: Deps, actor: Actor, input: z.infer<typeof ZPpeInput>) {
  authorize(actor, 'instruction.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    if (!(await findPerson(tx, organizationId, input.personId)))
      throw invalidField('personId', 'unknown_reference');
    const row = await insertPpe(tx, { organizationId, ...input });
    await recordAudit(tx, actor, organizationId, {
      action: 'ppe.issued',
      resourceType: 'ppe_issue',
      resourceId: row.id,
      subjectPersonId: row.personId,
    });
    return presentPpe(row, await personNames(tx, organizationId, [row.personId]), today(deps.clock));
  });
}

type AttendanceRow = Awaited<ReturnType<typeof listAttendance>>[number];

/** The units a person works in today, with every unit above them. */
function unitsOf(
  emps: { startDate: string; endDate: string | null; unitId: string | null }[],
  parent: Map<string, string | null>,
  day: string,
) {
  const out = new Set<string>();
  for (const e of emps) {
    if (e.startDate > day || (e.endDate && e.endDate < day)) continue;
    for (let u: string | null | undefined = e.unitId; u && !out.has(u); u = parent.get(u)) out.add(u);
  }
  return out;
}

/**
 * One person's instructions: attended (or expired when the validity ran out and no later one on the
 * same topic was attended), and missing: given for their unit, a unit above it or the whole
 * organisation, still valid, and not covered by an attended instruction on the same topic.
 */
function instructionStates(
  rows: InstructionRow[],
  attended: Map<string, AttendanceRow>,
  units: Set<string>,
  day: string,
) {
  const coveredLater = (i: InstructionRow) =>
    rows.some((o) => o.id !== i.id && o.topic === i.topic && o.givenOn >= i.givenOn && attended.has(o.id));
  const out = [];
  for (const i of rows) {
    const until = validUntil(i);
    const expired = !!until && until < day;
    const a = attended.get(i.id);
    const base = {
      id: i.id,
      kind: i.kind,
      topic: i.topic,
      givenOn: i.givenOn,
      givenBy: i.givenBy,
      validUntil: until,
    };
    if (a) {
      if (expired && coveredLater(i)) continue;
      out.push({
        ...base,
        state: expired ? ('expired' as const) : ('attended' as const),
        acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
      });
    } else if (!expired && (i.unitId === null || units.has(i.unitId)) && !coveredLater(i)) {
      out.push({ ...base, state: 'missing' as const, acknowledgedAt: null });
    }
  }
  return out;
}

/** My instructions (attended, missing, expired) and my PPE. */
export async function myInstructions(deps: Deps, actor: Actor) {
  authorize(actor, 'instruction.own');
  const organizationId = orgOf(actor);
  const personId = actor.personId;
  if (!personId) return { instructions: [], ppe: [] };
  const day = today(deps.clock);
  const [rows, mine, employments, units, ppe] = await Promise.all([
    listInstructions(deps.db, organizationId),
    attendanceOfPerson(deps.db, organizationId, personId),
    employmentsOfPerson(deps.db, organizationId, personId),
    listUnits(deps.db, organizationId),
    listPpe(deps.db, organizationId, personId),
  ]);
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const instructions = instructionStates(
    rows,
    new Map(mine.map((a) => [a.instructionId, a])),
    unitsOf(employments, parent, day),
    day,
  );
  const names = new Map([[personId, actor.userName]]);
  return { instructions, ppe: ppe.map((p) => presentPpe(p, names, day)) };
}

/** Per person working today: which instructions for their work are missing or expired (only people with gaps). */
export async function instructionGaps(deps: Deps, actor: Actor) {
  authorize(actor, 'instruction.read');
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  const [rows, attendance, units, emps] = await Promise.all([
    listInstructions(deps.db, organizationId),
    listAttendance(deps.db, organizationId),
    listUnits(deps.db, organizationId),
    listEmployments(deps.db, organizationId),
  ]);
  const parent = new Map(units.map((u) => [u.id, u.parentId]));
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const byPerson = new Map<string, typeof emps>();
  for (const e of emps) byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  const items = [];
  for (const [personId, list] of byPerson) {
    const current = list.find((e) => e.startDate <= day && (!e.endDate || e.endDate >= day));
    if (!current) continue;
    const attended = new Map(
      attendance.filter((a) => a.personId === personId).map((a) => [a.instructionId, a]),
    );
    const states = instructionStates(rows, attended, unitsOf(list, parent, day), day);
    const missing = states.filter((x) => x.state === 'missing').map((x) => ({ id: x.id, topic: x.topic }));
    const expired = states.filter((x) => x.state === 'expired').map((x) => ({ id: x.id, topic: x.topic }));
    if (missing.length || expired.length)
      items.push({
        personId,
        unitId: current.unitId,
        unitName: current.unitId ? (unitName.get(current.unitId) ?? null) : null,
        missing,
        expired,
      });
  }
  const names = await personNames(
    deps.db,
    organizationId,
    items.map((i) => i.personId),
  );
  return {
    items: items
      .map((i) => ({ ...i, name: names.get(i.personId) ?? '' }))
      .sort((a, b) => (a.unitName ?? '').localeCompare(b.unitName ?? '') || a.name.localeCompare(b.name)),
  };
}

export async function acknowledgeInstruction(deps: Deps, actor: Actor, instructionId: string) {
  authorize(actor, 'instruction.own');
  const organizationId = orgOf(actor);
  if (!actor.personId) throw notFound();
  const personId = actor.personId;
  await deps.db.transaction(async (tx) => {
    const row = await acknowledgeAttendance(tx, organizationId, instructionId, personId, deps.clock.now());
    if (!row) throw notFound();
    await recordAudit(tx, actor, organizationId, {
      action: 'instruction.acknowledged',
      resourceType: 'safety_instruction',
      resourceId: instructionId,
      subjectPersonId: personId,
    });
  });
  return myInstructions(deps, actor);
}

/**
 * Names of the people working today, for picking measure owners and attendees. The prevention
 * officer has no access to the people module (files, employments); this gives names and units only.
 */
export async function arboPeople(deps: Deps, actor: Actor) {
  authorize(actor, 'measure.write');
  const organizationId = orgOf(actor);
  const day = today(deps.clock);
  const [emps, units] = await Promise.all([
    listEmployments(deps.db, organizationId),
    listUnits(deps.db, organizationId),
  ]);
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const current = new Map<string, string | null>();
  for (const e of emps)
    if (e.startDate <= day && (!e.endDate || e.endDate >= day)) current.set(e.personId, e.unitId);
  const names = await personNames(deps.db, organizationId, [...current.keys()]);
  return {
    items: [...current.entries()]
      .map(([id, unitId]) => ({
        id,
        displayName: names.get(id) ?? '',
        unitName: unitId ? (unitName.get(unitId) ?? null) : null,
      }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName)),
  };
}
