// `node scripts/audit.mjs [--from report.json]`: `npm audit --omit=dev` (the packages that run
// in production) against the allow-list in .ci/audit-allowlist.json. Fails on any advisory that
// is not allow-listed or whose allow-listing has expired; says which entries are no longer
// needed. When the registry does not offer the advisory endpoint (a mirror or proxy answering
// 405/404, no network) it says SKIPPED and exits 0 — unless AUDIT_REQUIRED=1. See docs/security.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const from = process.argv.indexOf('--from');
const raw =
  from > 0
    ? readFileSync(process.argv[from + 1], 'utf8')
    : spawnSync('npm', ['audit', '--omit=dev', '--json'], {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 64 << 20,
      }).stdout;

let report;
try {
  report = JSON.parse(raw);
} catch {
  report = { message: 'no JSON from npm audit' };
}

if (!report.vulnerabilities) {
  const why = report.statusCode
    ? `HTTP ${report.statusCode}`
    : (report.message ?? report.error?.summary ?? 'unknown');
  const line = `npm audit: the registry's advisory endpoint did not answer (${why})`;
  if (process.env.AUDIT_REQUIRED === '1') {
    console.error(`${line} — FAILED (AUDIT_REQUIRED=1)`);
    process.exit(1);
  }
  console.log(`${line} — SKIPPED`);
  process.exit(0);
}

const allow = JSON.parse(readFileSync(`${root}.ci/audit-allowlist.json`, 'utf8')).allow ?? [];
const today = new Date().toISOString().slice(0, 10);
const advisories = [];
for (const [pkg, v] of Object.entries(report.vulnerabilities))
  for (const via of v.via ?? [])
    if (typeof via === 'object')
      advisories.push({ pkg, url: via.url, title: via.title, severity: via.severity });

const isAllowed = (a) =>
  allow.find(
    (e) => e.advisory === a.url && (!e.package || e.package === a.pkg) && (!e.until || e.until >= today),
  );
const blocking = advisories.filter((a) => !isAllowed(a));
const unused = allow.filter((e) => !advisories.some((a) => a.url === e.advisory));

for (const a of advisories)
  console.log(
    `${isAllowed(a) ? 'allowed ' : 'BLOCKING'}  ${a.severity.padEnd(8)} ${a.pkg}: ${a.title} (${a.url})`,
  );
for (const e of unused)
  console.log(`allow-list entry no longer needed: ${e.advisory} (${e.package ?? 'any package'})`);
console.log(`npm audit --omit=dev: ${advisories.length} advisories, ${blocking.length} not allow-listed`);
process.exit(blocking.length ? 1 : 0);
