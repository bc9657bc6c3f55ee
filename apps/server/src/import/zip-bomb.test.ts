import { describe, expect, it } from 'vitest';
import { xlsxManyRows, xlsxZipBomb } from '../../test/zip-bomb';
import { parseSpreadsheet, SpreadsheetError } from './parse-spreadsheet';

/** Run `fn`, sampling the resident set every 5 ms: its growth over the start, in MB. */
async function measured<T>(fn: () => Promise<T>) {
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  const outcome = await fn().then(
    (value) => ({ value, error: undefined }),
    (error: unknown) => ({ value: undefined, error }),
  );
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { ...outcome, ms, growthMb: (peak - before) / 1024 / 1024 };
}

const codeOf = (e: unknown) => (e instanceof SpreadsheetError ? e.code : String(e));

// Building a 4 GB bomb computes a CRC over 4 GB: seconds on a busy machine, so a long timeout;
// the assertion on time is on the parse alone.
const BUILD_TIMEOUT = 120_000;

// Issue #9, defect 1: a 4 MB .xlsx whose sheet inflates to 4 GB ran the server out of memory.
describe('XLSX zip bombs', () => {
  it.each([
    // the central directory's sizes are over the limit: refused before inflating a byte
    ['declares its true size', 'true' as const, 'unpacked_too_large'],
    // inflating stops at the declared 1 KB: a corrupt archive
    ['declares 1 KB (a lying header)', 'small' as const, 'unreadable'],
  ])(
    'a sheet that inflates to 4 GB (%s) is refused in < 2 s with < 100 MB growth',
    async (_, declare, code) => {
      const bomb = xlsxZipBomb({ unpackedBytes: 4_000_000_000, declare });
      expect(bomb.byteLength).toBeLessThan(10 * 1024 * 1024); // under the upload limit: it gets parsed
      const r = await measured(() => parseSpreadsheet(bomb, 'medewerkers.xlsx'));
      expect(codeOf(r.error)).toBe(code);
      expect(r.ms).toBeLessThan(2000);
      expect(r.growthMb).toBeLessThan(100);
    },
    BUILD_TIMEOUT,
  );

  it(
    'refuses a sheet of more rows than any organisation has, before building them',
    async () => {
      const sheet = xlsxManyRows(150_000);
      const r = await measured(() => parseSpreadsheet(sheet, 'medewerkers.xlsx'));
      expect(codeOf(r.error)).toBe('too_many_rows');
      expect(r.ms).toBeLessThan(2000);
    },
    BUILD_TIMEOUT,
  );

  it(
    'refuses a workbook just over the unpacked limit (101 MB), the boundary of the rule',
    async () => {
      const bomb = xlsxZipBomb({ unpackedBytes: 101 * 1024 * 1024, declare: 'true' });
      const r = await measured(() => parseSpreadsheet(bomb, 'medewerkers.xlsx'));
      expect(codeOf(r.error)).toBe('unpacked_too_large');
      expect(r.growthMb).toBeLessThan(100);
    },
    BUILD_TIMEOUT,
  );

  it('still reads a workbook under the limits', async () => {
    const sheet = await parseSpreadsheet(xlsxManyRows(3), 'medewerkers.xlsx');
    expect(sheet.headers).toEqual(['0']);
    expect(sheet.rows).toEqual([{ '0': '1' }, { '0': '2' }]);
  });
});
