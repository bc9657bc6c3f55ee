import { join } from 'node:path';
import { type DbHandle, lockDataDir, openDb } from '@inzetbaar/db';
import { createAuth } from './auth/auth';
import type { Env } from './env';
import type { Clock, Deps } from './platform/http/context';
import { registerJobs } from './platform/jobs/register-jobs';
import { createScheduler } from './platform/jobs/scheduler';
import { createMailer } from './platform/mail/mailer';

export type Runtime = { deps: Deps; handle: DbHandle; close: () => Promise<void> };

/** PGlite's database lives in `<DATA_DIR>/pglite`; the lock file beside it. */
export const pgliteDir = (env: Env) => join(env.dataDir, 'pglite');

/**
 * Open the database (PostgreSQL when DATABASE_URL is set, else PGlite under DATA_DIR with a
 * lock so no second process opens it), apply migrations, and wire the dependencies.
 */
export async function openRuntime(
  env: Env,
  opts: { clock?: Clock; migrate?: boolean } = {},
): Promise<Runtime> {
  let release = () => {};
  let handle: DbHandle;
  if (env.databaseUrl) {
    handle = await openDb({ driver: 'postgres', databaseUrl: env.databaseUrl });
  } else {
    release = lockDataDir(env.dataDir);
    try {
      handle = await openDb({ driver: 'pglite', dataDir: pgliteDir(env) });
    } catch (e) {
      release();
      throw e;
    }
  }
  if (opts.migrate !== false) await handle.migrate();
  const deps = buildDeps(env, handle, opts.clock ?? { now: () => new Date() });
  return {
    deps,
    handle,
    async close() {
      await deps.scheduler.stop();
      await handle.close();
      release();
    },
  };
}

export function buildDeps(
  env: Env,
  handle: DbHandle,
  clock: Clock,
  opts: { signInPerMinute?: number } = {},
): Deps {
  const mailer = createMailer(handle.db, {
    smtpUrl: env.smtpUrl,
    from: env.mailFrom,
    keepOutbox: env.isDemo,
  });
  const auth = createAuth({
    db: handle.db,
    env,
    mailer,
    ...(opts.signInPerMinute ? { signInPerMinute: opts.signInPerMinute } : {}),
  });
  const scheduler = createScheduler(handle.db, {
    now: clock.now,
    onError: (e) => console.error('[jobs]', e),
  });
  const deps: Deps = { db: handle.db, env, auth, mailer, clock, scheduler, driver: handle.driver };
  registerJobs(deps);
  return deps;
}
