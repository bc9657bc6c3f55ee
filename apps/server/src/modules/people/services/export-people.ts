import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { searchPeople } from './people.service';

type ExportQuery = {
  q?: string | undefined;
  unitId?: string | undefined;
  status: 'active' | 'former' | 'all';
  format: 'csv' | 'xlsx';
};

/** Column headers in Dutch: the file is opened by Dutch HR staff in Excel. */
const COLUMNS = [
  ['employeeNumber', 'Personeelsnummer'],
  ['givenName', 'Roepnaam'],
  ['surnamePrefix', 'Tussenvoegsel'],
  ['surname', 'Achternaam'],
  ['email', 'E-mail'],
  ['jobTitle', 'Functie'],
  ['unitName', 'Afdeling'],
  ['isActive', 'In dienst'],
] as const;

export async function exportPeople(deps: Deps, actor: Actor, query: ExportQuery) {
  const { items } = await searchPeople(deps, actor, { ...query, page: 1, pageSize: 1_000_000 });
  const rows = items.map((p) =>
    Object.fromEntries(
      COLUMNS.map(([key, header]) => [
        header,
        key === 'isActive' ? (p.isActive ? 'ja' : 'nee') : (p[key] ?? ''),
      ]),
    ),
  );
  await recordAudit(deps.db, actor, actor.organizationId as string, {
    action: 'people.exported',
    resourceType: 'person',
    details: {
      format: query.format,
      count: items.length,
      q: query.q ?? null,
      unitId: query.unitId ?? null,
      status: query.status,
    },
  });
  const stamp = today(deps.clock);
  if (query.format === 'csv') {
    // Semicolon and a BOM: what Dutch Excel opens correctly by double-click.
    const csv = `\uFEFF${Papa.unparse(rows, { delimiter: ';', columns: COLUMNS.map(([, h]) => h) })}`;
    return {
      data: Buffer.from(csv, 'utf8'),
      contentType: 'text/csv; charset=utf-8',
      fileName: `medewerkers-${stamp}.csv`,
    };
  }
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Medewerkers');
  sheet.columns = COLUMNS.map(([, header]) => ({ header, key: header, width: 22 }));
  sheet.addRows(rows);
  sheet.getRow(1).font = { bold: true };
  const data = Buffer.from(await book.xlsx.writeBuffer());
  return {
    data,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    fileName: `medewerkers-${stamp}.xlsx`,
  };
}
