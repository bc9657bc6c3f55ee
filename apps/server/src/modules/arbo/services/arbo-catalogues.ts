import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DbOrTx } from '@inzetbaar/db';
import { rie } from '@inzetbaar/domain';
import { listOwnRisks } from '../repo/arbo.repo';

type TRiskCatalogue = rie.TRiskCatalogue;

/** The bundled catalogues, resolved from this file (not the working directory). */
export const CATALOGUE_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  '..',
  '..',
  '..',
  'data',
  'risk-catalogues',
);

/**
 * Read and validate every `*.json` in `dir` with `ZRiskCatalogue`. Throws naming the file and the
 * first invalid paths, so a broken catalogue stops the server at start instead of at first use.
 */
export function loadRiskCatalogues(dir = CATALOGUE_DIR): TRiskCatalogue[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const result = rie.ZRiskCatalogue.safeParse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    if (!result.success) {
      const issues = result.error.issues
        .slice(0, 5)
        .map((i) => `${i.path.join('.')}: ${i.message}`)
        .join('; ');
      throw new Error(`Risk catalogue ${file} is invalid: ${issues}`);
    }
    if (`${result.data.id}.json` !== file)
      throw new Error(`Risk catalogue ${file} has id "${result.data.id}"; the file name must equal the id`);
    return result.data;
  });
}

let cache: TRiskCatalogue[] | null = null;

/** The validated catalogues, loaded once (createApp calls this at start). */
export function riskCatalogues(): TRiskCatalogue[] {
  cache ??= loadRiskCatalogues();
  return cache;
}

export function findCatalogue(id: string): TRiskCatalogue | undefined {
  return riskCatalogues().find((c) => c.id === id);
}

export function defaultCatalogueFor(org: { sbiSection: string; sbiDivision: string | null }): TRiskCatalogue {
  const found = rie.catalogueForSector(riskCatalogues(), {
    section: org.sbiSection,
    ...(org.sbiDivision ? { code: org.sbiDivision } : {}),
  });
  if (!found) throw new Error('No default risk catalogue (algemeen-kantoor) found');
  return found;
}

/** A catalogue with the organisation's own risks merged in (`isOwn: true`). */
export async function catalogueWithOwnRisks(
  db: DbOrTx,
  organizationId: string,
  catalogue: TRiskCatalogue,
): Promise<TRiskCatalogue> {
  const own = await listOwnRisks(db, organizationId, catalogue.id);
  if (own.length === 0) return catalogue;
  return rie.mergeOwnRisks(
    catalogue,
    own.map((o) => ({ moduleId: o.moduleId, risk: o.risk as unknown as rie.TRisk })),
  );
}

/** Every risk of a catalogue with its top-level module, in catalogue order. */
export function risksByTopModule(catalogue: TRiskCatalogue, profileAnswers: rie.TProfileAnswers) {
  const active = new Set(rie.activeRisks(catalogue, profileAnswers).map((r) => r.risk.id));
  const out: { module: rie.TRiskModule; risks: { risk: rie.TRisk; active: boolean }[] }[] = [];
  const collect = (m: rie.TRiskModule, acc: { risk: rie.TRisk; active: boolean }[]) => {
    for (const risk of m.risks ?? []) acc.push({ risk, active: active.has(risk.id) });
    for (const sub of m.modules ?? []) collect(sub, acc);
  };
  for (const module of catalogue.modules) {
    const risks: { risk: rie.TRisk; active: boolean }[] = [];
    collect(module, risks);
    out.push({ module, risks });
  }
  return out;
}

/** Risk by id (catalogue plus own risks). */
export function findRisk(catalogue: TRiskCatalogue, riskId: string): rie.TRisk | undefined {
  const walk = (modules: readonly rie.TRiskModule[]): rie.TRisk | undefined => {
    for (const m of modules) {
      const hit = m.risks?.find((r) => r.id === riskId) ?? (m.modules ? walk(m.modules) : undefined);
      if (hit) return hit;
    }
    return undefined;
  };
  return walk(catalogue.modules);
}
