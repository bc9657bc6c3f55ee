import type { IsoDate } from '../dates';
import type { TFixedMilestoneKey, TLabel, TMilestoneKind, TResponsible } from './types';

/**
 * Which cases get a milestone, by their vangnet (safety-net) periods:
 * - `every_case`;
 * - `with_safety_net`: cases with at least one safety-net period;
 * - `not_only_safety_net`: cases with at least one period that is not a safety-net period.
 */
export type TMilestoneApplicability = 'every_case' | 'with_safety_net' | 'not_only_safety_net';

/**
 * The clock a milestone counts on:
 * - `sick_days` (default): the case's sick-day clock (see sick-day-clock.ts), "in week N" = due on
 *   sick-day 7N;
 * - `calendar_from_first_safety_net_day`: calendar days from the first sick day of the case's first
 *   safety-net period, that day being day 1 — due on day `day`, gaps and all;
 * - `employment_end`: due on the last day of the employment, for the case in which the employee is
 *   (partly) sick on that day ("ziek uit dienst"); only when the employment's end is given.
 */
export type TMilestoneClock = 'sick_days' | 'calendar_from_first_safety_net_day' | 'employment_end';

type TMilestoneRuleBase = {
  key: Exclude<TFixedMilestoneKey, 'einde_loonsanctie'>;
  kind: TMilestoneKind;
  appliesTo: TMilestoneApplicability;
  responsible: TResponsible;
  legalSource: string;
  label: TLabel;
};

/** A milestone in a week of sickness, on the sick-day clock. */
export type TSickDayMilestoneRule = TMilestoneRuleBase & {
  clock?: 'sick_days';
  /** Due on the last day of this week of sickness. */
  week: number;
  /** Window milestones open on the first day of this week. */
  fromWeek?: number;
  /** `next_working_day`: due on the first Monday–Friday after the end of `week`. */
  dueAdjustment?: 'next_working_day';
};

/** A UWV term in calendar days from the first sick day of the case's first vangnet period. */
export type TSafetyNetMilestoneRule = TMilestoneRuleBase & {
  clock: 'calendar_from_first_safety_net_day';
  /** Due on this calendar day, the first vangnet sick day being day 1 (42 = "within 6 weeks"). */
  day: number;
};

/** A duty on the last day of the employment when the employee is sick on that day (ziek uit dienst). */
export type TEmploymentEndMilestoneRule = TMilestoneRuleBase & {
  clock: 'employment_end';
  /**
   * Only when the employment's last day is on or after this calendar day of the case (the first
   * sick day being day 1; day 42 ends the 6th week): UWV asks no re-integratieverslag from someone
   * who leaves within 6 weeks of sickness.
   */
  fromCaseDay?: number;
};

/** One fixed milestone of a rule set. */
export type TMilestoneRule = TSickDayMilestoneRule | TSafetyNetMilestoneRule | TEmploymentEndMilestoneRule;

/**
 * A versioned set of Poortwachter rules. A change in the law is a new rule-set object with a
 * later `validFrom`, never an edit of an existing one: cases computed under the old rules must
 * stay reproducible. A corrected reading of the same law is a new object too, with the same
 * `validFrom` and `revises` naming the one it corrects; it comes after it in the registry and
 * wins (see ruleSetFor).
 */
export type TPoortwachterRuleSet = {
  /** Stable id, e.g. `wvp-2013`. */
  id: string;
  /** First date on which these rules apply. */
  validFrom: IsoDate;
  /** Id of the rule set whose reading of the same law this one corrects (same `validFrom`). */
  revises?: string;
  title: string;
  /** Gap of full recovery that starts a new case (art. 7:629 lid 10 BW): gaps shorter than this are merged. */
  samentelGapDays: number;
  /** Wachttijd / loondoorbetaling: 104 weeks (art. 7:629 lid 1 BW; art. 23 WIA). */
  waitingPeriodWeeks: number;
  milestones: readonly TMilestoneRule[];
  /**
   * Periodic evaluations of the plan van aanpak: `evaluatie_1` at startWeek + interval, … up to
   * lastWeek — and, with `throughLoonsanctie`, on through the weeks of a loonsanctie.
   */
  evaluation: {
    startWeek: number;
    intervalWeeks: number;
    lastWeek: number;
    throughLoonsanctie?: boolean;
    responsible: TResponsible;
    legalSource: string;
    label: TLabel;
  };
  /** Loonsanctie: UWV extends wage payment by at most `maxWeeks` (art. 25 lid 9 WIA). */
  loonsanctie: { maxWeeks: number; responsible: TResponsible; legalSource: string; label: TLabel };
};
