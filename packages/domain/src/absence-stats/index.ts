export {
  type TAbsenceStatsInput,
  ZAbsenceStatsInput,
  ZAbsenceStatsOptions,
  ZStatsAbsence,
  ZStatsAbsenceSegment,
  ZStatsEmployee,
  ZStatsEmployment,
} from './absence-stats.schema';
export { ageBandIndex, ageBandLabels, ageBandOf } from './age-bands';
export {
  type Benchmark,
  type BenchmarkFallback,
  type BenchmarkFigure,
  type BenchmarkQuery,
  benchmarkFor,
} from './benchmark';
export {
  type TCbsAbsenceCategory,
  type TCbsAbsenceTable,
  ZCbsAbsenceCategory,
  ZCbsAbsenceTable,
  ZCbsAbsenceYear,
} from './benchmark.schema';
export { BRADFORD_WINDOW_DAYS, bradfordFactor } from './bradford';
export { computeAbsenceStats, computeValidatedAbsenceStats } from './compute-absence-stats';
export { dataWindowStart } from './data-window';
export { countDays } from './day-count';
export { parseDayNumber } from './day-number';
export { durationClassOf } from './duration-classes';
export { AbsenceStatsInputError, type AbsenceStatsIssue } from './errors';
export { absenceStatsFromJson } from './from-json';
export {
  checkOptions,
  DEFAULT_ABSENCE_STATS_OPTIONS,
  MIN_GROUP_SIZE_FLOOR,
  VERNET_DURATION_CLASSES,
} from './options';
export { type SubPeriod, subPeriods } from './sub-periods';
export type * from './types';
export { parseAbsenceStatsInput } from './validate';
