import { describe, expect, it } from 'vitest';
import { type BenchmarkQuery, benchmarkFor } from './benchmark';
import type { TCbsAbsenceCategory, TCbsAbsenceTable } from './benchmark.schema';

type Year = TCbsAbsenceCategory['years'][number];
const yr = (
  year: number,
  value: number | null,
  quarters: Year['quarters'] = [null, null, null, null],
  provisional = false,
): Year => ({
  year,
  value,
  quarters,
  provisional,
});
const row = (
  key: string,
  group: TCbsAbsenceCategory['group'],
  sbi: string,
  sbiSections: string[],
  years: Year[],
) => ({
  key,
  title: `${sbi} ${key}`,
  group,
  sbi,
  sbiSections,
  minPersons: null,
  maxPersons: null,
  years,
});
const size = (
  key: string,
  minPersons: number,
  maxPersons: number | null,
  years: Year[],
): TCbsAbsenceCategory => ({
  key,
  title: `size ${key}`,
  group: 'Bedrijfsgrootte',
  sbi: null,
  sbiSections: [],
  minPersons,
  maxPersons,
  years,
});

// A small table shaped like 80072NED; the numbers are made up so every pick is identifiable.
const table: TCbsAbsenceTable = {
  table: '80072NED',
  title: 'test',
  attribution: 'Bron: CBS StatLine, tabel 80072NED',
  licence: 'CC BY 4.0',
  url: 'https://example.org',
  modified: '2025-11-18',
  definition: 'test',
  categories: [
    row(
      'TOT',
      'Totaal',
      'A-U',
      [...'ABCDEFGHIJKLMNOPQRSTU'],
      [
        yr(2000, 5.0),
        yr(2023, 5.3, [5.7, 5.0, 4.8, 5.5]),
        yr(2024, 5.2),
        yr(2025, null, [5.8, null, null, null], true),
      ],
    ),
    row('OU', 'Bedrijfssector', 'O-U', [...'OPQRSTU'], [yr(2000, 7.0), yr(2023, 6.3), yr(2024, 6.4)]),
    row('P', 'Bedrijfstak', 'P', ['P'], [yr(2023, 5.4), yr(2024, 5.5)]),
    row('Q', 'Bedrijfstak', 'Q', ['Q'], [yr(2023, 7.0, [7.4, 7.0, 6.6, 7.1]), yr(2024, 7.1)]),
    row('Q86', 'Bedrijfsklasse', '86', ['Q'], [yr(2024, 6.0)]),
    row('Q861', 'Bedrijfsklasse', '861', ['Q'], [yr(2024, 6.3)]),
    row('CM', 'Bedrijfsklasse', '24-30, 33', ['C'], [yr(2024, 4.9)]),
    row('C', 'Bedrijfstak', 'C', ['C'], [yr(2024, 5.7)]),
    size('S1', 1, 9, [yr(2000, 2.5), yr(2024, 3.0)]),
    size('S10', 10, 99, [yr(2024, 4.5)]),
    size('S100', 100, null, [yr(2024, 5.7)]),
  ],
};

const summary = (q: BenchmarkQuery) => {
  const b = benchmarkFor(table, q);
  return {
    sector: `${b.sector.key} ${b.sector.year}${b.sector.quarter ? `Q${b.sector.quarter}` : ''} ${b.sector.percentage}`,
    size: `${b.size.key} ${b.size.year}${b.size.quarter ? `Q${b.size.quarter}` : ''} ${b.size.percentage}`,
    fallback: b.fallback.map((f) => `${f.dimension}:${f.code}`),
  };
};

