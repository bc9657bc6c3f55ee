import {
  type Absence,
  computeAbsenceStats,
  computeValidatedAbsenceStats,
  DEFAULT_ABSENCE_STATS_OPTIONS,
  dataWindowStart,
  type Employee,
} from '@inzetbaar/domain/absence-stats/index';
import { sql } from 'drizzle-orm';
import { listReports, listSegments } from '../apps/server/src/modules/verzuim/repo/absence.repo';
import { statsEmployments, statsReports } from '../apps/server/src/modules/verzuim/repo/absence-stats.repo';
import { loadDirectory } from '../apps/server/src/modules/verzuim/services/absence-directory';
import type { Deps } from '../apps/server/src/platform/http/context';
import { type BenchData, generate, HR_EMAIL, HR_PASSWORD, rowCount, SeedAborted, seed } from './generate';
import { BENCH_BASE_URL, type Driver, openBenchApp, signIn } from './lib/bench-app';
import { type MemoryPeak, maxRssMb, mb, median, round, timed, withMemoryPeak } from './lib/measure';

/** The period asked for: the last full year of the generated history. */
export const PERIOD = { from: '2025-01-01', to: '2025-12-31' } as const;

export type Series = {
  /** Milliseconds of each call, in order (the first call of `byUnit` is the cold one). */
  calls: number[];
  firstMs: number | null;
  /** Median of the warm calls (all but the first for `byUnit`; all for the others). */
  warmMedianMs: number | null;
  warmCalls: number;
  responseBytes: number;
  memory: MemoryPeak;
};

export type AbsenceResult = {
  driver: Driver;
  employees: number;
  rows: {
    total: number;
    persons: number;
    employments: number;
    cases: number;
    reports: number;
    segments: number;
  };
  openAndMigrateMs: number;
  generateMs: number;
  seed: { ms: number; rowsPerSecond: number; completed: boolean; note?: string; memory: MemoryPeak };
  api: { byUnit: Series; byAgeBand: Series; byMonth: Series; exportCsv: Series } | null;
  phases?: Phases | null;
  sanity: { verzuimpercentage: number | null; meldingsfrequentie: number | null; groups: number } | null;
  domain: Series;
  maxRssMb: number;
  notes: string[];
};

/**
 * Where the time of one statistics request goes: the service's loads for the period (since the
 * windowed loading), one at a time, the domain on that window, and for comparison the
 * whole-history loads the service made before.
 */
export type Phases = {
  /** First day whose cases the period needs (`dataWindowStart`). */
  lookBackFrom: string;
  employmentsMs: number;
  employmentRows: number;
  /** Reports with their segments joined (one row per segment, or one per report without any). */
  reportsMs: number;
  reportRows: number;
  /** The domain on the loaded window, validation included (`computeAbsenceStats`). */
  domainOnWindowMs: number;
  /** The same without the per-record validation, as the service calls it (`computeValidatedAbsenceStats`). */
  domainOnWindowTrustedMs: number;
  /** Before: `loadDirectory` + `listReports` + `listSegments` (every person, employment, report and segment). */
  fullHistoryLoadsMs: number;
  fullHistoryRows: number;
};

