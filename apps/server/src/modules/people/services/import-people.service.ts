import type { TPeopleImport } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import {
  applyImportRow,
  detectMapping,
  diffImportRow,
  formatImportError,
  type TImportError,
  type TImportPerson,
  type TImportTarget,
  unitLookupKey,
  validateImportRows,
} from '@inzetbaar/domain/people-import/index';
import type { Actor } from '../../../auth/actor';
import { parseSpreadsheet, SpreadsheetError } from '../../../import/parse-spreadsheet';
import { recordAudit } from '../../../platform/audit/record-audit';
import { analyze } from '../../../platform/db/analyze';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { AppError, notFound } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import {
  insertEmployment,
  insertPerson,
  listEmployments,
  listPersonsByEmployeeNumbers,
  updateEmployment,
  updatePerson,
} from '../repo/people.repo';
import {
  findPeopleImport,
  insertPeopleImport,
  markPeopleImportCommitted,
  type PeopleImportRow,
} from '../repo/people-imports.repo';
import { listUnits } from '../repo/units.repo';

type ImportRow = PeopleImportRow;
type Summary = TPeopleImport['summary'];

/** What the organisation holds per personeelsnummer, in the shape the import diff compares. */
async function currentTargets(db: DbOrTx, organizationId: string, day: string) {
  const [people, employments] = await Promise.all([
    listPersonsByEmployeeNumbers(db, organizationId),
    listEmployments(db, organizationId),
  ]);
  const numberById = new Map(people.map((p) => [p.id, p.employeeNumber]));
  const byPerson = new Map<string, (typeof employments)[number][]>();
  for (const e of employments) byPerson.set(e.personId, [...(byPerson.get(e.personId) ?? []), e]);
  const targets = new Map<
    string,
    {
      personId: string;
      version: number;
      target: TImportTarget;
      employmentRows: (typeof employments)[number][];
    }
  >();
  for (const p of people) {
    const rows = (byPerson.get(p.id) ?? []).sort((a, b) => b.startDate.localeCompare(a.startDate));
    const current = rows.find((e) => e.startDate <= day && (!e.endDate || e.endDate >= day)) ?? rows[0];
    targets.set(p.employeeNumber, {
      personId: p.id,
      version: p.version,
      employmentRows: rows,
      target: {
        givenName: p.givenName,
        surnamePrefix: p.surnamePrefix,
        surname: p.surname,
        birthDate: p.birthDate,
        email: p.email,
        employment: current
          ? {
              startDate: current.startDate,
              endDate: current.endDate,
              hoursPerWeek: current.hoursPerWeek,
              jobTitle: current.jobTitle,
              unitId: current.unitId,
              managerEmployeeNumber: current.managerPersonId
                ? (numberById.get(current.managerPersonId) ?? null)
                : null,
            }
          : null,
      },
    });
  }
  return targets;
}

function present(row: ImportRow, lang: Lang): TPeopleImport {
  const errors = row.errors as TImportError[];
  const rows = row.rows as TImportPerson[];
  return {
    id: row.id,
    fileName: row.fileName,
    status: row.status,
    mapping: (row.summary as unknown as { mapping?: Record<string, string> }).mapping ?? {},
    summary: row.summary as unknown as Summary,
    errors: errors.map((e) => ({
      row: e.row,
      field: e.field,
      code: e.code,
      message: formatImportError(e, lang),
    })),
    preview: rows.slice(0, 100).map((r) => ({
      rowNumber: r.rowNumber,
      employeeNumber: r.employeeNumber,
      givenName: r.givenName,
      surnamePrefix: r.surnamePrefix,
      surname: r.surname,
      birthDate: r.birthDate,
      email: r.email,
      startDate: r.employment?.startDate ?? null,
      endDate: r.employment?.endDate ?? null,
      hoursPerWeek: r.employment?.hoursPerWeek ?? null,
      jobTitle: r.employment?.jobTitle ?? null,
      unitName: r.employment?.unitName ?? null,
      action: (r as TImportPerson & { action?: string }).action ?? null,
    })),
  };
}

