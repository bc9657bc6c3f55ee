import type { IsoDate } from '../dates';

/**
 * One spell of (partial) incapacity for work as entered by the user.
 *
 * A partial return to work does not end a spell: someone who works 50% is still sick for the
 * Poortwachter clock. Only full recovery ends a period. `end` is the last sick day (inclusive);
 * `null` means still sick.
 */
export type TSicknessPeriodInput = {
  start: IsoDate;
  end: IsoDate | null;
  /**
   * The vangnet of the Ziektewet applies to this spell: zwangerschap/bevalling (ZW art. 29b),
   * orgaandonatie (art. 29a), no-riskpolis (art. 29b / 29 lid 2), … The employer may record only
   * WHETHER a vangnet applies, never which one (AP, domain-rules §2.1 item 4), and it does not
   * change the case: the samentelregel adds sickness together whatever the cause (§1.2).
   */
  safetyNet?: boolean;
};

/**
 * Pregnancy or maternity leave (WAZO), both days inclusive. Leave days are neither sick days nor
 * days of recovery: sickness directly before and after the leave is added together and the leave
 * itself is not counted (art. 7:629 lid 10 BW; domain-rules §1.2).
 */
export type TLeaveInput = { start: IsoDate; end: IsoDate };

/** A period as it appears inside a case; `safetyNet` is present (true) only on vangnet spells. */
export type TCasePeriod = { start: IsoDate; end: IsoDate | null; safetyNet?: true };

/**
 * One sickness case (verzuimgeval) after applying the samentelregel: one per chain of periods,
 * whatever the cause — a vangnet spell is on the same 104-week clock as ordinary sickness.
 */
export type TSicknessCase = {
  periods: readonly TCasePeriod[];
  firstSickDay: IsoDate;
  /** Last sick day of the case; `null` while the employee is still sick. */
  lastSickDay: IsoDate | null;
  /**
   * A new sickness period starting on or before this date would be added to this case
   * (gap < 28 days, art. 7:629 lid 10 BW). `null` while the case's chain of periods is still open.
   */
  relapseMergesUntil: IsoDate | null;
};

/** Who has to act (roles as in docs/architecture.md §1, plus UWV). */
export type TResponsible = 'occupational_physician' | 'employer' | 'employee' | 'uwv';

/** `task`: someone must do something by `due`. `event`: a date that simply arrives (end of the wachttijd). */
export type TMilestoneKind = 'task' | 'event';

export type TFixedMilestoneKey =
  | 'ziekmelding_arbodienst'
  | 'uwv_vangnet_melding'
  | 'probleemanalyse'
  | 'plan_van_aanpak'
  | 'uwv_42e_week_melding'
  | 'eerstejaarsevaluatie'
  | 'spoor_2_besluit'
  | 'wia_brief_uwv'
  | 'actueel_oordeel'
  | 'eindevaluatie'
  | 'wia_aanvraag'
  | 'einde_wachttijd'
  | 'einde_loonsanctie'
  | 'uwv_ziek_uit_dienst'
  | 'reintegratieverslag_ziek_uit_dienst';

/** Stable milestone key; evaluations of the plan van aanpak are numbered `evaluatie_1`, `evaluatie_2`, … */
export type TMilestoneKey = TFixedMilestoneKey | `evaluatie_${number}`;

export type TLabel = { nl: string; en: string };

/** A milestone with its dates, before any status is known. */
export type TScheduledMilestone = {
  key: TMilestoneKey;
  kind: TMilestoneKind;
  /**
   * Sick-day number the milestone is anchored to (day 7N for "week N"). For a milestone on the
   * calendar (the vangnet report to UWV) it is the case's sick-day number on its due date.
   */
  sickDay: number;
  /** Deadline (inclusive): the milestone is overdue from the next day on. */
  due: IsoDate;
  /** Start of the window, for milestones that must happen within a window (eerstejaarsevaluatie). */
  from?: IsoDate;
  responsible: TResponsible;
  legalSource: string;
  label: TLabel;
};

export type TMilestoneStatus = 'open' | 'done' | 'overdue' | 'not_applicable';

/** Proof that a milestone was completed. */
export type TDoneRecord = { date: IsoDate; documentId?: string };

export type TDoneMap = Readonly<Partial<Record<TMilestoneKey, TDoneRecord>>>;

export type TMilestone = TScheduledMilestone & {
  status: TMilestoneStatus;
  /** Completion date when `status` is `done` (for an event: the date it happened). */
  doneOn?: IsoDate;
  documentId?: string;
};

/** What the status of a case depends on besides its periods. */
export type TStatusOptions = {
  /** Reference date ("today"); the domain never reads the clock itself. */
  asOf: IsoDate;
  done?: TDoneMap;
  /** Loonsanctie imposed by UWV, in weeks (1 … ruleSet.loonsanctieMaxWeeks). */
  loonsanctieWeeks?: number;
  /**
   * Last day of the employment, when it ends (or has ended): a case in which the employee is sick
   * on that day gets the "ziek uit dienst" report to UWV, due that day.
   */
  employmentEnd?: IsoDate;
};

/** A case with its milestones and summary as of a date. */
export type TCaseTimeline = {
  firstSickDay: IsoDate;
  lastSickDay: IsoDate | null;
  relapseMergesUntil: IsoDate | null;
  /** Sick days up to and including `asOf` (gap days excluded). */
  sickDays: number;
  /** Current week of sickness: ⌈sickDays / 7⌉ (0 before the first sick day). */
  week: number;
  periods: readonly TCasePeriod[];
  milestones: readonly TMilestone[];
  /** Earliest milestone that is still `open`, or `null`. */
  nextDeadline: { key: TMilestoneKey; due: IsoDate } | null;
};

/** Result of `buildTimeline` and `timelineFromJson`. */
export type TPoortwachterTimeline = {
  /** Id of the rule set used, e.g. `wvp-2013`. */
  ruleSet: string;
  asOf: IsoDate;
  cases: readonly TCaseTimeline[];
};

/** Options of `buildTimeline`: the status options plus the leaves that bridge sickness. */
export type TTimelineOptions = TStatusOptions & { leaves?: readonly TLeaveInput[] };