async function phases(deps: Deps, organizationId: string, data: BenchData): Promise<Phases> {
  const w = { ...PERIOD, lookBackFrom: dataWindowStart(PERIOD.from, PERIOD.to) };
  const employments = await timed(() => statsEmployments(deps.db, deps.driver, organizationId, w));
  const reports = await timed(() => statsReports(deps.db, deps.driver, organizationId, w));
  // the domain on the same window: the generated data cut the way the queries cut it
  const ids = new Set(employments.value.map((e) => e.personId));
  const keep = new Set(reports.value.map((r) => r.id));
  const input = domainInput(
    {
      ...data,
      persons: data.persons.filter((p) => ids.has(p.id)),
      reports: data.reports.filter((r) => keep.has(r.id as string)),
      segments: data.segments.filter((s) => keep.has(s.reportId)),
    },
    PERIOD.from,
    PERIOD.to,
  );
  const options = { ...DEFAULT_ABSENCE_STATS_OPTIONS, minGroupSize: 5 };
  const validated = await timed(async () => computeAbsenceStats(input, options));
  const trusted = await timed(async () => computeValidatedAbsenceStats(input, options));
  const full = await timed(async () => {
    const dir = await loadDirectory(deps.db, organizationId);
    const r = await listReports(deps.db, organizationId);
    const s = await listSegments(deps.db, organizationId);
    return (
      dir.persons.size + [...dir.employments.values()].reduce((n, l) => n + l.length, 0) + r.length + s.length
    );
  });
  return {
    lookBackFrom: w.lookBackFrom,
    employmentsMs: employments.ms,
    employmentRows: employments.value.length,
    reportsMs: reports.ms,
    reportRows: reports.value.length,
    domainOnWindowMs: validated.ms,
    domainOnWindowTrustedMs: trusted.ms,
    fullHistoryLoadsMs: full.ms,
    fullHistoryRows: full.value,
  };
}

type Options = { driver: Driver; size: number; seedLimitMs: number; budgetMs: number };

/**
 * Run `fn` once cold (when `cold`), then warm up to 5 times while the group's time budget lasts
 * (at least one warm call). Returns the timings and the memory peak.
 */
async function series(fn: () => Promise<number>, o: { cold: boolean; budgetMs: number }): Promise<Series> {
  const calls: number[] = [];
  let bytes = 0;
  const started = performance.now();
  const { memory } = await withMemoryPeak(async () => {
    const total = o.cold ? 6 : 5;
    while (calls.length < total) {
      const { ms, value } = await timed(fn);
      calls.push(ms);
      bytes = value;
      const warmDone = calls.length - (o.cold ? 1 : 0);
      if (warmDone >= 1 && performance.now() - started > o.budgetMs) break;
    }
  });
  const warm = o.cold ? calls.slice(1) : calls;
  return {
    calls,
    firstMs: calls[0] ?? null,
    warmMedianMs: median(warm),
    warmCalls: warm.length,
    responseBytes: bytes,
    memory,
  };
}

/** The same input the service builds: everyone with an employment, their unit on the period end. */
export function domainInput(d: BenchData, from: string, to: string) {
  const byPerson = new Map<string, Employee>();
  for (const p of d.persons)
    byPerson.set(p.id, { id: p.id, ...(p.birthDate ? { birthDate: p.birthDate } : {}), employments: [] });
  for (const e of d.employments) {
    const emp = byPerson.get(e.personId);
    if (!emp) continue;
    emp.employments.push({ start: e.startDate, end: e.endDate ?? null, hoursPerWeek: e.hoursPerWeek });
    if (e.unitId && e.startDate <= to) emp.unitId = e.unitId;
  }
  const segments = new Map<string, { from: string; percentage: number }[]>();
  for (const s of d.segments) {
    const list = segments.get(s.reportId) ?? [];
    list.push({ from: s.fromDate, percentage: s.incapacityPercentage });
    segments.set(s.reportId, list);
  }
  const absences: Absence[] = d.reports.map((r) => {
    const own = segments.get(r.id);
    return {
      employeeId: r.personId,
      start: r.startDate,
      end: r.endDate ?? null,
      ...(own ? { segments: own } : {}),
    };
  });
  return { from, to, fullTimeHours: 36, employees: [...byPerson.values()], absences };
}

