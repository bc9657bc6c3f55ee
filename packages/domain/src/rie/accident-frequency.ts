import { type IsoDate, toDayNumber } from '../dates';

/**
 * Accident frequency figures for the ongevallenregister (Arbowet art. 9), per unit and for the
 * organisation, over a chosen period. Summary and limits: docs/rie.md §3.
 */

/** The LTIF convention: accidents with absence per 1,000,000 hours worked. */
export const LOST_TIME_HOURS_BASE = 1_000_000;
/** Breakdowns show figures only for groups of at least 5 people (architecture §5; domain-rules §2.5). */
export const ACCIDENT_FIGURES_MIN_GROUP_SIZE = 5;

export type TFrequencyEmployment = {
  personId: string;
  unitId: string | null;
  startDate: IsoDate;
  /** Last day of the employment (inclusive); null while it runs. */
  endDate: IsoDate | null;
  /** Contract hours per week. */
  hoursPerWeek: number;
};

export type TFrequencyAccident = {
  unitId: string | null;
  occurredOn: IsoDate;
  absenceWorkingDays: number;
  death: boolean;
  /** Woon-werkverkeer: outside art. 9, never counted. */
  commuting: boolean;
};

export type TAccidentFrequencyInput = {
  /** First and last day of the period, both inclusive. */
  from: IsoDate;
  to: IsoDate;
  employments: readonly TFrequencyEmployment[];
  accidents: readonly TFrequencyAccident[];
  minGroupSize?: number;
};

export type TAccidentCounts = {
  /** Work accidents in the period (commuting excluded). */
  accidents: number;
  /** Of which with absence (at least one working day) or fatal: the LTIF numerator. */
  lostTimeAccidents: number;
  absenceWorkingDays: number;
};

export type TAccidentFigures = TAccidentCounts & {
  /** People with an employment on at least one day of the period. */
  people: number;
  /** Person-days employed ÷ days in the period, one decimal. */
  averageHeadcount: number;
  /** Contract hours per week × days employed ÷ 7, whole hours. */
  hoursWorked: number;
  /** Accidents per 100 people (average headcount) in the period, one decimal; null without staff. */
  per100People: number | null;
  /** Accidents with absence per 1,000,000 hours worked, one decimal; null without hours. */
  lostTimePerMillionHours: number | null;
};

export type TAccidentFrequencyGroup =
  | ({ unitId: string | null; suppressed: false } & TAccidentFigures)
  | ({ unitId: string | null; suppressed: true } & TAccidentCounts);

export type TAccidentFrequency = {
  from: IsoDate;
  to: IsoDate;
  days: number;
  organisation: TAccidentFigures;
  /** One group per unit with staff or accidents in the period, in order of first appearance. */
  perUnit: TAccidentFrequencyGroup[];
};

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Is this accident one "with absence" (a lost-time accident)? Fatal accidents count too (LTIF convention). */
export const isLostTimeAccident = (a: Pick<TFrequencyAccident, 'absenceWorkingDays' | 'death'>) =>
  a.death || a.absenceWorkingDays > 0;

type Range = { start: number; end: number };

