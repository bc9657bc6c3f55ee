import { countDays, type DayRange } from './day-count';
import type { Person } from './normalize';
import type { AbsenceFigures, DayBasis } from './types';

/** Additive sums for one population over one window; figures are ratios of these. */
export type WindowTotals = {
  /** People with an employment day in the window. */
  employees: number;
  /** Of those, people without any sick day in the window while employed (nulverzuim). */
  withoutAbsence: number;
  /** Person-days employed, calendar days (headcount ignores part-time and the day basis). */
  employedDays: number;
  /** Σ contract days × part-time factor, on the day basis. */
  contractDays: number;
  /** Σ sick days × part-time factor × incapacity share, on the day basis. */
  sickDays: number;
  reports: number;
  casesEnded: number;
  /** Σ calendar length of the ended cases, including their days before the window. */
  endedCaseDays: number;
};

export const emptyTotals = (): WindowTotals => ({
  employees: 0,
  withoutAbsence: 0,
  employedDays: 0,
  contractDays: 0,
  sickDays: 0,
  reports: 0,
  casesEnded: 0,
  endedCaseDays: 0,
});

/** Sets every sum of `t` back to 0 (mutates `t`), so a scratch object can be reused. */
function resetTotals(t: WindowTotals): void {
  t.employees = 0;
  t.withoutAbsence = 0;
  t.employedDays = 0;
  t.contractDays = 0;
  t.sickDays = 0;
  t.reports = 0;
  t.casesEnded = 0;
  t.endedCaseDays = 0;
}

/** Whether every sum is 0: the person has no employment day, report, ended case or sick day in the window. */
export const isEmpty = (t: WindowTotals): boolean =>
  t.employedDays === 0 && t.contractDays === 0 && t.sickDays === 0 && t.reports === 0 && t.casesEnded === 0;

/** Adds `t` into `acc` (mutates `acc`). */
export function addTotals(acc: WindowTotals, t: WindowTotals): void {
  acc.employees += t.employees;
  acc.withoutAbsence += t.withoutAbsence;
  acc.employedDays += t.employedDays;
  acc.contractDays += t.contractDays;
  acc.sickDays += t.sickDays;
  acc.reports += t.reports;
  acc.casesEnded += t.casesEnded;
  acc.endedCaseDays += t.endedCaseDays;
}

const overlap = (a: DayRange, b: DayRange): number => Math.min(a.end, b.end) - Math.max(a.start, b.start) + 1;

/**
 * One person's sums over window `w`. Only days inside the window AND inside an employment count
 * towards the verzuimpercentage, so joiners, leavers and people with several contracts are
 * weighted by their own contract days (vernet.nl/definities; Visma "Rekenmethodieken").
 * Work is per employment × case segment: no loop over days. Writes into `out` (reset first) so
 * the hot loop over 100k people × sub-periods allocates nothing.
 */
export function personTotals(
  p: Person,
  w: DayRange,
  basis: DayBasis,
  out: WindowTotals = emptyTotals(),
): WindowTotals {
  const t = out;
  resetTotals(t);
  for (const r of p.presence) t.employedDays += Math.max(0, overlap(r, w));
  for (const j of p.jobs)
    t.contractDays += countDays(basis, Math.max(j.start, w.start), Math.min(j.end, w.end)) * j.factor;
  let hasAbsence = false;
  for (const c of p.cases) {
    if (c.start > w.end) break; // sorted by start
    if (c.start >= w.start) t.reports += 1;
    // Case duration: first to last sick day, weekends included (cbs.nl), also before the window (vernet.nl).
    if (!c.isOngoing && c.end >= w.start && c.end <= w.end) {
      t.casesEnded += 1;
      t.endedCaseDays += c.end - c.start + 1;
    }
    if (c.end < w.start) continue;
    for (const piece of c.pieces) {
      const start = Math.max(piece.start, w.start);
      const end = Math.min(piece.end, w.end);
      if (end < start) continue;
      for (const j of p.jobs) {
        t.sickDays +=
          countDays(basis, Math.max(start, j.start), Math.min(end, j.end)) * j.factor * piece.share;
      }
    }
    if (!hasAbsence) {
      const start = Math.max(c.start, w.start);
      const end = Math.min(c.end, w.end);
      for (const r of p.presence) if (Math.max(r.start, start) <= Math.min(r.end, end)) hasAbsence = true;
    }
  }
  if (t.employedDays > 0) {
    t.employees = 1;
    t.withoutAbsence = hasAbsence ? 0 : 1;
  }
  return t;
}

/**
 * Figures from sums over a window of `windowDays` calendar days.
 * - verzuimpercentage = Σ sick days × factor × incapacity ÷ Σ contract days × factor × 100 (Vernet).
 * - meldingsfrequentie = reports ÷ average headcount, annualised × 365 ÷ windowDays (cbs.nl; vernet.nl).
 * - gemiddelde verzuimduur = mean length of the cases ended in the window (vernet.nl).
 * - nulverzuim = % of the people employed in the window without a sick day (omojaarverslag.nl).
 */
export function toFigures(t: WindowTotals, windowDays: number): AbsenceFigures {
  const averageHeadcount = t.employedDays / windowDays;
  return {
    employees: t.employees,
    averageHeadcount,
    verzuimpercentage: t.contractDays > 0 ? (t.sickDays / t.contractDays) * 100 : null,
    meldingsfrequentie: averageHeadcount > 0 ? (t.reports / averageHeadcount) * (365 / windowDays) : null,
    gemiddeldeVerzuimduur: t.casesEnded > 0 ? t.endedCaseDays / t.casesEnded : null,
    nulverzuim: t.employees > 0 ? (t.withoutAbsence / t.employees) * 100 : null,
    reports: t.reports,
    casesEnded: t.casesEnded,
  };
}
