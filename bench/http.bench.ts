import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { round } from './lib/measure';

/*
 * `npm run bench -- http`: the issue-10 table. For each driver, a server child per checkout
 * (`--compare <dir>` adds an older checkout, run interleaved with this one, alternating which goes
 * first), the demo organisation, HR session; autocannon from this process at `--connections` for
 * `--duration` seconds per endpoint after a warm-up. CPU per request: the server child's
 * process.cpuUsage() delta, and on PostgreSQL the utime+stime of the database's backends from /proc
 * (the server runs on this machine), each divided by the requests answered.
 */

export type HttpEndpoint = {
  label: string;
  checkout: string;
  git: string;
  path: string;
  round: number;
  loadAverage: number[];
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  non2xx: number;
  timeouts: number;
  cpuMsPerRequest: { server: number; database: number | null };
  serverRssMb: number;
};
export type HttpResult = {
  driver: 'pglite' | 'postgres';
  connections: number;
  durationS: number;
  checkouts: { label: string; dir: string; git: string; seedMs: number; idleRssMb: number }[];
  endpoints: HttpEndpoint[];
  notes: string[];
};

const here = dirname(fileURLToPath(import.meta.url));
const thisRoot = resolve(here, '..');

export const HTTP_TARGETS = [
  { path: 'bare Hono', auth: false },
  { path: '/api/health', auth: false },
  { path: '/api/v1/me', auth: true },
  { path: '/api/v1/people?pageSize=20', auth: true },
  { path: '/api/v1/absences?pageSize=20', auth: true },
] as const;

type Server = {
  label: string;
  dir: string;
  git: string;
  child: ChildProcess;
  port: number;
  barePort: number;
  cookie: string;
  seedMs: number;
  idleRssMb: number;
  databaseUrl: string | null;
};

function gitOf(dir: string): string {
  try {
    const git = (...a: string[]) =>
      execFileSync('git', ['-C', dir, ...a], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    const dirty = git(
      'status',
      '--porcelain',
      '--',
      'apps/server/src',
      'packages/domain/src',
      'packages/db/src',
    );
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (sources modified)' : ''}`;
  } catch {
    return 'unknown';
  }
}

function startServer(label: string, dir: string, driver: 'pglite' | 'postgres', databaseUrl: string | null) {
  const child = fork(
    join(here, 'lib', 'http-server.ts'),
    ['--root', dir, '--driver', driver, ...(databaseUrl ? ['--database-url', databaseUrl] : [])],
    {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, TSX_TSCONFIG_PATH: join(dir, 'apps/server/tsconfig.json') },
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  return new Promise<Server>((ok, fail) => {
    child.once('exit', (code) => fail(new Error(`${label} server exited with ${code}`)));
    child.on(
      'message',
      (m: { type: string; port: number; barePort: number; cookie: string; seedMs: number; rss: number }) => {
        if (m.type !== 'ready') return;
        ok({
          label,
          dir,
          git: gitOf(dir),
          child,
          port: m.port,
          barePort: m.barePort,
          cookie: m.cookie,
          seedMs: m.seedMs,
          idleRssMb: round(m.rss / 1024 / 1024),
          databaseUrl,
        });
      },
    );
  });
}

function serverCpu(s: Server): Promise<{ ms: number; rssMb: number }> {
  return new Promise((ok) => {
    const on = (m: { type: string; cpu: { user: number; system: number }; rss: number }) => {
      if (m.type !== 'cpu') return;
      s.child.off('message', on);
      ok({ ms: (m.cpu.user + m.cpu.system) / 1000, rssMb: round(m.rss / 1024 / 1024) });
    };
    s.child.on('message', on);
    s.child.send({ type: 'cpu' });
  });
}

const TICK_MS = 1000 / Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim() || 100);

/** CPU milliseconds of every backend of the server's database, by pid (read from /proc). */
async function backendCpu(databaseUrl: string): Promise<Map<number, number>> {
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  try {
    const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
    const { rows } = await c.query<{ pid: number }>(
      'select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()',
      [name],
    );
    const out = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        // fields after the command name: state is [0], utime [11], stime [12]
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.set(pid, (Number(f[11]) + Number(f[12])) * TICK_MS);
      } catch {
        // the backend ended meanwhile
      }
    }
    return out;
  } finally {
    await c.end();
  }
}

function cannon(url: string, headers: Record<string, string>, connections: number, duration: number) {
  return new Promise<autocannon.Result>((ok, fail) => {
    autocannon({ url, headers, connections, duration, timeout: 30 }, (err, result) =>
      err ? fail(err) : ok(result),
    );
  });
}

