import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const upload = async (name: string, data: string | Uint8Array, type = 'text/csv') => {
  const form = new FormData();
  form.append('file', new File([data], name, { type }));
  return api(t, '/api/v1/people-imports', { method: 'POST', cookie: org.users.hr.cookie, body: form });
};
const confirm = (id: string) =>
  api(t, `/api/v1/people-imports/${id}/confirm`, { method: 'POST', cookie: org.users.hr.cookie });
const count = async () =>
  (await (await api(t, '/api/v1/people?status=all&pageSize=1', { cookie: org.users.hr.cookie })).json())
    .total;

// An AFAS-style export: Dutch dates, decimal comma, unit names.
const AFAS = [
  'Medewerker;Roepnaam;Voorvoegsel;Achternaam;Geboortedatum;E-mail werk;Datum in dienst;Uren per week;Functie;Afdeling',
  'A-1;Sanne;van;Dijk;12-03-1961;sanne@example.nl;01-02-2015;28,5;Verzorgende IG;Team A1',
  'A-2;Youssef;;Benali;1990-07-30;y.benali@example.nl;01-09-2021;32;Helpende;Afdeling B',
].join('\n');

describe('people import', () => {
  it('maps AFAS columns, previews, writes nothing until confirmed, and is idempotent', async () => {
    const before = await count();
    const res = await upload('afas.csv', AFAS);
    expect(res.status).toBe(201);
    const preview = await res.json();
    expect(preview.mapping).toMatchObject({
      Medewerker: 'employeeNumber',
      Roepnaam: 'givenName',
      'Uren per week': 'hoursPerWeek',
    });
    expect(preview.summary).toMatchObject({ rows: 2, valid: 2, invalid: 0, create: 2 });
    expect(await count()).toBe(before); // nothing written yet
    const done = await (await confirm(preview.id)).json();
    expect(done.status).toBe('committed');
    expect(await count()).toBe(before + 2);
    const sanne = (await (await api(t, '/api/v1/people?q=sanne', { cookie: org.users.hr.cookie })).json())
      .items[0];
    expect(sanne).toMatchObject({
      displayName: 'Sanne van Dijk',
      unitName: 'Team A1',
      jobTitle: 'Verzorgende IG',
    });
    // the same file again changes nothing
    const again = await (await upload('afas.csv', AFAS)).json();
    expect(again.summary).toMatchObject({ create: 0, update: 0, unchanged: 2 });
    expect((await confirm(again.id)).status).toBe(200);
    expect(await count()).toBe(before + 2);
    expect((await confirm(again.id)).status).toBe(409); // already processed
  });

  it('reports every bad row with row number and reason, and refuses to confirm', async () => {
    const csv = [
      'Personeelsnummer;Voornaam;Achternaam;Datum in dienst;Uren per week;Functie;Afdeling',
      'B-1;Bram;Goed;01-01-2020;24;Helpende;Afdeling B',
      'B-2;;Fout;31-02-2020;80;Helpende;Bestaat Niet',
      'B-1;Dubbel;Nummer;01-01-2020;24;Helpende;Afdeling B',
    ].join('\n');
    const before = await count();
    const preview = await (await upload('fouten.csv', csv)).json();
    const byRow = (row: number) =>
      preview.errors
        .filter((e: { row: number }) => e.row === row)
        .map((e: { field: string; code: string }) => `${e.field}:${e.code}`);
    expect(byRow(3).sort()).toEqual([
      'givenName:required',
      'hoursPerWeek:invalid_hours',
      'startDate:invalid_date',
      'unitName:unknown_unit',
    ]);
    expect(byRow(2)).toContain('employeeNumber:duplicate_in_file');
    expect(byRow(4)).toContain('employeeNumber:duplicate_in_file');
    expect(preview.errors[0].message).toMatch(/\S/);
    const refused = await confirm(preview.id);
    expect(refused.status).toBe(422);
    expect((await refused.json()).code).toBe('import_has_errors');
    expect(await count()).toBe(before);
  });

  it('reads XLSX with real date cells', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Export');
    sheet.addRow([
      'Personeelsnummer',
      'Voornaam',
      'Achternaam',
      'Begindatum dienstverband',
      'Contracturen',
      'Functienaam',
    ]);
    sheet.addRow(['X-1', 'Xenia', 'Excel', new Date(Date.UTC(2018, 4, 1)), 16, 'Gastvrouw']);
    const data = new Uint8Array(await book.xlsx.writeBuffer());
    const preview = await (
      await upload('export.xlsx', data, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
    ).json();
    expect(preview.errors).toEqual([]);
    expect(preview.preview[0]).toMatchObject({
      employeeNumber: 'X-1',
      startDate: '2018-05-01',
      hoursPerWeek: 16,
    });
  });

  it('rejects a file that is not CSV or XLSX with a field error', async () => {
    const res = await upload('foto.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47]), 'image/png');
    expect(res.status).toBe(422);
    expect((await res.json()).errors[0]).toMatchObject({ field: 'file', code: 'unsupported_type' });
  });
});
