import { type IsoDate, isIsoDate } from '../dates';
import type { TInputIssue } from './input-error';
import type { TLeaveInput, TSicknessPeriodInput } from './types';

/**
 * Checks sickness periods: real dates, end not before start, chronological order, no overlap, and
 * only the last period may be open (`end: null`). With `asOf`, no period may start or end after it
 * (periods record facts; "still sick" is `end: null`). Returns every issue found, none when valid.
 */
export function validatePeriods(periods: readonly TSicknessPeriodInput[], asOf?: IsoDate): TInputIssue[] {
  const issues: TInputIssue[] = [];
  if (periods.length === 0) {
    issues.push({
      field: 'periods',
      code: 'invalid_shape',
      message: 'At least one sickness period is required',
    });
  }
  let latestEnd = null as IsoDate | null; // last sick day so far among closed periods
  let previousStart = null as IsoDate | null;
  for (const [i, p] of periods.entries()) {
    const at = `periods[${i}]`;
    const isStartValid = isIsoDate(p.start);
    const isEndValid = p.end === null || isIsoDate(p.end);
    if (!isStartValid)
      issues.push({ field: `${at}.start`, code: 'invalid_date', message: 'Not a date (YYYY-MM-DD)' });
    if (!isEndValid)
      issues.push({ field: `${at}.end`, code: 'invalid_date', message: 'Not a date (YYYY-MM-DD) or null' });
    if (!isStartValid || !isEndValid) continue;

    if (p.end !== null && p.end < p.start) {
      issues.push({
        field: `${at}.end`,
        code: 'end_before_start',
        message: `Ends (${p.end}) before it starts`,
      });
    }
    if (p.end === null && i < periods.length - 1) {
      issues.push({
        field: `${at}.end`,
        code: 'open_not_last',
        message: 'Only the last period may be open (null)',
      });
    }
    if (previousStart !== null && p.start < previousStart) {
      issues.push({
        field: `${at}.start`,
        code: 'not_chronological',
        message: 'Periods must be in date order',
      });
    } else if (latestEnd !== null && p.start <= latestEnd) {
      issues.push({
        field: `${at}.start`,
        code: 'overlap',
        message: `Overlaps the previous period (until ${latestEnd})`,
      });
    }
    if (asOf !== undefined && p.start > asOf) {
      issues.push({ field: `${at}.start`, code: 'after_as_of', message: `Starts after asOf (${asOf})` });
    }
    if (asOf !== undefined && p.end !== null && p.end > asOf) {
      issues.push({
        field: `${at}.end`,
        code: 'after_as_of',
        message: `Ends after asOf (${asOf}); use null while still sick`,
      });
    }
    previousStart = previousStart !== null && previousStart > p.start ? previousStart : p.start;
    // A period after an open one is already reported as open_not_last, not again as an overlap.
    if (p.end !== null && (latestEnd === null || p.end > latestEnd)) latestEnd = p.end;
  }
  return issues;
}

/**
 * Checks pregnancy/maternity leaves (WAZO): real dates, end not before start, in date order
 * without overlap, and no overlap with a sickness period — sickness during the leave is covered by
 * the leave (the WAZO benefit), so it is not a sick day on the Poortwachter clock. An open
 * sickness period (`end: null`) runs on indefinitely, so a leave may not start on or after its
 * start: end the sick period on the day before the leave. Leaves may lie after `asOf` (planned
 * leave); they only matter between sickness periods.
 */
export function validateLeaves(
  leaves: readonly TLeaveInput[],
  periods: readonly TSicknessPeriodInput[],
): TInputIssue[] {
  const issues: TInputIssue[] = [];
  let previous = null as TLeaveInput | null;
  for (const [i, leave] of leaves.entries()) {
    const at = `leaves[${i}]`;
    const isStartValid = isIsoDate(leave.start);
    const isEndValid = isIsoDate(leave.end);
    if (!isStartValid)
      issues.push({ field: `${at}.start`, code: 'invalid_date', message: 'Not a date (YYYY-MM-DD)' });
    if (!isEndValid)
      issues.push({ field: `${at}.end`, code: 'invalid_date', message: 'Not a date (YYYY-MM-DD)' });
    if (!isStartValid || !isEndValid) continue;
    if (leave.end < leave.start) {
      issues.push({
        field: `${at}.end`,
        code: 'end_before_start',
        message: `Ends (${leave.end}) before it starts`,
      });
      continue;
    }
    if (previous && leave.start < previous.start) {
      issues.push({
        field: `${at}.start`,
        code: 'not_chronological',
        message: 'Leaves must be in date order',
      });
    } else if (previous && leave.start <= previous.end) {
      issues.push({
        field: `${at}.start`,
        code: 'overlap',
        message: `Overlaps the previous leave (until ${previous.end})`,
      });
    }
    const sick = periods.findIndex(
      (p) =>
        isIsoDate(p.start) &&
        (p.end === null || isIsoDate(p.end)) &&
        leave.end >= p.start &&
        (p.end === null || leave.start <= p.end),
    );
    if (sick >= 0) {
      issues.push({
        field: `${at}.start`,
        code: 'overlap',
        message: `Overlaps sickness period periods[${sick}]; a leave day is not a sick day`,
      });
    }
    if (!previous || leave.end > previous.end) previous = leave;
  }
  return issues;
}
