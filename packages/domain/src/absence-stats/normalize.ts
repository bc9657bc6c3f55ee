import { type DayRange, mergeRanges } from './day-count';
import { dayNumber } from './day-number';
import type { AbsenceStatsInput } from './types';

/** An employment in day numbers; `factor` = contract hours ÷ full-time hours (Visma, Vernet). */
export type Job = DayRange & { factor: number };

/** A stretch of a case at one incapacity share (1 = 100 % unfit). */
export type Piece = DayRange & { share: number };

/** A sickness case in day numbers; `end` is `Infinity` while ongoing. */
export type Case = DayRange & { isOngoing: boolean; pieces: Piece[] };

/** An employee prepared for interval arithmetic. */
export type Person = {
  id: string;
  unitId: string | null;
  birthDate: string | null;
  jobs: Job[];
  /** Days employed at all (union of the employments), so concurrent jobs count the person once. */
  presence: DayRange[];
  /** The included cases, sorted by start. */
  cases: Case[];
};

/**
 * Converts validated input to day numbers once, grouping cases by employee, so every metric
 * works with overlap arithmetic instead of walking days. Pregnancy-related cases are dropped
 * here when excluded (CBS 80072NED excludes pregnancy and maternity leave).
 */
export function normalize(input: AbsenceStatsInput, excludePregnancyRelated: boolean): Person[] {
  const people = input.employees.map((e): Person => {
    const jobs = e.employments.map((j) => ({
      start: dayNumber(j.start),
      end: j.end === null ? Number.POSITIVE_INFINITY : dayNumber(j.end),
      factor: j.hoursPerWeek / input.fullTimeHours,
    }));
    return {
      id: e.id,
      unitId: e.unitId ?? null,
      birthDate: e.birthDate ?? null,
      jobs,
      presence: mergeRanges(jobs),
      cases: [],
    };
  });
  const byId = new Map(people.map((p) => [p.id, p]));
  for (const a of input.absences) {
    if (excludePregnancyRelated && a.pregnancyRelated === true) continue;
    const person = byId.get(a.employeeId);
    if (!person) continue; // validation already reported it
    const start = dayNumber(a.start);
    const end = a.end === null ? Number.POSITIVE_INFINITY : dayNumber(a.end);
    person.cases.push({ start, end, isOngoing: a.end === null, pieces: toPieces(start, end, a.segments) });
  }
  for (const p of people) p.cases.sort((x, y) => x.start - y.start);
  return people;
}

/** Segments to consecutive pieces; before the first segment the employee is fully unfit. */
function toPieces(
  start: number,
  end: number,
  segments: AbsenceStatsInput['absences'][number]['segments'],
): Piece[] {
  const points = (segments ?? []).map((s) => ({ from: dayNumber(s.from), share: s.percentage / 100 }));
  if (points.length === 0 || (points[0] as { from: number }).from > start)
    points.unshift({ from: start, share: 1 });
  return points.map((p, i) => ({
    start: p.from,
    end: i + 1 < points.length ? (points[i + 1] as { from: number }).from - 1 : end,
    share: p.share,
  }));
}
