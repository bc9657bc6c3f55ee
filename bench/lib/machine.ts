import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';

export type Machine = {
  date: string;
  hostname: string;
  os: string;
  cpuModel: string;
  cpuCount: number;
  totalMemoryGb: number;
  freeMemoryGb: number;
  node: string;
  pglite: string;
  postgres: string | null;
  /** The commit the code was at, and whether the statistics service had uncommitted changes. */
  git: string;
  /** 1, 5 and 15 minute load averages when the run started (other jobs share this machine). */
  loadAverage: number[];
};

function packageVersion(name: string): string {
  try {
    const file = new URL(`../../node_modules/${name}/package.json`, import.meta.url);
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

/** The server's version via `psql` (on its `postgres` database), or null when it does not answer. */
export function postgresVersion(url: string): string | null {
  try {
    const admin = new URL(url);
    admin.pathname = '/postgres';
    return execFileSync('psql', [admin.toString(), '-tAc', 'show server_version'], {
      encoding: 'utf8',
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    return null;
  }
}

function gitState(): string {
  try {
    const git = (...args: string[]) =>
      execFileSync('git', args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git(
      'status',
      '--porcelain',
      '--',
      'apps/server/src',
      'packages/domain/src',
      'packages/db/src',
    );
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' (server/domain/db sources modified)' : ''}`;
  } catch {
    return 'unknown';
  }
}

export function describeMachine(postgresUrl: string): Machine {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString(),
    hostname: os.hostname(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    cpuModel: cpus[0]?.model ?? 'unknown',
    cpuCount: cpus.length,
    totalMemoryGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    freeMemoryGb: Math.round((os.freemem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    pglite: packageVersion('@electric-sql/pglite'),
    postgres: postgresVersion(postgresUrl),
    git: gitState(),
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}
