/**
 * CI check of the bundled RI&E catalogues: every JSON file in this folder must validate against
 * ZRiskCatalogue, cite a legal source on every risk, and together cover the five default sectors.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  activeRisks,
  catalogueForSector,
  type TRiskCatalogue,
  type TRiskModule,
  ZRiskCatalogue,
} from '../../packages/domain/src/rie/index';

const dir = fileURLToPath(new URL('.', import.meta.url));
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort();

const parsed = files.map((file) => {
  const raw: unknown = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return { file, raw, result: ZRiskCatalogue.safeParse(raw) };
});
const catalogues: TRiskCatalogue[] = parsed.flatMap((p) => (p.result.success ? [p.result.data] : []));

/** Modules shared by every catalogue, kept identical to the general catalogue (see SOURCE.md). */
const SHARED_MODULE_IDS = ['psa', 'bhv', 'arbozorg'];
/** Sources a legal reference may cite. */
const LEGAL_SOURCE = /Arbowet|Arbobesluit|Arbeidstijdenwet|NEN \d{4}/;

describe('risk catalogues in data/risk-catalogues', () => {
  it('has catalogue files', () => {
    expect(files.length).toBeGreaterThanOrEqual(5);
  });

  it.each(parsed.map((p) => [p.file, p] as const))('%s validates against ZRiskCatalogue', (file, p) => {
    if (!p.result.success) expect.fail(`${file}:\n${z.prettifyError(p.result.error)}`);
    expect(`${p.result.data.id}.json`).toBe(file);
  });

  it.each(catalogues.map((c) => [c.id, c] as const))('%s: every risk cites a legal source', (_id, c) => {
    const risks = activeRisks(c, {});
    expect(risks.length).toBeGreaterThanOrEqual(15);
    for (const { risk, modulePath } of risks) {
      const where = `${modulePath.join(' > ')} > ${risk.id}`;
      expect(risk.legalReference.trim(), where).not.toBe('');
      expect(risk.legalReference, where).toMatch(LEGAL_SOURCE);
    }
  });

  it.each(catalogues.map((c) => [c.id, c] as const))('%s: every risk has 2–5 measures', (_id, c) => {
    for (const { risk } of activeRisks(c, {})) {
      expect(risk.measures.length, risk.id).toBeGreaterThanOrEqual(2);
      expect(risk.measures.length, risk.id).toBeLessThanOrEqual(5);
    }
  });

  it('covers the five default sectors', () => {
    expect(catalogues.map((c) => c.id)).toEqual(
      expect.arrayContaining(['algemeen-kantoor', 'bouw', 'zorg', 'onderwijs', 'techniek-automotive']),
    );
    const pick = (section: string, code?: string) => catalogueForSector(catalogues, { section, code })?.id;
    expect(pick('F')).toBe('bouw');
    expect(pick('Q')).toBe('zorg');
    expect(pick('P')).toBe('onderwijs');
    expect(pick('G', '45.20')).toBe('techniek-automotive');
    expect(pick('K')).toBe('algemeen-kantoor');
    expect(pick('A')).toBe('algemeen-kantoor');
  });

  it('every catalogue carries the shared PSA, BHV and arbozorg modules unchanged', () => {
    const general = catalogues.find((c) => c.id === 'algemeen-kantoor');
    const byId = (c: TRiskCatalogue, id: string): TRiskModule | undefined =>
      c.modules.find((m) => m.id === id);
    for (const c of catalogues) {
      for (const id of SHARED_MODULE_IDS) {
        const module = byId(c, id);
        expect(module, `${c.id} lacks module ${id}`).toBeDefined();
        expect(module?.profileQuestion, `${c.id}.${id} must always be on`).toBeUndefined();
        expect(module, `${c.id}.${id} differs from algemeen-kantoor`).toEqual(general && byId(general, id));
      }
    }
  });
});
