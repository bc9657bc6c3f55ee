import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AbsenceResult, Series } from '../absence-stats.bench';
import type { ApiResult } from '../api.bench';
import { escoSections } from './esco-summary';
import type { Machine } from './machine';

type Run<T> = { machine: Machine; result?: T; error?: string };
type ResultFile<T> = { name: string; date: string; command: string; runs: Run<T>[] };

const latest = <T>(dir: string, name: string): [string, ResultFile<T>] | null => {
  const file = readdirSync(dir)
    .filter((f) => f.endsWith(`-${name}.json`))
    .sort()
    .at(-1);
  return file ? [file, JSON.parse(readFileSync(join(dir, file), 'utf8')) as ResultFile<T>] : null;
};

const ms = (v: number | null | undefined) =>
  v === null || v === undefined ? '–' : v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`;
const s = (x: Series | undefined) => (x ? `${ms(x.warmMedianMs)} (n=${x.warmCalls})` : '–');

function machineLine(m: Machine) {
  return `code ${m.git ?? 'unknown'}; ${m.cpuModel} × ${m.cpuCount}, ${m.totalMemoryGb} GB, ${m.os}, Node ${m.node}, PGlite ${m.pglite}, PostgreSQL ${m.postgres ?? '–'}; load average ${m.loadAverage.join(' / ')} at ${m.date}`;
}

function absenceSection(file: string, f: ResultFile<AbsenceResult>): string[] {
  const runs = [...f.runs].sort(
    (a, b) =>
      (a.result?.employees ?? 0) - (b.result?.employees ?? 0) ||
      (a.result?.driver ?? '').localeCompare(b.result?.driver ?? ''),
  );
  const lines = [
    `## Absence statistics (\`${file}\`)`,
    '',
    'Through the API in-process (`app.request()`, HR session), period 2025-01-01 … 2025-12-31 of a 3-year history. Warm = median of the warm calls (n = how many fitted the time budget).',
    '',
    '| driver | employees | rows | seed | rows/s | by unit: first | by unit: warm | by age band: warm | by month: warm | CSV export: warm | peak RSS (calls) | peak heapUsed (calls) | domain only: first / warm | max RSS (process) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of runs) {
    const x = r.result;
    if (!x) {
      lines.push(`| ${r.error ?? 'failed'} |||||||||||||`);
      continue;
    }
    const a = x.api;
    const peakRss = a ? Math.max(...Object.values(a).map((v) => v.memory.peakRssMb)) : null;
    const peakHeap = a ? Math.max(...Object.values(a).map((v) => v.memory.peakHeapUsedMb)) : null;
    lines.push(
      `| ${x.driver} | ${x.employees.toLocaleString('en')} | ${x.rows.total.toLocaleString('en')} | ${ms(x.seed.ms)}${x.seed.completed ? '' : ' (stopped)'} | ${x.seed.rowsPerSecond.toLocaleString('en')} | ${ms(a?.byUnit.firstMs)} | ${s(a?.byUnit)} | ${s(a?.byAgeBand)} | ${s(a?.byMonth)} | ${s(a?.exportCsv)} | ${peakRss ?? '–'} MB | ${peakHeap ?? '–'} MB | ${ms(x.domain.firstMs)} / ${ms(x.domain.warmMedianMs)} | ${x.maxRssMb} MB |`,
    );
  }
  const withPhases = runs.filter((r) => r.result?.phases);
  if (withPhases.length) {
    lines.push(
      '',
      "Where a request's time goes, measured after the API calls one step at a time: the service's windowed loads (employments of the people employed in the period or sick since the look-back start; reports overlapping [look-back start, to] with their segments joined), the domain on that window with and without the per-record validation (the service skips it: the data come from its own tables), and for comparison the whole-history loads the service made before (`loadDirectory` + `listReports` + `listSegments`):",
      '',
      '| driver | employees | look-back from | employments (rows) | reports + segments (rows) | domain on window: validated / as the service calls it | before: whole history (rows) |',
      '|---|---:|---:|---:|---:|---:|---:|',
    );
    for (const r of withPhases) {
      const x = r.result as AbsenceResult;
      const p = x.phases as NonNullable<AbsenceResult['phases']>;
      const n = (v: number) => v.toLocaleString('en');
      lines.push(
        `| ${x.driver} | ${n(x.employees)} | ${p.lookBackFrom} | ${ms(p.employmentsMs)} (${n(p.employmentRows)}) | ${ms(p.reportsMs)} (${n(p.reportRows)}) | ${ms(p.domainOnWindowMs)} / ${ms(p.domainOnWindowTrustedMs)} | ${ms(p.fullHistoryLoadsMs)} (${n(p.fullHistoryRows)}) |`,
      );
    }
  }
  lines.push('', 'Machine per run:', '');
  for (const r of runs)
    lines.push(
      `- ${r.result ? `${r.result.driver} ${r.result.employees}` : 'failed run'}: ${machineLine(r.machine)}${r.result?.notes.length ? ` — ${r.result.notes.join('; ')}` : ''}`,
    );
  return lines;
}

function apiSection(file: string, f: ResultFile<ApiResult>): string[] {
  const lines = [`## HTTP throughput (\`${file}\`)`, ''];
  for (const r of f.runs) {
    const x = r.result;
    if (!x) {
      lines.push(`- failed: ${r.error}`);
      continue;
    }
    lines.push(
      `Real server (\`@hono/node-server\` on 127.0.0.1), ${x.driver}, demo organisation of ${x.people} people, ${x.endpoints[0]?.connections} concurrent connections × ${Math.round((x.endpoints[0]?.durationMs ?? 0) / 1000)} s per endpoint after 1 s warm-up.`,
      '',
      '| endpoint | requests | errors | req/s | p50 | p95 | p99 |',
      '|---|---:|---:|---:|---:|---:|---:|',
      ...x.endpoints.map(
        (e) =>
          `| \`GET ${e.path}\` | ${e.requests} | ${e.errors} | ${e.requestsPerSecond} | ${e.latencyMs.p50} ms | ${e.latencyMs.p95} ms | ${e.latencyMs.p99} ms |`,
      ),
      '',
      `Machine: ${machineLine(r.machine)}. Max RSS ${x.maxRssMb} MB. ${x.notes.join('; ')}.`,
    );
  }
  return lines;
}

/** Write bench/results/README.md from the newest result file of each bench. */
export function writeSummary(dir: string): string {
  const lines = [
    '# Bench results',
    '',
    'Generated by `npm run bench` (see ../README.md); the JSON files hold every figure. Other jobs shared this 2-core machine while these ran: read the load averages.',
    '',
  ];
  const a = latest<AbsenceResult>(dir, 'absence-stats');
  if (a) lines.push(...absenceSection(...a), '');
  const h = latest<ApiResult>(dir, 'api');
  if (h) lines.push(...apiSection(...h), '');
  const esco = escoSections(dir);
  lines.push(...esco.lines);
  const shown = new Set([a?.[0], h?.[0], ...esco.files]);
  const others = readdirSync(dir).filter((f) => f.endsWith('.json') && !shown.has(f));
  if (others.length)
    lines.push(
      '## Other result files',
      '',
      ...others.sort().map((f) => `- \`${f}\``),
      '',
      'See ../README.md for what they hold.',
      '',
    );
  const file = join(dir, 'README.md');
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
