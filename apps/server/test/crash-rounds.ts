import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { totpFromUri } from './totp';

/*
 * Crash rounds (issue #9): the real server (`inzetbaar serve`, its own process group) takes
 * writes from a few concurrent clients — people, sick reports, RI&E measures — and is killed
 * with SIGKILL at a random moment mid-write, then started again on the same data. Every write
 * the server acknowledged (a 2xx with an id) must still be there after each restart, from
 * every round so far. At the end a clean SIGTERM must stop it and remove the PGlite lock file.
 * Used by apps/server/src/__tests__/crash-rounds.test.ts (3 rounds) and `npm run bench -- crash`.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const BIN = join(dirname(fileURLToPath(import.meta.url)), '..', 'bin', 'inzetbaar.mjs');
const PASSWORD = 'kraan-fietsbel-zuurkool-73';
const EMAIL = 'hr@crash-rounds.example';

export type CrashOptions = {
  driver: 'pglite' | 'postgres';
  rounds: number;
  port: number;
  /** PostgreSQL only: a database of its own (its schemas are dropped first). */
  databaseUrl?: string;
  /**
   * When to kill: once the round has `minAcks` acknowledged writes of every kind, after a further
   * random wait of up to `extraMs` — so every round kills with writes in flight, whatever the load.
   */
  kill?: { minAcks: number; extraMs: number };
  log?: (line: string) => void;
};

export type CrashResult = {
  driver: 'pglite' | 'postgres';
  rounds: number;
  acknowledged: { people: number; sickReports: number; measures: number };
  lost: { people: number; sickReports: number; measures: number };
  /** Requests that got no answer (cut by the kill): not acknowledged, not checked. */
  unanswered: number;
  restartMs: { median: number; max: number };
  lockRemovedOnSigterm: boolean | null;
  sigtermExitCode: number | null;
};

type Server = { child: ChildProcess; exited: Promise<{ code: number | null; signal: string | null }> };

function startServer(opts: CrashOptions, dataDir: string): Server {
  const child = spawn(process.execPath, [BIN, 'serve'], {
    detached: true, // its own process group: the kill reaches the loader and the server
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      NODE_ENV: 'development',
      INZETBAAR_DEMO: 'false',
      PORT: String(opts.port),
      HOST: '127.0.0.1',
      BASE_URL: `http://localhost:${opts.port}`,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      SIGN_IN_PER_MINUTE: '1000',
      ...(opts.databaseUrl ? { DATABASE_URL: opts.databaseUrl } : { DATABASE_URL: '' }),
    },
  });
  child.stderr?.on('data', () => {}); // drain
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  return { child, exited };
}

async function waitHealthy(base: string, server: Server, timeoutMs = 180_000): Promise<number> {
  const started = performance.now();
  let dead = false;
  void server.exited.then(() => {
    dead = true;
  });
  while (performance.now() - started < timeoutMs) {
    if (dead) throw new Error('server exited before it was healthy');
    const ok = await fetch(`${base}/api/health`)
      .then((r) => r.status === 200)
      .catch(() => false);
    if (ok) return performance.now() - started;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server not healthy in time');
}

async function resetPostgres(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(
      'drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;',
    );
  } finally {
    await client.end();
  }
}

const cookieOf = (res: Response, old = '') => {
  const fresh = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] as string)
    .filter((c) => c && !c.endsWith('='));
  if (!fresh.length) return old;
  const jar = new Map(
    old
      .split('; ')
      .filter(Boolean)
      .map((c) => [c.split('=')[0], c] as const),
  );
  for (const c of fresh) jar.set(c.split('=')[0], c);
  return [...jar.values()].join('; ');
};

