import type { TShortageTable } from '@inzetbaar/contracts';
import { validateShortageRows } from '@inzetbaar/domain/transitions/index';
import type { Actor } from '../../../auth/actor';
import { parseSpreadsheet, SpreadsheetError } from '../../../import/parse-spreadsheet';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError } from '../../../platform/http/problem';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import {
  insertShortageImport,
  latestShortageImport,
  type ShortageImportRow,
  shortageEntries,
} from '../repo/shortage.repo';

export const presentStamp = (imp: ShortageImportRow | null | undefined) =>
  imp
    ? { id: imp.id, fileName: imp.fileName, importedAt: imp.importedAt.toISOString(), rowCount: imp.rowCount }
    : null;

function occupationTitle(uri: string | null, isco4: string | null, lang: Lang): string | null {
  const t = escoTaxonomy();
  if (uri) {
    const i = t.occupationByUri.get(uri);
    const o = i === undefined ? undefined : t.occupations[i];
    return o ? (lang === 'nl' ? o.titleNl : o.titleEn) : null;
  }
  const g = isco4 ? t.iscoGroups.find((x) => x.code === isco4) : undefined;
  return g ? (lang === 'nl' ? g.titleNl : g.titleEn) : null;
}

/** The shortage table in use, with the date it was imported; empty until one is imported. */
export async function getShortageTable(deps: Deps, actor: Actor, lang: Lang): Promise<TShortageTable> {
  authorize(actor, 'mobility.shortage.read');
  const organizationId = actor.organizationId as string;
  const imp = await latestShortageImport(deps.db, organizationId);
  if (!imp) return { import: null, items: [] };
  const rows = await shortageEntries(deps.db, organizationId, imp.id);
  return {
    import: presentStamp(imp),
    items: rows
      .map((r) => ({
        escoOccupationUri: r.escoOccupationUri,
        isco4: r.isco4,
        title: occupationTitle(r.escoOccupationUri, r.isco4, lang),
        level: r.level,
        source: r.source,
        date: r.date,
      }))
      .sort((a, b) => (a.title ?? '').localeCompare(b.title ?? '')),
  };
}

/**
 * Import a shortage table (CSV or XLSX): every row is checked first and every bad row reported (422,
 * `rows[n].field`); only a file without errors is written, and it replaces the previous table whole.
 */
export async function importShortageTable(
  deps: Deps,
  actor: Actor,
  file: { name: string; data: Uint8Array },
) {
  authorize(actor, 'mobility.shortage.import');
  const organizationId = actor.organizationId as string;
  const sheet = await parseSpreadsheet(file.data, file.name).catch((e: unknown) => {
    if (e instanceof SpreadsheetError)
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: e.code }]);
    throw e;
  });
  const t = escoTaxonomy();
  const result = validateShortageRows(sheet.headers, sheet.rows, {
    isKnownOccupation: (uri) => t.occupationByUri.has(uri),
    rowNumbers: sheet.rowNumbers,
  });
  if (result.errors.length)
    throw new AppError(
      422,
      'shortage_import_invalid',
      result.errors.map((e) => ({
        field: e.field === 'file' ? 'file' : `rows[${e.rowNumber}].${e.field}`,
        code: e.code,
        params: { row: e.rowNumber, value: e.value },
      })),
    );
  return deps.db.transaction(async (tx) => {
    const imp = await insertShortageImport(
      tx,
      {
        organizationId,
        fileName: file.name,
        rowCount: result.rows.length,
        importedByPersonId: actor.personId,
      },
      result.rows.map(({ rowNumber: _, ...r }) => r),
    );
    await recordAudit(tx, actor, organizationId, {
      action: 'mobility.shortage.imported',
      resourceType: 'mobility_shortage_import',
      resourceId: imp.id,
      details: { file: file.name, rows: result.rows.length },
    });
    return presentStamp(imp) as NonNullable<ReturnType<typeof presentStamp>>;
  });
}
