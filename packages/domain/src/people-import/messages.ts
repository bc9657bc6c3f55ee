import { IMPORT_FIELD_LABELS, type TImportField } from './fields';

export const IMPORT_ERROR_CODES = [
  'required',
  'required_for_employment',
  'too_long',
  'invalid_date',
  'end_before_start',
  'invalid_hours',
  'invalid_email',
  'unknown_unit',
  'duplicate_in_file',
  'unknown_manager',
  'manager_is_self',
] as const;
export type TImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

/** One problem in one cell. `row` is the spreadsheet row: the header is row 1, the first data row 2. */
export type TImportError = {
  row: number;
  field: TImportField;
  code: TImportErrorCode;
  params?: Record<string, string | number>;
};

/**
 * Messages per error code. `{field}` is the field's label; other `{name}` placeholders come from the
 * error's `params`. Written for an HR officer fixing the file in Excel, so they say what to do.
 */
export const IMPORT_ERROR_MESSAGES: Record<TImportErrorCode, { nl: string; en: string }> = {
  required: {
    nl: '{field} ontbreekt; dit veld is verplicht.',
    en: '{field} is missing; this field is required.',
  },
  required_for_employment: {
    nl: '{field} ontbreekt; dit veld is verplicht zodra de rij gegevens over het dienstverband bevat.',
    en: '{field} is missing; it is required as soon as the row contains employment details.',
  },
  too_long: {
    nl: '{field} is te lang: maximaal {max} tekens.',
    en: '{field} is too long: at most {max} characters.',
  },
  invalid_date: {
    nl: '{field} "{value}" is geen geldige datum. Gebruik dd-mm-jjjj of jjjj-mm-dd.',
    en: '{field} "{value}" is not a valid date. Use dd-mm-yyyy or yyyy-mm-dd.',
  },
  end_before_start: {
    nl: 'Datum uit dienst ({endDate}) ligt vóór de datum in dienst ({startDate}).',
    en: 'End date ({endDate}) is before the start date ({startDate}).',
  },
  invalid_hours: {
    nl: '{field} "{value}" is ongeldig: geef een getal groter dan 0 en hoogstens {max}, bijvoorbeeld 32 of 32,5.',
    en: '{field} "{value}" is invalid: enter a number above 0 and at most {max}, for example 32 or 32.5.',
  },
  invalid_email: {
    nl: '"{value}" is geen geldig e-mailadres.',
    en: '"{value}" is not a valid email address.',
  },
  unknown_unit: {
    nl: 'Afdeling "{value}" bestaat niet in de organisatie. Maak de afdeling eerst aan of corrigeer de naam.',
    en: 'Department "{value}" does not exist in the organisation. Create it first or correct the name.',
  },
  duplicate_in_file: {
    nl: 'Personeelsnummer {value} komt meer dan eens voor in het bestand (rijen {rows}).',
    en: 'Employee number {value} occurs more than once in the file (rows {rows}).',
  },
  unknown_manager: {
    nl: 'Leidinggevende met personeelsnummer {value} staat niet in het bestand en is ook niet bekend in de organisatie.',
    en: 'Manager with employee number {value} is neither in the file nor known in the organisation.',
  },
  manager_is_self: {
    nl: 'Een medewerker kan niet zijn of haar eigen leidinggevende zijn (personeelsnummer {value}).',
    en: 'An employee cannot be their own manager (employee number {value}).',
  },
};

/** Fill `{name}` placeholders; unknown placeholders stay visible rather than silently vanishing. */
export function fillPlaceholders(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

/** The message of one import error in `lang`, with the field label and params filled in. */
export function formatImportError(error: TImportError, lang: 'nl' | 'en'): string {
  const template = IMPORT_ERROR_MESSAGES[error.code][lang];
  return fillPlaceholders(template, { field: IMPORT_FIELD_LABELS[error.field][lang], ...error.params });
}
