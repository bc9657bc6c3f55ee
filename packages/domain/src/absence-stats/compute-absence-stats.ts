import { addDays, addMonths } from '../dates';
import { ageBandIndex, ageBandLabels } from './age-bands';
import { BRADFORD_WINDOW_DAYS, bradfordScores } from './bradford';
import type { DayRange } from './day-count';
import { dayNumber } from './day-number';
import { countDurationClasses } from './duration-classes';
import { frequentAbsentees } from './frequent-absence';
import { normalize } from './normalize';
import { subPeriods } from './sub-periods';
import { type RawGroup, suppressSmallGroups } from './suppression';
import type { AbsenceStats, AbsenceStatsInput, AbsenceStatsOptions } from './types';
import { parseAbsenceStatsInput } from './validate';
import { addTotals, emptyTotals, isEmpty, personTotals, toFigures, type WindowTotals } from './window-totals';

/**
 * Absence statistics for a period: verzuimpercentage, meldingsfrequentie, gemiddelde verzuimduur,
 * nulverzuim, duration classes, frequent absentees, Bradford factors, and breakdowns by unit,
 * age band and month/quarter with small groups suppressed. Definitions: docs/absence-statistics.md
 * (CBS, Vernet, the 1996 standard "Berekening van ziekteverzuim").
 *
 * Validates first and throws `AbsenceStatsInputError` listing every bad field. Runs in
 * O(employees × sub-periods × (employments × case segments)): no loop over days.
 */
export function computeAbsenceStats(
  input: AbsenceStatsInput,
  options: Partial<AbsenceStatsOptions> = {},
): AbsenceStats {
  const parsed = parseAbsenceStatsInput(input, options);
  return computeValidatedAbsenceStats(parsed.input, parsed.options);
}

/** The computation on input that `parseAbsenceStatsInput` accepted (no checks repeated). */
export function computeValidatedAbsenceStats(input: AbsenceStatsInput, o: AbsenceStatsOptions): AbsenceStats {
  const basis = o.dayBasis;
  const people = normalize(input, o.excludePregnancyRelated);
  const period: DayRange = { start: dayNumber(input.from), end: dayNumber(input.to) };
  const periodDays = period.end - period.start + 1;

  const subs = subPeriods(input.from, input.to, o.subPeriod).map((s) => ({
    ...s,
    range: { start: dayNumber(s.from), end: dayNumber(s.to) },
    totals: emptyTotals(),
  }));
  const total = emptyTotals();
  const byUnit = new Map<string | null, WindowTotals>();
  const bands = ageBandLabels(o.ageBandBounds);
  const byAge = new Map<string | null, WindowTotals>(bands.map((b) => [b, emptyTotals()]));
  const into = (m: Map<string | null, WindowTotals>, key: string | null): WindowTotals => {
    const found = m.get(key);
    if (found) return found;
    const t = emptyTotals();
    m.set(key, t);
    return t;
  };

  const t = emptyTotals(); // scratch, reused for every person and window
  for (const p of people) {
    personTotals(p, period, basis, t);
    // Someone with nothing in the period (a leaver of years ago, say) changes no figure; they must
    // not open a group either, so the breakdowns do not depend on how much history the caller passes.
    if (isEmpty(t)) continue;
    addTotals(total, t);
    addTotals(into(byUnit, p.unitId), t);
    // Age at the period end, so a person stays in one band for the whole period.
    const band =
      p.birthDate === null ? null : (bands[ageBandIndex(o.ageBandBounds, p.birthDate, input.to)] as string);
    addTotals(into(byAge, band), t);
    for (const s of subs) addTotals(s.totals, personTotals(p, s.range, basis, t));
  }

  const group = (key: string | null, t: WindowTotals): RawGroup => ({
    key,
    figures: toFigures(t, periodDays),
  });
  const unitKeys = [...byUnit.keys()].sort((a, b) =>
    a === null ? 1 : b === null ? -1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const frequentFrom = addDays(addMonths(input.to, -o.frequentAbsenceWindowMonths), 1);
  const bradfordFrom = addDays(input.to, -(BRADFORD_WINDOW_DAYS - 1));

  return {
    period: { from: input.from, to: input.to, days: periodDays },
    options: o,
    totals: toFigures(total, periodDays),
    durationClasses: countDurationClasses(people, period, o.durationClasses),
    frequentAbsentees: {
      threshold: o.frequentAbsenceThreshold,
      from: frequentFrom,
      to: input.to,
      employees: frequentAbsentees(
        people,
        { start: dayNumber(frequentFrom), end: period.end },
        o.frequentAbsenceThreshold,
      ),
    },
    bradford: {
      from: bradfordFrom,
      to: input.to,
      scores: bradfordScores(people, { start: dayNumber(bradfordFrom), end: period.end }, basis),
    },
    breakdowns: {
      byUnit: suppressSmallGroups(
        unitKeys.map((k) => group(k, byUnit.get(k) as WindowTotals)),
        o.minGroupSize,
      ),
      byAgeBand: suppressSmallGroups(
        [...byAge.entries()].map(([k, t]) => group(k, t)),
        o.minGroupSize,
      ),
      bySubPeriod: suppressSmallGroups(
        subs.map((s) => ({
          key: s.key,
          from: s.from,
          to: s.to,
          figures: toFigures(s.totals, s.range.end - s.range.start + 1),
        })),
        o.minGroupSize,
      ),
    },
  };
}
