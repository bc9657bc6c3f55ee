import { describe, expect, it } from 'vitest';
import { cleanText, isImportEmail, parseImportDate, parseImportHours, unitLookupKey } from './values';

describe('parseImportDate', () => {
  it.each([
    ['15-03-2019', '2019-03-15'],
    ['5-3-2019', '2019-03-05'],
    ['05/03/2019', '2019-03-05'],
    ['5/3/2019', '2019-03-05'],
    ['05.03.2019', '2019-03-05'],
    ['2019-03-05', '2019-03-05'],
    ['2019-3-5', '2019-03-05'],
    [' 29-02-2024 ', '2024-02-29'],
    ['15-03-2019 00:00:00', '2019-03-15'],
    ['2019-03-15T00:00', '2019-03-15'],
  ])('%j → %s', (input, iso) => expect(parseImportDate(input)).toBe(iso));

  it.each([
    '29-02-2023',
    '31-04-2020',
    '32-01-2020',
    '15-13-2020',
    '15-03-19',
    '2019/03/15',
    'maart 2019',
    '43539',
    '15-03-2019 14:30',
    '',
  ])('%j is not a date', (input) => expect(parseImportDate(input)).toBeUndefined());
});

describe('parseImportHours', () => {
  it.each([
    ['32', 32],
    ['32,5', 32.5],
    ['32.5', 32.5],
    [' 36 ', 36],
    ['0,75', 0.75],
    ['24,00', 24],
  ])('%j → %d', (input, hours) => expect(parseImportHours(input)).toBe(hours));

  it.each(['32 uur', '1.234,5', '-8', 'twintig', '32,5,1', ''])('%j is not a number of hours', (input) =>
    expect(parseImportHours(input)).toBeUndefined(),
  );
});

describe('text helpers', () => {
  it('accepts e-mail addresses the person contract accepts', () => {
    expect(isImportEmail('a.jansen@delinde.nl')).toBe(true);
    expect(isImportEmail('a.jansen@delinde')).toBe(false);
    expect(isImportEmail('a jansen@delinde.nl')).toBe(false);
  });
  it('cleans cells and unit keys', () => {
    expect(cleanText('  Jan   Peter ')).toBe('Jan Peter');
    expect(cleanText('   ')).toBeUndefined();
    expect(unitLookupKey('  Wijkteam   NOORD ')).toBe('wijkteam noord');
  });
});
