import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Storage rules enforced by structure (docs/adding-a-module.md): services use repositories only,
 * and audit rows are written only through `recordAudit`. These checks read the source, so a
 * service that queries a table, or code that inserts into audit_events past `recordAudit`, fails
 * here before review.
 */
const SRC = join(import.meta.dirname, '..');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [path] : [];
  });
}

const serviceFiles = () =>
  readdirSync(join(SRC, 'modules'))
    .map((m) => join(SRC, 'modules', m, 'services'))
    .filter((dir) => {
      try {
        return statSync(dir).isDirectory();
      } catch {
        return false;
      }
    })
    .flatMap(filesUnder);

/** A query builder call on a database handle or transaction, also when the chain starts on the next line. */
const QUERY = /\b(?:db|tx|trx)\s*\.\s*(?:select|selectDistinct|insert|update|delete|execute|query)\b\s*[(.]/;
/** The table objects are values of `schema`; a service needs only the `DbOrTx` type. */
const SCHEMA_VALUE = /import\s*\{[^}]*(?<!type\s)\bschema\b[^}]*\}\s*from\s*'@inzetbaar\/db'/;

export function violations(path: string, text: string): string[] {
  const found: string[] = [];
  if (QUERY.test(text)) found.push(`${path}: queries a table (move the query into the module's repo/)`);
  if (SCHEMA_VALUE.test(text))
    found.push(`${path}: imports the table schema (services use repositories only)`);
  return found;
}

describe('layering', () => {
  it('recognises a service that queries a table (so the rule below can fail)', () => {
    expect(violations('x.ts', "import { schema } from '@inzetbaar/db';")).toHaveLength(1);
    expect(violations('x.ts', 'const rows = await deps.db\n    .select()\n    .from(t);')).toHaveLength(1);
    expect(violations('x.ts', 'await tx.insert(t).values(v);')).toHaveLength(1);
    expect(violations('x.ts', "import type { DbOrTx } from '@inzetbaar/db';")).toEqual([]);
    expect(violations('x.ts', "createHash('sha256').update(token)")).toEqual([]);
  });

  it('no service file queries a table directly', () => {
    const files = serviceFiles();
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => violations(relative(SRC, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('audit events are inserted only by the audit repository (through recordAudit)', () => {
    const allowed = new Set(['platform/audit/audit.repo.ts']);
    const offenders = filesUnder(SRC)
      .map((f) => relative(SRC, f))
      .filter((f) => !allowed.has(f))
      .filter((f) => /\.insert\(\s*(?:schema\.)?auditEvents\b/.test(readFileSync(join(SRC, f), 'utf8')));
    expect(offenders).toEqual([]);
  });
});

describe('medical data', () => {
  const relFiles = () => filesUnder(SRC).map((f) => relative(SRC, f));
  const read = (f: string) => readFileSync(join(SRC, f), 'utf8');

  it('only the medical repository (and retention, which deletes) touches the medical_notes table', () => {
    const allowed = new Set([
      'modules/verzuim/repo/medical.repo.ts',
      'modules/verzuim/repo/absence-retention.repo.ts',
    ]);
    const offenders = relFiles().filter((f) => !allowed.has(f) && /\bmedicalNotes\b/.test(read(f)));
    expect(offenders).toEqual([]);
  });

  it('only the medical services and the demo seed import the medical repository', () => {
    const allowed = new Set(['modules/verzuim/services/absence-medical.ts', 'modules/verzuim/demo.ts']);
    const offenders = relFiles().filter(
      (f) =>
        !allowed.has(f) &&
        !f.endsWith('medical.repo.ts') &&
        /from '[./]*(?:[\w-]+\/)*medical\.repo'/.test(read(f)),
    );
    expect(offenders).toEqual([]);
  });
});
