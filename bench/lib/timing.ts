/** Timing of small synchronous functions: wall and CPU time, medians, percentiles. */
import { median, percentile, round } from './measure';

export type Timing = {
  runs: number;
  medianMs: number;
  p95Ms: number;
  minMs: number;
  /** Process CPU time (user + system) over all runs / runs: less affected by other jobs' load than wall time. */
  cpuPerRunMs: number;
};

/** Time `fn` `runs` times after `warmup` untimed calls. */
export function timeSync(fn: (i: number) => unknown, runs: number, warmup = Math.min(50, runs)): Timing {
  for (let i = 0; i < warmup; i++) fn(i);
  const ms: number[] = new Array(runs);
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(i);
    ms[i] = performance.now() - t0;
  }
  const cpu = process.cpuUsage(cpu0);
  const sorted = [...ms].sort((a, b) => a - b);
  return {
    runs,
    medianMs: round(median(sorted) as number, 4),
    p95Ms: round(percentile(sorted, 95) as number, 4),
    minMs: round(sorted[0] as number, 4),
    cpuPerRunMs: round((cpu.user + cpu.system) / 1000 / runs, 4),
  };
}

/** A seeded PRNG (mulberry32), so every run uses the same inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
