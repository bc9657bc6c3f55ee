import type { TCreateLearningItem, TUpdateLearningItem } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { findCertificateType } from '../reference-data';
import {
  type CatalogueFilter,
  findLearningItem,
  insertLearningItem,
  listLearningItems,
  updateLearningItem,
} from '../repo/catalogue.repo';
import { orgOf } from './access';
import { checkSkills } from './manage-internal-roles';
import { presentLearningItem } from './present-learning-item';
import { skillCatalog } from './skill-labels';
import { uniqueOr409 } from './unique';

/** The catalogue: search by text, kind, and by skill (the items that teach it). */
export async function searchLearningItems(
  deps: Deps,
  actor: Actor,
  q: {
    q?: string | undefined;
    skill?: string | undefined;
    kind?: CatalogueFilter['kind'];
    includeInactive?: 'true' | 'false' | undefined;
  },
  lang: Lang,
) {
  authorize(actor, 'llo.catalogue.read');
  const organizationId = orgOf(actor);
  const rows = await listLearningItems(deps.db, organizationId, {
    q: q.q,
    skillRef: q.skill,
    kind: q.kind,
    includeInactive: q.includeInactive === 'true',
  });
  const cat = await skillCatalog(deps.db, organizationId, lang);
  return { items: rows.map((r) => presentLearningItem(r, cat)) };
}

const checkCertificate = (type: string | null | undefined) => {
  if (type && !findCertificateType(type)) throw invalidField('certificateType', 'unknown_certificate_type');
};

export async function createLearningItem(deps: Deps, actor: Actor, input: TCreateLearningItem, lang: Lang) {
  authorize(actor, 'llo.catalogue.write');
  const organizationId = orgOf(actor);
  checkCertificate(input.certificateType);
  return deps.db.transaction(async (tx) => {
    const cat = await skillCatalog(tx, organizationId, lang);
    checkSkills(cat, input.skills);
    const row = await uniqueOr409(
      () =>
        insertLearningItem(tx, {
          ...input,
          organizationId,
          code: input.code ?? null,
          description: input.description ?? '',
          provider: input.provider ?? null,
          certificateType: input.certificateType ?? null,
        }),
      'code',
      'duplicate_code',
    );
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.learning-item.created',
      resourceType: 'llo_learning_item',
      resourceId: row.id,
      details: { title: row.title },
    });
    return presentLearningItem(row, cat);
  });
}

export async function changeLearningItem(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateLearningItem,
  lang: Lang,
) {
  authorize(actor, 'llo.catalogue.write');
  const organizationId = orgOf(actor);
  checkCertificate(input.certificateType);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    if (!(await findLearningItem(tx, organizationId, id))) throw notFound();
    const cat = await skillCatalog(tx, organizationId, lang);
    checkSkills(cat, patch.skills);
    const row = await uniqueOr409(
      () =>
        updateLearningItem(tx, organizationId, id, version, {
          ...patch,
          description: patch.description === null ? '' : patch.description,
        }),
      'code',
      'duplicate_code',
    );
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.learning-item.updated',
      resourceType: 'llo_learning_item',
      resourceId: id,
      details: { fields: Object.keys(patch) },
    });
    return presentLearningItem(row, cat);
  });
}
