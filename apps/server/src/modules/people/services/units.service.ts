import type { TCreateUnit, TUnit, TUpdateUnit } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import {
  countEmploymentsInUnit,
  deleteUnit,
  descendantUnitIds,
  findUnit,
  headcountByUnit,
  insertUnit,
  listUnits,
  updateUnit,
} from '../repo/units.repo';

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

export async function getUnits(deps: Deps, organizationId: string): Promise<TUnit[]> {
  const [rows, counts] = await Promise.all([
    listUnits(deps.db, organizationId),
    headcountByUnit(deps.db, organizationId, today(deps.clock)),
  ]);
  return rows.map((u) => ({
    id: u.id,
    parentId: u.parentId,
    name: u.name,
    version: u.version,
    headcount: counts.get(u.id) ?? 0,
  }));
}

export async function createUnit(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  input: TCreateUnit,
): Promise<TUnit> {
  return deps.db.transaction(async (tx) => {
    if (input.parentId && !(await findUnit(tx, organizationId, input.parentId)))
      throw invalidField('parentId', 'unknown_reference');
    const row = await insertUnit(tx, { organizationId, name: input.name, parentId: input.parentId }).catch(
      (e) => {
        throw isUniqueViolation(e) ? new AppError(409, 'conflict', [{ field: 'name', code: 'conflict' }]) : e;
      },
    );
    await recordAudit(tx, actor, organizationId, {
      action: 'unit.created',
      resourceType: 'unit',
      resourceId: row.id,
      details: { name: row.name },
    });
    return { id: row.id, parentId: row.parentId, name: row.name, version: row.version, headcount: 0 };
  });
}

export async function changeUnit(
  deps: Deps,
  actor: Actor,
  organizationId: string,
  id: string,
  input: TUpdateUnit,
) {
  return deps.db.transaction(async (tx) => {
    const current = await findUnit(tx, organizationId, id);
    if (!current) throw notFound();
    if (input.parentId) {
      if (!(await findUnit(tx, organizationId, input.parentId)))
        throw invalidField('parentId', 'unknown_reference');
      // moving a unit under one of its own descendants would make a cycle
      if (descendantUnitIds(await listUnits(tx, organizationId), [id]).has(input.parentId))
        throw new AppError(422, 'validation_failed', [{ field: 'parentId', code: 'unit_cycle' }]);
    }
    const row = await updateUnit(tx, organizationId, id, input.version, {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
    }).catch((e) => {
      throw isUniqueViolation(e) ? new AppError(409, 'conflict', [{ field: 'name', code: 'conflict' }]) : e;
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'unit.updated',
      resourceType: 'unit',
      resourceId: id,
      details: {
        from: { name: current.name, parentId: current.parentId },
        to: { name: row.name, parentId: row.parentId },
      },
    });
    const counts = await headcountByUnit(tx, organizationId, today(deps.clock));
    return {
      id: row.id,
      parentId: row.parentId,
      name: row.name,
      version: row.version,
      headcount: counts.get(row.id) ?? 0,
    };
  });
}

export async function removeUnit(deps: Deps, actor: Actor, organizationId: string, id: string) {
  await deps.db.transaction(async (tx) => {
    const current = await findUnit(tx, organizationId, id);
    if (!current) throw notFound();
    const all = await listUnits(tx, organizationId);
    if (all.some((u) => u.parentId === id) || (await countEmploymentsInUnit(tx, organizationId, id)) > 0)
      throw new AppError(409, 'unit_not_empty');
    await deleteUnit(tx, organizationId, id);
    await recordAudit(tx, actor, organizationId, {
      action: 'unit.deleted',
      resourceType: 'unit',
      resourceId: id,
      details: { name: current.name },
    });
  });
}

export { isUniqueViolation };
