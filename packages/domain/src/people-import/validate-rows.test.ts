import { describe, expect, it } from 'vitest';
import { detectMapping } from './detect-mapping';
import { formatImportError, IMPORT_ERROR_CODES, type TImportErrorCode } from './messages';
import { type TImportContext, validateImportRows } from './validate-rows';

const HEADERS = [
  'Personeelsnummer',
  'Roepnaam',
  'Tussenvoegsel',
  'Achternaam',
  'Geboortedatum',
  'E-mail werk',
  'Datum in dienst',
  'Datum uit dienst',
  'Uren per week',
  'Functie',
  'Afdeling',
  'Leidinggevende (personeelsnummer)',
];
const { mapping } = detectMapping(HEADERS);
const context: TImportContext = {
  unitIdsByName: new Map([
    ['wijkteam noord', 'unit-noord'],
    ['locatie de linde', 'unit-linde'],
  ]),
  knownEmployeeNumbers: new Set(['10001']),
};

type TRow = Record<string, string>;
const base: TRow = {
  Personeelsnummer: '20001',
  Roepnaam: 'Fatma',
  Tussenvoegsel: '',
  Achternaam: 'Yılmaz',
  Geboortedatum: '12-04-1968',
  'E-mail werk': 'F.Yilmaz@DeLinde.nl',
  'Datum in dienst': '01-09-2015',
  'Datum uit dienst': '',
  'Uren per week': '28',
  Functie: 'Verzorgende IG',
  Afdeling: 'Wijkteam Noord',
  'Leidinggevende (personeelsnummer)': '10001',
};
const row = (patch: TRow = {}): TRow => ({ ...base, ...patch });
const validate = (rows: TRow[], ctx: TImportContext = context) => validateImportRows(rows, mapping, ctx);

