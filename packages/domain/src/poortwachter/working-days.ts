import { addDays, type IsoDate, isoWeekday } from '../dates';

/**
 * First working day (Monday–Friday) strictly after `date`.
 *
 * Public holidays are deliberately ignored: the result is never later than the legal deadline
 * (a holiday would only push it further), so a reminder based on it is never late. For the
 * 42e-weeksmelding (art. 38 ZW) this means e.g. Easter Monday is treated as a working day.
 */
export function nextWorkingDayAfter(date: IsoDate): IsoDate {
  let day = addDays(date, 1);
  while (isoWeekday(day) > 5) day = addDays(day, 1);
  return day;
}
