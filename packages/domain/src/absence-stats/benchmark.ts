import type { TCbsAbsenceCategory, TCbsAbsenceTable } from './benchmark.schema';

type Quarter = 1 | 2 | 3 | 4;

/** What to compare with. Everything is optional; what is missing falls back to "all sectors" / "all sizes". */
export type BenchmarkQuery = {
  /** SBI 2008 section letter (A–U) of the employer. */
  sbiSection?: string;
  /** Optional SBI code (e.g. "861", "8710", "47.11"): picks a CBS division row where the table has one. */
  sbiCode?: string;
  /** Number of employees; mapped to the CBS size classes (werkzame personen) in the table. */
  employeeCount?: number;
  /** Calendar year; default the latest year with a national year figure. */
  year?: number;
  /** A quarter of `year` instead of the year figure. */
  quarter?: Quarter;
};

/** One CBS figure: a row of the table for one year (or quarter). */
export type BenchmarkFigure = {
  key: string;
  title: string;
  group: TCbsAbsenceCategory['group'];
  percentage: number;
  year: number;
  quarter: Quarter | null;
  isProvisional: boolean;
};

/** Why a figure is not the one asked for; `message` is English, `code` is for translations. */
export type BenchmarkFallback = {
  dimension: 'sector' | 'size';
  code: 'not_given' | 'no_row' | 'no_data' | 'period';
  message: string;
};

/**
 * The sector figure and the size-class figure. CBS 80072NED does not cross sector with size (each
 * row is either a sector or a size class), so these are two separate rows of the table.
 */
export type Benchmark = {
  sector: BenchmarkFigure;
  size: BenchmarkFigure;
  fallback: BenchmarkFallback[];
  /** CC BY 4.0 requires naming the source wherever a figure is shown. */
  attribution: string;
};

type Picked = { figure: BenchmarkFigure; periodNote: string | null };

/** The figure of `c` for `year` (or its quarter), else the most recent earlier year; `null` if none. */
function pick(c: TCbsAbsenceCategory, year: number, quarter: Quarter | undefined): Picked | null {
  const figure = (y: TCbsAbsenceCategory['years'][number], q: Quarter | null, percentage: number) => ({
    key: c.key,
    title: c.title,
    group: c.group,
    percentage,
    year: y.year,
    quarter: q,
    isProvisional: y.provisional,
  });
  const exact = c.years.find((y) => y.year === year);
  if (exact && quarter) {
    const v = exact.quarters[quarter - 1];
    if (v !== null && v !== undefined) return { figure: figure(exact, quarter, v), periodNote: null };
  }
  const asked = quarter ? `${year} Q${quarter}` : `${year}`;
  if (exact && exact.value !== null) {
    const note = quarter ? `no figure for ${asked}; the year ${year} is used` : null;
    return { figure: figure(exact, null, exact.value), periodNote: note };
  }
  const earlier = c.years.findLast((y) => y.year < year && y.value !== null);
  if (earlier && earlier.value !== null)
    return {
      figure: figure(earlier, null, earlier.value),
      periodNote: `no figure for ${asked}; the most recent year available, ${earlier.year}, is used`,
    };
  return null;
}

/** How many leading digits of SBI code `code` a CBS division spec like "24-30, 33" matches (0 = none). */
function divisionMatch(spec: string, code: string): number {
  let best = 0;
  for (const part of spec.split(',')) {
    const [lo = '', hi = lo] = part.trim().split('-');
    if (!/^\d+$/.test(lo) || !/^\d+$/.test(hi) || code.length < lo.length) continue;
    const head = Number(code.slice(0, lo.length));
    if (head >= Number(lo) && head <= Number(hi)) best = Math.max(best, lo.length);
  }
  return best;
}

/** Rows to try, most specific first, with notes on what was asked for but has no row. */
type Candidates = { rows: TCbsAbsenceCategory[]; notes: BenchmarkFallback[] };

