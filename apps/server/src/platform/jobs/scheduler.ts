import { type AppDb, type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, sql } from 'drizzle-orm';

type JobRow = typeof schema.jobs.$inferSelect;
export type JobHandler = (job: JobRow) => Promise<void>;

export type EnqueueJob = {
  /** Idempotency key: enqueueing the same key twice keeps the first job. */
  key: string;
  kind: string;
  runAt: Date;
  payload?: Record<string, unknown>;
  organizationId?: string | null;
};

export type Scheduler = {
  enqueue: (db: DbOrTx, job: EnqueueJob) => Promise<boolean>;
  /** Claim and run due jobs until none is left (or `max` ran); returns how many ran. */
  runDue: (max?: number) => Promise<number>;
  register: (kind: string, handler: JobHandler) => void;
  start: () => void;
  stop: () => Promise<void>;
};

const LEASE_MS = 5 * 60_000;
const MAX_ATTEMPTS = 5;

/**
 * In-process job runner on the `jobs` table. A job is claimed with one
 * `UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED) RETURNING *`, so several servers on one
 * PostgreSQL never run a job twice; a job whose lease ran out (a crash mid-run) is claimed again
 * after restart. Failures retry with exponential back-off, then stay `failed` with the error.
 */
export function createScheduler(
  db: AppDb,
  opts: { now: () => Date; pollMs?: number; onError?: (e: unknown) => void },
): Scheduler {
  const handlers = new Map<string, JobHandler>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  async function claim(): Promise<JobRow | undefined> {
    const now = opts.now();
    const leaseUntil = new Date(now.getTime() + LEASE_MS);
    const [job] = await db
      .update(schema.jobs)
      .set({ status: 'running', attempts: sql`${schema.jobs.attempts} + 1`, lockedUntil: leaseUntil })
      .where(
        eq(
          schema.jobs.id,
          sql`(select id from jobs
                where (status = 'pending' and run_at <= ${now.toISOString()})
                   or (status = 'running' and locked_until < ${now.toISOString()})
                order by run_at limit 1 for update skip locked)`,
        ),
      )
      .returning();
    return job;
  }

  async function runOne(job: JobRow) {
    const handler = handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`No handler for job kind ${job.kind}`);
      await handler(job);
      await db
        .update(schema.jobs)
        .set({ status: 'done', finishedAt: opts.now(), lockedUntil: null, lastError: null })
        .where(and(eq(schema.jobs.id, job.id), eq(schema.jobs.status, 'running')));
    } catch (e) {
      const failed = job.attempts >= MAX_ATTEMPTS;
      const retryAt = new Date(opts.now().getTime() + 2 ** job.attempts * 30_000);
      await db
        .update(schema.jobs)
        .set({
          status: failed ? 'failed' : 'pending',
          runAt: failed ? job.runAt : retryAt,
          lockedUntil: null,
          lastError: e instanceof Error ? e.message : String(e),
          finishedAt: failed ? opts.now() : null,
        })
        .where(eq(schema.jobs.id, job.id));
      opts.onError?.(e);
    }
  }

  async function drain(max: number) {
    let n = 0;
    while (n < max) {
      const job = await claim();
      if (!job) break;
      await runOne(job);
      n++;
    }
    return n;
  }

  return {
    async enqueue(tx, job) {
      const rows = await tx
        .insert(schema.jobs)
        .values({
          key: job.key,
          kind: job.kind,
          runAt: job.runAt,
          payload: job.payload ?? {},
          organizationId: job.organizationId ?? null,
        })
        .onConflictDoNothing({ target: schema.jobs.key })
        .returning({ id: schema.jobs.id });
      return rows.length > 0;
    },
    runDue(max = 100) {
      // one drain at a time per process: PGlite has a single connection anyway
      running ??= drain(max).finally(() => {
        running = null;
      });
      return running;
    },
    register(kind, handler) {
      handlers.set(kind, handler);
    },
    start() {
      if (timer) return;
      timer = setInterval(() => {
        this.runDue().catch((e) => opts.onError?.(e));
      }, opts.pollMs ?? 2_000);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