describe('benchmarkFor', () => {
  it.each<[string, BenchmarkQuery, ReturnType<typeof summary>]>([
    [
      'exact sector and size',
      { sbiSection: 'Q', employeeCount: 50, year: 2024 },
      { sector: 'Q 2024 7.1', size: 'S10 2024 4.5', fallback: [] },
    ],
    [
      'size boundary 9 → 1 tot 10',
      { sbiSection: 'Q', employeeCount: 9, year: 2024 },
      { sector: 'Q 2024 7.1', size: 'S1 2024 3', fallback: [] },
    ],
    [
      'size boundary 10 → 10 tot 100',
      { sbiSection: 'Q', employeeCount: 10, year: 2024 },
      { sector: 'Q 2024 7.1', size: 'S10 2024 4.5', fallback: [] },
    ],
    [
      'size boundary 99 → 10 tot 100',
      { sbiSection: 'Q', employeeCount: 99, year: 2024 },
      { sector: 'Q 2024 7.1', size: 'S10 2024 4.5', fallback: [] },
    ],
    [
      'size boundary 100 → 100 of meer',
      { sbiSection: 'Q', employeeCount: 100, year: 2024 },
      { sector: 'Q 2024 7.1', size: 'S100 2024 5.7', fallback: [] },
    ],
    [
      'nothing given: all sectors, all sizes, latest year with a national year figure',
      {},
      { sector: 'TOT 2024 5.2', size: 'TOT 2024 5.2', fallback: ['sector:not_given', 'size:not_given'] },
    ],
    [
      'lower-case section',
      { sbiSection: 'q', employeeCount: 500, year: 2024 },
      { sector: 'Q 2024 7.1', size: 'S100 2024 5.7', fallback: [] },
    ],
    [
      'section without a row (T) → its sector aggregate; no size class for 0',
      { sbiSection: 'T', employeeCount: 0, year: 2024 },
      { sector: 'OU 2024 6.4', size: 'TOT 2024 5.2', fallback: ['sector:no_row', 'size:no_row'] },
    ],
    [
      'year not published yet → most recent year',
      { sbiSection: 'Q', employeeCount: 50, year: 2026 },
      { sector: 'Q 2024 7.1', size: 'S10 2024 4.5', fallback: ['sector:period', 'size:period'] },
    ],
    [
      'quarter present',
      { sbiSection: 'Q', employeeCount: 50, year: 2023, quarter: 3 },
      // the size class has no figure for 2023 or earlier → all sizes, 2023 Q3
      { sector: 'Q 2023Q3 6.6', size: 'TOT 2023Q3 4.8', fallback: ['size:no_data'] },
    ],
    [
      'quarter missing → year figure',
      { sbiSection: 'P', year: 2023, quarter: 2 },
      { sector: 'P 2023 5.4', size: 'TOT 2023Q2 5', fallback: ['sector:period', 'size:not_given'] },
    ],
    [
      'provisional quarter, and a year without a year figure',
      { year: 2025, quarter: 2 },
      {
        sector: 'TOT 2024 5.2',
        size: 'TOT 2024 5.2',
        fallback: ['sector:not_given', 'sector:period', 'size:not_given', 'size:period'],
      },
    ],
    [
      'section row without data that early → broader row with the year',
      { sbiSection: 'P', employeeCount: 5, year: 2000 },
      { sector: 'OU 2000 7', size: 'S1 2000 2.5', fallback: ['sector:no_data'] },
    ],
    [
      'SBI code → most specific division',
      { sbiCode: '86.10', year: 2024 },
      { sector: 'Q861 2024 6.3', size: 'TOT 2024 5.2', fallback: ['size:not_given'] },
    ],
    [
      'SBI code in a division list "24-30, 33"',
      { sbiCode: '3312', year: 2024 },
      { sector: 'CM 2024 4.9', size: 'TOT 2024 5.2', fallback: ['size:not_given'] },
    ],
    [
      'SBI code without a division row → its section',
      { sbiCode: '2011', sbiSection: 'C', year: 2024 },
      { sector: 'C 2024 5.7', size: 'TOT 2024 5.2', fallback: ['sector:no_row', 'size:not_given'] },
    ],
    [
      'year before the series → the first year of the most specific row',
      { sbiSection: 'Q', employeeCount: 5, year: 1990 },
      { sector: 'Q 2023 7', size: 'S1 2000 2.5', fallback: ['sector:period', 'size:period'] },
    ],
  ])('%s', (_, query, expected) => expect(summary(query)).toEqual(expected));

  it('marks provisional figures and names the source', () => {
    const b = benchmarkFor(table, { year: 2025, quarter: 1 });
    expect(b.sector).toMatchObject({
      key: 'TOT',
      year: 2025,
      quarter: 1,
      percentage: 5.8,
      isProvisional: true,
    });
    expect(b.attribution).toBe('Bron: CBS StatLine, tabel 80072NED');
  });

  it('explains a fallback in words', () => {
    const b = benchmarkFor(table, { sbiSection: 'T', year: 2024 });
    expect(b.fallback[0]?.message).toBe('CBS 80072NED has no row for SBI section T');
  });
});
