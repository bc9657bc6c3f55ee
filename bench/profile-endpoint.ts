/*
 * Profile one endpoint in-process: `node --import tsx bench/profile-endpoint.ts <pglite|postgres>
 * <path> [requests] [out.cpuprofile]`, then `node bench/lib/top-of-profile.mjs <out.cpuprofile>`.
 * The demo organisation, the HR session, `requests` sequential calls after 20 warm-up calls; only
 * those calls are profiled (inspector Profiler). PostgreSQL: BENCH_DATABASE_URL (schemas dropped!).
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { DEMO_PASSWORD } from '../apps/server/src/platform/demo/demo-accounts';
import { seedDemo } from '../apps/server/src/platform/demo/seed-demo';
import { BENCH_BASE_URL, type Driver, openBenchApp, signIn } from './lib/bench-app';

const [driver = 'pglite', path = '/api/v1/me', n = '300', out = '/tmp/endpoint.cpuprofile'] =
  process.argv.slice(2);
const { app, deps, handle } = await openBenchApp(driver as Driver);
await seedDemo(deps);
const cookie = await signIn(app, 'hr@demo.inzetbaar.nl', DEMO_PASSWORD);
const call = async () => {
  const res = await app.request(path, { headers: { cookie, origin: BENCH_BASE_URL } });
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  await res.arrayBuffer();
};
for (let i = 0; i < 20; i++) await call();
const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const cpu0 = process.cpuUsage();
const t0 = performance.now();
for (let i = 0; i < Number(n); i++) await call();
const cpu = process.cpuUsage(cpu0);
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(
  `${path}: ${((performance.now() - t0) / Number(n)).toFixed(2)} ms wall, ${((cpu.user + cpu.system) / 1000 / Number(n)).toFixed(2)} ms CPU per request`,
);
await deps.scheduler.stop();
await handle.close();