/** Sector rows: SBI division(s), section, sector aggregate(s), then all sectors. */
function sectorCandidates(
  table: TCbsAbsenceTable,
  query: BenchmarkQuery,
  total: TCbsAbsenceCategory,
): Candidates {
  const rows: TCbsAbsenceCategory[] = [];
  const notes: BenchmarkFallback[] = [];
  const noRow = (asked: string) =>
    notes.push({ dimension: 'sector', code: 'no_row', message: `CBS 80072NED has no row for ${asked}` });
  const code = query.sbiCode?.replace(/\D/g, '') ?? '';
  let section = query.sbiSection?.trim().toUpperCase() || undefined;
  if (code) {
    const divisions = table.categories
      .filter((c) => c.group === 'Bedrijfsklasse' && c.sbi !== null && divisionMatch(c.sbi, code) > 0)
      .sort((a, b) => divisionMatch(b.sbi as string, code) - divisionMatch(a.sbi as string, code));
    if (divisions.length === 0) noRow(`SBI ${query.sbiCode}`);
    rows.push(...divisions);
    section ??= divisions[0]?.sbiSections[0];
  }
  if (section) {
    const sec = section;
    const covering = table.categories
      .filter(
        (c) => (c.group === 'Bedrijfstak' || c.group === 'Bedrijfssector') && c.sbiSections.includes(sec),
      )
      .sort((a, b) => a.sbiSections.length - b.sbiSections.length);
    if (covering[0]?.sbiSections.length !== 1) noRow(`SBI section ${sec}`);
    rows.push(...covering);
  }
  if (rows.length === 0 && notes.length === 0)
    notes.push({
      dimension: 'sector',
      code: 'not_given',
      message: `no sector given; ${total.title} is used`,
    });
  rows.push(total);
  return { rows, notes };
}

/** Size rows: the class holding `employeeCount`, then all sizes. */
function sizeCandidates(
  table: TCbsAbsenceTable,
  n: number | undefined,
  total: TCbsAbsenceCategory,
): Candidates {
  if (n === undefined)
    return {
      rows: [total],
      notes: [
        { dimension: 'size', code: 'not_given', message: `no employee count given; ${total.title} is used` },
      ],
    };
  const row = table.categories.find(
    (c) =>
      c.group === 'Bedrijfsgrootte' &&
      c.minPersons !== null &&
      n >= c.minPersons &&
      (c.maxPersons === null || n <= c.maxPersons),
  );
  if (row) return { rows: [row, total], notes: [] };
  return {
    rows: [total],
    notes: [
      { dimension: 'size', code: 'no_row', message: `CBS 80072NED has no size class for ${n} employees` },
    ],
  };
}

/** The first row with a figure for the period; notes each step away from the first row and the period. */
function resolve(
  dimension: BenchmarkFallback['dimension'],
  { rows, notes }: Candidates,
  year: number,
  quarter: Quarter | undefined,
  fallback: BenchmarkFallback[],
): BenchmarkFigure {
  fallback.push(...notes);
  for (const [i, c] of rows.entries()) {
    const got = pick(c, year, quarter);
    if (!got) continue;
    if (i > 0)
      fallback.push({
        dimension,
        code: 'no_data',
        message: `no figure for ${rows[0]?.title} for ${year} or earlier; ${c.title} is used`,
      });
    if (got.periodNote)
      fallback.push({ dimension, code: 'period', message: `${c.title}: ${got.periodNote}` });
    return got.figure;
  }
  // The year lies before the whole series: the first year of the most specific row that has one.
  for (const c of rows) {
    const first = c.years.find((y) => y.value !== null);
    if (!first || first.value === null) continue;
    fallback.push({
      dimension,
      code: 'period',
      message: `${c.title}: the series starts in ${first.year}, which is used`,
    });
    return {
      key: c.key,
      title: c.title,
      group: c.group,
      percentage: first.value,
      year: first.year,
      quarter: null,
      isProvisional: first.provisional,
    };
  }
  throw new RangeError('CBS table has no year figures');
}

/**
 * The CBS 80072NED ziekteverzuimpercentage to compare an employer with: the row of its sector
 * (SBI division if given and present, else section, else sector aggregate, else all sectors) and the
 * row of its size class (1–9, 10–99, 100+ werkzame personen, else all sizes), for `year` (or its
 * quarter), else the most recent earlier year with a figure. Every step away from what was asked
 * is listed in `fallback`. Pure: the caller loads and validates the table (`ZCbsAbsenceTable`).
 */
export function benchmarkFor(table: TCbsAbsenceTable, query: BenchmarkQuery): Benchmark {
  const total = table.categories.find((c) => c.group === 'Totaal');
  if (!total) throw new RangeError('CBS table has no Totaal row');
  const year = query.year ?? total.years.findLast((y) => y.value !== null)?.year ?? Number.NaN;
  const fallback: BenchmarkFallback[] = [];

  const sector = resolve('sector', sectorCandidates(table, query, total), year, query.quarter, fallback);
  const size = resolve(
    'size',
    sizeCandidates(table, query.employeeCount, total),
    year,
    query.quarter,
    fallback,
  );
  return { sector, size, fallback, attribution: table.attribution };
}
