/**
 * RI&E risk catalogues as validated data (Arbowet art. 5).
 *
 * The model follows the concepts of OiRA/Euphorie (survey → optional module with a profile question →
 * risk → measure; at most three module levels; a container holds modules or risks, never both), written
 * from scratch: Euphorie is GPL, so concepts only, no code.
 */
import { z } from 'zod';

/** SBI 2008 sections (CBS Standaard Bedrijfsindeling): one capital letter A–U. */
// biome-ignore format: the 21 letters read best on one line
export const SBI_SECTIONS = [
  'A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U',
] as const;

/**
 * Arbeidshygiënische strategie (Arbowet art. 3 lid 1 onder b): tackle a hazard at the source first, then
 * collectively, then individually, and only then with personal protective equipment. Measures in a
 * catalogue are listed in this order so the plan van aanpak reads in the order the law prefers.
 */
export const MEASURE_LEVELS = ['bron', 'collectief', 'individueel', 'pbm'] as const;
export type TMeasureLevel = (typeof MEASURE_LEVELS)[number];

/** `top5`: one of the sector's top risks (always high priority); `policy`: a policy question. */
export const RISK_TYPES = ['top5', 'risk', 'policy'] as const;
/** `fine_kinney`: R = W × B × E; `direct`: the user picks a priority; `fixed`: the catalogue's default. */
export const EVALUATION_METHODS = ['fine_kinney', 'direct', 'fixed'] as const;
export const PRIORITIES = ['high', 'medium', 'low'] as const;
export type TPriority = (typeof PRIORITIES)[number];

/** Modules nest at most three levels deep (as in OiRA), so a catalogue stays navigable. */
export const MAX_MODULE_DEPTH = 3;

const ID_PATTERN = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

export const ZCatalogueId = z
  .string()
  .regex(ID_PATTERN, 'id must be lowercase letters and digits, separated by "-" or "."');

export const ZLocalizedText = z.object({
  nl: z.string().trim().min(1, 'Dutch text is required'),
  en: z.string().trim().min(1, 'English text is required'),
});
export type TLocalizedText = z.infer<typeof ZLocalizedText>;

export const ZMeasure = z.object({
  id: ZCatalogueId,
  level: z.enum(MEASURE_LEVELS),
  text: ZLocalizedText,
});
export type TMeasure = z.infer<typeof ZMeasure>;

export const ZRisk = z
  .object({
    id: ZCatalogueId,
    /** Affirmative: the situation when all is well ("Er wordt veilig gewerkt op hoogte"). */
    statement: ZLocalizedText,
    /** Negative: what is wrong when the statement does not hold. */
    problem: ZLocalizedText,
    /** The article of law the risk rests on (Arbowet/Arbobesluit/…); a risk without a source is not accepted. */
    legalReference: z.string().trim().min(1, 'legalReference is required (cite the article of law)'),
    type: z.enum(RISK_TYPES),
    evaluationMethod: z.enum(EVALUATION_METHODS),
    defaultPriority: z.enum(PRIORITIES).optional(),
    measures: z.array(ZMeasure).min(1, 'a risk needs at least one measure'),
    /** Set on risks an organisation added itself (see `mergeOwnRisks`). */
    isOwn: z.boolean().optional(),
  })
  .superRefine((risk, ctx) => {
    // Arbowet art. 3 lid 1 onder b: bron → collectief → individueel → pbm.
    for (let i = 1; i < risk.measures.length; i++) {
      const prev = risk.measures[i - 1];
      const cur = risk.measures[i];
      if (prev && cur && MEASURE_LEVELS.indexOf(cur.level) < MEASURE_LEVELS.indexOf(prev.level)) {
        ctx.addIssue({
          code: 'custom',
          path: ['measures', i, 'level'],
          message: `measure "${cur.id}" (${cur.level}) comes after "${prev.id}" (${prev.level}); order measures bron → collectief → individueel → pbm (Arbowet art. 3 lid 1 b)`,
        });
      }
    }
    if (risk.evaluationMethod === 'fixed' && risk.defaultPriority === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['defaultPriority'],
        message: 'a risk with evaluationMethod "fixed" needs a defaultPriority',
      });
    }
  });
export type TRisk = z.infer<typeof ZRisk>;

export const ZRiskModule = z.object({
  id: ZCatalogueId,
  title: ZLocalizedText,
  /** A yes/no question; answered "no", the module and everything in it is switched off. */
  profileQuestion: ZLocalizedText.optional(),
  get modules(): z.ZodOptional<z.ZodArray<typeof ZRiskModule>> {
    return z.array(ZRiskModule).optional();
  },
  risks: z.array(ZRisk).optional(),
});
export type TRiskModule = z.infer<typeof ZRiskModule>;

export const ZRiskCatalogue = z
  .object({
    id: ZCatalogueId,
    version: z.string().trim().min(1),
    sector: z.object({
      sbiSections: z.array(z.enum(SBI_SECTIONS)),
      /** Optional SBI divisions (two digits, e.g. "45") narrowing a catalogue inside its sections. */
      sbiDivisions: z.array(z.string().regex(/^\d{2}$/, 'an SBI division has two digits')).optional(),
      label: ZLocalizedText,
    }),
    title: ZLocalizedText,
    modules: z.array(ZRiskModule).min(1, 'a catalogue needs at least one module'),
  })
  .superRefine((catalogue, ctx) => {
    const seen = new Map<string, string>();
    const claim = (id: string, path: (string | number)[]) => {
      const first = seen.get(id);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: [...path, 'id'],
          message: `duplicate id "${id}" (first used at ${first}); ids must be unique across the catalogue`,
        });
      } else {
        seen.set(id, formatPath(path));
      }
    };
    claim(catalogue.id, []);
    const walk = (modules: TRiskModule[], depth: number, path: (string | number)[]) => {
      modules.forEach((module, i) => {
        const here = [...path, i];
        claim(module.id, here);
        if (depth > MAX_MODULE_DEPTH) {
          ctx.addIssue({
            code: 'custom',
            path: here,
            message: `module "${module.id}" is nested ${depth} levels deep; at most ${MAX_MODULE_DEPTH} levels are allowed`,
          });
        }
        const hasModules = (module.modules?.length ?? 0) > 0;
        const hasRisks = (module.risks?.length ?? 0) > 0;
        if (hasModules && hasRisks) {
          ctx.addIssue({
            code: 'custom',
            path: here,
            message: `module "${module.id}" holds both sub-modules and risks; a module holds one or the other`,
          });
        } else if (!hasModules && !hasRisks) {
          ctx.addIssue({
            code: 'custom',
            path: here,
            message: `module "${module.id}" is empty; give it sub-modules or risks`,
          });
        }
        module.risks?.forEach((risk, r) => {
          const riskPath = [...here, 'risks', r];
          claim(risk.id, riskPath);
          risk.measures.forEach((measure, m) => {
            claim(measure.id, [...riskPath, 'measures', m]);
          });
        });
        if (module.modules) walk(module.modules, depth + 1, [...here, 'modules']);
      });
    };
    walk(catalogue.modules, 1, ['modules']);
  });
export type TRiskCatalogue = z.infer<typeof ZRiskCatalogue>;

/** `modules[0].risks[2]` style, matching how zod prints paths. */
function formatPath(path: (string | number)[]): string {
  if (path.length === 0) return 'catalogue';
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
