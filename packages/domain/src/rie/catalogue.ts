/**
 * Working with a validated RI&E catalogue: which modules apply (profile questions), an organisation's
 * own risks, and the default catalogue for a sector.
 */
import { z } from 'zod';
import {
  type TRisk,
  type TRiskCatalogue,
  type TRiskModule,
  ZCatalogueId,
  ZRisk,
  ZRiskCatalogue,
} from './catalogue.schema';

/** Answers to profile questions, by module id: `true` = yes (module on), `false` = no (module off). */
export type TProfileAnswers = Readonly<Record<string, boolean>>;

/** The catalogue used when no sector catalogue matches. */
export const DEFAULT_CATALOGUE_ID = 'algemeen-kantoor';

/**
 * The modules (with their risks) that are switched on, as a pruned copy of the module tree.
 *
 * - A module without a profile question is always on; an answer for it is ignored.
 * - A module whose profile question is answered `false` is off, and so is everything inside it.
 * - An unanswered profile question counts as "on". The RI&E must cover every risk that may be present
 *   (Arbowet art. 5 lid 1); showing a module that turns out not to apply costs one click, while hiding one
 *   that does apply leaves a risk out of the inventory. Over-identifying is the safe side.
 */
export function activeModules(catalogue: TRiskCatalogue, profileAnswers: TProfileAnswers): TRiskModule[] {
  return pruneModules(catalogue.modules, profileAnswers);
}

function pruneModules(modules: readonly TRiskModule[], answers: TProfileAnswers): TRiskModule[] {
  const out: TRiskModule[] = [];
  for (const module of modules) {
    if (module.profileQuestion !== undefined && answers[module.id] === false) continue;
    const copy: TRiskModule = { ...module };
    if (module.modules) copy.modules = pruneModules(module.modules, answers);
    if (module.risks) copy.risks = [...module.risks];
    out.push(copy);
  }
  return out;
}

export type TActiveRisk = {
  risk: TRisk;
  /** The id of the module that holds the risk. */
  moduleId: string;
  /** Module ids from the top level down to the holding module. */
  modulePath: string[];
};

/** Every risk in the switched-on modules, in catalogue order, with the modules it sits in. */
export function activeRisks(catalogue: TRiskCatalogue, profileAnswers: TProfileAnswers): TActiveRisk[] {
  const out: TActiveRisk[] = [];
  const walk = (modules: readonly TRiskModule[], path: string[]) => {
    for (const module of modules) {
      const here = [...path, module.id];
      for (const risk of module.risks ?? []) out.push({ risk, moduleId: module.id, modulePath: here });
      if (module.modules) walk(module.modules, here);
    }
  };
  walk(activeModules(catalogue, profileAnswers), []);
  return out;
}

export const ZOwnRisk = z.object({ moduleId: ZCatalogueId, risk: ZRisk });
export type TOwnRisk = z.infer<typeof ZOwnRisk>;

/**
 * The catalogue with an organisation's own risks appended to the modules they name (marked `isOwn`).
 *
 * Own risks are validated like catalogue risks: each on its own (paths `[i].risk…`), then the merged
 * catalogue as a whole (unique ids, a module holds modules or risks, …; paths into the catalogue).
 * Throws a `ZodError` when anything is invalid or a module id does not exist.
 */
export function mergeOwnRisks(catalogue: TRiskCatalogue, ownRisks: readonly TOwnRisk[]): TRiskCatalogue {
  const parsed = z.array(ZOwnRisk).parse(ownRisks);
  const merged: TRiskCatalogue = structuredClone(catalogue);
  const index = new Map<string, TRiskModule>();
  const walk = (modules: TRiskModule[]) => {
    for (const module of modules) {
      index.set(module.id, module);
      if (module.modules) walk(module.modules);
    }
  };
  walk(merged.modules);

  const issues: z.core.$ZodIssue[] = [];
  parsed.forEach((own, i) => {
    const module = index.get(own.moduleId);
    if (!module) {
      issues.push({
        code: 'custom',
        path: [i, 'moduleId'],
        message: `no module "${own.moduleId}" in catalogue "${catalogue.id}"`,
        input: own.moduleId,
      });
      return;
    }
    module.risks = [...(module.risks ?? []), { ...own.risk, isOwn: true }];
  });
  if (issues.length > 0) throw new z.ZodError(issues);
  return ZRiskCatalogue.parse(merged);
}

export type TSbiClassification = {
  /** SBI 2008 section letter, e.g. "F". */
  section: string;
  /** Optional SBI code ("45", "4520", "45.20"); its first two digits are the division. */
  code?: string;
};

/**
 * The default catalogue for an organisation's sector.
 *
 * A catalogue matches when its `sbiSections` hold the section and, if it lists `sbiDivisions`, the
 * organisation's division is one of them. A division match wins over a section-only match (more
 * specific); among equals the first in `catalogues` wins. With no match the general/office catalogue
 * (`fallbackId`) is used; `undefined` only when that is missing too.
 */
export function catalogueForSector(
  catalogues: readonly TRiskCatalogue[],
  sbi: TSbiClassification,
  fallbackId: string = DEFAULT_CATALOGUE_ID,
): TRiskCatalogue | undefined {
  const section = sbi.section.trim().toUpperCase();
  const division = sbi.code?.replace(/\D/g, '').slice(0, 2);
  let sectionMatch: TRiskCatalogue | undefined;
  for (const catalogue of catalogues) {
    if (!(catalogue.sector.sbiSections as readonly string[]).includes(section)) continue;
    const divisions = catalogue.sector.sbiDivisions;
    if (divisions && divisions.length > 0) {
      if (division !== undefined && divisions.includes(division)) return catalogue;
    } else {
      sectionMatch ??= catalogue;
    }
  }
  return sectionMatch ?? catalogues.find((c) => c.id === fallbackId);
}
