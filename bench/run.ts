import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { type AbsenceResult, runAbsence } from './absence-stats.bench';
import { type ApiResult, runApi } from './api.bench';
import { type CrashBenchResult, runCrashBench } from './crash.bench';
import { type EscoSearchResult, runEscoSearch } from './esco-search.bench';
import { type FuzzResult, runFuzz } from './fuzz.bench';
import { type HttpResult, runHttp } from './http.bench';
import type { Driver } from './lib/bench-app';
import { postgresUrl } from './lib/bench-app';
import { describeMachine, type Machine } from './lib/machine';
import { writeSummary } from './lib/summary';
import { runTransitions, type TransitionsResult } from './transitions.bench';
import { runVitality, type VitalityResult } from './vitality.bench';

/*
 * npm run bench [-- <absence|api|esco-search|transitions|vitality|all|summary>] [--sizes 10000,100000] [--drivers pglite,postgres]
 *               [--budget 60] [--seed-limit 8] [--connections 10] [--duration 10]
 * npm run bench -- http [--drivers pglite,postgres] [--connections 64] [--duration 10] [--rounds 1]
 *               [--compare <older checkout>] [--paths /api/v1/me,…] [--out <name>]
 * Each absence case runs in a child process of its own, so its memory figures are its own.
 */
const here = dirname(fileURLToPath(import.meta.url));
export const resultsDir = join(here, 'results');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    sizes: { type: 'string', default: '10000,100000' },
    drivers: { type: 'string', default: 'pglite,postgres' },
    budget: { type: 'string', default: '60' },
    'seed-limit': { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
    duration: { type: 'string', default: '10' },
    child: { type: 'boolean', default: false },
    requests: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '20261202' },
    rounds: { type: 'string', default: '20' },
    port: { type: 'string', default: '39500' },
    out: { type: 'string' },
    compare: { type: 'string' },
    paths: { type: 'string' },
  },
});

export type Run<T> = { machine: Machine; result?: T; error?: string };
export type ResultFile<T> = { name: string; date: string; command: string; runs: Run<T>[] };

const today = () => new Date().toISOString().slice(0, 10);

/** Merge `runs` into today's file for `name`, replacing runs of the same key. */
function save<T>(name: string, runs: Run<T>[], key: (r: Run<T>) => string): string {
  mkdirSync(resultsDir, { recursive: true });
  const file = join(resultsDir, `${today()}-${name}.json`);
  const old: Run<T>[] = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as ResultFile<T>).runs
    : [];
  const fresh = new Set(runs.map(key));
  const merged: ResultFile<T> = {
    name,
    date: today(),
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    runs: [...old.filter((r) => !fresh.has(key(r))), ...runs],
  };
  writeFileSync(file, `${JSON.stringify(merged, null, 2)}\n`);
  return file;
}

function child(driver: Driver, size: number): Promise<Run<AbsenceResult>> {
  const out = join('/tmp', `bench-absence-${process.pid}-${driver}-${size}.json`);
  const args = [
    '--max-old-space-size=6144',
    ...process.execArgv,
    fileURLToPath(import.meta.url),
    '--child',
    `--drivers=${driver}`,
    `--sizes=${size}`,
    `--budget=${values.budget}`,
    `--seed-limit=${values['seed-limit']}`,
    `--out=${out}`,
  ];
  return new Promise((resolve) => {
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'inherit', 'inherit'] });
    const killer = setTimeout(() => p.kill('SIGTERM'), 30 * 60_000);
    p.on('exit', (code, signal) => {
      clearTimeout(killer);
      if (code === 0 && existsSync(out)) resolve(JSON.parse(readFileSync(out, 'utf8')) as Run<AbsenceResult>);
      else
        resolve({
          machine: describeMachine(postgresUrl()),
          error: `${driver} ${size}: child exited with ${code ?? signal}`,
        });
    });
  });
}

async function absence() {
  const sizes = (values.sizes ?? '').split(',').map(Number);
  const drivers = (values.drivers ?? '').split(',') as Driver[];
  if (values.child) {
    const [driver, size] = [drivers[0] as Driver, sizes[0] as number];
    const machine = describeMachine(postgresUrl());
    const result = await runAbsence({
      driver,
      size,
      budgetMs: Number(values.budget) * 1000,
      seedLimitMs: Number(values['seed-limit']) * 60_000,
    });
    writeFileSync(values.out as string, JSON.stringify({ machine, result } satisfies Run<AbsenceResult>));
    return;
  }
  const runs: Run<AbsenceResult>[] = [];
  for (const size of sizes)
    for (const driver of drivers) {
      console.log(`absence-stats: ${driver}, ${size} employees…`);
      const run = await child(driver, size);
      console.log(run.error ?? `  done (seed ${run.result?.seed.ms} ms)`);
      runs.push(run);
      // write after each case, so a long run keeps what it measured
      const file = save('absence-stats', [run], (r) =>
        r.result ? `${r.result.driver}-${r.result.employees}` : `${driver}-${size}`,
      );
      console.log(`  → ${file}`);
    }
}

