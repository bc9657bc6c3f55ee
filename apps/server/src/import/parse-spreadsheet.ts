import { UNSAFE_TEXT } from '@inzetbaar/contracts';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { checkZipLimits, ZipLimitError, type ZipLimits } from './zip-limits';

export const SPREADSHEET_ERROR_CODES = [
  'unsupported_type',
  'too_large',
  'unpacked_too_large',
  'too_many_rows',
  'empty',
  'unreadable',
] as const;
export type TSpreadsheetErrorCode = (typeof SPREADSHEET_ERROR_CODES)[number];

/** A file that cannot be read as a people sheet; `code` is stable for the API's problem details. */
export class SpreadsheetError extends Error {
  override readonly name = 'SpreadsheetError';
  constructor(
    readonly code: TSpreadsheetErrorCode,
    message: string = code,
  ) {
    super(message);
  }
}

export type TSpreadsheet = {
  /** Column headings of the header row, trimmed; columns without a heading are dropped. */
  headers: string[];
  /** One record per non-empty data row: heading → cell text ('' when empty). */
  rows: Record<string, string>[];
  /** Spreadsheet row of each record (header = row 1), so errors point at the row HR sees in Excel. */
  rowNumbers: number[];
};

/** Larger exports are refused: 10 MB holds some 50,000 people, more than any organisation we serve. */
export const MAX_SPREADSHEET_BYTES = 10 * 1024 * 1024;

/**
 * What an XLSX may unpack to (issue #9: a 4 MB file inflating to 4 GB killed the server). 100 MB
 * of sheet XML is what 10 MB of real exports unpack to; 100,000 rows is twice the 50,000 people.
 */
export const XLSX_LIMITS: ZipLimits = {
  maxEntries: 1000,
  maxUnpackedBytes: 100 * 1024 * 1024,
  maxRows: 100_001,
};

const CSV_EXTENSIONS = new Set(['csv', 'tsv', 'txt']);

/**
 * Read a people file: CSV (`;`, `,` or tab, UTF-8 or windows-1252) or XLSX (first worksheet,
 * headings in row 1). Every cell comes back as text; dates as `YYYY-MM-DD`.
 */
export async function parseSpreadsheet(data: Uint8Array, fileName: string): Promise<TSpreadsheet> {
  if (data.byteLength > MAX_SPREADSHEET_BYTES) throw new SpreadsheetError('too_large');
  const extension = /\.([^.]+)$/.exec(fileName.trim())?.[1]?.toLowerCase() ?? '';
  if (extension === 'xlsx') return parseXlsx(data);
  if (CSV_EXTENSIONS.has(extension)) return parseCsv(data);
  throw new SpreadsheetError('unsupported_type');
}

/** Turn raw rows (row number + cells) into headings and records; the first row is the header. */
function tabulate(raw: { rowNumber: number; cells: string[] }[]): TSpreadsheet {
  const nonEmpty = raw.filter((r) => r.cells.some((cell) => cell.trim() !== ''));
  const [header, ...body] = nonEmpty;
  if (!header) throw new SpreadsheetError('empty');
  const columns = uniqueHeadings(header.cells);
  return {
    headers: columns.map((c) => c.heading),
    rows: body.map((r) =>
      Object.fromEntries(columns.map(({ heading, index }) => [heading, visibleText(r.cells[index] ?? '')])),
    ),
    rowNumbers: body.map((r) => r.rowNumber),
  };
}

const UNSAFE_GLOBAL = new RegExp(UNSAFE_TEXT.source, 'g');
/** A cell without control characters (invisible in Excel; NUL is refused by PostgreSQL). */
const visibleText = (cell: string) => cell.replace(UNSAFE_GLOBAL, '');

/** Headings with their column index; a repeated heading gets " (2)", " (3)"… so no column is lost. */
function uniqueHeadings(cells: string[]): { heading: string; index: number }[] {
  const seen = new Map<string, number>();
  const columns: { heading: string; index: number }[] = [];
  cells.forEach((cell, index) => {
    const text = visibleText(cell).trim();
    if (!text) return;
    const count = (seen.get(text) ?? 0) + 1;
    seen.set(text, count);
    columns.push({ heading: count === 1 ? text : `${text} (${count})`, index });
  });
  return columns;
}

