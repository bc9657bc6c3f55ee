import { describe, expect, it } from 'vitest';
import { leavingDays, type TEmploymentSpan, ziekUitDienstDay } from './employment-end';
import type { TCasePeriod } from './types';

/*
 * Ziek uit dienst in the platform: the employment's last day is the day the person leaves — an
 * end that no other employment continues (uwv.nl: report "ziek uit dienst" on the last day of the
 * employment). A contract change the next day is not leaving.
 */

const job = (start: string, end: string | null): TEmploymentSpan => ({ start, end });

describe('leavingDays', () => {
  it.each<[string, TEmploymentSpan[], string[]]>([
    ['still employed', [job('2020-01-01', null)], []],
    ['one ended employment', [job('2020-01-01', '2022-03-31')], ['2022-03-31']],
    [
      'contract change the next day: not leaving',
      [job('2020-01-01', '2021-12-31'), job('2022-01-01', null)],
      [],
    ],
    [
      'contract change, then leaving',
      [job('2020-01-01', '2021-12-31'), job('2022-01-01', '2022-06-30')],
      ['2022-06-30'],
    ],
    [
      'a gap of one day: left, then rehired',
      [job('2020-01-01', '2021-12-30'), job('2022-01-01', null)],
      ['2021-12-30'],
    ],
    [
      'two concurrent contracts: leaving when the last one ends',
      [job('2020-01-01', '2022-03-31'), job('2021-01-01', '2022-05-31')],
      ['2022-05-31'],
    ],
  ])('%s', (_name, employments, days) => expect(leavingDays(employments)).toEqual(days));
});

describe('ziekUitDienstDay', () => {
  const open: TCasePeriod[] = [{ start: '2022-01-03', end: null }];
  it.each<[string, TCasePeriod[], TEmploymentSpan[], string | undefined]>([
    ['sick on the last day', open, [job('2020-01-01', '2022-03-31')], '2022-03-31'],
    ['the end lies ahead (notice given), case open', open, [job('2020-01-01', '2022-09-30')], '2022-09-30'],
    ['left before the sickness', open, [job('2020-01-01', '2021-12-31'), job('2022-01-03', null)], undefined],
    [
      'recovered before leaving',
      [{ start: '2022-01-03', end: '2022-02-01' }],
      [job('2020-01-01', '2022-03-31')],
      undefined,
    ],
    [
      'contract change while sick: not leaving',
      open,
      [job('2020-01-01', '2022-01-31'), job('2022-02-01', null)],
      undefined,
    ],
    ['still employed', open, [job('2020-01-01', null)], undefined],
  ])('%s', (_name, periods, employments, day) => expect(ziekUitDienstDay(periods, employments)).toBe(day));
});
