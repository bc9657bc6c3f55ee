// `npm start`: build the web app when its sources changed, then serve (migrations and the demo
// seed run inside `inzetbaar serve`). One command from a fresh clone.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const web = join(root, 'apps/web');
const dist = join(web, 'dist/index.html');

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

const sources = Math.max(newestMtime(join(web, 'src')), newestMtime(join(root, 'packages/contracts/src')));
if (!existsSync(dist) || statSync(dist).mtimeMs < sources) {
  console.log('Web-app bouwen… / Building the web app…');
  const build = spawnSync('npm', ['run', 'build', '-w', '@inzetbaar/web'], { stdio: 'inherit', cwd: root });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
// The `inzetbaar` command: compiles the server once when its sources changed (apps/server/bin/build.mjs)
// and runs it in its own process, so SIGINT/SIGTERM reach it directly.
const server = spawn(process.execPath, [join(root, 'apps/server/bin/inzetbaar.mjs'), 'serve'], {
  stdio: 'inherit',
  cwd: root,
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
