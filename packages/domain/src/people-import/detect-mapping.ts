import {
  EMPLOYMENT_IMPORT_FIELDS,
  IMPORT_FIELDS,
  REQUIRED_EMPLOYMENT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type TImportField,
} from './fields';
import { matchHeader } from './synonyms';

/** Source column heading → the field it fills. Several headings may fill `givenName` (see below). */
export type TImportMapping = Record<string, TImportField>;

export type TDetectedMapping = {
  mapping: TImportMapping;
  /** Headings that fill no field (unknown, or a weaker duplicate of a mapped one), in file order. */
  unmapped: string[];
  /** Required fields no heading fills; the import cannot proceed until the user maps them. */
  missingRequired: TImportField[];
};

/** Fields where every matching column is kept so a row can fall back (roepnaam → voornamen → voorletters). */
const FALLBACK_FIELDS: ReadonlySet<TImportField> = new Set(['givenName']);

/**
 * Propose which column fills which field, from the column headings of an HR/payroll export.
 *
 * Each field gets the best-ranked matching column (leftmost on a tie); the others go to `unmapped`.
 * `givenName` keeps all its matches, because per row the roepnaam wins and voornamen or voorletters
 * only fill in when it is empty (`validateImportRows` applies that order). Employment fields make
 * start date, hours and job title required too (`REQUIRED_EMPLOYMENT_FIELDS`).
 */
export function detectMapping(headers: string[]): TDetectedMapping {
  const best = new Map<TImportField, { header: string; rank: number }>();
  const matches: { header: string; field: TImportField; rank: number }[] = [];
  for (const header of headers) {
    const match = matchHeader(header);
    if (!match) continue;
    matches.push({ header, ...match });
    const current = best.get(match.field);
    if (!current || match.rank < current.rank) best.set(match.field, { header, rank: match.rank });
  }

  const mapping: TImportMapping = {};
  for (const { header, field } of matches) {
    if (FALLBACK_FIELDS.has(field) || best.get(field)?.header === header) mapping[header] = field;
  }
  const unmapped = headers.filter((header) => !Object.hasOwn(mapping, header));
  return { mapping, unmapped, missingRequired: missingRequiredFields(mapping) };
}

/** Required fields that `mapping` leaves unfilled, in field order. Also for mappings the user edited. */
export function missingRequiredFields(mapping: TImportMapping): TImportField[] {
  const mapped = new Set(Object.values(mapping));
  const hasEmployment = EMPLOYMENT_IMPORT_FIELDS.some((field) => mapped.has(field));
  const required = new Set<TImportField>([
    ...REQUIRED_IMPORT_FIELDS,
    ...(hasEmployment ? REQUIRED_EMPLOYMENT_FIELDS : []),
  ]);
  return IMPORT_FIELDS.filter((field) => required.has(field) && !mapped.has(field));
}
