import { addDays, type IsoDate } from '../dates';
import { isSickOn } from './milestone-schedule';
import type { TCasePeriod } from './types';

/** An employment as far as leaving matters: first and last day (`end` null while it runs). */
export type TEmploymentSpan = { start: IsoDate; end: IsoDate | null };

/**
 * The days on which someone leaves the employer: the end of an employment that no other
 * employment continues — one starting on or before the next day and still running after it. A
 * contract change (one employment ends, the next starts the day after) is not leaving.
 */
export function leavingDays(employments: readonly TEmploymentSpan[]): IsoDate[] {
  const out = new Set<IsoDate>();
  for (const e of employments) {
    if (e.end === null) continue;
    const next = addDays(e.end, 1);
    const continued = employments.some(
      (o) => o !== e && o.start <= next && (o.end === null || o.end >= next),
    );
    if (!continued) out.add(e.end);
  }
  return [...out].sort();
}

/**
 * The employment's last day that makes a case "ziek uit dienst": the first leaving day on or after
 * the case's first sick day on which the employee is sick (see isSickOn), or undefined. It is the
 * `employmentEnd` to give caseTimeline for that case.
 */
export function ziekUitDienstDay(
  periods: readonly TCasePeriod[],
  employments: readonly TEmploymentSpan[],
): IsoDate | undefined {
  const first = periods[0]?.start;
  if (first === undefined) return undefined;
  return leavingDays(employments).find((day) => day >= first && isSickOn(periods, day));
}
