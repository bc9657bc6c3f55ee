import type { TCreateOpening, TOpening, TUpdateOpening } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { MIN_DESTINATION_ESSENTIAL } from '@inzetbaar/domain/transitions/index';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, type FieldError, notFound, staleVersion } from '../../../platform/http/problem';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { findUnit, listUnits } from '../../people/repo/units.repo';
import {
  findOpening,
  insertOpening,
  listOpenings,
  type OpeningRow,
  updateOpening,
} from '../repo/openings.repo';
import { presentOpening } from './present';

const orgOf = (actor: Actor) => actor.organizationId as string;

export async function unitNames(db: DbOrTx, organizationId: string) {
  return new Map((await listUnits(db, organizationId)).map((u) => [u.id, u.name]));
}

/** The ISCO-08 unit group: the one given, else the ESCO occupation's. */
function iscoOf(escoOccupationUri: string | null | undefined, given: string | null | undefined) {
  if (given) return given;
  if (!escoOccupationUri) return null;
  const t = escoTaxonomy();
  const i = t.occupationByUri.get(escoOccupationUri);
  return i === undefined ? null : (t.occupations[i]?.iscoGroup ?? null);
}

/** Every skill and occupation must exist; a vacancy needs enough essential skills to be judged fairly. */
async function checkOpening(
  db: DbOrTx,
  organizationId: string,
  o: Pick<
    OpeningRow,
    'essentialSkills' | 'optionalSkills' | 'escoOccupationUri' | 'unitId' | 'startsOn' | 'endsOn'
  >,
) {
  const t = escoTaxonomy();
  const errors: FieldError[] = [];
  if (o.escoOccupationUri && !t.occupationByUri.has(o.escoOccupationUri))
    errors.push({ field: 'escoOccupationUri', code: 'unknown_occupation' });
  o.essentialSkills.forEach((u, i) => {
    if (!t.skillByUri.has(u)) errors.push({ field: `essentialSkills[${i}]`, code: 'unknown_skill' });
  });
  o.optionalSkills.forEach((u, i) => {
    if (!t.skillByUri.has(u)) errors.push({ field: `optionalSkills[${i}]`, code: 'unknown_skill' });
  });
  if (new Set(o.essentialSkills).size < MIN_DESTINATION_ESSENTIAL)
    errors.push({
      field: 'essentialSkills',
      code: 'too_few_skills',
      params: { min: MIN_DESTINATION_ESSENTIAL },
    });
  if (o.unitId && !(await findUnit(db, organizationId, o.unitId)))
    errors.push({ field: 'unitId', code: 'unknown_unit' });
  if (o.startsOn && o.endsOn && o.endsOn < o.startsOn)
    errors.push({ field: 'endsOn', code: 'ends_before_start' });
  if (errors.length) throw new AppError(422, 'validation_failed', errors);
}

export async function listOpeningsFor(
  deps: Deps,
  actor: Actor,
  status: OpeningRow['status'] | 'all',
  lang: Lang,
): Promise<{ items: TOpening[] }> {
  authorize(actor, 'mobility.opening.read');
  const organizationId = orgOf(actor);
  const [rows, units] = await Promise.all([
    listOpenings(deps.db, organizationId, status),
    unitNames(deps.db, organizationId),
  ]);
  return { items: rows.map((o) => presentOpening(o, units, lang)) };
}

export async function getOpening(deps: Deps, actor: Actor, id: string, lang: Lang): Promise<TOpening> {
  authorize(actor, 'mobility.opening.read');
  const organizationId = orgOf(actor);
  const o = await findOpening(deps.db, organizationId, id);
  if (!o) throw notFound();
  return presentOpening(o, await unitNames(deps.db, organizationId), lang);
}

const dedupe = (uris: readonly string[]) => [...new Set(uris)];

/** The ESCO occupation's own essential and optional skills (URIs). */
function occupationSkills(uri: string | null | undefined) {
  const t = escoTaxonomy();
  const i = uri ? t.occupationByUri.get(uri) : undefined;
  const o = i === undefined ? undefined : t.occupations[i];
  const uris = (ks: readonly number[]) => ks.map((k) => t.skills[k]?.uri).filter((u): u is string => !!u);
  return o ? { essential: uris(o.essential), optional: uris(o.optional) } : { essential: [], optional: [] };
}

