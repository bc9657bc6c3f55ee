import type { IsoDate } from '../dates';
import type { TImportMapping } from './detect-mapping';
import {
  EMPLOYMENT_IMPORT_FIELDS,
  IMPORT_FIELDS,
  IMPORT_MAX_LENGTHS,
  REQUIRED_EMPLOYMENT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type TImportField,
} from './fields';
import type { TImportError, TImportErrorCode } from './messages';
import { matchHeader } from './synonyms';
import {
  cleanText,
  isImportEmail,
  MAX_HOURS_PER_WEEK,
  parseImportDate,
  parseImportHours,
  unitLookupKey,
} from './values';

export type TImportEmployment = {
  startDate: IsoDate;
  endDate: IsoDate | null;
  hoursPerWeek: number;
  jobTitle: string;
  /** Name as written in the file, and the unit it resolved to. */
  unitName: string | null;
  unitId: string | null;
  managerEmployeeNumber: string | null;
};

/** One valid, normalised row. `null` means the file gave no value (see `applyImportRow`). */
export type TImportPerson = {
  rowNumber: number;
  employeeNumber: string;
  givenName: string;
  surnamePrefix: string | null;
  surname: string;
  birthDate: IsoDate | null;
  /** Lower-cased. */
  email: string | null;
  employment: TImportEmployment | null;
};

export type TImportContext = {
  /** `unitLookupKey(unit.name)` → unit id, for every unit of the organisation. */
  unitIdsByName: Map<string, string>;
  /** Personeelsnummers already in the organisation (a manager may be one of them). */
  knownEmployeeNumbers?: Set<string>;
  /**
   * Spreadsheet row of each data row, when the reader skipped empty lines (parseSpreadsheet returns
   * them). Without it row i is taken to be spreadsheet row i + 2 (header = row 1).
   */
  rowNumbers?: number[];
};

export type TImportValidation = { rows: TImportPerson[]; errors: TImportError[] };

type TCells = Partial<Record<TImportField, string>>;

/**
 * Check and normalise the rows of a people file. Reports every problem of every row (not only the
 * first), so HR can fix the whole file in one go; only rows without any problem are returned.
 *
 * Rules: required names and personeelsnummer; once a row has an employment field, start date, hours
 * and job title too; dates in Dutch or ISO form; end not before start; hours in (0, 60] with a decimal
 * comma allowed; e-mail as the person contract checks it; unit names must exist; a personeelsnummer
 * may occur once in the file (every occurrence is reported); a manager must be in the file or known.
 */
