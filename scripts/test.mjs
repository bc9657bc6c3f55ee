// `npm test`: every tier. Tiers that need what this machine lacks (PostgreSQL for parity,
// Chromium for e2e) say they were skipped and why; .ci/run provides both and skips nothing.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const run = (label, cmd, args, env = {}) => {
  console.log(`\n━━ ${label} ━━`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
};

const results = [];
const tier = (label, ok) => results.push({ label, ok });

tier('unit', run('unit (domain, data, parsers)', 'npx', ['vitest', 'run', '--project', 'unit']));
tier(
  'integration (PGlite)',
  run('integration on PGlite', 'npx', ['vitest', 'run', '--project', 'integration'], { TEST_DB: 'pglite' }),
);

// PARITY_NODE_BIN (set by .ci/run to the Node 24 LTS binaries): the parity tier runs on that Node,
// so the integration suite runs once on each runtime (PGlite on the machine's Node, PostgreSQL on 24).
const parityNode = process.env.PARITY_NODE_BIN;
const parityVersion = parityNode
  ? spawnSync(`${parityNode}/node`, ['--version'], { encoding: 'utf8' }).stdout.trim()
  : process.version;
if (process.env.TEST_DATABASE_URL) {
  tier(
    `parity (PostgreSQL, Node ${parityVersion})`,
    run(
      `parity: the integration suite on PostgreSQL, Node ${parityVersion}`,
      'npx',
      ['vitest', 'run', '--project', 'integration'],
      {
        TEST_DB: 'postgres',
        ...(parityNode ? { PATH: `${parityNode}:${process.env.PATH}` } : {}),
      },
    ),
  );
} else {
  console.log(
    '\n━━ parity (PostgreSQL): SKIPPED — set TEST_DATABASE_URL=postgres://… to run the integration suite on PostgreSQL ━━',
  );
  results.push({ label: 'parity (PostgreSQL)', ok: true, skipped: 'TEST_DATABASE_URL not set' });
}

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(chromium)) {
  tier(
    'e2e (Chromium)',
    run('e2e: Playwright journeys in Chromium', 'npx', ['playwright', 'test'], { CHROMIUM_PATH: chromium }),
  );
} else {
  console.log(
    `\n━━ e2e: SKIPPED — no Chromium at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH) ━━`,
  );
  results.push({ label: 'e2e (Chromium)', ok: true, skipped: `no Chromium at ${chromium}` });
}

console.log('\n━━ summary ━━');
for (const r of results)
  console.log(
    `  ${r.ok ? (r.skipped ? 'SKIP' : 'PASS') : 'FAIL'}  ${r.label}${r.skipped ? ` (${r.skipped})` : ''}`,
  );
process.exit(results.every((r) => r.ok) ? 0 : 1);
