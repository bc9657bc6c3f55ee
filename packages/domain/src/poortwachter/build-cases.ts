import { addDays, daysBetween, type IsoDate, maxDate, minDate } from '../dates';
import { throwIfIssues } from './input-error';
import type { TPoortwachterRuleSet } from './rule-set';
import type { TCasePeriod, TLeaveInput, TSicknessCase, TSicknessPeriodInput } from './types';
import { validateLeaves, validatePeriods } from './validate-periods';

/** Leave days from `from` to `to`, both inclusive (0 when `to` < `from`). */
function leaveDaysIn(leaves: readonly TLeaveInput[], from: IsoDate, to: IsoDate): number {
  let days = 0;
  for (const leave of leaves) {
    const start = maxDate(leave.start, from);
    const end = minDate(leave.end, to);
    if (start <= end) days += daysBetween(start, end) + 1;
  }
  return days;
}

/**
 * Days of full recovery between two periods: the days strictly between `end` and `nextStart`,
 * less the leave days among them (a leave day is neither sick nor recovered).
 */
function gapDays(end: IsoDate, nextStart: IsoDate, leaves: readonly TLeaveInput[]): number {
  const between = daysBetween(end, nextStart) - 1;
  return between <= 0 ? between : between - leaveDaysIn(leaves, addDays(end, 1), addDays(nextStart, -1));
}

/**
 * Latest start of a relapse that would still be added to a chain ending on `end`: the gap may hold
 * at most `samentelGapDays − 1` fit days, and leave days in it do not count.
 */
function lastMergingStart(end: IsoDate, leaves: readonly TLeaveInput[], samentelGapDays: number): IsoDate {
  let latest = addDays(end, samentelGapDays);
  for (const leave of [...leaves].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    if (leave.end <= end) continue;
    const start = maxDate(leave.start, addDays(end, 1));
    if (start > latest) break;
    // Every leave day in the window pushes the window one day further.
    latest = addDays(latest, daysBetween(start, leave.end) + 1);
  }
  return latest;
}

/**
 * Groups sickness periods into cases (verzuimgevallen) by the samentelregel
 * (art. 7:629 lid 10 BW; domain-rules §1.2): consecutive periods whose gap of full recovery is
 * shorter than `ruleSet.samentelGapDays` (28) are added together **whatever the cause**; a gap of
 * 28 days or more starts a new case. Gap days never count as sick days.
 *
 * - Safety-net (vangnet) periods — zwangerschap/bevalling, orgaandonatie, no-riskpolis … — are
 *   part of the same chain and count on the same 104-week clock; the flag only adds or removes
 *   UWV reports (see wvp-2013.ts).
 * - Pregnancy/maternity leave (`leaves`, WAZO) is neither sickness nor recovery: its days are left
 *   out of the gap, so sickness directly before and after the leave is added together and the
 *   leave itself is not counted (art. 7:629 lid 10 BW: "direct voorafgaan aan en aansluiten op").
 *   Fit days on either side of a leave add up towards the 28. The exception "unless the cause
 *   clearly differs" is not modelled: the employer may not know the cause (domain-rules §2.1).
 *
 * Throws PoortwachterInputError on invalid periods or leaves (see validatePeriods,
 * validateLeaves). Cases are ordered by first sick day.
 */
export function buildCases(
  periods: readonly TSicknessPeriodInput[],
  ruleSet: TPoortwachterRuleSet,
  leaves: readonly TLeaveInput[] = [],
): TSicknessCase[] {
  throwIfIssues([...validatePeriods(periods), ...validateLeaves(leaves, periods)]);

  const chains: TSicknessPeriodInput[][] = [];
  for (const p of periods) {
    const chain = chains.at(-1);
    const previous = chain?.at(-1);
    // validatePeriods guarantees only the last period is open, so previous.end is set here.
    if (chain && previous?.end && gapDays(previous.end, p.start, leaves) < ruleSet.samentelGapDays)
      chain.push(p);
    else chains.push([p]);
  }

  return chains.map((chain): TSicknessCase => {
    const own: TCasePeriod[] = chain.map((p) => ({
      start: p.start,
      end: p.end,
      ...(p.safetyNet === true ? { safetyNet: true as const } : {}),
    }));
    const chainEnd = own.at(-1)?.end ?? null;
    return {
      periods: own,
      firstSickDay: own[0]?.start as IsoDate,
      lastSickDay: chainEnd,
      relapseMergesUntil:
        chainEnd === null ? null : lastMergingStart(chainEnd, leaves, ruleSet.samentelGapDays),
    };
  });
}