/** Step 1: read, map and check the file, and keep the result. Nothing of the people changes yet. */
export async function previewPeopleImport(
  deps: Deps,
  actor: Actor,
  file: { name: string; data: Uint8Array },
  lang: Lang,
) {
  const organizationId = actor.organizationId as string;
  const sheet = await parseSpreadsheet(file.data, file.name).catch((e) => {
    if (e instanceof SpreadsheetError)
      throw new AppError(422, 'validation_failed', [{ field: 'file', code: e.code }]);
    throw e;
  });
  const { mapping, missingRequired } = detectMapping(sheet.headers);
  const units = await listUnits(deps.db, organizationId);
  const targets = await currentTargets(deps.db, organizationId, today(deps.clock));
  const validation = validateImportRows(sheet.rows, mapping, {
    unitIdsByName: new Map(units.map((u) => [unitLookupKey(u.name), u.id])),
    knownEmployeeNumbers: new Set(targets.keys()),
    ...('rowNumbers' in sheet && Array.isArray(sheet.rowNumbers)
      ? { rowNumbers: sheet.rowNumbers as number[] }
      : {}),
  });
  // A required column that is missing altogether is reported once, on the header row.
  const errors: TImportError[] = [
    ...missingRequired.map((field) => ({ row: 1, field, code: 'required' as const })),
    ...validation.errors,
  ];
  const rows = validation.rows.map((r) => ({
    ...r,
    action: diffImportRow(targets.get(r.employeeNumber)?.target, r),
  }));
  const invalidRows = new Set(errors.map((e) => e.row));
  const summary = {
    rows: sheet.rows.length,
    valid: rows.length,
    invalid: [...invalidRows].filter((r) => r > 1).length,
    create: rows.filter((r) => r.action === 'create').length,
    update: rows.filter((r) => r.action === 'update').length,
    unchanged: rows.filter((r) => r.action === 'unchanged').length,
    mapping,
  };
  const row = await insertPeopleImport(deps.db, {
    organizationId,
    createdByUserId: actor.userId,
    fileName: file.name,
    rows,
    errors,
    summary: summary as never,
  });
  return present(row, lang);
}

/**
 * Step 2: write exactly the previewed rows, all or nothing. A file with any invalid row cannot
 * be confirmed. Re-importing the same file changes nothing (idempotent by personeelsnummer).
 */
export async function confirmPeopleImport(deps: Deps, actor: Actor, id: string, lang: Lang) {
  const organizationId = actor.organizationId as string;
  const row = await deps.db.transaction(async (tx) => {
    const imp = await findPeopleImport(tx, organizationId, id);
    if (!imp) throw notFound();
    if (imp.status === 'committed') throw new AppError(409, 'import_already_committed');
    if ((imp.errors as unknown[]).length > 0) throw new AppError(422, 'import_has_errors');
    const counts = await writeRows(tx, actor, organizationId, imp.rows as TImportPerson[], today(deps.clock));
    const done = await markPeopleImportCommitted(tx, organizationId, id, deps.clock.now());
    await recordAudit(tx, actor, organizationId, {
      action: 'people.imported',
      resourceType: 'people_import',
      resourceId: id,
      details: { fileName: imp.fileName, ...counts },
    });
    return done as ImportRow;
  });
  // planner statistics for the rows just written (platform/db/analyze.ts)
  await analyze(deps.db, ['persons', 'employments', 'units', 'role_assignments']);
  return present(row, lang);
}

async function writeRows(
  tx: DbOrTx,
  actor: Actor,
  organizationId: string,
  rows: TImportPerson[],
  day: string,
) {
  const targets = await currentTargets(tx, organizationId, day);
  const idByNumber = new Map([...targets].map(([n, t]) => [n, t.personId]));
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const pendingManagers: { employmentId: string; version: number; managerNumber: string }[] = [];
  for (const r of rows) {
    const existing = targets.get(r.employeeNumber);
    const action = diffImportRow(existing?.target, r);
    if (action === 'unchanged') {
      counts.unchanged++;
      continue;
    }
    const next = applyImportRow(existing?.target, r);
    const personFields = {
      givenName: next.givenName,
      surnamePrefix: next.surnamePrefix,
      surname: next.surname,
      birthDate: next.birthDate,
      email: next.email,
    };
    let personId: string;
    if (existing) {
      personId = existing.personId;
      await updatePerson(tx, organizationId, personId, existing.version, personFields);
      counts.updated++;
    } else {
      personId = (
        await insertPerson(tx, { organizationId, employeeNumber: r.employeeNumber, ...personFields })
      ).id;
      idByNumber.set(r.employeeNumber, personId);
      counts.created++;
    }
    if (next.employment) {
      const e = next.employment;
      const values = {
        startDate: e.startDate,
        endDate: e.endDate,
        hoursPerWeek: e.hoursPerWeek,
        jobTitle: e.jobTitle,
        unitId: e.unitId,
      };
      // Same start date = the same contract; another start date is a new contract.
      const same = existing?.employmentRows.find((x) => x.startDate === e.startDate);
      const emp = same
        ? await updateEmployment(tx, organizationId, same.id, same.version, values)
        : await insertEmployment(tx, { organizationId, personId, ...values });
      if (emp && e.managerEmployeeNumber)
        pendingManagers.push({
          employmentId: emp.id,
          version: emp.version,
          managerNumber: e.managerEmployeeNumber,
        });
    }
    await recordAudit(tx, actor, organizationId, {
      action: existing ? 'person.updated' : 'person.created',
      resourceType: 'person',
      resourceId: personId,
      subjectPersonId: personId,
      details: { via: 'import' },
    });
  }
  // Managers last: a manager may be a row further down the same file.
  for (const m of pendingManagers) {
    const managerPersonId = idByNumber.get(m.managerNumber) ?? null;
    await updateEmployment(tx, organizationId, m.employmentId, m.version, { managerPersonId });
  }
  return counts;
}
