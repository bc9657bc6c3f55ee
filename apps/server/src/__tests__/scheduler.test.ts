import { schema } from '@inzetbaar/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app';
import { createScheduler } from '../platform/jobs/scheduler';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const at = (iso: string) => new Date(iso);
const uniq = () => Math.random().toString(36).slice(2);

describe('scheduler', () => {
  it('runs due jobs once, keeps future ones, and ignores a duplicate key', async () => {
    const ran: string[] = [];
    let now = at('2026-03-01T08:00:00Z');
    const s = createScheduler(t.deps.db, { now: () => now });
    const kind = `test.${uniq()}`;
    s.register(kind, async (job) => {
      ran.push(String(job.payload.n));
    });
    expect(
      await s.enqueue(t.deps.db, {
        key: `${kind}:1`,
        kind,
        runAt: at('2026-03-01T07:00:00Z'),
        payload: { n: 1 },
      }),
    ).toBe(true);
    expect(
      await s.enqueue(t.deps.db, {
        key: `${kind}:1`,
        kind,
        runAt: at('2026-03-01T07:00:00Z'),
        payload: { n: 99 },
      }),
    ).toBe(false);
    await s.enqueue(t.deps.db, {
      key: `${kind}:2`,
      kind,
      runAt: at('2026-03-02T07:00:00Z'),
      payload: { n: 2 },
    });
    await s.runDue();
    expect(ran).toEqual(['1']);
    now = at('2026-03-02T08:00:00Z');
    await s.runDue();
    expect(ran).toEqual(['1', '2']);
  });

  it('retries a failing job with back-off, records the error, and gives up after 5 attempts', async () => {
    let now = at('2026-04-01T08:00:00Z');
    const s = createScheduler(t.deps.db, { now: () => now });
    const kind = `fail.${uniq()}`;
    s.register(kind, async () => {
      throw new Error('SMTP onbereikbaar');
    });
    await s.enqueue(t.deps.db, { key: `${kind}:x`, kind, runAt: now });
    for (let i = 0; i < 6; i++) {
      await s.runDue();
      now = new Date(now.getTime() + 3_600_000);
    }
    const [job] = await t.deps.db
      .select()
      .from(schema.jobs)
      .where(eq(schema.jobs.key, `${kind}:x`));
    expect(job).toMatchObject({ status: 'failed', attempts: 5, lastError: 'SMTP onbereikbaar' });
  });

  it('takes over a job whose lease ran out (a crash mid-run) after a restart', async () => {
    let now = at('2026-05-01T08:00:00Z');
    const kind = `crash.${uniq()}`;
    await t.deps.db.insert(schema.jobs).values({
      key: `${kind}:1`,
      kind,
      runAt: at('2026-05-01T07:00:00Z'),
      status: 'running',
      attempts: 1,
      lockedUntil: at('2026-05-01T07:05:00Z'),
    });
    const ran: string[] = [];
    const restarted = createScheduler(t.deps.db, { now: () => now });
    restarted.register(kind, async () => {
      ran.push('again');
    });
    await restarted.runDue();
    expect(ran).toEqual(['again']);
    now = at('2026-05-01T09:00:00Z');
    await restarted.runDue();
    expect(ran).toEqual(['again']); // done: not run a second time
  });
});
