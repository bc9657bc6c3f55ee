import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cellText, MAX_SPREADSHEET_BYTES, parseSpreadsheet, SpreadsheetError } from './parse-spreadsheet';

const utf8 = (text: string) => new TextEncoder().encode(text);
/** windows-1252 bytes of `text` (only Latin-1 characters are used in these tests). */
const cp1252 = (text: string) => Uint8Array.from([...text].map((ch) => ch.charCodeAt(0)));

async function xlsx(
  build: (sheet: ExcelJS.Worksheet, workbook: ExcelJS.Workbook) => void,
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  build(workbook.addWorksheet('Medewerkers'), workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SpreadsheetError);
  return (error as SpreadsheetError).code;
}

describe('parseSpreadsheet: CSV', () => {
  it('reads a ; separated UTF-8 file with BOM, decimal commas, quotes and an empty line', async () => {
    const text =
      '\uFEFFPersoneelsnummer;Roepnaam;Achternaam;Uren per week;Functie\r\n' +
      '10001;Anouk;Jansen;32,5;"Verzorgende IG; nachtdienst"\r\n' +
      ';;;;\r\n' +
      '\r\n' +
      '10002;Zoë;Öztürk;24;Helpende\r\n';
    const sheet = await parseSpreadsheet(utf8(text), 'Medewerkers.CSV');
    expect(sheet.headers).toEqual(['Personeelsnummer', 'Roepnaam', 'Achternaam', 'Uren per week', 'Functie']);
    expect(sheet.rows).toEqual([
      {
        Personeelsnummer: '10001',
        Roepnaam: 'Anouk',
        Achternaam: 'Jansen',
        'Uren per week': '32,5',
        Functie: 'Verzorgende IG; nachtdienst',
      },
      {
        Personeelsnummer: '10002',
        Roepnaam: 'Zoë',
        Achternaam: 'Öztürk',
        'Uren per week': '24',
        Functie: 'Helpende',
      },
    ]);
    expect(sheet.rowNumbers).toEqual([2, 5]);
  });

  it('falls back to windows-1252 when the bytes are not valid UTF-8', async () => {
    const sheet = await parseSpreadsheet(
      cp1252('Persnr;Roepnaam;Achternaam\n10003;René;Hoëvenaars\n'),
      'export.csv',
    );
    expect(sheet.rows).toEqual([{ Persnr: '10003', Roepnaam: 'René', Achternaam: 'Hoëvenaars' }]);
  });

  it('reads UTF-16 with BOM (Excel "Unicode text")', async () => {
    const text = '\uFEFFPersnr\tRoepnaam\n10004\tSúsan\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++)
      bytes.set([text.charCodeAt(i) & 0xff, text.charCodeAt(i) >> 8], i * 2);
    const sheet = await parseSpreadsheet(bytes, 'export.txt');
    expect(sheet.rows).toEqual([{ Persnr: '10004', Roepnaam: 'Súsan' }]);
  });

  it.each([
    [',', 'Persnr,Roepnaam,Uren\n1,Jan,"32,5"\n'],
    ['tab', 'Persnr\tRoepnaam\tUren\n1\tJan\t32,5\n'],
    ['; with commas in data', 'Persnr;Roepnaam;Uren\n1;Jan;32,5\n'],
    ['; with a quoted header', '"Persnr";"Roepnaam";"Uren"\n"1";"Jan";"32,5"\n'],
  ])('detects the separator (%s)', async (_case, text) => {
    const sheet = await parseSpreadsheet(utf8(text), 'people.csv');
    expect(sheet.rows).toEqual([{ Persnr: '1', Roepnaam: 'Jan', Uren: '32,5' }]);
  });

  it('keeps repeated headings apart and drops columns without a heading', async () => {
    const sheet = await parseSpreadsheet(
      utf8('Persnr;E-mail;E-mail;;\n1;a@x.nl;b@x.nl;;\n2;;\n'),
      'people.csv',
    );
    expect(sheet.headers).toEqual(['Persnr', 'E-mail', 'E-mail (2)']);
    expect(sheet.rows).toEqual([
      { Persnr: '1', 'E-mail': 'a@x.nl', 'E-mail (2)': 'b@x.nl' },
      { Persnr: '2', 'E-mail': '', 'E-mail (2)': '' },
    ]);
  });

  it('returns the headings of a file without data rows', async () => {
    expect(await parseSpreadsheet(utf8('Persnr;Roepnaam\n'), 'people.csv')).toEqual({
      headers: ['Persnr', 'Roepnaam'],
      rows: [],
      rowNumbers: [],
    });
  });
});

