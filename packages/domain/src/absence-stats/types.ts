import type { IsoDate } from '../dates';

/** One contract: inclusive `start`..`end` (`null` = open-ended) at `hoursPerWeek` contract hours. */
export type Employment = { start: IsoDate; end: IsoDate | null; hoursPerWeek: number };

/** A person in the population. `unitId` and `birthDate` only feed the breakdowns. */
export type Employee = {
  id: string;
  birthDate?: IsoDate;
  unitId?: string;
  employments: Employment[];
};

/** From `from` on (until the next segment or the case end) the employee is `percentage` % unfit. */
export type AbsenceSegment = { from: IsoDate; percentage: number };

/**
 * One sickness case (ziekmelding). `end` is the last sick day (inclusive); `null` = still ongoing.
 * Without `segments` the employee is 100 % unfit from `start`; days before the first segment are 100 %.
 */
export type Absence = {
  employeeId: string;
  start: IsoDate;
  end: IsoDate | null;
  segments?: AbsenceSegment[];
  /** Pregnancy- or childbirth-related sickness (ZW art. 29b); CBS leaves it out. */
  pregnancyRelated?: boolean;
};

/** Everything the statistics are computed from; the period `from`..`to` is inclusive. */
export type AbsenceStatsInput = {
  from: IsoDate;
  to: IsoDate;
  /** Contract hours of a full-time job; part-time factor = hoursPerWeek ÷ fullTimeHours. */
  fullTimeHours: number;
  employees: Employee[];
  absences: Absence[];
};

/** `calendar`: every day counts (default); `working`: Monday–Friday only (public holidays not excluded). */
export type DayBasis = 'calendar' | 'working';

/** A duration class in calendar days, inclusive; `maxDays: null` = open-ended. */
export type DurationClass = { key: string; minDays: number; maxDays: number | null };

/** Sub-periods for the over-time breakdown. */
export type SubPeriodUnit = 'month' | 'quarter';

/** The choices in which the standards (CBS, Vernet, 1996 standard) differ. */
export type AbsenceStatsOptions = {
  dayBasis: DayBasis;
  excludePregnancyRelated: boolean;
  durationClasses: DurationClass[];
  frequentAbsenceThreshold: number;
  frequentAbsenceWindowMonths: number;
  minGroupSize: number;
  /** Lower bounds of the age bands after the first, e.g. [25, 35] → <25, 25-34, 35+. */
  ageBandBounds: number[];
  subPeriod: SubPeriodUnit;
};

/** Figures for one population over one window. `null` where the denominator is zero. */
export type AbsenceFigures = {
  /** People with at least one employment day in the window. */
  employees: number;
  /** Mean number of people employed per calendar day of the window. */
  averageHeadcount: number;
  verzuimpercentage: number | null;
  meldingsfrequentie: number | null;
  gemiddeldeVerzuimduur: number | null;
  nulverzuim: number | null;
  /** Cases that started in the window (the meldingsfrequentie numerator). */
  reports: number;
  /** Cases whose last sick day lies in the window (the gemiddelde verzuimduur denominator). */
  casesEnded: number;
};

/**
 * A breakdown group: figures, or suppressed because it is too small (or would reveal a small one).
 * `key` is the unit id, the age band label or the sub-period (`2024-03`, `2024-Q1`); `null` groups
 * the people without a unit or without a birth date. Sub-period groups carry their `from`/`to`.
 */
export type BreakdownGroup =
  | ({ key: string | null; from?: IsoDate; to?: IsoDate; suppressed: false } & AbsenceFigures)
  | {
      key: string | null;
      from?: IsoDate;
      to?: IsoDate;
      suppressed: true;
      reason: 'min_group_size' | 'complementary';
    };

/** Count of cases per duration class. */
export type DurationClassCount = DurationClass & { count: number };

export type FrequentAbsentee = { employeeId: string; reports: number };

export type BradfordScore = { employeeId: string; spells: number; days: number; score: number };

/** The result of `computeAbsenceStats`; plain JSON (no `undefined`, no `Infinity`). */
export type AbsenceStats = {
  period: { from: IsoDate; to: IsoDate; days: number };
  options: AbsenceStatsOptions;
  totals: AbsenceFigures;
  durationClasses: {
    /** Cases ended in the period, by their full length (days before the period included). */
    ended: DurationClassCount[];
    /** Cases with a sick day in the period, by their length up to min(end, period end). */
    overlapping: DurationClassCount[];
  };
  frequentAbsentees: {
    threshold: number;
    from: IsoDate;
    to: IsoDate;
    employees: FrequentAbsentee[];
  };
  bradford: { from: IsoDate; to: IsoDate; scores: BradfordScore[] };
  breakdowns: {
    byUnit: BreakdownGroup[];
    byAgeBand: BreakdownGroup[];
    bySubPeriod: BreakdownGroup[];
  };
};
