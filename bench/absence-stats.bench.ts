import { type Absence, computeAbsenceStats, type Employee } from '@inzetbaar/domain/absence-stats/index';
import type { Deps } from '../apps/server/src/http/context';
import { listReports, listSegments } from '../apps/server/src/repos/absence.repo';
import { loadDirectory } from '../apps/server/src/services/absence-directory';
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

/** Where the time of one statistics request goes: the service's loads, one at a time, and its join. */
export type Phases = {
  loadDirectoryMs: number;
  listReportsMs: number;
  listSegmentsMs: number;
  /** Segments grouped per report in a Map, as the service does since d56a147. */
  groupedJoinMs: number;
  /** A `segments.filter(…)` per report, as the service did before d56a147 (reports × segments); null when skipped. */
  perReportFilterJoinMs: number | null;
  reportsTimesSegments: number;
};

async function phases(deps: Deps, organizationId: string): Promise<Phases> {
  const dir = await timed(() => loadDirectory(deps.db, organizationId));
  const reports = await timed(() => listReports(deps.db, organizationId));
  const segments = await timed(() => listSegments(deps.db, organizationId));
  const keep = (r: (typeof reports.value)[number]) => (s: (typeof segments.value)[number]) =>
    s.reportId === r.id && s.fromDate >= r.startDate && (r.endDate === null || s.fromDate <= r.endDate);
  const grouped = await timed(() => {
    const byReport = new Map<string, typeof segments.value>();
    for (const s of segments.value) byReport.set(s.reportId, [...(byReport.get(s.reportId) ?? []), s]);
    let kept = 0;
    for (const r of reports.value) kept += (byReport.get(r.id) ?? []).filter(keep(r)).length;
    return kept;
  });
  const comparisons = reports.value.length * segments.value.length;
  // the old join takes minutes at 100,000 employees (5e9 comparisons): only measured below 5e8
  const perReport =
    comparisons <= 5e8
      ? await timed(() => {
          let kept = 0;
          for (const r of reports.value) kept += segments.value.filter(keep(r)).length;
          return kept;
        })
      : null;
  return {
    loadDirectoryMs: dir.ms,
    listReportsMs: reports.ms,
    listSegmentsMs: segments.ms,
    groupedJoinMs: grouped.ms,
    perReportFilterJoinMs: perReport?.ms ?? null,
    reportsTimesSegments: comparisons,
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
      phaseTimes = await phases(deps, organizationId);
      sanity = {
        verzuimpercentage: body.totals?.verzuimpercentage ?? null,
        meldingsfrequentie: body.totals?.meldingsfrequentie ?? null,
        groups: body.groups.length,
      };
    }
    // The pure domain on the same (regenerated, deterministic) data, without the database.
    const input = domainInput(generate(o.size), PERIOD.from, PERIOD.to);
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
