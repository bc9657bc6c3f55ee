import type { DbOrTx } from '@inzetbaar/db';
import { llo } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { parseSpreadsheet, SpreadsheetError } from '../../../import/parse-spreadsheet';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError } from '../../../platform/http/problem';
import { findCertificateType } from '../reference-data';
import { findLearningItemByCode, insertLearningItem, updateLearningItem } from '../repo/catalogue.repo';
import { orgOf } from './access';
import { skillCatalog } from './skill-labels';

/** Read and check a catalogue file; 422 listing every bad row and column when anything is wrong. */
export async function readCatalogueFile(
  db: DbOrTx,
  organizationId: string,
  file: { name: string; data: Uint8Array },
) {
  const sheet = await parseSpreadsheet(file.data, file.name).catch((e: unknown) => {
    if (e instanceof SpreadsheetError)
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: e.code }]);
    throw e;
  });
  const cat = await skillCatalog(db, organizationId, 'nl');
  const result = llo.validateCatalogueRows(sheet.headers, sheet.rows, {
    isKnownSkill: cat.isKnown,
    isKnownCertificateType: (id) => !!findCertificateType(id),
    rowNumbers: sheet.rowNumbers,
  });
  if (result.errors.length)
    throw new AppError(
      422,
      'catalogue_import_invalid',
      result.errors.map((e) => ({
        field: `rows[${e.rowNumber}].${e.field}`,
        code: e.code,
        params: { row: e.rowNumber, value: e.value },
      })),
    );
  return result.rows;
}

/** Write checked rows: a row whose code exists updates that item, any other row adds one. */
export async function applyCatalogueRows(
  db: DbOrTx,
  organizationId: string,
  rows: readonly llo.CatalogueRow[],
) {
  let created = 0;
  let updated = 0;
  for (const { rowNumber: _, ...r } of rows) {
    const existing = r.code ? await findLearningItemByCode(db, organizationId, r.code) : undefined;
    if (existing) {
      await updateLearningItem(db, organizationId, existing.id, existing.version, { ...r, isActive: true });
      updated++;
    } else {
      await insertLearningItem(db, { organizationId, ...r });
      created++;
    }
  }
  return { created, updated };
}

/**
 * Import a learning catalogue from CSV or XLSX: every row is checked first and every bad row reported
 * (422); only a file without errors is written, in one transaction — never half. `dryRun` checks and
 * counts without writing.
 */
export async function importCatalogue(
  deps: Deps,
  actor: Actor,
  file: { name: string; data: Uint8Array },
  dryRun: boolean,
) {
  authorize(actor, 'llo.catalogue.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    const rows = await readCatalogueFile(tx, organizationId, file);
    if (dryRun) {
      let updated = 0;
      for (const r of rows)
        if (r.code && (await findLearningItemByCode(tx, organizationId, r.code))) updated++;
      return { created: rows.length - updated, updated, dryRun };
    }
    const counts = await applyCatalogueRows(tx, organizationId, rows);
    await recordAudit(tx, actor, organizationId, {
      action: 'llo.catalogue.imported',
      resourceType: 'llo_learning_item',
      details: { file: file.name, ...counts },
    });
    return { ...counts, dryRun };
  });
}
