// The server and CLI compiled to JavaScript once (issue #10): esbuild bundles apps/server/src/cli.ts
// and the workspace packages (TypeScript) into apps/server/dist/, npm packages stay external. The
// build runs at the first start after a change of any source it was made from (its metafile lists
// them), so no command transpiles TypeScript at run time and a fresh clone needs no extra step.
// `node apps/server/bin/build.mjs` builds now (npm run build does).
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const serverDir = join(here, '..');
export const distDir = join(serverDir, 'dist');
/** dist/current names the build in use: each build has a folder of its own, so a running process
 * that loads a chunk later never finds it replaced by another build's. */
const currentFile = join(distDir, 'current');
const root = join(serverDir, '..', '..');

function currentBuild() {
  try {
    const dir = join(distDir, readFileSync(currentFile, 'utf8').trim());
    return { entry: join(dir, 'cli.mjs'), meta: join(dir, 'build-meta.json') };
  } catch {
    return null;
  }
}

/** Whether the current build was made from the sources as they are now (same files, none changed since). */
export function isFresh() {
  const current = currentBuild();
  if (!current || !existsSync(current.entry) || !existsSync(current.meta)) return false;
  try {
    const meta = JSON.parse(readFileSync(current.meta, 'utf8'));
    if (meta.node !== process.versions.modules) return false;
    for (const input of meta.inputs) {
      const file = join(root, input);
      if (!existsSync(file) || statSync(file).mtimeMs > meta.builtAt) return false;
    }
    return true;
  } catch {
    return false;
  }
}

/**
 * Sources say `import.meta.url` to find files beside them (migrations, data, the web app); in the
 * bundle that would be dist/'s own URL. Each one becomes the source file's URL, relative to the
 * bundle, so the checkout can still move.
 */
const sourceUrls = (outdir) => ({
  name: 'source-urls',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`) && !args.path.includes(`${sep}packages${sep}`))
        return;
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const rel = relative(outdir, args.path).split(sep).join('/');
      return {
        contents: text.replaceAll('import.meta.url', `new URL(${JSON.stringify(rel)}, import.meta.url).href`),
        loader: 'ts',
      };
    });
  },
});

/** npm packages stay external (resolved from node_modules at run time); our workspace packages are bundled. */
const externals = {
  name: 'externals',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@inzetbaar/') ? undefined : { path: args.path, external: true },
    );
  },
};

/** Build into dist/b-<time>-<pid>/, then point dist/current at it (written aside, then renamed). */
export async function build() {
  const esbuild = await import('esbuild');
  const builtAt = Date.now();
  const name = `b-${builtAt}-${process.pid}`;
  const tmp = join(distDir, name);
  mkdirSync(tmp, { recursive: true });
  const result = await esbuild.build({
    entryPoints: { cli: join(serverDir, 'src', 'cli.ts') },
    outdir: tmp,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: `node${process.versions.node.split('.')[0]}`,
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'error',
    tsconfig: join(serverDir, 'tsconfig.json'),
    plugins: [externals, sourceUrls(tmp)],
    // bundled CommonJS-style code that calls require() (none of ours, but keep it working)
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const inputs = Object.keys(result.metafile.inputs).map((p) => relative(root, join(process.cwd(), p)));
  writeFileSync(
    join(tmp, 'build-meta.json'),
    `${JSON.stringify({ builtAt, node: process.versions.modules, inputs }, null, 1)}\n`,
  );
  const pointer = `${currentFile}.${process.pid}`;
  writeFileSync(pointer, `${name}\n`);
  renameSync(pointer, currentFile);
  // builds replaced more than an hour ago are no longer loaded by anyone who started since
  for (const d of readdirSync(distDir))
    if (d.startsWith('b-') && d !== name && statSync(join(distDir, d)).mtimeMs < Date.now() - 3_600_000)
      rmSync(join(distDir, d), { recursive: true, force: true });
}

/** The compiled CLI's file URL, built first when stale; null when it cannot be built (then run the sources). */
export async function ensureBuilt({ quiet = false } = {}) {
  const fresh = () => pathToFileURL(currentBuild()?.entry ?? '').href;
  if (isFresh()) return fresh();
  try {
    if (!quiet) console.error('Server bouwen… / Building the server…');
    await build();
    return fresh();
  } catch (e) {
    console.error(`Building the server failed; running the TypeScript sources instead.\n${e?.message ?? e}`);
    return null;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const t0 = performance.now();
  await build();
  console.log(
    `server built in ${Math.round(performance.now() - t0)} ms → ${relative(process.cwd(), distDir)}`,
  );
}
