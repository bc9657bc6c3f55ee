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
  const people: Person[] = [];
  const byId = new Map<string, Person>();
  for (const e of input.employees) {
    const jobs: Job[] = [];
    for (const j of e.employments) {
      const end = j.end === null ? Number.POSITIVE_INFINITY : dayNumber(j.end);
      jobs.push({ start: dayNumber(j.start), end, factor: j.hoursPerWeek / input.fullTimeHours });
    }
    const unitId = e.unitId ?? null;
    const birthDate = e.birthDate ?? null;
    const person: Person = { id: e.id, unitId, birthDate, jobs, presence: mergeRanges(jobs), cases: [] };
    people.push(person);
    byId.set(e.id, person);
  }
  for (const a of input.absences) {
    if (excludePregnancyRelated && a.pregnancyRelated === true) continue;
    const person = byId.get(a.employeeId);
    if (!person) continue; // validation already reported it
    const start = dayNumber(a.start);
    const end = a.end === null ? Number.POSITIVE_INFINITY : dayNumber(a.end);
    person.cases.push({ start, end, isOngoing: a.end === null, pieces: toPieces(start, end, a.segments) });
  }
  for (const p of people) {
    const cs = p.cases;
    let isSorted = true;
    for (let i = 1; i < cs.length && isSorted; i++)
      isSorted = (cs[i] as Case).start >= (cs[i - 1] as Case).start;
    if (!isSorted) cs.sort((x, y) => x.start - y.start);
  }
  return people;
}

/** Segments to consecutive pieces; before the first segment the employee is fully unfit. */
function toPieces(
  start: number,
  end: number,
  segments: AbsenceStatsInput['absences'][number]['segments'],
): Piece[] {
  if (!segments || segments.length === 0) return [{ start, end, share: 1 }];
  const points = segments.map((s) => ({ from: dayNumber(s.from), share: s.percentage / 100 }));
  if ((points[0] as { from: number }).from > start) points.unshift({ from: start, share: 1 });
  return points.map((p, i) => ({
    start: p.from,
    end: i + 1 < points.length ? (points[i + 1] as { from: number }).from - 1 : end,
    share: p.share,
  }));
}