export async function createOpening(
  deps: Deps,
  actor: Actor,
  input: TCreateOpening,
  lang: Lang,
): Promise<TOpening> {
  authorize(actor, 'mobility.opening.write');
  const organizationId = orgOf(actor);
  // No skills given: the ESCO occupation's own (HR can edit them afterwards).
  const fromOccupation =
    input.essentialSkills.length === 0
      ? occupationSkills(input.escoOccupationUri)
      : { essential: [], optional: [] };
  const essential = dedupe([...input.essentialSkills, ...fromOccupation.essential]);
  return deps.db.transaction(async (tx) => {
    const values = {
      organizationId,
      kind: input.kind,
      title: input.title,
      description: input.description ?? '',
      unitId: input.unitId ?? null,
      hoursPerWeek: input.hoursPerWeek ?? null,
      escoOccupationUri: input.escoOccupationUri ?? null,
      iscoGroup: iscoOf(input.escoOccupationUri, input.iscoGroup),
      essentialSkills: essential,
      optionalSkills: dedupe([...input.optionalSkills, ...fromOccupation.optional]).filter(
        (u) => !essential.includes(u),
      ),
      startsOn: input.startsOn ?? null,
      endsOn: input.endsOn ?? null,
      closesOn: input.closesOn ?? null,
      createdByPersonId: actor.personId,
    };
    await checkOpening(tx, organizationId, values);
    const o = await insertOpening(tx, values);
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.opening.created',
      resourceType: 'mobility_opening',
      resourceId: o.id,
      details: { kind: o.kind, title: o.title },
    });
    return presentOpening(o, await unitNames(tx, organizationId), lang);
  });
}

export async function changeOpening(
  deps: Deps,
  actor: Actor,
  id: string,
  input: TUpdateOpening,
  lang: Lang,
): Promise<TOpening> {
  authorize(actor, 'mobility.opening.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const current = await findOpening(tx, organizationId, id);
    if (!current) throw notFound();
    const { version, ...patch } = input;
    const essentialSkills = patch.essentialSkills ? dedupe(patch.essentialSkills) : current.essentialSkills;
    const next = {
      ...(patch.kind !== undefined ? { kind: patch.kind } : {}),
      ...(patch.title !== undefined ? { title: patch.title } : {}),
      ...(patch.description !== undefined ? { description: patch.description ?? '' } : {}),
      ...(patch.unitId !== undefined ? { unitId: patch.unitId } : {}),
      ...(patch.hoursPerWeek !== undefined ? { hoursPerWeek: patch.hoursPerWeek } : {}),
      ...(patch.escoOccupationUri !== undefined || patch.iscoGroup !== undefined
        ? {
            escoOccupationUri:
              patch.escoOccupationUri === undefined ? current.escoOccupationUri : patch.escoOccupationUri,
            iscoGroup: iscoOf(
              patch.escoOccupationUri === undefined ? current.escoOccupationUri : patch.escoOccupationUri,
              patch.iscoGroup === undefined ? null : patch.iscoGroup,
            ),
          }
        : {}),
      essentialSkills,
      optionalSkills: dedupe(patch.optionalSkills ?? current.optionalSkills).filter(
        (u) => !essentialSkills.includes(u),
      ),
      ...(patch.startsOn !== undefined ? { startsOn: patch.startsOn } : {}),
      ...(patch.endsOn !== undefined ? { endsOn: patch.endsOn } : {}),
      ...(patch.closesOn !== undefined ? { closesOn: patch.closesOn } : {}),
      ...(patch.status !== undefined ? { status: patch.status } : {}),
    };
    await checkOpening(tx, organizationId, { ...current, ...next });
    const o = await updateOpening(tx, organizationId, id, version, next);
    if (!o) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.opening.changed',
      resourceType: 'mobility_opening',
      resourceId: o.id,
      details: { fields: Object.keys(patch), status: o.status },
    });
    return presentOpening(o, await unitNames(tx, organizationId), lang);
  });
}
