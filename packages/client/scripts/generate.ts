/*
 * Regenerate src/schema.d.ts from the API's OpenAPI document:
 *   npm run generate -w @inzetbaar/client
 * The document is built from the routes in memory (no database, no server): the same as
 * /api/openapi.json of an installation at http://localhost:3000.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../apps/server/src/app';
import { loadEnv } from '../../../apps/server/src/env';
import type { Deps } from '../../../apps/server/src/platform/http/context';
import { generateSchema, SCHEMA_FILE } from './generate-schema';

const env = loadEnv({ NODE_ENV: 'test', BASE_URL: 'http://localhost:3000', LOG_LEVEL: 'silent' });
// Serving the document reads only the configuration: no database or mailer is needed.
const app = createApp({ env } as Deps);
const document = (await (await app.request('/api/openapi.json')).json()) as object;
writeFileSync(SCHEMA_FILE, await generateSchema(document));
console.log(`wrote ${fileURLToPath(SCHEMA_FILE)}`);