async function api() {
  console.log('api: demo organisation on PGlite…');
  const machine = describeMachine(postgresUrl());
  const result = await runApi({
    connections: Number(values.connections),
    durationMs: Number(values.duration) * 1000,
  });
  for (const e of result.endpoints)
    console.log(
      `  ${e.path}: ${e.requestsPerSecond} req/s, p50 ${e.latencyMs.p50} ms, p95 ${e.latencyMs.p95} ms`,
    );
  console.log(`  → ${save<ApiResult>('api', [{ machine, result }], () => 'api')}`);
}

async function fuzz() {
  const drivers = (values.drivers ?? '').split(',') as Driver[];
  for (const driver of drivers) {
    console.log(`fuzz: ${values.requests} requests on ${driver}…`);
    const machine = describeMachine(postgresUrl());
    const result = await runFuzz({ driver, requests: Number(values.requests), seed: Number(values.seed) });
    console.log(
      `  ${result.requests} requests over ${result.operationsHit}/${result.operations} operations: ${result.serverErrors} 5xx, ${result.leaks} leaks, ${result.stackTraces} stack traces, healthy after: ${result.healthyAfter}`,
    );
    console.log(`  → ${save<FuzzResult>('fuzz', [{ machine, result }], (r) => r.result?.driver ?? driver)}`);
  }
}

async function crash() {
  const drivers = (values.drivers ?? '').split(',') as Driver[];
  for (const driver of drivers) {
    console.log(`crash: ${values.rounds} rounds on ${driver}…`);
    const machine = describeMachine(postgresUrl());
    const result = await runCrashBench({ driver, rounds: Number(values.rounds), port: Number(values.port) });
    console.log(
      `  → ${save<CrashBenchResult>('crash', [{ machine, result }], (r) => r.result?.driver ?? driver)}`,
    );
  }
}

async function http() {
  const drivers = (values.drivers ?? '').split(',') as Driver[];
  const given = (o: string) => process.argv.some((a) => a === `--${o}` || a.startsWith(`--${o}=`));
  const rounds = given('rounds') ? Number(values.rounds) : values.compare ? 2 : 1;
  const name = values.out ?? 'http';
  for (const driver of drivers) {
    console.log(`http: ${driver}${values.compare ? ` against ${values.compare}, interleaved` : ''}…`);
    const machine = describeMachine(postgresUrl());
    const result = await runHttp({
      driver,
      connections: given('connections') ? Number(values.connections) : 64,
      duration: Number(values.duration),
      rounds,
      compare: values.compare ?? null,
      databaseUrl: process.env.BENCH_HTTP_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/bench_http',
      paths: values.paths ? values.paths.split(',') : null,
    });
    console.log(`  → ${save<HttpResult>(name, [{ machine, result }], (r) => r.result?.driver ?? driver)}`);
  }
}

function escoSearch() {
  console.log('esco-search: ESCO occupations and skills, in process…');
  const machine = describeMachine(postgresUrl());
  const result = runEscoSearch();
  console.log(
    `  load ${result.load.firstMs} ms; query median ${result.all.medianMs} ms, p95 ${result.all.p95Ms} ms`,
  );
  console.log(`  → ${save<EscoSearchResult>('esco-search', [{ machine, result }], () => 'esco-search')}`);
}

function transitions() {
  console.log('transitions: skills-based transitions over ESCO, in process…');
  const machine = describeMachine(postgresUrl());
  const result = runTransitions();
  console.log(
    `  one person ${result.onePerson.indexed.medianMs} ms (naive ×${result.onePerson.ratio}); 1,000 people ${result.thousandPeople.medianMs} ms; matrix ${result.matrix.medianMs} ms`,
  );
  console.log(`  → ${save<TransitionsResult>('transitions', [{ machine, result }], () => 'transitions')}`);
}

async function vitalityResults() {
  const drivers = (values.drivers ?? '').split(',') as Driver[];
  for (const driver of drivers) {
    console.log(`vitality: results of 10,000 responses over 500 units on ${driver}…`);
    const machine = describeMachine(postgresUrl());
    const result = await runVitality({ driver });
    console.log(
      `  first ${result.firstMs} ms, warm median ${result.warmMedianMs} ms (budget ${result.budgetMs} ms); by age band ${result.ageBand.warmMedianMs} ms; with the dev response check ${result.withResponseCheck.warmMedianMs} ms; ${result.released.groups} groups released`,
    );
    console.log(
      `  → ${save<VitalityResult>('vitality', [{ machine, result }], (r) => r.result?.driver ?? driver)}`,
    );
  }
}

async function main() {
  const what = positionals[0] ?? 'all';
  if (
    ![
      'absence',
      'api',
      'esco-search',
      'transitions',
      'vitality',
      'all',
      'summary',
      'fuzz',
      'crash',
      'http',
    ].includes(what)
  )
    throw new Error(`unknown bench: ${what}`);
  if (what === 'http') return http();
  if (what === 'fuzz') return fuzz();
  if (what === 'crash') return crash();
  if (what === 'vitality') return vitalityResults();
  if (what === 'absence' || what === 'all') await absence();
  if (values.child) return;
  if (what === 'api' || what === 'all') await api();
  if (what === 'esco-search' || what === 'all') escoSearch();
  if (what === 'transitions' || what === 'all') transitions();
  console.log(`summary → ${writeSummary(resultsDir)}`);
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
