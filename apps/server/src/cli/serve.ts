import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { openRuntime } from '../bootstrap';
import type { Env } from '../env';
import { runDeadlineReminders } from '../modules/verzuim/services/absence-deadlines';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../platform/demo/demo-accounts';
import { seedDemo } from '../platform/demo/seed-demo';
import { scheduleDailyMaintenance } from '../platform/jobs/register-jobs';
import { needsSetup } from '../platform/setup/setup.service';

export async function serveCommand(env: Env) {
  const started = performance.now();
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
  deps.scheduler.start();
  const app = createApp(deps);
  const server = serve({ fetch: app.fetch, port: env.port, hostname: env.host }, () => {
    const secs = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`\nInzetbaar draait op / runs at ${env.baseUrl}  (${deps.driver}, ${secs} s)`);
    console.log(`API: ${env.baseUrl}/api/docs`);
    if (env.isDemo) {
      console.log(`\nDemo-log-ins (wachtwoord / password: ${DEMO_PASSWORD}):`);
      for (const a of DEMO_ACCOUNTS) console.log(`  ${a.email.padEnd(32)} ${a.label}`);
    }
  });
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`\n${signal}: afsluiten / shutting down…`);
    server.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
