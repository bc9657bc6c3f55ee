import type { TCreateRoleAssignment, TRoleAssignment } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, invalidField, notFound } from '../../../platform/http/problem';
import { findPerson } from '../repo/people.repo';
import {
  deleteRoleAssignment,
  findRoleAssignment,
  hrAssignmentIds,
  insertRoleAssignment,
} from '../repo/roles.repo';
import { findUnit } from '../repo/units.repo';

export async function assignRole(
  deps: Deps,
  actor: Actor,
  input: TCreateRoleAssignment,
): Promise<TRoleAssignment> {
  const organizationId = actor.organizationId as string;
  return deps.db.transaction(async (tx) => {
    if (!(await findPerson(tx, organizationId, input.personId)))
      throw invalidField('personId', 'unknown_reference');
    if (input.unitId && !(await findUnit(tx, organizationId, input.unitId)))
      throw invalidField('unitId', 'unknown_reference');
    // Only a manager role is scoped to a unit.
    const unitId = input.role === 'manager' ? input.unitId : null;
    const row = await insertRoleAssignment(tx, {
      organizationId,
      personId: input.personId,
      role: input.role,
      unitId,
    });
    if (!row) throw new AppError(409, 'conflict', [{ field: 'role', code: 'conflict' }]);
    await recordAudit(tx, actor, organizationId, {
      action: 'role.assigned',
      resourceType: 'role_assignment',
      resourceId: row.id,
      subjectPersonId: input.personId,
      details: { role: input.role, unitId },
    });
    return { id: row.id, personId: row.personId, role: row.role, unitId: row.unitId };
  });
}

export async function revokeRole(deps: Deps, actor: Actor, id: string) {
  const organizationId = actor.organizationId as string;
  await deps.db.transaction(async (tx) => {
    const row = await findRoleAssignment(tx, organizationId, id);
    if (!row) throw notFound();
    // Never leave an organisation without HR: nobody could manage roles any more.
    if (row.role === 'hr') {
      const others = (await hrAssignmentIds(tx, organizationId)).filter((r) => r !== row.id);
      if (others.length === 0)
        throw new AppError(409, 'conflict', [{ field: 'role', code: 'conflict' }], 'last_hr');
    }
    await deleteRoleAssignment(tx, organizationId, id);
    await recordAudit(tx, actor, organizationId, {
      action: 'role.revoked',
      resourceType: 'role_assignment',
      resourceId: id,
      subjectPersonId: row.personId,
      details: { role: row.role, unitId: row.unitId },
    });
  });
}
