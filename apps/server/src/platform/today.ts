import type { Clock } from './http/context';

/** Today's calendar date in the organisation's time zone (default Europe/Amsterdam). */
export function today(clock: Clock, timeZone = 'Europe/Amsterdam'): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(clock.now());
}
