import type { TCreateInternalRole, TInternalRole, TUpdateInternalRole } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import {
  AppError,
  type FieldError,
  invalidField,
  notFound,
  staleVersion,
} from '../../../platform/http/problem';
import {
  deleteInternalRole,
  findInternalRole,
  type InternalRoleRow,
  insertInternalRole,
  listInternalRoles,
  updateInternalRole,
} from '../repo/custom-skills.repo';
import { orgOf } from './access';
import { occupationOf, type SkillCatalog, skillCatalog } from './skill-labels';
import { uniqueOr409 } from './unique';

export const presentInternalRole = (r: InternalRoleRow, cat: SkillCatalog): TInternalRole => ({
  id: r.id,
  name: r.name,
  description: r.description,
  escoOccupationUri: r.escoOccupationUri,
  skills: r.skills.map((s) => ({ ...cat.label(s.ref), level: s.level })),
  version: r.version,
});

/** 422 naming each unknown skill (`skills[2].ref`) or an unknown occupation. */
export function checkSkills(
  cat: SkillCatalog,
  skills: readonly { ref: string }[] | undefined,
  field = 'skills',
) {
  const errors: FieldError[] = (skills ?? []).flatMap((s, i) =>
    cat.isKnown(s.ref) ? [] : [{ field: `${field}[${i}].ref`, code: 'unknown_skill' }],
  );
  if (errors.length) throw new AppError(422, 'validation_failed', errors);
}
const checkOccupation = (uri: string | null | undefined, field: string) => {
  if (uri && !occupationOf(uri, 'en')) throw invalidField(field, 'unknown_occupation');
};

export async function listRoles(deps: Deps, actor: Actor, lang: Lang) {
  authorize(actor, 'llo.role.read');
  const organizationId = orgOf(actor);
  const cat = await skillCatalog(deps.db, organizationId, lang);
  return {
    items: (await listInternalRoles(deps.db, organizationId)).map((r) => presentInternalRole(r, cat)),
  };
}

/** HR describes an internal role (e.g. werkbegeleider) and the skills it asks, as a POP target. */
export async function createRole(deps: Deps, actor: Actor, input: TCreateInternalRole, lang: Lang) {
  authorize(actor, 'llo.role.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const cat = await skillCatalog(tx, organizationId, lang);
    checkSkills(cat, input.skills);
    checkOccupation(input.escoOccupationUri, 'escoOccupationUri');
    const row = await uniqueOr409(
      () =>
        insertInternalRole(tx, {
          organizationId,
          name: input.name,
          description: input.description ?? '',
          escoOccupationUri: input.escoOccupationUri ?? null,
          skills: input.skills,
        }),
      'name',
      'duplicate_name',
    );
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.internal-role.created',
      resourceType: 'llo_internal_role',
      resourceId: row.id,
      details: { name: row.name },
    });
    return presentInternalRole(row, cat);
  });
}

export async function changeRole(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateInternalRole,
  lang: Lang,
) {
  authorize(actor, 'llo.role.write');
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    if (!(await findInternalRole(tx, organizationId, id))) throw notFound();
    const cat = await skillCatalog(tx, organizationId, lang);
    checkSkills(cat, patch.skills);
    checkOccupation(patch.escoOccupationUri, 'escoOccupationUri');
    const row = await uniqueOr409(
      () =>
        updateInternalRole(tx, organizationId, id, version, {
          ...patch,
          description: patch.description === null ? '' : patch.description,
        }),
      'name',
      'duplicate_name',
    );
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.internal-role.updated',
      resourceType: 'llo_internal_role',
      resourceId: id,
      details: { fields: Object.keys(patch) },
    });
    return presentInternalRole(row, cat);
  });
}

export async function removeRole(deps: Deps, actor: Actor, id: string, version: number) {
  authorize(actor, 'llo.role.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findInternalRole(tx, organizationId, id);
    if (!current) throw notFound();
    if (!(await deleteInternalRole(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.internal-role.deleted',
      resourceType: 'llo_internal_role',
      resourceId: id,
      details: { name: current.name },
    });
  });
}
