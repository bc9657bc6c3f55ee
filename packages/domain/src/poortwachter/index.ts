/*
 * Wet verbetering poortwachter timeline engine (pure: no I/O, no clock; `asOf` is a parameter).
 *
 * Conventions (see docs/poortwachter.md):
 * - the first sick day is sick-day 1; week 1 starts on it;
 * - week N ends on sick-day 7N; a milestone "in week N" is due on the last day of week N;
 * - gap days (full recovery between periods merged by the samentelregel, art. 7:629 lid 10 BW)
 *   do not count; a partial return to work is still sickness;
 * - one case per samentelregel chain whatever the cause: a vangnet (safety-net) spell counts on the
 *   same clock; pregnancy/maternity leave days are neither sick nor fit days;
 * - dates are ISO `YYYY-MM-DD` calendar days; periods' `end` is the last sick day, inclusive.
 */
export { attributeDone } from './attribute-done';
export { buildCases } from './build-cases';
export { buildTimeline } from './build-timeline';
export { caseTimeline, milestoneStatus } from './case-timeline';
export { leavingDays, type TEmploymentSpan, ziekUitDienstDay } from './employment-end';
export { PoortwachterInputError, type TInputIssue, type TInputIssueCode } from './input-error';
export { appliesToCase, isSickOn, scheduleMilestones } from './milestone-schedule';
export type {
  TEmploymentEndMilestoneRule,
  TMilestoneApplicability,
  TMilestoneClock,
  TMilestoneRule,
  TPoortwachterRuleSet,
  TSafetyNetMilestoneRule,
  TSickDayMilestoneRule,
} from './rule-set';
export { poortwachterRuleSets, ruleSetFor } from './rule-sets';
export {
  dateOfSickDay,
  firstSickDayOfWeek,
  lastSickDayOfWeek,
  sickDaysThrough,
  totalSickDays,
  weekOfSickDay,
} from './sick-day-clock';
export { type TPoortwachterInput, timelineFromJson, ZPoortwachterInput } from './timeline-from-json';
export type * from './types';
export { validateLeaves, validatePeriods } from './validate-periods';
export { nextWorkingDayAfter } from './working-days';
export { wvp2013 } from './wvp-2013';
export { wvp2013r2 } from './wvp-2013-r2';