describe('validateImportRows', () => {
  it('normalises a valid row', () => {
    const result = validate([
      row({ Roepnaam: '  Fatma ', 'Uren per week': '28,5', Afdeling: ' wijkteam  NOORD ' }),
    ]);
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      {
        rowNumber: 2,
        employeeNumber: '20001',
        givenName: 'Fatma',
        surnamePrefix: null,
        surname: 'Yılmaz',
        birthDate: '1968-04-12',
        email: 'f.yilmaz@delinde.nl',
        employment: {
          startDate: '2015-09-01',
          endDate: null,
          hoursPerWeek: 28.5,
          jobTitle: 'Verzorgende IG',
          unitName: 'wijkteam NOORD',
          unitId: 'unit-noord',
          managerEmployeeNumber: '10001',
        },
      },
    ]);
  });

  it('accepts a person without any employment field', () => {
    const employmentless = Object.fromEntries(HEADERS.slice(0, 6).map((h) => [h, base[h] ?? '']));
    const result = validate([employmentless]);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.employment).toBeNull();
  });

  // One row per error code: the cells to change and the error(s) expected on spreadsheet row 2.
  const cases: [TImportErrorCode, TRow, { field: string; params?: object }[]][] = [
    ['required', { Personeelsnummer: ' ' }, [{ field: 'employeeNumber' }]],
    ['required', { Roepnaam: '' }, [{ field: 'givenName' }]],
    ['required', { Achternaam: '' }, [{ field: 'surname' }]],
    ['required_for_employment', { 'Datum in dienst': '' }, [{ field: 'startDate' }]],
    ['required_for_employment', { 'Uren per week': '' }, [{ field: 'hoursPerWeek' }]],
    ['required_for_employment', { Functie: '' }, [{ field: 'jobTitle' }]],
    ['too_long', { Tussenvoegsel: 'v'.repeat(31) }, [{ field: 'surnamePrefix', params: { max: 30 } }]],
    [
      'invalid_date',
      { Geboortedatum: '31-02-1970' },
      [{ field: 'birthDate', params: { value: '31-02-1970' } }],
    ],
    [
      'invalid_date',
      { 'Datum in dienst': '2015-13-01' },
      [{ field: 'startDate', params: { value: '2015-13-01' } }],
    ],
    ['invalid_date', { 'Datum uit dienst': 'morgen' }, [{ field: 'endDate', params: { value: 'morgen' } }]],
    [
      'end_before_start',
      { 'Datum uit dienst': '31-08-2015' },
      [{ field: 'endDate', params: { startDate: '2015-09-01', endDate: '2015-08-31' } }],
    ],
    [
      'invalid_hours',
      { 'Uren per week': 'fulltime' },
      [{ field: 'hoursPerWeek', params: { value: 'fulltime', max: 60 } }],
    ],
    ['invalid_hours', { 'Uren per week': '0' }, [{ field: 'hoursPerWeek' }]],
    ['invalid_hours', { 'Uren per week': '60,5' }, [{ field: 'hoursPerWeek' }]],
    ['invalid_email', { 'E-mail werk': 'f.yilmaz@' }, [{ field: 'email', params: { value: 'f.yilmaz@' } }]],
    [
      'unknown_unit',
      { Afdeling: 'Wijkteam West' },
      [{ field: 'unitName', params: { value: 'Wijkteam West' } }],
    ],
    [
      'unknown_manager',
      { 'Leidinggevende (personeelsnummer)': '99999' },
      [{ field: 'managerEmployeeNumber', params: { value: '99999' } }],
    ],
    [
      'manager_is_self',
      { 'Leidinggevende (personeelsnummer)': '20001' },
      [{ field: 'managerEmployeeNumber', params: { value: '20001' } }],
    ],
  ];
  it.each(cases)('%s: %j', (code, patch, expected) => {
    const result = validate([row(patch)]);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual(expected.map((e) => expect.objectContaining({ row: 2, code, ...e })));
    for (const error of result.errors) {
      expect(formatImportError(error, 'nl')).not.toMatch(/\{\w+\}/);
      expect(formatImportError(error, 'en')).not.toMatch(/\{\w+\}/);
    }
  });

  it('covers every error code (duplicate_in_file below)', () => {
    expect(new Set([...cases.map(([code]) => code), 'duplicate_in_file'])).toEqual(
      new Set(IMPORT_ERROR_CODES),
    );
  });

  it('accepts boundary values: 60 hours, end date equal to start date', () => {
    const result = validate([row({ 'Uren per week': '60', 'Datum uit dienst': '1-9-2015' })]);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.employment).toMatchObject({ hoursPerWeek: 60, endDate: '2015-09-01' });
  });

  it('reports every problem of a row, in field order', () => {
    const result = validate([row({ Geboortedatum: '1-1-70', 'Uren per week': '80', 'E-mail werk': 'geen' })]);
    expect(result.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, 'birthDate', 'invalid_date'],
      [2, 'email', 'invalid_email'],
      [2, 'hoursPerWeek', 'invalid_hours'],
    ]);
  });

  it('reports problems on every row with the spreadsheet row number', () => {
    const result = validate([
      row(),
      row({ Personeelsnummer: '20002', Roepnaam: '' }),
      row({ Personeelsnummer: '20003', Achternaam: '' }),
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
    expect(result.errors.map((e) => [e.row, e.field])).toEqual([
      [3, 'givenName'],
      [4, 'surname'],
    ]);
  });

  it('uses the reader’s row numbers when empty lines were skipped', () => {
    const result = validate([row(), row({ Personeelsnummer: '20002', Achternaam: '' })], {
      ...context,
      rowNumbers: [2, 5],
    });
    expect(result.errors).toEqual([{ row: 5, field: 'surname', code: 'required' }]);
  });

  it('reports a duplicate personeelsnummer on every row that has it', () => {
    const result = validate([
      row(),
      row({ Personeelsnummer: '20002' }),
      row({ Personeelsnummer: ' 20001 ' }),
    ]);
    expect(result.rows.map((r) => r.employeeNumber)).toEqual(['20002']);
    expect(formatImportError(result.errors[0] as (typeof result.errors)[0], 'nl')).toBe(
      'Personeelsnummer 20001 komt meer dan eens voor in het bestand (rijen 2, 4).',
    );
    expect(result.errors).toEqual([
      {
        row: 2,
        field: 'employeeNumber',
        code: 'duplicate_in_file',
        params: { value: '20001', rows: '2, 4' },
      },
      {
        row: 4,
        field: 'employeeNumber',
        code: 'duplicate_in_file',
        params: { value: '20001', rows: '2, 4' },
      },
    ]);
  });

  it('finds managers in the file as well as among known personeelsnummers', () => {
    const result = validate(
      [row({ 'Leidinggevende (personeelsnummer)': '20002' }), row({ Personeelsnummer: '20002' })],
      { unitIdsByName: context.unitIdsByName },
    );
    expect(result.errors).toEqual([
      { row: 3, field: 'managerEmployeeNumber', code: 'unknown_manager', params: { value: '10001' } },
    ]);
    expect(result.rows.map((r) => r.employment?.managerEmployeeNumber)).toEqual(['20002']);
  });

  it('prefers the roepnaam and falls back to voornamen, then voorletters, per row', () => {
    const names = detectMapping(['Persnr', 'Voorletters', 'Voornamen', 'Roepnaam', 'Achternaam']).mapping;
    const rows = [
      {
        Persnr: '1',
        Voorletters: 'J.P.',
        Voornamen: 'Johannes Petrus',
        Roepnaam: 'Hans',
        Achternaam: 'Bakker',
      },
      { Persnr: '2', Voorletters: 'M.', Voornamen: 'Maria', Roepnaam: '', Achternaam: 'Bakker' },
      { Persnr: '3', Voorletters: 'K.', Voornamen: '', Roepnaam: '', Achternaam: 'Bakker' },
    ];
    const result = validateImportRows(rows, names, context);
    expect(result.rows.map((r) => r.givenName)).toEqual(['Hans', 'Maria', 'K.']);
  });

  it('accepts hand-made mappings with headings the synonym table does not know', () => {
    const result = validateImportRows(
      [{ nr: '7', vn: 'Piet', an: 'Jansen', email: '' }],
      { nr: 'employeeNumber', vn: 'givenName', an: 'surname', email: 'email' },
      context,
    );
    expect(result).toEqual({
      rows: [
        expect.objectContaining({ employeeNumber: '7', givenName: 'Piet', surname: 'Jansen', email: null }),
      ],
      errors: [],
    });
  });
});
