import type { TCreateFundingScheme, TUpdateFundingScheme } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import {
  deleteOwnFundingScheme,
  findOwnFundingScheme,
  insertOwnFundingScheme,
  updateOwnFundingScheme,
} from '../repo/funding.repo';
import { orgOf } from './access';
import { allSchemes, ownScheme, presentScheme } from './funding-schemes';

/** Every scheme with its availability today: an ended one (STAP) is listed as ended, never as open. */
export async function listFundingSchemes(deps: Deps, actor: Actor) {
  authorize(actor, 'llo.funding.read');
  const on = today(deps.clock);
  return { items: (await allSchemes(deps.db, orgOf(actor))).map((s) => presentScheme(s.scheme, on, s.own)) };
}

const checkDates = (d: { validFrom?: string | null; validUntil?: string | null }) => {
  if (d.validFrom && d.validUntil && d.validUntil <= d.validFrom)
    throw invalidField('validUntil', 'end_before_start');
};

/** HR enters the organisation's sector O&O fund (its terms differ per cao and year). */
export async function createFundingScheme(deps: Deps, actor: Actor, input: TCreateFundingScheme) {
  authorize(actor, 'llo.funding.write');
  checkDates(input);
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const row = await insertOwnFundingScheme(tx, { organizationId, definition: input });
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.funding-scheme.created',
      resourceType: 'llo_funding_scheme',
      resourceId: row.id,
      details: { name: input.name },
    });
    return presentScheme(ownScheme(row), today(deps.clock), row);
  });
}

export async function changeFundingScheme(deps: Deps, actor: Actor, id: string, input: TUpdateFundingScheme) {
  authorize(actor, 'llo.funding.write');
  const organizationId = orgOf(actor);
  const { version, isActive, ...fields } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findOwnFundingScheme(tx, organizationId, id);
    if (!current) throw notFound();
    const definition = { ...(current.definition as TCreateFundingScheme), ...fields };
    checkDates(definition);
    const row = await updateOwnFundingScheme(tx, organizationId, id, version, {
      definition,
      ...(isActive !== undefined ? { isActive } : {}),
    });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.funding-scheme.updated',
      resourceType: 'llo_funding_scheme',
      resourceId: id,
      details: { fields: Object.keys(input) },
    });
    return presentScheme(ownScheme(row), today(deps.clock), row);
  });
}

export async function removeFundingScheme(deps: Deps, actor: Actor, id: string, version: number) {
  authorize(actor, 'llo.funding.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findOwnFundingScheme(tx, organizationId, id);
    if (!current) throw notFound();
    if (!(await deleteOwnFundingScheme(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.funding-scheme.deleted',
      resourceType: 'llo_funding_scheme',
      resourceId: id,
      details: { name: (current.definition as TCreateFundingScheme).name },
    });
  });
}
