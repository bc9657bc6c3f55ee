import type { TCreateCustomSkill, TCustomSkill, TUpdateCustomSkill } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import {
  type CustomSkillRow,
  findCustomSkill,
  insertCustomSkill,
  listCustomSkills,
  updateCustomSkill,
} from '../repo/custom-skills.repo';
import { orgOf } from './access';
import { customSkillRef, escoSkillLabel } from './skill-labels';
import { uniqueOr409 } from './unique';

const present = (r: CustomSkillRow, lang: Lang): TCustomSkill => ({
  id: r.id,
  ref: customSkillRef(r.id),
  name: r.name,
  description: r.description,
  escoSkillUri: r.escoSkillUri,
  escoLabel: r.escoSkillUri ? (escoSkillLabel(r.escoSkillUri, lang)?.label ?? null) : null,
  version: r.version,
});

function checkMapping(uri: string | null | undefined) {
  if (uri && !escoSkillLabel(uri, 'en')) throw invalidField('escoSkillUri', 'unknown_skill');
}

/** The organisation's own skills (every role reads them: they appear on profiles). */
export async function listOwnSkills(deps: Deps, actor: Actor, lang: Lang) {
  authorize(actor, 'llo.custom-skill.read');
  return { items: (await listCustomSkills(deps.db, orgOf(actor))).map((r) => present(r, lang)) };
}

/** HR adds a skill of the organisation's own, mapped to an ESCO skill where one fits. */
export async function createOwnSkill(deps: Deps, actor: Actor, input: TCreateCustomSkill, lang: Lang) {
  authorize(actor, 'llo.custom-skill.write');
  checkMapping(input.escoSkillUri);
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx: DbOrTx) => {
    const row = await uniqueOr409(
      () =>
        insertCustomSkill(tx, {
          organizationId,
          name: input.name,
          description: input.description ?? '',
          escoSkillUri: input.escoSkillUri ?? null,
        }),
      'name',
      'duplicate_name',
    );
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.custom-skill.created',
      resourceType: 'llo_custom_skill',
      resourceId: row.id,
      details: { name: row.name, escoSkillUri: row.escoSkillUri },
    });
    return present(row, lang);
  });
}

export async function changeOwnSkill(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateCustomSkill,
  lang: Lang,
) {
  authorize(actor, 'llo.custom-skill.write');
  checkMapping(input.escoSkillUri);
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx: DbOrTx) => {
    if (!(await findCustomSkill(tx, organizationId, id))) throw notFound();
    const row = await uniqueOr409(
      () =>
        updateCustomSkill(tx, organizationId, id, version, {
          ...patch,
          description: patch.description === null ? '' : patch.description,
        }),
      'name',
      'duplicate_name',
    );
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.custom-skill.updated',
      resourceType: 'llo_custom_skill',
      resourceId: id,
      details: { fields: Object.keys(patch) },
    });
    return present(row, lang);
  });
}
