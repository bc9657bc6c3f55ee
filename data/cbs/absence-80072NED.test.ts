import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchmarkFor } from '../../packages/domain/src/absence-stats/benchmark';
import { ZCbsAbsenceTable } from '../../packages/domain/src/absence-stats/benchmark.schema';

// Loaded the way the server loads it: read the committed file, then validate with the schema.
const raw: unknown = JSON.parse(readFileSync(new URL('./absence-80072NED.json', import.meta.url), 'utf8'));
const table = ZCbsAbsenceTable.parse(raw);

const value = (key: string, year: number, quarter?: 1 | 2 | 3 | 4) => {
  const y = table.categories.find((c) => c.key === key)?.years.find((e) => e.year === year);
  return quarter ? y?.quarters[quarter - 1] : y?.value;
};

describe('data/cbs/absence-80072NED.json', () => {
  it('passes the schema', () => expect(ZCbsAbsenceTable.safeParse(raw).success).toBe(true));

  it('holds all 39 CBS rows: total, SBI sections A–S, aggregates, divisions, 3 size classes', () => {
    const groups = table.categories.map((c) => c.group);
    expect(table.categories).toHaveLength(39);
    expect(groups.filter((g) => g === 'Bedrijfsgrootte')).toHaveLength(3);
    const sections = table.categories.filter((c) => c.sbi?.length === 1).map((c) => c.sbi);
    expect(sections).toEqual([...'ABCDEFGHIJKLMNOPQRS']);
  });

  it.each([
    // domain-rules §3 (cbs.nl): 2022 5.6 % (series high), 2023 5.3 %, Q1 2024 5.5 %
    ['national 2022', 'T001081', 2022, undefined, 5.6],
    ['national 2023', 'T001081', 2023, undefined, 5.3],
    ['national Q1 2024', 'T001081', 2024, 1, 5.5],
    // the table also has the full year 2024 (domain-rules marked it "not found [verify]")
    ['national 2024', 'T001081', 2024, undefined, 5.2],
    // Q2 2023 by sector (domain-rules §3): zorg 7.0, vervoer 6.1, industrie 5.7, horeca 3.9, financieel 3.1
    ['Q Gezondheids- en welzijnszorg Q2 2023', '422400', 2023, 2, 7.0],
    ['H Vervoer en opslag Q2 2023', '383100', 2023, 2, 6.1],
    ['C Industrie Q2 2023', '307500', 2023, 2, 5.7],
    ['I Horeca Q2 2023', '389100', 2023, 2, 3.9],
    ['K Financiële dienstverlening Q2 2023', '396300', 2023, 2, 3.1],
    ['first quarter of the series, 1996', 'T001081', 1996, 1, 5.5],
  ] as const)('%s = %f %%', (_, key, year, quarter, expected) =>
    expect(value(key, year, quarter)).toBe(expected),
  );

  it('has no year figure for 2025 yet, and marks its quarters provisional', () => {
    const y2025 = table.categories.find((c) => c.key === 'T001081')?.years.find((e) => e.year === 2025);
    expect(y2025).toEqual({ year: 2025, value: null, quarters: [5.8, 5.2, 5.1, null], provisional: true });
  });

  it('keeps the gaps CBS left empty (horeca 2003–2005)', () => {
    const years = table.categories.find((c) => c.key === '389100')?.years.map((y) => y.year) ?? [];
    expect(years).toContain(2002);
    expect(years).not.toContain(2004);
  });

  it('maps the size classes to werkzame personen', () => {
    const sizes = table.categories
      .filter((c) => c.group === 'Bedrijfsgrootte')
      .map((c) => [c.minPersons, c.maxPersons]);
    expect(sizes).toEqual([
      [1, 9],
      [10, 99],
      [100, null],
    ]);
  });

  it('serves benchmarkFor: an industrial firm of 50 in 2023, and 2025 falling back to 2024', () => {
    const b = benchmarkFor(table, { sbiSection: 'C', employeeCount: 50, year: 2023 });
    expect([b.sector.title, b.sector.percentage, b.size.title, b.size.percentage]).toEqual([
      'C Industrie',
      6.1,
      '10 tot 100 werkzame personen',
      4.7,
    ]);
    expect(b.fallback).toEqual([]);
    const later = benchmarkFor(table, { sbiSection: 'C', employeeCount: 50, year: 2025 });
    expect([later.sector.year, later.size.year]).toEqual([2024, 2024]);
  });
});
