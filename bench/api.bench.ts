import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { serve } from '@hono/node-server';
import { DEMO_PASSWORD } from '../apps/server/src/platform/demo/demo-accounts';
import { seedDemo } from '../apps/server/src/platform/demo/seed-demo';
import { BENCH_BASE_URL, openBenchApp, signIn } from './lib/bench-app';
import { maxRssMb, percentile, round, timed } from './lib/measure';

export type EndpointResult = {
  path: string;
  connections: number;
  durationMs: number;
  requests: number;
  errors: number;
  requestsPerSecond: number;
  latencyMs: { p50: number | null; p95: number | null; p99: number | null; max: number | null };
};
export type ApiResult = {
  driver: 'pglite';
  people: number;
  seedMs: number;
  endpoints: EndpointResult[];
  maxRssMb: number;
  notes: string[];
};

/**
 * The load client, in a worker thread of its own (plain JS, so no loader is needed): `connections`
 * loops of fetch → read body, until `durationMs` passes or `maxRequests` were sent.
 */
const CLIENT = `
const { parentPort, workerData: w } = require('node:worker_threads');
(async () => {
  const latencies = [];
  let errors = 0;
  let sent = 0;
  const end = performance.now() + w.durationMs;
  const loop = async () => {
    while (performance.now() < end && sent < w.maxRequests) {
      sent++;
      const t0 = performance.now();
      try {
        const res = await fetch(w.url, { headers: w.headers });
        await res.arrayBuffer();
        if (res.status !== 200) errors++;
      } catch {
        errors++;
      }
      latencies.push(performance.now() - t0);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: w.connections }, loop));
  parentPort.postMessage({ latencies, errors, elapsedMs: performance.now() - t0 });
})();
`;

type ClientOut = { latencies: number[]; errors: number; elapsedMs: number };

function load(url: string, headers: Record<string, string>, o: { connections: number; durationMs: number }) {
  return new Promise<ClientOut>((resolve, reject) => {
    const worker = new Worker(CLIENT, {
      eval: true,
      workerData: { url, headers, ...o, maxRequests: 200_000 },
    });
    worker.once('message', (m: ClientOut) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

export async function runApi(o: { connections: number; durationMs: number }): Promise<ApiResult> {
  const { app, deps, handle } = await openBenchApp('pglite');
  const seeded = await timed(() => seedDemo(deps));
  const cookie = await signIn(app, 'hr@demo.inzetbaar.nl', DEMO_PASSWORD);
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
  const { port } = server.address() as AddressInfo;
  const endpoints: EndpointResult[] = [];
  try {
    const targets: { path: string; headers: Record<string, string> }[] = [
      { path: '/api/health', headers: {} },
      { path: '/api/v1/me', headers: { Cookie: cookie, Origin: BENCH_BASE_URL } },
      { path: '/api/v1/people?pageSize=25', headers: { Cookie: cookie, Origin: BENCH_BASE_URL } },
    ];
    for (const t of targets) {
      const url = `http://127.0.0.1:${port}${t.path}`;
      await load(url, t.headers, { connections: o.connections, durationMs: 1000 }); // warm-up
      const out = await load(url, t.headers, o);
      const sorted = out.latencies.sort((a, b) => a - b);
      const p = (q: number) => {
        const v = percentile(sorted, q);
        return v === null ? null : round(v, 2);
      };
      endpoints.push({
        path: t.path,
        connections: o.connections,
        durationMs: round(out.elapsedMs),
        requests: sorted.length,
        errors: out.errors,
        requestsPerSecond: round(sorted.length / (out.elapsedMs / 1000)),
        latencyMs: { p50: p(50), p95: p(95), p99: p(99), max: p(100) },
      });
    }
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    await deps.scheduler.stop();
    await handle.close();
  }
  return {
    driver: 'pglite',
    people: seeded.value.people,
    seedMs: seeded.ms,
    endpoints,
    maxRssMb: maxRssMb(),
    notes: [
      'server and load client in one process (client in a worker thread) on the same 2-core machine',
      'PGlite in memory; node fetch (undici) keep-alive connections over 127.0.0.1',
    ],
  };
}