export function validateImportRows(
  rows: Record<string, string>[],
  mapping: TImportMapping,
  context: TImportContext,
): TImportValidation {
  const columns = columnsByField(mapping);
  const cells = rows.map((row) => readCells(row, columns));
  const rowNumberOf = (i: number) => context.rowNumbers?.[i] ?? i + 2;

  const rowsByNumber = new Map<string, number[]>();
  cells.forEach((c, i) => {
    if (c.employeeNumber)
      rowsByNumber.set(c.employeeNumber, [...(rowsByNumber.get(c.employeeNumber) ?? []), rowNumberOf(i)]);
  });

  const errors: TImportError[] = [];
  const valid: TImportPerson[] = [];
  cells.forEach((c, i) => {
    const rowNumber = rowNumberOf(i);
    const rowErrors: TImportError[] = [];
    const add = (field: TImportField, code: TImportErrorCode, params?: TImportError['params']) =>
      rowErrors.push(params ? { row: rowNumber, field, code, params } : { row: rowNumber, field, code });

    for (const field of REQUIRED_IMPORT_FIELDS) if (!c[field]) add(field, 'required');
    for (const [field, max] of Object.entries(IMPORT_MAX_LENGTHS) as [TImportField, number][]) {
      if ((c[field]?.length ?? 0) > max) add(field, 'too_long', { max });
    }
    const sameNumber = c.employeeNumber ? (rowsByNumber.get(c.employeeNumber) ?? []) : [];
    if (sameNumber.length > 1)
      add('employeeNumber', 'duplicate_in_file', {
        value: c.employeeNumber ?? '',
        rows: sameNumber.join(', '),
      });

    const birthDate = date(c, 'birthDate', add);
    if (c.email && !isImportEmail(c.email)) add('email', 'invalid_email', { value: c.email });

    const hasEmployment = EMPLOYMENT_IMPORT_FIELDS.some((field) => c[field] !== undefined);
    if (hasEmployment)
      for (const field of REQUIRED_EMPLOYMENT_FIELDS) if (!c[field]) add(field, 'required_for_employment');
    const startDate = date(c, 'startDate', add);
    const endDate = date(c, 'endDate', add);
    if (startDate && endDate && endDate < startDate)
      add('endDate', 'end_before_start', { startDate, endDate });
    const hours = c.hoursPerWeek === undefined ? undefined : parseImportHours(c.hoursPerWeek);
    if (c.hoursPerWeek !== undefined && (hours === undefined || hours <= 0 || hours > MAX_HOURS_PER_WEEK)) {
      add('hoursPerWeek', 'invalid_hours', { value: c.hoursPerWeek, max: MAX_HOURS_PER_WEEK });
    }
    const unitId = c.unitName ? context.unitIdsByName.get(unitLookupKey(c.unitName)) : undefined;
    if (c.unitName && !unitId) add('unitName', 'unknown_unit', { value: c.unitName });
    const manager = c.managerEmployeeNumber;
    if (manager && manager === c.employeeNumber)
      add('managerEmployeeNumber', 'manager_is_self', { value: manager });
    else if (manager && !rowsByNumber.has(manager) && !context.knownEmployeeNumbers?.has(manager)) {
      add('managerEmployeeNumber', 'unknown_manager', { value: manager });
    }

    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      return;
    }
    valid.push({
      rowNumber,
      employeeNumber: c.employeeNumber as string,
      givenName: c.givenName as string,
      surnamePrefix: c.surnamePrefix ?? null,
      surname: c.surname as string,
      birthDate: birthDate ?? null,
      email: c.email?.toLowerCase() ?? null,
      employment:
        hasEmployment && startDate && hours !== undefined && c.jobTitle
          ? {
              startDate,
              endDate: endDate ?? null,
              hoursPerWeek: hours,
              jobTitle: c.jobTitle,
              unitName: c.unitName ?? null,
              unitId: unitId ?? null,
              managerEmployeeNumber: manager ?? null,
            }
          : null,
    });
  });

  const fieldOrder = (field: TImportField) => IMPORT_FIELDS.indexOf(field);
  errors.sort((a, b) => a.row - b.row || fieldOrder(a.field) - fieldOrder(b.field));
  return { rows: valid, errors };
}

function date(
  c: TCells,
  field: 'birthDate' | 'startDate' | 'endDate',
  add: (field: TImportField, code: TImportErrorCode, params?: TImportError['params']) => void,
): IsoDate | undefined {
  const text = c[field];
  if (text === undefined) return undefined;
  const parsed = parseImportDate(text);
  if (!parsed) add(field, 'invalid_date', { value: text });
  return parsed;
}

/**
 * Columns per field, best first: a heading that is a known synonym of its field ranks by that
 * synonym's rank (roepnaam before voornamen before voorletters), a heading the user mapped by hand
 * after those; ties keep the mapping's order.
 */
function columnsByField(mapping: TImportMapping): Map<TImportField, string[]> {
  const ranked = Object.entries(mapping).map(([header, field], order) => {
    const match = matchHeader(header);
    return { header, field, rank: match?.field === field ? match.rank : Number.POSITIVE_INFINITY, order };
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  const columns = new Map<TImportField, string[]>();
  for (const { header, field } of ranked) columns.set(field, [...(columns.get(field) ?? []), header]);
  return columns;
}

/** The first non-empty (trimmed) cell of each field's columns; empty cells count as absent. */
function readCells(row: Record<string, string>, columns: Map<TImportField, string[]>): TCells {
  const cells: TCells = {};
  for (const [field, headers] of columns) {
    for (const header of headers) {
      const value = cleanText(Object.hasOwn(row, header) ? row[header] : undefined);
      if (value !== undefined) {
        cells[field] = value;
        break;
      }
    }
  }
  return cells;
}
