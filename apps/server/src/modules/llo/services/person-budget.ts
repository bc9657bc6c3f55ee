import { llo } from '@inzetbaar/domain';
import type { EmploymentRow } from '../../people/repo/people.repo';
import type { BudgetRuleRow } from '../repo/budget.repo';
import type { RequestRow } from '../repo/requests.repo';

export const toDomainRule = (r: BudgetRuleRow): llo.BudgetRule => ({
  fromYear: r.fromYear,
  moneyPerYearCents: r.moneyPerYearCents,
  hoursPerYear: r.hoursPerYear,
  carryOverYears: r.carryOverYears,
  maxCarryOverCents: r.maxCarryOverCents,
  maxCarryOverHours: r.maxCarryOverHours,
  proRata: r.proRata,
  maxPerActivityCents: r.maxPerActivityCents,
});

/**
 * What a request takes from the personal budget: approved ones commit the planned cost and hours,
 * completed ones the actual figures. Training the job requires (BW 7:611a) takes nothing.
 */
export function budgetUses(requests: readonly RequestRow[]): llo.BudgetUse[] {
  return requests.flatMap((r) => {
    if (r.fundingSource !== 'personal_budget' || r.budgetYear === null) return [];
    if (r.status === 'approved') return [{ year: r.budgetYear, cents: r.costCents, hours: r.hours }];
    if (r.status === 'completed')
      return [
        { year: r.budgetYear, cents: r.actualCostCents ?? r.costCents, hours: r.actualHours ?? r.hours },
      ];
    return [];
  });
}

/** A person's budget statement up to `toYear`. */
export function personBudget(
  rules: readonly BudgetRuleRow[],
  employments: readonly EmploymentRow[],
  fullTimeHours: number,
  requests: readonly RequestRow[],
  toYear: number,
): llo.BudgetYear[] {
  return llo.budgetStatement({
    rules: rules.map(toDomainRule),
    employments: employments.map((e) => ({
      startDate: e.startDate,
      endDate: e.endDate,
      hoursPerWeek: e.hoursPerWeek,
    })),
    fullTimeHours,
    uses: budgetUses(requests),
    toYear,
  });
}
