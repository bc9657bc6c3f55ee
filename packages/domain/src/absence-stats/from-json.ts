import { computeValidatedAbsenceStats } from './compute-absence-stats';
import type { AbsenceStats, AbsenceStatsOptions } from './types';
import { parseAbsenceStatsInput } from './validate';

/**
 * The CLI entry point: validates untyped JSON of the shape
 * `{ from, to, fullTimeHours, employees: [{ id, birthDate?, unitId?, employments: [{ start, end, hoursPerWeek }] }],
 *    absences: [{ employeeId, start, end, segments?: [{ from, percentage }], pregnancyRelated? }], options? }`
 * and returns every statistic as plain JSON. `options` overrides the file's `options` key.
 * Invalid input throws `AbsenceStatsInputError` whose `issues` name each bad path, e.g. `absences[3].end`.
 */
export function absenceStatsFromJson(
  input: unknown,
  options: Partial<AbsenceStatsOptions> = {},
): AbsenceStats {
  const parsed = parseAbsenceStatsInput(input, options);
  return computeValidatedAbsenceStats(parsed.input, parsed.options);
}
