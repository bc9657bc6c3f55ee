import { addDays, addMonths, type IsoDate, maxDate } from '../dates';

/**
 * Retention periods of the employer's absence data (domain-rules §2.3; AP, via rendement.nl):
 * the absence administration 2 years after the employment ends, the re-integration file 2 years
 * after the re-integration ends. Versioned like the Poortwachter rules, so a change of the
 * guidance is a new entry, not an edit.
 */
export type AbsenceRetentionRules = {
  id: string;
  /** Years the absence administration is kept after the (last) employment ends. */
  yearsAfterEmployment: number;
  /** Years the re-integration file is kept after the re-integration (the last case) ends. */
  yearsAfterReintegration: number;
  source: string;
};

export const AP_ABSENCE_RETENTION: AbsenceRetentionRules = {
  id: 'ap-2016',
  yearsAfterEmployment: 2,
  yearsAfterReintegration: 2,
  source: 'AP, "De zieke werknemer" (2016), via rendement.nl; domain-rules §2.3',
};

export type RetentionEmployment = { start: IsoDate; end: IsoDate | null };
/** A sickness case; `lastSickDay` null while it is open (re-integration still going on). */
export type RetentionCase = { lastSickDay: IsoDate | null };

export type AbsenceRetentionDecision =
  | { purge: true; keptUntil: IsoDate }
  | {
      purge: false;
      reason: 'no_absence_data' | 'no_employment' | 'employed' | 'case_open' | 'retention_running';
      /** The last day the data must be kept, when that is known (after it: purged). */
      keptUntil: IsoDate | null;
    };

/** `years` after `date`: the anniversary (29 Feb → 28 Feb in a common year). */
const anniversary = (date: IsoDate, years: number): IsoDate => addMonths(date, 12 * years);

/**
 * Whether one person's absence data (cases, reports, recovery, plan, evaluations, shared
 * capabilities) may be purged on `today`. Both periods must have run out: the employment ended
 * (no employment still running) more than `yearsAfterEmployment` years ago, and the last case
 * closed more than `yearsAfterReintegration` years ago.
 *
 * Convention: the data are kept up to and including the anniversary and purged from the day
 * after it. Employment ended 15 Mar 2024 → kept through 15 Mar 2026, purged on 16 Mar 2026.
 *
 * Conservative where the rule does not speak: no employment on record → kept (there is no end
 * to count from); any open case → kept. The physician's medical file (WGBO, 20 years) is not
 * governed by this rule.
 */
export function absenceRetention(
  person: { employments: readonly RetentionEmployment[]; cases: readonly RetentionCase[] },
  today: IsoDate,
  rules: AbsenceRetentionRules = AP_ABSENCE_RETENTION,
): AbsenceRetentionDecision {
  if (person.cases.length === 0) return { purge: false, reason: 'no_absence_data', keptUntil: null };
  if (person.employments.length === 0) return { purge: false, reason: 'no_employment', keptUntil: null };
  let employmentEnd: IsoDate | null = null;
  for (const e of person.employments) {
    if (e.end === null) return { purge: false, reason: 'employed', keptUntil: null };
    if (employmentEnd === null || e.end > employmentEnd) employmentEnd = e.end;
  }
  let caseEnd: IsoDate | null = null;
  for (const c of person.cases) {
    if (c.lastSickDay === null) return { purge: false, reason: 'case_open', keptUntil: null };
    if (caseEnd === null || c.lastSickDay > caseEnd) caseEnd = c.lastSickDay;
  }
  const a = anniversary(employmentEnd as IsoDate, rules.yearsAfterEmployment);
  const b = anniversary(caseEnd as IsoDate, rules.yearsAfterReintegration);
  const keptUntil = maxDate(a, b);
  return today > keptUntil
    ? { purge: true, keptUntil }
    : { purge: false, reason: 'retention_running', keptUntil };
}

/**
 * The latest employment end or last sick day that can be purgeable on `today` (a superset bound
 * for a database pre-selection; `absenceRetention` decides each person exactly). Anything that
 * ended after this day is still within its period.
 */
export function retentionCandidateBound(today: IsoDate, rules: AbsenceRetentionRules = AP_ABSENCE_RETENTION) {
  const years = Math.min(rules.yearsAfterEmployment, rules.yearsAfterReintegration);
  // ended on X is purgeable when anniversary(X) < today, which needs X before the same day
  // `years` ago; one day of slack covers 29 February (the bound only has to include them all)
  return addDays(addMonths(today, -12 * years), 1);
}
