import { type IsoDate, isIsoDate } from '../dates';
import { attributeDone } from './attribute-done';
import { buildCases } from './build-cases';
import { caseTimeline } from './case-timeline';
import { PoortwachterInputError, type TInputIssue, throwIfIssues } from './input-error';
import { scheduleMilestones } from './milestone-schedule';
import type { TPoortwachterRuleSet } from './rule-set';
import { ruleSetFor } from './rule-sets';
import type { TPoortwachterTimeline, TSicknessPeriodInput, TTimelineOptions } from './types';
import { validateLeaves, validatePeriods } from './validate-periods';

/**
 * The Poortwachter timeline of one employee: cases (samentelregel), milestones and their status
 * as of `options.asOf`.
 *
 * - `ruleSet` defaults to the rule set in force on `asOf` (see ruleSetFor).
 * - `options.done` records are attributed to the case running on their date (see attributeDone).
 * - `options.loonsanctieWeeks` applies to the most recent case (the one a RIV-toets is about).
 * - `options.leaves` (pregnancy/maternity leave) bridge sickness before and after them (see buildCases).
 * - `options.employmentEnd` (the employment's last day) adds `uwv_ziek_uit_dienst` to the case in
 *   which the employee is sick on that day; it may lie after `asOf` (notice given).
 *
 * Throws PoortwachterInputError listing every bad field.
 */
export function buildTimeline(
  periods: readonly TSicknessPeriodInput[],
  options: TTimelineOptions,
  ruleSet?: TPoortwachterRuleSet,
): TPoortwachterTimeline {
  const { asOf, done = {}, loonsanctieWeeks, leaves = [], employmentEnd } = options;
  if (!isIsoDate(asOf)) {
    throw new PoortwachterInputError([
      { field: 'asOf', code: 'invalid_date', message: 'Not a date (YYYY-MM-DD)' },
    ]);
  }
  const rules = ruleSet ?? pickRuleSet(asOf);

  const issues: TInputIssue[] = [...validatePeriods(periods, asOf), ...validateLeaves(leaves, periods)];
  const max = rules.loonsanctie.maxWeeks;
  if (
    loonsanctieWeeks !== undefined &&
    (!Number.isInteger(loonsanctieWeeks) || loonsanctieWeeks < 1 || loonsanctieWeeks > max)
  ) {
    issues.push({
      field: 'loonsanctieWeeks',
      code: 'out_of_range',
      message: `Must be a whole number 1…${max}`,
    });
  }
  if (employmentEnd !== undefined && !isIsoDate(employmentEnd))
    issues.push({ field: 'employmentEnd', code: 'invalid_date', message: 'Not a date (YYYY-MM-DD)' });
  throwIfIssues(issues);

  const cases = buildCases(periods, rules, leaves);
  const lastIndex = cases.length - 1;
  const sanctionFor = (i: number) => (i === lastIndex ? loonsanctieWeeks : undefined);
  const schedules = cases.map((c, i) => scheduleMilestones(c, rules, sanctionFor(i), employmentEnd));
  const attributed = attributeDone(cases, schedules, done, asOf);
  throwIfIssues(attributed.issues);

  return {
    ruleSet: rules.id,
    asOf,
    cases: cases.map((c, i) =>
      caseTimeline(
        c,
        {
          asOf,
          done: attributed.perCase[i] ?? {},
          loonsanctieWeeks: sanctionFor(i),
          ...(employmentEnd === undefined ? {} : { employmentEnd }),
        },
        rules,
      ),
    ),
  };
}

function pickRuleSet(asOf: IsoDate): TPoortwachterRuleSet {
  try {
    return ruleSetFor(asOf);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    throw new PoortwachterInputError([{ field: 'asOf', code: 'no_rule_set', message: error.message }]);
  }
}
