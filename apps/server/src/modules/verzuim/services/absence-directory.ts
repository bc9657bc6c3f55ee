import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { type Action, inScope, type Scope, scopeFor } from '../../../platform/access/policy';
import {
  displayName,
  type EmploymentRow,
  listEmployments,
  type PersonRow,
} from '../../people/repo/people.repo';
import { descendantUnitIds, listUnits, type UnitRow } from '../../people/repo/units.repo';
import { listPersons } from '../repo/absence.repo';

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
  /** Every unit the person was ever employed in (the policy's resource for managers). */
  unitIds: (personId: string) => (string | null)[];
  /** Whether the actor may perform `action` on this person (null scope = no). */
  canOn: (actor: Actor, action: Action, personId: string) => boolean;
  /** Ids of `unitId` and its sub-units. */
  subtree: (unitId: string) => Set<string>;
};

export async function loadDirectory(db: DbOrTx, organizationId: string): Promise<Directory> {
  const [personRows, employmentRows, unitRows] = await Promise.all([
    listPersons(db, organizationId),
    listEmployments(db, organizationId),
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
  const unitIds = (id: string) => (employments.get(id) ?? []).map((e) => e.unitId);
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
    canOn: (actor, action, personId) => {
      const key = `${actor.userId}:${action}`;
      if (!scopes.has(key)) scopes.set(key, scopeFor(actor, action));
      const scope = scopes.get(key);
      return !!scope && inScope(actor, scope, { personId, unitIds: unitIds(personId) });
    },
    subtree: (unitId) => descendantUnitIds(unitRows, [unitId]),
  };
}

type Span = { startDate: string; endDate: string | null };

/**
 * The unit of the employment running on `day`, else of the latest one started by then, else (all
 * start later) of the last one. `employments` are one person's, sorted by start date.
 */
export function unitOnDay(employments: readonly (Span & { unitId: string | null })[], day: string) {
  const running = employments.find((e) => e.startDate <= day && (!e.endDate || e.endDate >= day));
  return (
    (running ?? employments.filter((e) => e.startDate <= day).at(-1) ?? employments.at(-1))?.unitId ?? null
  );
}

/** Whether `day` lies in one of the person's employments. */
export const employedOn = (employments: readonly Span[], day: string) =>
  employments.some((e) => e.startDate <= day && (!e.endDate || e.endDate >= day));