export async function runAbsence(o: Options): Promise<AbsenceResult> {
  const notes: string[] = [];
  const open = await timed(() => openBenchApp(o.driver));
  const { app, deps, handle } = open.value;
  try {
    let gen = await timed(() => generate(o.size));
    const data = gen.value;
    const rows = {
      total: rowCount(data),
      persons: data.persons.length,
      employments: data.employments.length,
      cases: data.cases.length,
      reports: data.reports.length,
      segments: data.segments.length,
    };
    const seedStart = performance.now();
    let completed = true;
    let inserted = rows.total;
    const seeded = await withMemoryPeak(async () => {
      try {
        await seed(deps, data, { limitMs: o.seedLimitMs });
      } catch (e) {
        if (!(e instanceof SeedAborted)) throw e;
        completed = false;
        inserted = e.insertedRows;
        notes.push(`${e.message}: over the ${o.seedLimitMs / 60_000}-minute seed limit, API not measured`);
      }
    });
    const seedMs = round(performance.now() - seedStart);
    if (completed) {
      // Planner statistics, as a database in use has them: PostgreSQL's autovacuum gathers them
      // within a minute of a bulk load; PGlite has no autovacuum, the daily maintenance job runs
      // ANALYZE there. Without them the planner guesses a handful of rows and picks nested loops.
      const analyzed = await timed(() => deps.db.execute(sql`analyze`));
      notes.push(`ANALYZE after seeding: ${Math.round(analyzed.ms)} ms`);
    }
    const seedResult = {
      ms: seedMs,
      rowsPerSecond: Math.round(inserted / (seedMs / 1000)),
      completed,
      memory: seeded.memory,
    };
    gen = { ms: gen.ms, value: null as unknown as BenchData }; // let the generated rows go
    const organizationId = data.organization.id;
    let api: AbsenceResult['api'] = null;
    let phaseTimes: Phases | null = null;
    let sanity: AbsenceResult['sanity'] = null;
    if (completed) {
      const cookie = await signIn(app, HR_EMAIL, HR_PASSWORD);
      const headers = { Cookie: cookie, Origin: BENCH_BASE_URL };
      const get = (path: string) => async () => {
        const res = await app.request(path, { headers });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body.slice(0, 300)}`);
        return Buffer.byteLength(body);
      };
      const q = `from=${PERIOD.from}&to=${PERIOD.to}`;
      const byUnit = await series(get(`/api/v1/absence-stats?${q}&groupBy=unit`), {
        cold: true,
        budgetMs: o.budgetMs,
      });
      const byAgeBand = await series(get(`/api/v1/absence-stats?${q}&groupBy=ageBand`), {
        cold: false,
        budgetMs: o.budgetMs,
      });
      const byMonth = await series(get(`/api/v1/absence-stats?${q}&groupBy=month`), {
        cold: false,
        budgetMs: o.budgetMs,
      });
      const exportCsv = await series(get(`/api/v1/absence-stats/export?${q}&groupBy=unit&format=csv`), {
        cold: false,
        budgetMs: o.budgetMs,
      });
      api = { byUnit, byAgeBand, byMonth, exportCsv };
      const res = await app.request(`/api/v1/absence-stats?${q}&groupBy=unit`, { headers });
      const body = (await res.json()) as {
        totals: { verzuimpercentage: number | null; meldingsfrequentie: number | null } | null;
        groups: unknown[];
      };
      sanity = {
        verzuimpercentage: body.totals?.verzuimpercentage ?? null,
        meldingsfrequentie: body.totals?.meldingsfrequentie ?? null,
        groups: body.groups.length,
      };
    }
    // The pure domain on the same (regenerated, deterministic) data, without the database.
    const regenerated = generate(o.size);
    if (completed) phaseTimes = await phases(deps, organizationId, regenerated);
    const input = domainInput(regenerated, PERIOD.from, PERIOD.to);
    const domain = await series(
      async () => {
        computeAbsenceStats(input, { minGroupSize: 5, subPeriod: 'quarter' });
        return 0;
      },
      { cold: true, budgetMs: o.budgetMs },
    );
    notes.push(`heapUsed after the run: ${mb(process.memoryUsage().heapUsed)} MB`);
    return {
      driver: o.driver,
      employees: o.size,
      rows,
      openAndMigrateMs: open.ms,
      generateMs: gen.ms,
      seed: seedResult,
      api,
      phases: phaseTimes,
      sanity,
      domain,
      maxRssMb: maxRssMb(),
      notes,
    };
  } finally {
    await deps.scheduler.stop();
    await handle.close();
  }
}
