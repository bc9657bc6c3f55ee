export {
  type TAbsenceStatsInput,
  ZAbsenceStatsInput,
  ZAbsenceStatsOptions,
  ZStatsAbsence,
  ZStatsAbsenceSegment,
  ZStatsEmployee,
  ZStatsEmployment,
} from './absence-stats.schema';
export { ageBandLabels, ageBandOf } from './age-bands';
export { BRADFORD_WINDOW_DAYS, bradfordFactor } from './bradford';
export { computeAbsenceStats, computeValidatedAbsenceStats } from './compute-absence-stats';
export { countDays } from './day-count';
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