/** First start: the organisation and its HR administrator, with TOTP (required for HR). */
async function setUp(base: string): Promise<string> {
  const json = { 'Content-Type': 'application/json', Origin: base };
  const setup = await fetch(`${base}/api/setup`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({
      organization: {
        name: 'Crashtest BV',
        sbiSection: 'Q',
        kind: 'employer',
        timeZone: 'Europe/Amsterdam',
        fullTimeHours: 36,
      },
      admin: { givenName: 'Hanna', surname: 'Rutgers', email: EMAIL, password: PASSWORD },
    }),
  });
  if (setup.status !== 201) throw new Error(`setup: ${setup.status} ${await setup.text()}`);
  const signIn = await fetch(`${base}/api/auth/sign-in/email`, {
    method: 'POST',
    headers: json,
    body: JSON.stringify({ email: EMAIL, password: PASSWORD }),
  });
  let cookie = cookieOf(signIn);
  const enable = await fetch(`${base}/api/auth/two-factor/enable`, {
    method: 'POST',
    headers: { ...json, Cookie: cookie },
    body: JSON.stringify({ password: PASSWORD }),
  });
  cookie = cookieOf(enable, cookie);
  const { totpURI } = (await enable.json()) as { totpURI: string };
  const verify = await fetch(`${base}/api/auth/two-factor/verify-totp`, {
    method: 'POST',
    headers: { ...json, Cookie: cookie },
    body: JSON.stringify({ code: totpFromUri(totpURI) }),
  });
  if (verify.status !== 200) throw new Error(`2FA: ${verify.status} ${await verify.text()}`);
  return cookieOf(verify, cookie);
}

type Acks = { people: Set<string>; sickReports: Set<string>; measures: Set<string> };

/** Write until `stop` resolves; only answered 2xx writes land in `acks`. */
async function writeUntil(
  base: string,
  cookie: string,
  acks: Acks,
  stop: Promise<void>,
  tag: string,
  refusals: Map<string, string>,
) {
  let stopped = false;
  void stop.then(() => {
    stopped = true;
  });
  const headers = { 'Content-Type': 'application/json', Origin: base, Cookie: cookie };
  const post = async (path: string, body: unknown): Promise<string | null> => {
    const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
    if (res.status !== 201) {
      refusals.set(`${path} ${res.status}`, (await res.text()).slice(0, 300));
      return null;
    }
    return ((await res.json()) as { id: string }).id;
  };
  let unanswered = 0;
  const worker = async (w: number) => {
    for (let i = 0; !stopped; i++) {
      try {
        const person = await post('/api/v1/people', {
          employeeNumber: `${tag}-${w}-${i}`,
          givenName: 'Kees',
          surname: `Crash ${tag} ${w} ${i}`,
          employment: { startDate: '2024-01-01', hoursPerWeek: 32, jobTitle: 'Verpleegkundige' },
        });
        if (!person) continue;
        acks.people.add(person);
        const sick = await post('/api/v1/absences', { personId: person, startDate: '2026-01-05' });
        if (sick) acks.sickReports.add(sick);
        const measure = await post('/api/v1/measures', {
          description: `Maatregel ${tag} ${w} ${i}`,
          level: 'bron',
        });
        if (measure) acks.measures.add(measure);
      } catch {
        unanswered++; // the connection died with the server: not acknowledged
      }
    }
  };
  await Promise.all([0, 1, 2, 3].map(worker));
  return unanswered;
}

/** Every acknowledged write, read back through the API after the restart. */
async function lostWrites(base: string, cookie: string, acks: Acks) {
  const get = (path: string) => fetch(`${base}${path}`, { headers: { Cookie: cookie } });
  const lost = { people: 0, sickReports: 0, measures: 0 };
  for (const id of acks.people) if ((await get(`/api/v1/people/${id}`)).status !== 200) lost.people++;
  for (const id of acks.sickReports)
    if ((await get(`/api/v1/absences/${id}`)).status !== 200) lost.sickReports++;
  const measures = (await (await get('/api/v1/measures')).json()) as { items: { id: string }[] };
  const present = new Set(measures.items.map((m) => m.id));
  for (const id of acks.measures) if (!present.has(id)) lost.measures++;
  return lost;
}

