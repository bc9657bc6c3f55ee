import { describe, expect, it } from 'vitest';
import { nextWorkingDayAfter } from './working-days';

describe('nextWorkingDayAfter', () => {
  it.each([
    ['2022-10-20', '2022-10-21', 'Thursday → Friday'],
    ['2022-10-21', '2022-10-24', 'Friday → Monday'],
    ['2022-10-22', '2022-10-24', 'Saturday → Monday'],
    ['2022-10-23', '2022-10-24', 'Sunday → Monday'],
    ['2024-03-31', '2024-04-01', 'Easter Sunday → Easter Monday: public holidays are ignored on purpose'],
  ])('%s → %s (%s)', (date, expected) => expect(nextWorkingDayAfter(date)).toBe(expected));
});
