import { type IsoDate, isIsoDate } from '../dates';
import type { TInputIssue } from './input-error';
import type { TSicknessPeriodInput } from './types';

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
