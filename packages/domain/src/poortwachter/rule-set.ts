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
 * The clock a milestone's `week` counts on:
 * - `sick_days` (default): the case's sick-day clock (see sick-day-clock.ts), "in week N" = due on
 *   sick-day 7N;
 * - `calendar_from_first_safety_net_day`: calendar days from the first sick day of the case's first
 *   safety-net period, that day being day 1 — "in week N" = due on day 7N, gaps and all.
 */
export type TMilestoneClock = 'sick_days' | 'calendar_from_first_safety_net_day';

/** One fixed milestone of a rule set. */
export type TMilestoneRule = {
  key: Exclude<TFixedMilestoneKey, 'einde_loonsanctie'>;
  kind: TMilestoneKind;
  /** Due on the last day of this week of sickness. */
  week: number;
  /** Window milestones open on the first day of this week. */
  fromWeek?: number;
  /** `next_working_day`: due on the first Monday–Friday after the end of `week`. */
  dueAdjustment?: 'next_working_day';
  appliesTo: TMilestoneApplicability;
  /** Default `sick_days`. */
  clock?: TMilestoneClock;
  responsible: TResponsible;
  legalSource: string;
  label: TLabel;
};

/**
 * A versioned set of Poortwachter rules. A change in the law is a new rule-set object with a
 * later `validFrom`, never an edit of an existing one: cases computed under the old rules must
 * stay reproducible.
 */
export type TPoortwachterRuleSet = {
  /** Stable id, e.g. `wvp-2013`. */
  id: string;
  /** First date on which these rules apply. */
  validFrom: IsoDate;
  title: string;
  /** Gap of full recovery that starts a new case (art. 7:629 lid 10 BW): gaps shorter than this are merged. */
  samentelGapDays: number;
  /** Wachttijd / loondoorbetaling: 104 weeks (art. 7:629 lid 1 BW; art. 23 WIA). */
  waitingPeriodWeeks: number;
  milestones: readonly TMilestoneRule[];
  /** Periodic evaluations of the plan van aanpak: `evaluatie_1` at startWeek + interval, … up to lastWeek. */
  evaluation: {
    startWeek: number;
    intervalWeeks: number;
    lastWeek: number;
    responsible: TResponsible;
    legalSource: string;
    label: TLabel;
  };
  /** Loonsanctie: UWV extends wage payment by at most `maxWeeks` (art. 25 lid 9 WIA). */
  loonsanctie: { maxWeeks: number; responsible: TResponsible; legalSource: string; label: TLabel };
};