describe('parseSpreadsheet: XLSX', () => {
  it('reads the first worksheet with dates, numbers, rich text, formulas and links as text', async () => {
    const data = await xlsx((sheet, workbook) => {
      sheet.addRow(['Personeelsnummer', 'Roepnaam', 'Geboortedatum', 'Uren per week', 'E-mail', 'Functie']);
      sheet.addRow([
        10001,
        { richText: [{ text: 'Fat', font: { bold: true } }, { text: 'ma' }] },
        new Date(Date.UTC(1968, 3, 12)),
        32.5,
        { text: 'f.yilmaz@delinde.nl', hyperlink: 'mailto:f.yilmaz@delinde.nl' },
        'Verzorgende IG',
      ]);
      sheet.addRow([]);
      sheet.addRow([
        10002,
        'Kees',
        new Date(Date.UTC(1961, 11, 31)),
        { formula: '4*9', result: 36 },
        null,
        'Helpende',
      ]);
      workbook.addWorksheet('Tweede blad').addRow(['niet lezen']);
    });
    const sheet = await parseSpreadsheet(data, 'export.xlsx');
    expect(sheet.headers).toEqual([
      'Personeelsnummer',
      'Roepnaam',
      'Geboortedatum',
      'Uren per week',
      'E-mail',
      'Functie',
    ]);
    expect(sheet.rows).toEqual([
      {
        Personeelsnummer: '10001',
        Roepnaam: 'Fatma',
        Geboortedatum: '1968-04-12',
        'Uren per week': '32.5',
        'E-mail': 'f.yilmaz@delinde.nl',
        Functie: 'Verzorgende IG',
      },
      {
        Personeelsnummer: '10002',
        Roepnaam: 'Kees',
        Geboortedatum: '1961-12-31',
        'Uren per week': '36',
        'E-mail': '',
        Functie: 'Helpende',
      },
    ]);
    expect(sheet.rowNumbers).toEqual([2, 4]);
  });

  it('refuses a workbook whose first row is empty (no header row)', async () => {
    const data = await xlsx((sheet) => {
      sheet.getCell('A3').value = 'Persnr';
    });
    expect(await errorCode(parseSpreadsheet(data, 'export.xlsx'))).toBe('empty');
  });

  it.each<[string, unknown, string]>([
    ['string', 'Jansen', 'Jansen'],
    ['integer', 10001, '10001'],
    ['float noise', 32.49999999999999, '32.5'],
    ['boolean', true, 'true'],
    ['date with time', new Date(Date.UTC(2020, 0, 31, 22, 30)), '2020-01-31'],
    ['error', { error: '#N/A' }, ''],
    ['shared formula', { sharedFormula: 'A1', result: 'x' }, 'x'],
    [
      'formula with date result',
      { formula: 'TODAY()', result: new Date(Date.UTC(2026, 1, 1)) },
      '2026-02-01',
    ],
    [
      'hyperlink with rich text',
      { text: { richText: [{ text: 'a@' }, { text: 'b.nl' }] }, hyperlink: 'mailto:a@b.nl' },
      'a@b.nl',
    ],
    ['empty', null, ''],
  ])('cellText(%s)', (_case, value, text) => expect(cellText(value as ExcelJS.CellValue)).toBe(text));
});

describe('parseSpreadsheet: refusals', () => {
  it.each([
    ['empty file', new Uint8Array(), 'people.csv', 'empty'],
    ['only empty lines', utf8('\r\n;;;\r\n\r\n'), 'people.csv', 'empty'],
    ['old Excel format', utf8('x'), 'people.xls', 'unsupported_type'],
    ['PDF', utf8('%PDF-1.7'), 'people.pdf', 'unsupported_type'],
    ['no extension', utf8('Persnr\n1\n'), 'people', 'unsupported_type'],
    ['corrupt XLSX', utf8('PK this is no zip'), 'people.xlsx', 'unreadable'],
    [
      'binary data named .csv',
      Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]),
      'people.csv',
      'unreadable',
    ],
    ['over 10 MB', new Uint8Array(MAX_SPREADSHEET_BYTES + 1), 'people.csv', 'too_large'],
  ])('%s → %s', async (_case, data, fileName, code) => {
    expect(await errorCode(parseSpreadsheet(data, fileName))).toBe(code);
  });

  it('accepts a file of exactly 10 MB', async () => {
    const data = new Uint8Array(MAX_SPREADSHEET_BYTES).fill(0x20);
    data.set(utf8('Persnr\n1\n'));
    expect((await parseSpreadsheet(data, 'people.csv')).rows).toHaveLength(1);
  });
});
