#!/usr/bin/env node
// The `inzetbaar` command: runs the TypeScript CLI in one child process with tsx's loader (no
// separate build step). Not through tsx's own CLI: that one answers a SIGTERM it cannot relay
// within 30 ms with SIGKILL, so under load `kill -TERM -<pgid>` killed the server before it
// closed the database and removed its lock file (issue #9, defect 9). Signals sent to this
// process alone are passed on; a signal to the whole group reaches the child directly.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const loader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const child = spawn(
  process.execPath,
  ['--import', loader, join(here, '..', 'src', 'cli.ts'), ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, TSX_TSCONFIG_PATH: join(here, '..', 'tsconfig.json') },
  },
);
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
