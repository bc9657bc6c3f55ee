import type { TBudgetRule, TCreateBudgetRule, TUpdateBudgetRule } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, notFound, staleVersion } from '../../../platform/http/problem';
import {
  type BudgetRuleRow,
  deleteBudgetRule,
  findBudgetRule,
  insertBudgetRule,
  listBudgetRules,
  updateBudgetRule,
} from '../repo/budget.repo';
import { orgOf } from './access';

export const presentBudgetRule = (r: BudgetRuleRow): TBudgetRule => ({
  id: r.id,
  name: r.name,
  fromYear: r.fromYear,
  moneyPerYearCents: r.moneyPerYearCents,
  hoursPerYear: r.hoursPerYear,
  carryOverYears: r.carryOverYears,
  maxCarryOverCents: r.maxCarryOverCents,
  maxCarryOverHours: r.maxCarryOverHours,
  proRata: r.proRata,
  maxPerActivityCents: r.maxPerActivityCents,
  version: r.version,
});

/** The organisation's budget rules (everyone may read what they are entitled to). */
export async function listRules(deps: Deps, actor: Actor) {
  authorize(actor, 'llo.budget-rule.read');
  return { items: (await listBudgetRules(deps.db, orgOf(actor))).map(presentBudgetRule) };
}

/** HR records the cao or organisation rule from a year on (one rule per starting year). */
export async function createRule(deps: Deps, actor: Actor, input: TCreateBudgetRule) {
  authorize(actor, 'llo.budget-rule.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const row = await insertBudgetRule(tx, { organizationId, ...input });
    if (!row)
      throw new AppError(409, 'duplicate_budget_year', [
        { field: 'fromYear', code: 'duplicate_budget_year' },
      ]);
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.budget-rule.created',
      resourceType: 'llo_budget_rule',
      resourceId: row.id,
      details: { ...input },
    });
    return presentBudgetRule(row);
  });
}

export async function changeRule(deps: Deps, actor: Actor, id: string, input: TUpdateBudgetRule) {
  authorize(actor, 'llo.budget-rule.write');
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    if (!(await findBudgetRule(tx, organizationId, id))) throw notFound();
    const row = await updateBudgetRule(tx, organizationId, id, version, patch);
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.budget-rule.updated',
      resourceType: 'llo_budget_rule',
      resourceId: id,
      details: { ...patch },
    });
    return presentBudgetRule(row);
  });
}

export async function removeRule(deps: Deps, actor: Actor, id: string, version: number) {
  authorize(actor, 'llo.budget-rule.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findBudgetRule(tx, organizationId, id);
    if (!current) throw notFound();
    if (!(await deleteBudgetRule(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.budget-rule.deleted',
      resourceType: 'llo_budget_rule',
      resourceId: id,
      details: { name: current.name, fromYear: current.fromYear },
    });
  });
}
