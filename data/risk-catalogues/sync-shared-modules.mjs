// Copies the shared modules (PSA, BHV, arbozorg) from algemeen-kantoor.json into every other catalogue
// in this folder, so they stay identical (index.test.ts checks that they are).
// Usage: node data/risk-catalogues/sync-shared-modules.mjs
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED_MODULE_IDS = ['psa', 'bhv', 'arbozorg'];
const SOURCE_FILE = 'algemeen-kantoor.json';

const dir = fileURLToPath(new URL('.', import.meta.url));
const read = (file) => JSON.parse(readFileSync(join(dir, file), 'utf8'));
const source = read(SOURCE_FILE);
const shared = new Map(source.modules.filter((m) => SHARED_MODULE_IDS.includes(m.id)).map((m) => [m.id, m]));

for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== SOURCE_FILE)) {
  const catalogue = read(file);
  const missing = SHARED_MODULE_IDS.filter((id) => !catalogue.modules.some((m) => m.id === id));
  // Shared modules go first, in the source's order; the sector's own modules keep their order.
  catalogue.modules = [
    ...SHARED_MODULE_IDS.map((id) => shared.get(id)),
    ...catalogue.modules.filter((m) => !SHARED_MODULE_IDS.includes(m.id)),
  ];
  writeFileSync(join(dir, file), `${JSON.stringify(catalogue, null, 2)}\n`);
  console.log(`${file}: shared modules synced${missing.length ? ` (added ${missing.join(', ')})` : ''}`);
}
