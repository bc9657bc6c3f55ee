import { SHORTAGE_LEVELS, type ShortageLevel } from './signals';

/*
 * The shortage table as an organisation imports it (CSV or XLSX): one row per occupation, keyed by
 * an ESCO occupation URI or an ISCO-08 unit group (4 digits), with a category of UWV's
 * spanningsindicator, the source and the date of the figures. Every row is checked; one bad row
 * refuses the whole file (nothing partial).
 */

export type ShortageRow = {
  rowNumber: number;
  escoOccupationUri: string | null;
  isco4: string | null;
  level: ShortageLevel;
  source: string;
  date: string;
};
export type ShortageRowError = { rowNumber: number; field: string; code: string; value: string };

/** Accepted column headings (case, spaces, dashes and underscores ignored). */
const COLUMNS: Record<'key' | 'level' | 'source' | 'date', readonly string[]> = {
  key: ['beroep', 'occupation', 'code', 'isco', 'isco4', 'escouri', 'esco', 'uri'],
  level: ['categorie', 'category', 'spanning', 'level', 'krapte'],
  source: ['bron', 'source'],
  date: ['datum', 'date', 'peildatum', 'periode', 'period'],
};

/** A column heading compared without case, spaces, dashes, dots and underscores. */
const normalizeHeading = (h: string) => h.toLowerCase().replace(/[\s_\-.]/g, '');

const LEVEL_ALIASES: Record<string, ShortageLevel> = Object.fromEntries(
  SHORTAGE_LEVELS.flatMap((l) => [
    [l, l],
    [l.replace('_', ' '), l],
    [l.replace('_', ''), l],
  ]),
);
const ESCO_OCCUPATION = /^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/;
/** A day, a month or a quarter: 2025-11-30, 2025-11, 2025-Q4. */
const DATE = /^(\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|\d{4}-Q[1-4])$/;

export function validateShortageRows(
  headers: readonly string[],
  rows: readonly Record<string, string>[],
  opts: { isKnownOccupation: (uri: string) => boolean; rowNumbers?: readonly number[] },
): { rows: ShortageRow[]; errors: ShortageRowError[] } {
  const errors: ShortageRowError[] = [];
  const column = (name: keyof typeof COLUMNS) =>
    headers.find((h) => COLUMNS[name].includes(normalizeHeading(h)));
  const cols = { key: column('key'), level: column('level'), source: column('source'), date: column('date') };
  for (const [name, heading] of Object.entries(cols))
    if (!heading) errors.push({ rowNumber: 1, field: name, code: 'shortage_missing_column', value: '' });
  if (errors.length) return { rows: [], errors };
  if (rows.length === 0)
    return { rows: [], errors: [{ rowNumber: 1, field: 'file', code: 'empty', value: '' }] };
  const out: ShortageRow[] = [];
  const seen = new Map<string, number>();
  rows.forEach((r, i) => {
    const rowNumber = opts.rowNumbers?.[i] ?? i + 2;
    const cell = (h: string | undefined) => (h ? (r[h] ?? '').trim() : '');
    const key = cell(cols.key);
    const levelText = cell(cols.level).toLowerCase();
    const source = cell(cols.source);
    const date = cell(cols.date)
      .toUpperCase()
      .replace(/^(\d{4})-q/i, '$1-Q');
    const before = errors.length;
    let escoOccupationUri: string | null = null;
    let isco4: string | null = null;
    if (/^\d{4}$/.test(key)) isco4 = key;
    else if (ESCO_OCCUPATION.test(key)) {
      if (opts.isKnownOccupation(key)) escoOccupationUri = key;
      else errors.push({ rowNumber, field: 'key', code: 'unknown_occupation', value: key });
    } else
      errors.push({ rowNumber, field: 'key', code: key ? 'shortage_invalid_key' : 'required', value: key });
    const level = LEVEL_ALIASES[levelText];
    if (!level)
      errors.push({
        rowNumber,
        field: 'level',
        code: levelText ? 'shortage_invalid_level' : 'required',
        value: levelText,
      });
    if (!source) errors.push({ rowNumber, field: 'source', code: 'required', value: '' });
    else if (source.length > 200) errors.push({ rowNumber, field: 'source', code: 'too_long', value: '' });
    if (!DATE.test(date))
      errors.push({
        rowNumber,
        field: 'date',
        code: date ? 'shortage_invalid_date' : 'required',
        value: date,
      });
    const dupOf = key ? seen.get(key) : undefined;
    if (key && dupOf !== undefined)
      errors.push({ rowNumber, field: 'key', code: 'shortage_duplicate_row', value: key });
    if (key) seen.set(key, rowNumber);
    if (errors.length === before && level)
      out.push({ rowNumber, escoOccupationUri, isco4, level, source, date });
  });
  return errors.length ? { rows: [], errors } : { rows: out, errors };
}