async function measure(
  s: Server,
  target: (typeof HTTP_TARGETS)[number],
  o: { connections: number; duration: number; round: number },
): Promise<HttpEndpoint> {
  const url =
    target.path === 'bare Hono'
      ? `http://127.0.0.1:${s.barePort}/`
      : `http://127.0.0.1:${s.port}${target.path}`;
  const headers: Record<string, string> = target.auth
    ? { cookie: s.cookie, origin: 'http://localhost:3000' }
    : {};
  await cannon(url, headers, o.connections, 2); // warm-up
  const loadAverage = os.loadavg().map((l) => round(l, 2));
  const cpu0 = await serverCpu(s);
  const db0 = s.databaseUrl ? await backendCpu(s.databaseUrl) : null;
  const r = await cannon(url, headers, o.connections, o.duration);
  const cpu1 = await serverCpu(s);
  const db1 = s.databaseUrl ? await backendCpu(s.databaseUrl) : null;
  let dbMs: number | null = null;
  if (db0 && db1) {
    dbMs = 0;
    for (const [pid, ms] of db1) dbMs += ms - (db0.get(pid) ?? 0);
  }
  const answered = Math.max(1, r.requests.total);
  return {
    label: s.label,
    checkout: s.dir,
    git: s.git,
    path: target.path,
    round: o.round,
    loadAverage,
    requests: r.requests.total,
    requestsPerSecond: round(r.requests.total / r.duration),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99, max: r.latency.max },
    errors: r.errors,
    non2xx: r.non2xx,
    timeouts: r.timeouts,
    cpuMsPerRequest: {
      server: round((cpu1.ms - cpu0.ms) / answered, 3),
      database: dbMs === null ? null : round(dbMs / answered, 3),
    },
    serverRssMb: cpu1.rssMb,
  };
}

async function stop(s: Server) {
  await new Promise<void>((ok) => {
    const t = setTimeout(() => {
      s.child.kill('SIGKILL');
      ok();
    }, 10_000);
    s.child.once('exit', () => {
      clearTimeout(t);
      ok();
    });
    s.child.send({ type: 'stop' });
  });
}

export async function runHttp(o: {
  driver: 'pglite' | 'postgres';
  connections: number;
  duration: number;
  rounds: number;
  compare: string | null;
  databaseUrl: string;
  paths: string[] | null;
}): Promise<HttpResult> {
  const checkouts: [string, string][] = [['this', thisRoot]];
  if (o.compare) checkouts.unshift(['compare', resolve(o.compare)]);
  const servers: Server[] = [];
  try {
    for (const [i, [label, dir]] of checkouts.entries()) {
      const url = o.driver === 'postgres' ? `${o.databaseUrl}${checkouts.length > 1 ? `_${i}` : ''}` : null;
      console.log(`  starting ${label} (${dir}) on ${o.driver}…`);
      servers.push(await startServer(label, dir, o.driver, url));
    }
    const endpoints: HttpEndpoint[] = [];
    const targets = HTTP_TARGETS.filter((t) => !o.paths || o.paths.includes(t.path));
    for (const target of targets)
      for (let r = 0; r < o.rounds; r++) {
        // alternate which checkout goes first, so neither always meets a warmer machine
        const order = r % 2 ? [...servers].reverse() : servers;
        for (const s of order) {
          const e = await measure(s, target, { connections: o.connections, duration: o.duration, round: r });
          endpoints.push(e);
          console.log(
            `  ${o.driver} ${s.label.padEnd(7)} ${target.path.padEnd(30)} ${String(e.requestsPerSecond).padStart(8)} req/s  p50 ${e.latencyMs.p50} p99 ${e.latencyMs.p99} ms  err ${e.errors + e.non2xx + e.timeouts}  cpu/req ${e.cpuMsPerRequest.server}${e.cpuMsPerRequest.database === null ? '' : ` + ${e.cpuMsPerRequest.database}`} ms  load ${e.loadAverage[0]}`,
          );
        }
      }
    return {
      driver: o.driver,
      connections: o.connections,
      durationS: o.duration,
      checkouts: servers.map((s) => ({
        label: s.label,
        dir: s.dir,
        git: s.git,
        seedMs: s.seedMs,
        idleRssMb: s.idleRssMb,
      })),
      endpoints,
      notes: [
        'server in a child process (tsx loader), autocannon in the bench process, same 2-core machine, 127.0.0.1',
        'bare Hono: a Hono app with one JSON route in the same server process, the ceiling of the stack',
        'the app runs with nodeEnv production (no response-schema check) and the demo organisation',
        'CPU per request: server child process.cpuUsage() delta; database: utime+stime of the PostgreSQL backends of its database from /proc (PGlite runs inside the server process)',
        'errors = socket errors; non2xx and timeouts counted apart',
      ],
    };
  } finally {
    for (const s of servers) await stop(s);
  }
}
