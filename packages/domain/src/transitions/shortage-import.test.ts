import { describe, expect, it } from 'vitest';
import { validateShortageRows } from './shortage-import';

const URI = 'http://data.europa.eu/esco/occupation/1391bdf9-bd61-4fb5-91ca-c29036ab2b60';
const known = { isKnownOccupation: (u: string) => u === URI };
const rows = (...r: [string, string, string, string][]) =>
  r.map(([beroep, categorie, bron, datum]) => ({
    Beroep: beroep,
    Categorie: categorie,
    Bron: bron,
    Datum: datum,
  }));
const HEAD = ['Beroep', 'Categorie', 'Bron', 'Datum'];

describe('shortage table import', () => {
  it('reads ISCO groups and ESCO URIs with the category, source and date', () => {
    const r = validateShortageRows(
      HEAD,
      rows(
        ['5322', 'Zeer krap', 'UWV', '2025-q4'],
        [URI, 'ruim', 'UWV', '2025-11-30'],
        ['9112', 'zeer_ruim', 'UWV', '2025-11'],
      ),
      known,
    );
    expect(r.errors).toEqual([]);
    expect(r.rows).toEqual([
      {
        rowNumber: 2,
        escoOccupationUri: null,
        isco4: '5322',
        level: 'zeer_krap',
        source: 'UWV',
        date: '2025-Q4',
      },
      { rowNumber: 3, escoOccupationUri: URI, isco4: null, level: 'ruim', source: 'UWV', date: '2025-11-30' },
      {
        rowNumber: 4,
        escoOccupationUri: null,
        isco4: '9112',
        level: 'zeer_ruim',
        source: 'UWV',
        date: '2025-11',
      },
    ]);
  });

  it('accepts other headings (case, spaces and dashes ignored)', () => {
    const r = validateShortageRows(
      ['ISCO-4', 'category', 'Source', 'peil datum'],
      [{ 'ISCO-4': '2221', category: 'krap', Source: 'CBS', 'peil datum': '2024-Q1' }],
      known,
    );
    expect(r.rows).toHaveLength(1);
  });

  it('names every bad row and field and returns no rows at all (nothing partial)', () => {
    const r = validateShortageRows(
      HEAD,
      rows(
        ['5322', 'krap', 'UWV', '2025-Q4'],
        ['532', 'krap', 'UWV', '2025-Q4'],
        [URI.replace('1391', '9999'), 'heel krap', '', '2025-Q5'],
        ['5322', 'ruim', 'UWV', '2025-13'],
      ),
      known,
    );
    expect(r.rows).toEqual([]);
    expect(r.errors.map((e) => `${e.rowNumber}.${e.field}:${e.code}`)).toEqual([
      '3.key:shortage_invalid_key',
      '4.key:unknown_occupation',
      '4.level:shortage_invalid_level',
      '4.source:required',
      '4.date:shortage_invalid_date',
      '5.date:shortage_invalid_date',
      '5.key:shortage_duplicate_row',
    ]);
  });

  it('refuses a file without a needed column or without rows', () => {
    expect(validateShortageRows(['Beroep', 'Bron', 'Datum'], [], known).errors).toEqual([
      { rowNumber: 1, field: 'level', code: 'shortage_missing_column', value: '' },
    ]);
    expect(validateShortageRows(HEAD, [], known).errors[0]?.code).toBe('empty');
  });
});
