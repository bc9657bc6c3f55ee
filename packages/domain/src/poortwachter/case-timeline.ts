import type { IsoDate } from '../dates';
import { scheduleMilestones } from './milestone-schedule';
import type { TPoortwachterRuleSet } from './rule-set';
import { sickDaysThrough, totalSickDays, weekOfSickDay } from './sick-day-clock';
import type {
  TCaseTimeline,
  TDoneRecord,
  TMilestone,
  TScheduledMilestone,
  TSicknessCase,
  TStatusOptions,
} from './types';

/**
 * Status of one milestone as of `asOf`:
 * - `done` when a done record exists (it wins over everything else); an `event` (end of the
 *   wachttijd) is `done` on its own once its date has passed;
 * - `not_applicable` when the case closed (recovery) before the milestone's sick day was reached —
 *   the obligation never arose;
 * - `overdue` when `asOf` is after `due`, otherwise `open` (due today is still open).
 */
export function milestoneStatus(
  milestone: TScheduledMilestone,
  totalDays: number | null,
  asOf: IsoDate,
  done?: TDoneRecord,
): Pick<TMilestone, 'status' | 'doneOn' | 'documentId'> {
  if (done)
    return { status: 'done', doneOn: done.date, ...(done.documentId ? { documentId: done.documentId } : {}) };
  // Applicability is judged on the sick-day clock, not on `due`: the 42e-weeksmelding falls due on
  // the next working day, but the duty arises once week 42 of sickness is complete (art. 38 ZW).
  if (totalDays !== null && milestone.sickDay > totalDays) return { status: 'not_applicable' };
  if (asOf <= milestone.due) return { status: 'open' };
  return milestone.kind === 'event' ? { status: 'done', doneOn: milestone.due } : { status: 'overdue' };
}

/**
 * One case with every milestone's status and the case summary as of `options.asOf`.
 * `options.done` is keyed by milestone key and belongs to this case only; `options.employmentEnd`
 * adds the ziek-uit-dienst milestones when the employee is sick on that day.
 */
export function caseTimeline(
  sicknessCase: TSicknessCase,
  options: TStatusOptions,
  ruleSet: TPoortwachterRuleSet,
): TCaseTimeline {
  const { asOf, done = {}, loonsanctieWeeks, employmentEnd } = options;
  const totalDays = totalSickDays(sicknessCase.periods);
  const milestones: TMilestone[] = scheduleMilestones(
    sicknessCase,
    ruleSet,
    loonsanctieWeeks,
    employmentEnd,
  ).map((m) => ({
    ...m,
    ...milestoneStatus(m, totalDays, asOf, done[m.key]),
  }));
  const next = milestones.find((m) => m.status === 'open');
  const sickDays = sickDaysThrough(sicknessCase.periods, asOf);
  return {
    firstSickDay: sicknessCase.firstSickDay,
    lastSickDay: sicknessCase.lastSickDay,
    relapseMergesUntil: sicknessCase.relapseMergesUntil,
    sickDays,
    week: weekOfSickDay(sickDays),
    periods: sicknessCase.periods,
    milestones,
    nextDeadline: next ? { key: next.key, due: next.due } : null,
  };
}
