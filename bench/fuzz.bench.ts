import fc from 'fast-check';
import {
  describeRequest,
  type FuzzWorld,
  isHealthy,
  prepareFuzzWorld,
  requestArb,
  sendFuzz,
} from '../apps/server/test/fuzz';
import { type Driver, openBenchApp } from './lib/bench-app';
import { percentile, round } from './lib/measure';

/*
 * `npm run bench -- fuzz [--requests 10000] [--drivers pglite,postgres] [--seed N]`: the
 * OpenAPI fuzzer of apps/server/test/fuzz.ts at volume, every request sent and counted (no stop
 * at the first failure): 5xx, other-organisation ids in answers, stack traces, health after.
 */

export type FuzzResult = {
  driver: Driver;
  seed: number;
  requests: number;
  operations: number;
  operationsHit: number;
  actors: number;
  byStatus: Record<string, number>;
  serverErrors: number;
  leaks: number;
  stackTraces: number;
  healthyAfter: boolean;
  durationMs: number;
  requestsPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; max: number | null };
  /** The first failures, to replay: the request line and the status. */
  failures: string[];
};

export async function runFuzz(opts: { driver: Driver; requests: number; seed: number }): Promise<FuzzResult> {
  const bench = await openBenchApp(opts.driver, { signInPerMinute: 10_000 });
  try {
    const world: FuzzWorld = await prepareFuzzWorld(bench);
    const byStatus: Record<string, number> = {};
    const hit = new Set<string>();
    const failures: string[] = [];
    const latencies: number[] = [];
    let [serverErrors, leaks, stackTraces] = [0, 0, 0];
    const started = performance.now();
    // in batches, so the generator's memory stays small
    const batch = 500;
    for (let done = 0; done < opts.requests; done += batch) {
      const n = Math.min(batch, opts.requests - done);
      for (const req of fc.sample(requestArb(fc, world), { numRuns: n, seed: opts.seed + done })) {
        const out = await sendFuzz(world, req);
        const key = `${out.status}${out.code ? ` ${out.code}` : ''}`;
        byStatus[key] = (byStatus[key] ?? 0) + 1;
        hit.add(`${req.operation.method} ${req.operation.path}`);
        latencies.push(out.ms);
        const bad = out.status >= 500 || out.leaked.length > 0 || out.stackTrace;
        if (out.status >= 500) serverErrors++;
        if (out.leaked.length) leaks++;
        if (out.stackTrace) stackTraces++;
        if (bad && failures.length < 40)
          failures.push(
            `${out.status}${out.leaked.length ? ` leaked ${out.leaked.join(',')}` : ''} ${describeRequest(req)}`,
          );
      }
      process.stdout.write(`  ${done + n} requests, ${serverErrors} 5xx, ${leaks} leaks\r`);
    }
    const durationMs = performance.now() - started;
    latencies.sort((x, y) => x - y);
    process.stdout.write('\n');
    return {
      driver: opts.driver,
      seed: opts.seed,
      requests: opts.requests,
      operations: world.operations.length,
      operationsHit: hit.size,
      actors: world.actors.length,
      byStatus: Object.fromEntries(Object.entries(byStatus).sort()),
      serverErrors,
      leaks,
      stackTraces,
      healthyAfter: await isHealthy(world),
      durationMs: round(durationMs),
      requestsPerSecond: round((opts.requests / durationMs) * 1000),
      latencyMs: {
        p50: round(percentile(latencies, 50) ?? 0),
        p95: round(percentile(latencies, 95) ?? 0),
        max: round(latencies.at(-1) ?? 0),
      },
      failures,
    };
  } finally {
    await bench.handle.close();
  }
}