export async function runCrashRounds(opts: CrashOptions): Promise<CrashResult> {
  const log = opts.log ?? (() => {});
  const base = `http://localhost:${opts.port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'inzetbaar-crash-'));
  if (opts.driver === 'postgres') {
    if (!opts.databaseUrl) throw new Error('postgres crash rounds need a databaseUrl');
    await resetPostgres(opts.databaseUrl);
  }
  const kill = opts.kill ?? { minAcks: 2, extraMs: 1500 };
  const acks: Acks = { people: new Set(), sickReports: new Set(), measures: new Set() };
  const lost = { people: 0, sickReports: 0, measures: 0 };
  const restarts: number[] = [];
  let unanswered = 0;
  let server = startServer(opts, dataDir);
  try {
    await waitHealthy(base, server);
    const cookie = await setUp(base);
    for (let round = 1; round <= opts.rounds; round++) {
      const before = { p: acks.people.size, s: acks.sickReports.size, m: acks.measures.size };
      const extra = Math.random() * kill.extraMs;
      const roundStart = performance.now();
      const killed = (async () => {
        const enough = () =>
          acks.people.size - before.p >= kill.minAcks &&
          acks.sickReports.size - before.s >= kill.minAcks &&
          acks.measures.size - before.m >= kill.minAcks;
        while (!enough() && performance.now() - roundStart < 120_000) await sleep(20);
        await sleep(extra);
        process.kill(-(server.child.pid as number), 'SIGKILL');
      })();
      const refusals = new Map<string, string>();
      unanswered += await writeUntil(base, cookie, acks, killed, `r${round}`, refusals);
      for (const [what, body] of refusals) log(`refused: ${what} ${body}`);
      await server.exited;
      server = startServer(opts, dataDir);
      const ms = await waitHealthy(base, server);
      restarts.push(ms);
      const missing = await lostWrites(base, cookie, acks);
      lost.people = Math.max(lost.people, missing.people);
      lost.sickReports = Math.max(lost.sickReports, missing.sickReports);
      lost.measures = Math.max(lost.measures, missing.measures);
      log(
        `round ${round}: SIGKILL after ${Math.round(performance.now() - roundStart - ms)} ms of writes; ${acks.people.size} people, ${acks.sickReports.size} sick reports, ${acks.measures.size} measures acknowledged so far; lost ${missing.people + missing.sickReports + missing.measures}; healthy again in ${Math.round(ms)} ms`,
      );
    }
    // a clean stop: SIGTERM to the whole group, as a service manager or Ctrl-C sends it
    process.kill(-(server.child.pid as number), 'SIGTERM');
    const exit = await Promise.race([
      server.exited,
      new Promise<null>((r) => setTimeout(() => r(null), 60_000)),
    ]);
    const lockFile = join(dataDir, 'inzetbaar.lock');
    const sorted = [...restarts].sort((a, b) => a - b);
    return {
      driver: opts.driver,
      rounds: opts.rounds,
      acknowledged: {
        people: acks.people.size,
        sickReports: acks.sickReports.size,
        measures: acks.measures.size,
      },
      lost,
      unanswered,
      restartMs: {
        median: Math.round(sorted[Math.floor(sorted.length / 2)] ?? 0),
        max: Math.round(sorted.at(-1) ?? 0),
      },
      lockRemovedOnSigterm: opts.driver === 'pglite' ? !existsSync(lockFile) : null,
      sigtermExitCode: exit ? exit.code : null,
    };
  } finally {
    if (server.child.exitCode === null && server.child.signalCode === null) {
      try {
        process.kill(-(server.child.pid as number), 'SIGKILL');
      } catch {
        // already gone
      }
    }
    if (existsSync(join(dataDir, 'inzetbaar.lock')))
      log(`lock left: ${readFileSync(join(dataDir, 'inzetbaar.lock'), 'utf8')}`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}
