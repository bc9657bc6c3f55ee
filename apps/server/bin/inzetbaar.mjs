#!/usr/bin/env node
// The `inzetbaar` command. Runs the CLI compiled to JavaScript (bin/build.mjs: built at the first
// start after a change of its sources, ~1 s), in this process, so signals reach the server directly
// and no command transpiles TypeScript at run time (issue #10). When it cannot be built (no esbuild),
// the TypeScript sources run in a child process with tsx's loader, as before: not through tsx's
// own CLI, which answers a SIGTERM it cannot relay within 30 ms with SIGKILL (issue #9, defect 9);
// signals sent to this process alone are passed on, a signal to the whole group reaches the child.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBuilt } from './build.mjs';

const compiled = process.env.INZETBAAR_FROM_SOURCE === '1' ? null : await ensureBuilt();
if (compiled) {
  await import(compiled);
} else {
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
}
