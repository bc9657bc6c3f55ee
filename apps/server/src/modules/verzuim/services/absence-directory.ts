import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { scopeUnitsOn, unitOnDay } from '../../../auth/employment-scope';
import { type Action, inScope, type Scope, scopeFor } from '../../../platform/access/policy';
import { displayName, type EmploymentRow, type PersonRow } from '../../people/repo/people.repo';
import { descendantUnitIds, listUnits, type UnitRow } from '../../people/repo/units.repo';
import { listEmploymentsOf, listPersons } from '../repo/absence.repo';

/**
 * The organisation's people, employments and units in memory: names, the unit a person is in on
 * a day, and the scope check of a person for an action. Loaded once per request.
 */
export type Directory = {
  persons: Map<string, PersonRow>;
  employments: Map<string, EmploymentRow[]>;
  units: Map<string, UnitRow>;
  allUnits: UnitRow[];
  name: (personId: string) => string;
  /** The unit of the employment running on `day`, else of the latest employment. */
  unitOf: (personId: string, day: string) => string | null;
  /** The unit that puts the person in a manager's scope on `day` (see scopeUnitsOn). */
  unitIds: (personId: string, day: string) => (string | null)[];
  /** Whether the actor may perform `action` on this person on `day` (null scope = no). */
  canOn: (actor: Actor, action: Action, personId: string, day: string) => boolean;
  /** Ids of `unitId` and its sub-units. */
  subtree: (unitId: string) => Set<string>;
};

export { scopeUnitsOn, unitOnDay } from '../../../auth/employment-scope';

export async function loadDirectory(
  db: DbOrTx,
  organizationId: string,
  /** Only these people (and all units): what a list of their cases needs, not the whole directory. */
  personIds?: readonly string[],
): Promise<Directory> {
  const [personRows, employmentRows, unitRows] = await Promise.all([
    listPersons(db, organizationId, personIds),
    listEmploymentsOf(db, organizationId, personIds),
    listUnits(db, organizationId),
  ]);
  const persons = new Map(personRows.map((p) => [p.id, p]));
  const employments = new Map<string, EmploymentRow[]>();
  for (const e of employmentRows) {
    const list = employments.get(e.personId) ?? [];
    list.push(e);
    employments.set(e.personId, list);
  }
  for (const list of employments.values()) list.sort((a, b) => (a.startDate < b.startDate ? -1 : 1));
  const units = new Map(unitRows.map((u) => [u.id, u]));
  const scopes = new Map<string, Scope | null>();
  const unitIds = (id: string, day: string) => scopeUnitsOn(employments.get(id) ?? [], day);
  return {
    persons,
    employments,
    units,
    allUnits: unitRows,
    name: (id) => {
      const p = persons.get(id);
      return p ? displayName(p) : '?';
    },
    unitOf: (id, day) => unitOnDay(employments.get(id) ?? [], day),
    unitIds,
    canOn: (actor, action, personId, day) => {
      const key = `${actor.userId}:${action}`;
      if (!scopes.has(key)) scopes.set(key, scopeFor(actor, action));
      const scope = scopes.get(key);
      return !!scope && inScope(actor, scope, { personId, unitIds: unitIds(personId, day) });
    },
    subtree: (unitId) => descendantUnitIds(unitRows, [unitId]),
  };
}

type Span = { startDate: string; endDate: string | null };

/**
 * The day a case is judged on for scope: a case is in a manager's scope while it runs in their
 * units — an open case by the person's unit today, an ended one by the unit on its last sick day.
 */
export const caseScopeDay = (c: { lastSickDay: string | null }, today: string) =>
  c.lastSickDay && c.lastSickDay < today ? c.lastSickDay : today;

/** Whether `day` lies in one of the person's employments. */
export const employedOn = (employments: readonly Span[], day: string) =>
  employments.some((e) => e.startDate <= day && (!e.endDate || e.endDate >= day));
