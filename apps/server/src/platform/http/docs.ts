import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Context } from 'hono';

// swagger-ui-dist is served from node_modules: the reference page works without internet.
const distDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'text/javascript',
  'swagger-ui-standalone-preset.js': 'text/javascript',
};

export function apiDocsPage() {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Inzetbaar API</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css"></head>
<body><div id="ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/assets/swagger-init.js"></script>
</body></html>`;
}

const INIT =
  "window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#ui', withCredentials: true });";

export async function swaggerAssets(c: Context) {
  const file = c.req.param('file') ?? '';
  if (file === 'swagger-init.js') return c.body(INIT, 200, { 'Content-Type': 'text/javascript' });
  const type = ASSETS[file];
  if (!type) return c.notFound();
  const body = await readFile(join(distDir, file));
  return c.body(new Uint8Array(body), 200, {
    'Content-Type': type,
    'Cache-Control': 'public, max-age=86400',
  });
}