// ---------------------------------------------------------------- CSV

function parseCsv(data: Uint8Array): TSpreadsheet {
  const text = decodeText(data);
  if (text.includes('\u0000')) throw new SpreadsheetError('unreadable', 'binary content in a text file');
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  if (result.data.length > XLSX_LIMITS.maxRows) throw new SpreadsheetError('too_many_rows');
  // Papaparse reports unbalanced quotes and ragged rows but still returns what it could read; only a
  // failure to parse anything at all makes the file unreadable.
  if (result.data.length === 0 && result.errors.length > 0) throw new SpreadsheetError('unreadable');
  return tabulate(result.data.map((cells, i) => ({ rowNumber: i + 1, cells })));
}

/**
 * UTF-8 when the bytes are valid UTF-8 (BOM stripped), UTF-16 when a UTF-16 BOM says so (Excel's
 * "Unicode text"), otherwise windows-1252: what Excel writes for "CSV (gescheiden door lijstscheidingsteken)"
 * on a Dutch Windows, where é, ë and ï are single bytes that are invalid as UTF-8.
 */
function decodeText(data: Uint8Array): string {
  if (data[0] === 0xff && data[1] === 0xfe) return new TextDecoder('utf-16le').decode(data);
  if (data[0] === 0xfe && data[1] === 0xff) return new TextDecoder('utf-16be').decode(data);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    // A UTF-8 BOM in front of windows-1252 text (a file edited by two tools) decodes as "ï»¿".
    return new TextDecoder('windows-1252').decode(data).replace(/^\u00ef\u00bb\u00bf/, '');
  }
}

const DELIMITERS = [';', ',', '\t'] as const;

/**
 * The separator that occurs most often, outside quotes, in the first non-empty line (the header).
 * Counting in the header avoids being misled by decimal commas in data rows of a `;` file.
 */
function guessDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let inQuotes = false;
  let seenContent = false;
  for (const ch of text) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) {
      if (seenContent) break;
    } else if (!inQuotes && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    if (ch.trim() !== '') seenContent = true;
  }
  let best: string = ',';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

// ---------------------------------------------------------------- XLSX

async function parseXlsx(data: Uint8Array): Promise<TSpreadsheet> {
  // limits first: ExcelJS inflates the whole archive into memory
  await checkZipLimits(data, XLSX_LIMITS).catch((e: unknown) => {
    throw e instanceof ZipLimitError ? new SpreadsheetError(e.code, e.message) : e;
  });
  const workbook = new ExcelJS.Workbook();
  try {
    // A copy as a plain ArrayBuffer: what ExcelJS's typings ask for, and JSZip reads it as well.
    await workbook.xlsx.load(new Uint8Array(data).buffer);
  } catch {
    throw new SpreadsheetError('unreadable', 'not a valid XLSX file');
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new SpreadsheetError('empty');
  const header = sheet.getRow(1);
  if (!header.hasValues || !header.values) throw new SpreadsheetError('empty');

  const raw: { rowNumber: number; cells: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // present cells only (a sparse array): a lone cell in column XFD costs one cell, not 16,384
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      cells[column - 1] = cellText(cell.value);
    });
    raw.push({ rowNumber, cells });
  });
  // Row 1 is the header by definition: an empty row 1 was refused above, so tabulate's first row is it.
  return tabulate(raw);
}

/** Text of an ExcelJS cell value: dates as ISO dates, numbers plainly, rich text flattened, formulas by result. */
export function cellText(value: ExcelJS.CellValue | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  // ExcelJS turns Excel's date serials into Dates at UTC midnight; the UTC parts are the calendar date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return '';
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

/** Excel shows at most 15 significant digits; rounding there removes binary noise like 32.49999999999999. */
function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return value.toFixed(0);
  return String(Number(value.toPrecision(15)));
}
