import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { openRuntime } from '../bootstrap';
import type { Env } from '../env';
import { runDeadlineReminders } from '../modules/verzuim/services/absence-deadlines';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../platform/demo/demo-accounts';
import { seedDemo } from '../platform/demo/seed-demo';
import { scheduleDailyMaintenance } from '../platform/jobs/register-jobs';
import { needsSetup } from '../platform/setup/setup.service';

export type ServeOptions = {
  /**
   * Server processes (node:cluster, one port). PostgreSQL only: PGlite is one process by nature.
   * Default on PostgreSQL: the number of cores.
   */
  workers?: number;
};

/** How many processes `serve` runs for this configuration. */
export function workerCount(env: Env, requested: number | undefined): number {
  if (!env.databaseUrl) {
    if (requested && requested > 1)
      console.warn('PGlite draait in één proces / PGlite runs in one process: --workers ignored.');
    return 1;
  }
  return Math.max(1, requested ?? availableParallelism());
}

/** Migrations, the demo seed and the daily maintenance job: once, before any process serves. */
async function prepare(env: Env) {
  const runtime = await openRuntime(env);
  const { deps } = runtime;
  if (env.isDemo && (await needsSetup(deps))) {
    console.log('Demo-organisatie aanmaken… / Creating the demo organisation…');
    await seedDemo(deps);
    // today's deadline reminders at once (the daily job runs at 06:00 UTC), so the fresh demo
    // shows its in-app notices
    await runDeadlineReminders(deps);
  }
  await scheduleDailyMaintenance(deps, deps.clock.now());
  return runtime;
}

function banner(env: Env, driver: string, started: number, workers: number) {
  const secs = ((performance.now() - started) / 1000).toFixed(1);
  const procs = workers > 1 ? `, ${workers} processen / processes` : '';
  console.log(`\nInzetbaar draait op / runs at ${env.baseUrl}  (${driver}${procs}, ${secs} s)`);
  console.log(`API: ${env.baseUrl}/api/docs`);
  if (env.isDemo) {
    console.log(`\nDemo-log-ins (wachtwoord / password: ${DEMO_PASSWORD}):`);
    for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(32)} ${a.label}`);
  }
}

/**
 * `inzetbaar serve`. One process on PGlite. On PostgreSQL with more than one worker, this process
 * migrates and seeds, then forks the workers, which share the port (node:cluster) and each run the
 * app and the job scheduler; jobs are claimed with FOR UPDATE SKIP LOCKED, so each runs once, and
 * the actor cache is checked against the database on every request (docs/performance.md).
 */
export async function serveCommand(env: Env, opts: ServeOptions = {}) {
  if (cluster.isWorker) return serveWorker(env, Number(process.env.INZETBAAR_WORKERS) || 1);
  const workers = workerCount(env, opts.workers);
  if (workers > 1) return servePrimary(env, workers);
  const started = performance.now();
  const runtime = await prepare(env);
  return listen(env, runtime, () => banner(env, runtime.deps.driver, started, 1));
}

async function listen(env: Env, runtime: Awaited<ReturnType<typeof openRuntime>>, onListening: () => void) {
  const { deps } = runtime;
  deps.scheduler.start();
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, onListening);
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    if (!cluster.isWorker) console.log(`\n${signal}: afsluiten / shutting down…`);
    server.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  // a worker whose primary is gone (killed) stops too, rather than serve on unsupervised
  if (cluster.isWorker) process.on('disconnect', () => void shutdown('disconnect'));
}

/**
 * A worker: no migrations (the primary ran them). Login attempts are limited per process (better-
 * auth's memory store), so each worker allows its share of SIGN_IN_PER_MINUTE: the total stays the same.
 */
async function serveWorker(env: Env, workers: number) {
  const share = { ...env, signInPerMinute: Math.max(1, Math.ceil(env.signInPerMinute / workers)) };
  const runtime = await openRuntime(share, { migrate: false });
  return listen(share, runtime, () => process.send?.({ type: 'listening' }));
}

async function servePrimary(env: Env, workers: number) {
  const started = performance.now();
  const runtime = await prepare(env);
  const driver = runtime.deps.driver;
  await runtime.close();
  let closing = false;
  let listening = 0;
  let quickDeaths = 0;
  const fork = () => {
    const born = Date.now();
    const worker: Worker = cluster.fork({ INZETBAAR_WORKERS: String(workers) });
    worker.on('message', (m: { type?: string }) => {
      if (m?.type === 'listening' && ++listening === workers) banner(env, driver, started, workers);
    });
    worker.on('exit', (code, signal) => {
      if (closing) return;
      console.error(`worker ${worker.process.pid} stopte / exited (${signal ?? code}); opnieuw / restarting`);
      quickDeaths = Date.now() - born < 10_000 ? quickDeaths + 1 : 0;
      if (quickDeaths >= 5) {
        console.error('Workers stoppen direct na de start / workers keep dying at start: stopping.');
        process.exit(1);
      }
      fork();
    });
  };
  for (let i = 0; i < workers; i++) fork();
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: afsluiten / shutting down…`);
    const all = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      all.map(
        (w) =>
          new Promise<void>((done) => {
            if (w.isDead()) return done();
            w.once('exit', () => done());
            w.process.kill('SIGTERM');
          }),
      ),
    );
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
