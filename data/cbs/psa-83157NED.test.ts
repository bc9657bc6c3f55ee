import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { psaBenchmarkFor, ZCbsPsaTable } from '../../packages/domain/src/vitality/psa-benchmark';

// Loaded the way the server loads it: read the committed file, then validate with the schema.
const raw: unknown = JSON.parse(readFileSync(new URL('./psa-83157NED.json', import.meta.url), 'utf8'));
const table = ZCbsPsaTable.parse(raw);

describe('data/cbs/psa-83157NED.json', () => {
  it('holds 53 columns and 52 sector rows for 2022–2024', () => {
    expect(table.columns).toHaveLength(53);
    expect(table.sectors).toHaveLength(52);
    expect(new Set(table.sectors.flatMap((s) => s.years.map((y) => y.year)))).toEqual(
      new Set([2022, 2023, 2024]),
    );
  });

  it.each([
    // checked against 83157NED_data.csv: Q 2024, "erg snel werken" (altijd + vaak) 31.8 [30.8–32.7]
    [
      'Q, erg snel werken',
      { column: 'ErgSnelWerken_1', sbiSection: 'Q' },
      ['Q Gezondheids- en welzijnszorg', 2024, 31.8, 30.8, 32.7],
    ],
    [
      'Q, intimidatie door klanten',
      { column: 'DoorKlantenVanaf2022_27', sbiSection: 'Q' },
      ['Q Gezondheids- en welzijnszorg', 2024, 18.8, 17.6, 19.9],
    ],
    [
      'division 86 picks the 86 row',
      { column: 'ErgSnelWerken_1', sbiSection: 'Q', sbiDivision: '86' },
      ['86 Gezondheidszorg', 2024, 38.2],
    ],
    [
      'division 87 falls in 87-88',
      { column: 'ErgSnelWerken_1', sbiSection: 'Q', sbiDivision: '87' },
      ['87-88 Verzorging en welzijn', 2024, 27.5],
    ],
    ['horeca', { column: 'ErgSnelWerken_1', sbiSection: 'I' }, ['I Horeca', 2024, 49.2]],
    [
      'no sector: all sectors',
      { column: 'ErgSnelWerken_1' },
      ['A-U Alle economische activiteiten', 2024, 30.1],
    ],
  ] as const)('%s', (_, q, expected) => {
    const b = psaBenchmarkFor(table, q);
    expect([b?.sectorTitle, b?.year, b?.value, b?.lower, b?.upper].slice(0, expected.length)).toEqual(
      expected,
    );
    expect(b?.attribution).toBe('Bron: CBS StatLine, tabel 83157NED');
  });

  it('falls back to all sectors where CBS has no figure (U Extraterritoriale organisaties)', () => {
    expect(psaBenchmarkFor(table, { column: 'ErgSnelWerken_1', sbiSection: 'U' })?.sectorTitle).toBe(
      'A-U Alle economische activiteiten',
    );
    expect(psaBenchmarkFor(table, { column: 'NoSuchColumn_99', sbiSection: 'Q' })).toBeNull();
  });
});
