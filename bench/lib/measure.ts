/** Timing and memory helpers: wall-clock milliseconds, medians, and a peak-memory sampler. */

export const round = (v: number, digits = 1): number => Math.round(v * 10 ** digits) / 10 ** digits;

export const mb = (bytes: number): number => round(bytes / 1024 / 1024);

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)] as number;
}

export async function timed<T>(fn: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: round(performance.now() - t0), value };
}

export type MemoryPeak = { peakRssMb: number; peakHeapUsedMb: number; samples: number };

/**
 * Samples process.memoryUsage() every `everyMs` while `fn` runs (plus before and after). A sample
 * cannot fire while synchronous work blocks the event loop, so the figures are a lower bound;
 * `process.resourceUsage().maxRSS` (reported separately) is the kernel's true peak of the process.
 */
export async function withMemoryPeak<T>(
  fn: () => Promise<T>,
  everyMs = 25,
): Promise<{ value: T; memory: MemoryPeak }> {
  let peakRss = 0;
  let peakHeap = 0;
  let samples = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
    samples++;
  };
  sample();
  const timer = setInterval(sample, everyMs);
  try {
    const value = await fn();
    sample();
    return { value, memory: { peakRssMb: mb(peakRss), peakHeapUsedMb: mb(peakHeap), samples } };
  } finally {
    clearInterval(timer);
  }
}

export const maxRssMb = (): number => round(process.resourceUsage().maxRSS / 1024);
