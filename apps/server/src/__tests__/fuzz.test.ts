import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeRequest,
  type FuzzWorld,
  isHealthy,
  prepareFuzzWorld,
  requestArb,
  sendFuzz,
} from '../../test/fuzz';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * Property-based fuzzing of every operation of the OpenAPI document (issue #9): no 5xx, no stack
 * trace, no id of the other organisation in any answer, and a healthy server afterwards. A few
 * hundred requests here (FUZZ_RUNS, default 300); `npm run bench -- fuzz` sends tens of
 * thousands. A failure prints fast-check's seed and the shrunk request: FUZZ_SEED=<seed> replays it.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

let t: TestApp;
let world: FuzzWorld;
beforeAll(async () => {
  t = await createTestApp();
  world = await prepareFuzzWorld(t);
});
afterAll(() => t.close());

describe('fuzzing the API from its OpenAPI document', () => {
  it('covers every operation', () => {
    expect(world.operations.length).toBeGreaterThanOrEqual(100);
    expect(world.actors.map((a) => a.name)).toContain('anonymous');
  });

  it(
    `${RUNS} hostile requests: no 5xx, no stack trace, no other organisation's ids`,
    async () => {
      const statuses = new Map<number, number>();
      await fc.assert(
        fc.asyncProperty(requestArb(fc, world), async (req) => {
          const out = await sendFuzz(world, req);
          statuses.set(out.status, (statuses.get(out.status) ?? 0) + 1);
          if (out.status >= 500 || out.leaked.length || out.stackTrace)
            throw new Error(`${out.status} leaked=${out.leaked.join(',')} for ${describeRequest(req)}`);
        }),
        {
          numRuns: RUNS,
          ...(SEED !== undefined ? { seed: SEED } : {}),
          interruptAfterTimeLimit: 10 * 60_000,
        },
      );
      // the fuzzer reaches the handlers, not only the guards: some requests succeed
      expect([...statuses.keys()].some((s) => s >= 200 && s < 300)).toBe(true);
      expect([...statuses.keys()].some((s) => s === 422)).toBe(true);
    },
    15 * 60_000,
  );

  it('leaves the server healthy', async () => {
    expect(await isHealthy(world)).toBe(true);
  });
});
