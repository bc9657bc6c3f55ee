import { type IsoDate, isIsoDate } from '../dates';
import type { TInputIssue } from './input-error';
import type { TDoneMap, TDoneRecord, TMilestoneKey, TScheduledMilestone, TSicknessCase } from './types';

/**
 * Splits one done map over several cases. A record belongs to the most recent case that has a
 * milestone with that key and had started on the record's date (a plan van aanpak signed on
 * 2023-03-01 belongs to the case running then). Reports unknown keys, bad dates, dates after
 * `asOf` and dates before every matching case.
 */
export function attributeDone(
  cases: readonly TSicknessCase[],
  schedules: readonly (readonly TScheduledMilestone[])[],
  done: TDoneMap,
  asOf: IsoDate,
): { perCase: TDoneMap[]; issues: TInputIssue[] } {
  const perCase: Partial<Record<TMilestoneKey, TDoneRecord>>[] = cases.map(() => ({}));
  const issues: TInputIssue[] = [];
  for (const [key, record] of Object.entries(done)) {
    if (!record) continue;
    const field = `done.${key}`;
    const candidates = cases
      .map((c, i) => ({ c, i }))
      .filter(({ i }) => schedules[i]?.some((m) => m.key === key));
    if (candidates.length === 0) {
      issues.push({ field, code: 'unknown_milestone', message: `No case has a milestone "${key}"` });
      continue;
    }
    if (!isIsoDate(record.date)) {
      issues.push({ field: `${field}.date`, code: 'invalid_date', message: 'Not a date (YYYY-MM-DD)' });
      continue;
    }
    if (record.date > asOf) {
      issues.push({ field: `${field}.date`, code: 'after_as_of', message: `Done after asOf (${asOf})` });
      continue;
    }
    const owner = candidates.filter(({ c }) => c.firstSickDay <= record.date).at(-1);
    if (!owner) {
      issues.push({
        field: `${field}.date`,
        code: 'done_before_case',
        message: 'Done before the case started',
      });
      continue;
    }
    const target = perCase[owner.i];
    if (target) target[key as TMilestoneKey] = record;
  }
  return { perCase, issues };
}
