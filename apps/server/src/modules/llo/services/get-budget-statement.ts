import type { TBudgetStatement } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { findOrganization } from '../../people/repo/organizations.repo';
import { listBudgetRules } from '../repo/budget.repo';
import { listRequests } from '../repo/requests.repo';
import { orgOf, requirePerson } from './access';
import { personBudget } from './person-budget';

/** A person's development budget in money and hours, per year with carry-over, up to `year`. */
export async function getBudgetStatement(
  deps: Deps,
  actor: Actor,
  personId: string,
  year?: number,
): Promise<TBudgetStatement> {
  const { db } = deps;
  const organizationId = orgOf(actor);
  const { employments } = await requirePerson(db, actor, 'llo.budget.read', personId);
  const toYear = year ?? Number(today(deps.clock).slice(0, 4));
  const [rules, requests, org] = await Promise.all([
    listBudgetRules(db, organizationId),
    listRequests(db, organizationId, { personIds: [personId] }),
    findOrganization(db, organizationId),
  ]);
  const years = personBudget(rules, employments, org?.fullTimeHours ?? 40, requests, toYear);
  const pending = requests.filter((r) => r.status === 'submitted' && r.fundingSource === 'personal_budget');
  const current = years.at(-1);
  return {
    personId,
    year: toYear,
    ruleName: current?.rule ? (rules.find((r) => r.fromYear === current.rule?.fromYear)?.name ?? null) : null,
    years: years.map((y) => ({
      year: y.year,
      factor: Math.round(y.factor * 10_000) / 10_000,
      money: y.money,
      hours: y.hours,
    })),
    pending: {
      cents: pending.reduce((s, r) => s + r.costCents, 0),
      hours: pending.reduce((s, r) => s + r.hours, 0),
    },
  };
}
