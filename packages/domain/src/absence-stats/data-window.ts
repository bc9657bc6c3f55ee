import { addDays, addMonths } from '../dates';
import { BRADFORD_WINDOW_DAYS } from './bradford';
import { DEFAULT_ABSENCE_STATS_OPTIONS } from './options';
import type { AbsenceStatsOptions } from './types';

/**
 * The first day on which a case can still change the statistics of `from`…`to`: the period
 * itself, the frequent-absence window (`frequentAbsenceWindowMonths` up to `to`) and the
 * Bradford window (52 weeks up to `to`), whichever starts first. A caller that loads only the
 * cases overlapping `[dataWindowStart, to]` — each case whole, with its first sick day, because
 * the gemiddelde verzuimduur counts the days before the period of a case that ends in it — and
 * the people employed in the period or with such a case, gets the same result as with the full
 * history (tested in apps/server/src/__tests__/absence-stats-window.test.ts).
 */
export function dataWindowStart(
  from: string,
  to: string,
  options: Pick<Partial<AbsenceStatsOptions>, 'frequentAbsenceWindowMonths'> = {},
): string {
  const months =
    options.frequentAbsenceWindowMonths ?? DEFAULT_ABSENCE_STATS_OPTIONS.frequentAbsenceWindowMonths;
  const frequentFrom = addDays(addMonths(to, -months), 1);
  const bradfordFrom = addDays(to, -(BRADFORD_WINDOW_DAYS - 1));
  return [from, frequentFrom, bradfordFrom].reduce((a, b) => (b < a ? b : a));
}
