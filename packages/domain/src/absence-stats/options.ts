import type { AbsenceStatsIssue } from './errors';
import type { AbsenceStatsOptions, DurationClass } from './types';

/**
 * Vernet duration classes (zwconnect.arbeidsmarktinbeeld.nl): 1–14 kort, 15–91 middellang,
 * 92–365 lang, 366–730 extra lang; cases over 730 days (beyond the 104 weeks of wage payment)
 * get a class of their own so none is dropped.
 */
export const VERNET_DURATION_CLASSES: readonly DurationClass[] = [
  { key: 'kort', minDays: 1, maxDays: 14 },
  { key: 'middellang', minDays: 15, maxDays: 91 },
  { key: 'lang', minDays: 92, maxDays: 365 },
  { key: 'extraLang', minDays: 366, maxDays: 730 },
  { key: 'langerDan730', minDays: 731, maxDays: null },
];

/**
 * Defaults: calendar days; pregnancy-related sickness counted — CBS 80072NED leaves out pregnancy and
 * maternity LEAVE (not recorded as absence here), not sickness (domain-rules §3); frequent absence is
 * ≥ 3 reports in 12 months (basisarbodienst.nl); groups below 5 people are suppressed
 * (domain-rules §2.5: never below 5).
 */
export const DEFAULT_ABSENCE_STATS_OPTIONS: AbsenceStatsOptions = {
  dayBasis: 'calendar',
  excludePregnancyRelated: false,
  durationClasses: [...VERNET_DURATION_CLASSES],
  frequentAbsenceThreshold: 3,
  frequentAbsenceWindowMonths: 12,
  minGroupSize: 5,
  ageBandBounds: [25, 35, 45, 55, 60],
  subPeriod: 'quarter',
};

/** The lowest minimum group size accepted: breakdowns of health data never go below 5 (domain-rules §2.5). */
export const MIN_GROUP_SIZE_FLOOR = 5;

const isPositiveInt = (n: number): boolean => Number.isInteger(n) && n >= 1;

/** Checks an options object; returns issues with paths `options.<name>`. */
export function checkOptions(o: AbsenceStatsOptions): AbsenceStatsIssue[] {
  const issues: AbsenceStatsIssue[] = [];
  const bad = (name: string, code: string, message: string) =>
    issues.push({ path: `options.${name}`, code, message });
  if (o.dayBasis !== 'calendar' && o.dayBasis !== 'working')
    bad('dayBasis', 'invalid_value', "expected 'calendar' or 'working'");
  if (o.subPeriod !== 'month' && o.subPeriod !== 'quarter')
    bad('subPeriod', 'invalid_value', "expected 'month' or 'quarter'");
  if (!isPositiveInt(o.frequentAbsenceThreshold))
    bad('frequentAbsenceThreshold', 'too_small', 'expected a whole number ≥ 1');
  if (!isPositiveInt(o.frequentAbsenceWindowMonths))
    bad('frequentAbsenceWindowMonths', 'too_small', 'expected a whole number ≥ 1');
  if (!Number.isInteger(o.minGroupSize) || o.minGroupSize < MIN_GROUP_SIZE_FLOOR)
    bad('minGroupSize', 'too_small', `expected a whole number ≥ ${MIN_GROUP_SIZE_FLOOR}`);
  const bounds = o.ageBandBounds;
  if (!bounds.every((b, i) => isPositiveInt(b) && (i === 0 || b > (bounds[i - 1] as number))))
    bad('ageBandBounds', 'invalid_value', 'expected strictly increasing whole numbers ≥ 1');
  const classIssue = checkDurationClasses(o.durationClasses);
  if (classIssue) bad('durationClasses', 'invalid_value', classIssue);
  return issues;
}

/** Classes must start at day 1, follow on without gaps or overlaps, and end open-ended. */
function checkDurationClasses(classes: readonly DurationClass[]): string | null {
  if (classes.length === 0) return 'expected at least one class';
  let next = 1;
  const keys = new Set<string>();
  for (const [i, c] of classes.entries()) {
    if (keys.has(c.key)) return `duplicate key ${c.key}`;
    keys.add(c.key);
    if (c.minDays !== next) return `class ${c.key} must start at day ${next}`;
    const isLast = i === classes.length - 1;
    if (isLast) {
      if (c.maxDays !== null) return 'the last class must be open-ended (maxDays: null)';
    } else {
      if (c.maxDays === null || !Number.isInteger(c.maxDays) || c.maxDays < c.minDays)
        return `class ${c.key} needs a whole maxDays ≥ minDays`;
      next = c.maxDays + 1;
    }
  }
  return null;
}
