import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every audit action and resource type the server records has a label in Dutch and English
 * (issue #11 §4): the audit log and "Mijn dossier" show people words, not codes. The codes are
 * read from the source: the literals on `action:` / `resourceType:` lines and the codes passed to
 * `auditReport(…)` (incident reports).
 */
const SERVER = join(import.meta.dirname, '..');
const WEB_I18N = join(import.meta.dirname, '../../../web/src/i18n');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return path.endsWith('.ts') && !path.endsWith('.test.ts') ? [readFileSync(path, 'utf8')] : [];
  });
}

export function recordedCodes(texts: string[]) {
  const actions = new Set<string>();
  const resourceTypes = new Set<string>();
  for (const text of texts)
    for (const line of text.split('\n')) {
      // `action: 'a' | 'b'` in a type is a policy action, not an audit code
      if ((/\baction:/.test(line) && !/\baction:\s*'[^']*'\s*\|/.test(line)) || /\bauditReport\(/.test(line))
        for (const [, code] of line.matchAll(/'([a-z_-]+(?:\.[a-z_-]+)+)'/g)) actions.add(code as string);
      if (/\bresourceType:/.test(line))
        for (const [, code] of line.matchAll(/'([a-z_]+)'/g)) resourceTypes.add(code as string);
    }
  return { actions, resourceTypes };
}

type Catalogue = { audit: { actions: Record<string, string>; resourceTypes: Record<string, string> } };
const catalogue = (lang: string) =>
  JSON.parse(readFileSync(join(WEB_I18N, `${lang}.json`), 'utf8')) as Catalogue;

describe('audit labels', () => {
  it('finds the codes in the source (so the check below can fail)', () => {
    const found = recordedCodes([
      "    action: version === 0 ? 'absence.plan_created' : 'absence.plan_updated',\n    resourceType: 'absence_case',",
      "await auditReport(tx, actor, organizationId, r, 'incident-report.viewed', now);",
    ]);
    expect([...found.actions]).toEqual([
      'absence.plan_created',
      'absence.plan_updated',
      'incident-report.viewed',
    ]);
    expect([...found.resourceTypes]).toEqual(['absence_case']);
  });

  const { actions, resourceTypes } = recordedCodes(sources(SERVER));
  it.each(['nl', 'en'])('every recorded action and resource type has a label in %s', (lang) => {
    const { audit } = catalogue(lang);
    expect(actions.size).toBeGreaterThan(80);
    // the web looks labels up with dots as underscores (i18next nests on dots)
    expect([...actions].filter((a) => !audit.actions[a.replaceAll('.', '_')])).toEqual([]);
    expect([...resourceTypes].filter((r) => !audit.resourceTypes[r])).toEqual([]);
  });
});