/** Days covered by the union of ranges (overlapping contracts of one person count once). */
function unionDays(ranges: Range[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let days = 0;
  let cur: Range | null = null;
  for (const r of sorted) {
    if (cur && r.start <= cur.end + 1) cur.end = Math.max(cur.end, r.end);
    else {
      if (cur) days += cur.end - cur.start + 1;
      cur = { ...r };
    }
  }
  return cur ? days + cur.end - cur.start + 1 : days;
}

type Acc = TAccidentCounts & { hours: number; rangesByPerson: Map<string, Range[]> };
const emptyAcc = (): Acc => ({
  accidents: 0,
  lostTimeAccidents: 0,
  absenceWorkingDays: 0,
  hours: 0,
  rangesByPerson: new Map(),
});

function figures(acc: Acc, days: number): TAccidentFigures {
  let personDays = 0;
  for (const ranges of acc.rangesByPerson.values()) personDays += unionDays(ranges);
  const averageHeadcount = personDays / days;
  return {
    accidents: acc.accidents,
    lostTimeAccidents: acc.lostTimeAccidents,
    absenceWorkingDays: acc.absenceWorkingDays,
    people: acc.rangesByPerson.size,
    averageHeadcount: round1(averageHeadcount),
    hoursWorked: Math.round(acc.hours),
    per100People: averageHeadcount > 0 ? round1((acc.accidents / averageHeadcount) * 100) : null,
    lostTimePerMillionHours:
      acc.hours > 0 ? round1((acc.lostTimeAccidents * LOST_TIME_HOURS_BASE) / acc.hours) : null,
  };
}

/**
 * Accident frequency over `from`–`to` (inclusive), per unit and for the whole organisation.
 *
 * - Hours worked come from contract hours: hoursPerWeek × (days of the employment inside the period) ÷ 7,
 *   so a joiner or leaver counts pro rata. Absence, leave and overtime are not corrected for.
 * - `lostTimePerMillionHours` (LTIF): accidents with at least one working day of absence, or fatal,
 *   × 1,000,000 ÷ hours worked. `per100People`: all work accidents per 100 of the average headcount.
 * - Commuting accidents are outside Arbowet art. 9 and never counted.
 * - A unit with fewer than `minGroupSize` (default 5) people in the period shows counts only: headcount,
 *   hours and rates are suppressed. The organisation is the total, not a breakdown, and is never suppressed.
 */
export function accidentFrequency(input: TAccidentFrequencyInput): TAccidentFrequency {
  const start = toDayNumber(input.from);
  const end = toDayNumber(input.to);
  if (end < start) throw new RangeError(`period ends before it starts: ${input.from}–${input.to}`);
  const minGroupSize = input.minGroupSize ?? ACCIDENT_FIGURES_MIN_GROUP_SIZE;
  const days = end - start + 1;
  const org = emptyAcc();
  const units = new Map<string | null, Acc>();
  const unit = (id: string | null) => {
    let acc = units.get(id);
    if (!acc) {
      acc = emptyAcc();
      units.set(id, acc);
    }
    return acc;
  };

  for (const e of input.employments) {
    if (!Number.isFinite(e.hoursPerWeek) || e.hoursPerWeek < 0)
      throw new RangeError(`hoursPerWeek must be a number ≥ 0: ${e.hoursPerWeek}`);
    const s = Math.max(start, toDayNumber(e.startDate));
    const f = Math.min(end, e.endDate === null ? end : toDayNumber(e.endDate));
    if (f < s) continue;
    const hours = (e.hoursPerWeek * (f - s + 1)) / 7;
    for (const acc of [org, unit(e.unitId)]) {
      acc.hours += hours;
      const ranges = acc.rangesByPerson.get(e.personId) ?? [];
      ranges.push({ start: s, end: f });
      acc.rangesByPerson.set(e.personId, ranges);
    }
  }

  for (const a of input.accidents) {
    if (a.commuting) continue;
    const day = toDayNumber(a.occurredOn);
    if (day < start || day > end) continue;
    for (const acc of [org, unit(a.unitId)]) {
      acc.accidents++;
      if (isLostTimeAccident(a)) acc.lostTimeAccidents++;
      acc.absenceWorkingDays += a.absenceWorkingDays;
    }
  }

  const perUnit = [...units.entries()].map(([unitId, acc]): TAccidentFrequencyGroup => {
    if (acc.rangesByPerson.size < minGroupSize)
      return {
        unitId,
        suppressed: true,
        accidents: acc.accidents,
        lostTimeAccidents: acc.lostTimeAccidents,
        absenceWorkingDays: acc.absenceWorkingDays,
      };
    return { unitId, suppressed: false, ...figures(acc, days) };
  });
  return { from: input.from, to: input.to, days, organisation: figures(org, days), perUnit };
}
