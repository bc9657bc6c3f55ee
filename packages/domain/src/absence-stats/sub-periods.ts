import { addDays, addMonths, type IsoDate, maxDate, minDate } from '../dates';
import type { SubPeriodUnit } from './types';

/** A calendar month (`2024-03`) or quarter (`2024-Q1`) clipped to the period. */
export type SubPeriod = { key: string; from: IsoDate; to: IsoDate };

/** The months or quarters that overlap `from`..`to`, clipped to it, in order. */
export function subPeriods(from: IsoDate, to: IsoDate, unit: SubPeriodUnit): SubPeriod[] {
  const months = unit === 'month' ? 1 : 3;
  const year = from.slice(0, 4);
  const month = Number(from.slice(5, 7));
  const firstMonth = unit === 'month' ? month : month - ((month - 1) % 3);
  let start = `${year}-${String(firstMonth).padStart(2, '0')}-01`;
  const out: SubPeriod[] = [];
  while (start <= to) {
    const next = addMonths(start, months);
    const m = Number(start.slice(5, 7));
    const key = unit === 'month' ? start.slice(0, 7) : `${start.slice(0, 4)}-Q${(m - 1) / 3 + 1}`;
    out.push({ key, from: maxDate(start, from), to: minDate(addDays(next, -1), to) });
    start = next;
  }
  return out;
}
