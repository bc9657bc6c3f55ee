import { z } from 'zod';
import { EscoInputError, type EscoInputIssue, parseInput } from '../esco/input-error';
import { searchLabels } from '../esco/label-index';
import { normalizeText } from '../esco/normalize';
import type { EscoSearch } from '../esco/search';
import type { Lang, Occupation, Taxonomy } from '../esco/types';
import { matchTransitions, type TransitionContext } from './match';
import type { SkillLevel } from './model';
import { buildProfile } from './profile';
import type { CustomDestination } from './score';
import { SHORTAGE_LEVELS, type ShortageEntry, type ShortageTable } from './signals';

const ZLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);

/** JSON input of `inzetbaar match` (docs/mobility-engine.md). */
export const ZMatchInput = z
  .object({
    occupation: z.string().trim().min(1).max(300),
    skills: z
      .array(z.union([z.string().min(1), z.object({ uri: z.string().min(1), level: ZLevel }).strict()]))
      .max(500)
      .optional(),
    top: z.number().int().min(1).max(100).optional(),
    lang: z.enum(['nl', 'en']).optional(),
    destinations: z
      .array(
        z
          .object({
            id: z.string().min(1),
            title: z.string().min(1),
            essential: z.array(z.string().min(1)),
            optional: z.array(z.string().min(1)).optional(),
            iscoGroup: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
          })
          .strict(),
      )
      .max(10_000)
      .optional(),
    shortage: z
      .array(
        z
          .object({
            occupation: z.string().min(1).optional(),
            isco: z
              .string()
              .regex(/^\d{4}$/)
              .optional(),
            level: z.enum(SHORTAGE_LEVELS as [string, ...string[]]),
            source: z.string().min(1),
            date: z.string().min(1),
          })
          .strict()
          .refine((e) => (e.occupation ? 1 : 0) + (e.isco ? 1 : 0) === 1, 'Give either occupation or isco'),
      )
      .optional(),
  })
  .strict();
export type TMatchInput = z.infer<typeof ZMatchInput>;

/**
 * An occupation by ESCO URI, or by title: the Dutch or English preferred label or a synonym, case
 * and diacritics ignored (a preferred label wins over a synonym). Null when nothing matches exactly.
 */
export function resolveOccupation(
  t: Taxonomy,
  search: Pick<EscoSearch, 'occupations'>,
  value: string,
  lang: Lang = 'nl',
): Occupation | null {
  const byUri = t.occupationByUri.get(value.trim());
  if (byUri !== undefined) return t.occupations[byUri] ?? null;
  const q = normalizeText(value);
  if (q === '') return null;
  const hit = searchLabels(search.occupations, value, lang, 20).find(
    (h) => normalizeText(h.matchedLabel) === q,
  );
  return hit ? (t.occupations[hit.concept] ?? null) : null;
}

/**
 * The JSON entry point of `inzetbaar match`: resolve the origin occupation and skills, rank and
 * explain. `skills` (URIs, level 3 unless given) are added to the origin occupation's own skills.
 * Throws EscoInputError naming the field (`occupation`, `skills[2]`, `destinations[0].essential[1]`).
 */
export function matchFromJson<L>(
  ctx: TransitionContext<L>,
  search: Pick<EscoSearch, 'occupations'>,
  input: unknown,
) {
  const p = parseInput(ZMatchInput, input);
  const t = ctx.taxonomy;
  const lang = p.lang ?? 'nl';
  const issues: EscoInputIssue[] = [];
  const origin = resolveOccupation(t, search, p.occupation, lang);
  if (!origin) {
    const near = searchLabels(search.occupations, p.occupation, lang, 3).map((h) => {
      const o = t.occupations[h.concept] as Occupation;
      return lang === 'nl' ? o.titleNl : o.titleEn;
    });
    issues.push({
      field: 'occupation',
      code: 'unknown_occupation',
      message: `No ESCO occupation with this URI or title${near.length ? ` (did you mean: ${near.join('; ')}?)` : ''}`,
    });
  }
  const skill = (uri: string, field: string) => {
    const s = t.skillByUri.get(uri);
    if (s === undefined)
      issues.push({ field, code: 'unknown_skill', message: `No ESCO skill with URI ${uri}` });
    return s ?? -1;
  };
  const skills = (p.skills ?? []).map((s, i) =>
    typeof s === 'string'
      ? { skill: skill(s, `skills[${i}]`), level: 3 as SkillLevel }
      : { skill: skill(s.uri, `skills[${i}].uri`), level: s.level as SkillLevel },
  );
  const custom: CustomDestination[] = (p.destinations ?? []).map((d, i) => ({
    id: d.id,
    title: d.title,
    essential: d.essential.map((u, k) => skill(u, `destinations[${i}].essential[${k}]`)),
    optional: (d.optional ?? []).map((u, k) => skill(u, `destinations[${i}].optional[${k}]`)),
    iscoGroup: d.iscoGroup ?? null,
  }));
  (p.shortage ?? []).forEach((e, i) => {
    if (e.occupation && !t.occupationByUri.has(e.occupation))
      issues.push({
        field: `shortage[${i}].occupation`,
        code: 'unknown_occupation',
        message: `No ESCO occupation with URI ${e.occupation}`,
      });
  });
  if (issues.length > 0 || !origin) throw new EscoInputError(issues);
  const entry = (e: NonNullable<TMatchInput['shortage']>[number]): ShortageEntry => ({
    level: e.level as ShortageEntry['level'],
    source: e.source,
    date: e.date,
  });
  const shortage: ShortageTable | null = p.shortage
    ? {
        byOccupation: new Map(
          p.shortage.filter((e) => e.occupation).map((e) => [e.occupation as string, entry(e)]),
        ),
        byIsco4: new Map(p.shortage.filter((e) => e.isco).map((e) => [e.isco as string, entry(e)])),
      }
    : (ctx.shortage ?? null);
  const profile = buildProfile(ctx.index, { occupation: origin.index, skills });
  const result = matchTransitions({ ...ctx, shortage }, { profile, top: p.top ?? 20, custom }, lang);
  const title = (x: { nl: string; en: string }) => (lang === 'nl' ? x.nl : x.en);
  const head = {
    origin: {
      uri: origin.uri,
      title: lang === 'nl' ? origin.titleNl : origin.titleEn,
      iscoGroup: origin.iscoGroup,
    },
  };
  if (result.status !== 'ok') return { ...head, ...result };
  return {
    ...head,
    status: result.status,
    profile: result.profile,
    thresholds: result.thresholds,
    counts: result.counts,
    results: result.results.map((r) => ({
      uri: r.uri,
      ...(r.kind === 'custom' ? { id: r.id } : {}),
      title: title(r.title),
      iscoGroup: r.iscoGroup,
      score: r.score,
      band: r.band,
      coverage: r.coverage,
      matchedSkills: r.matchedSkills.map(({ uri, label, relation, weight }) => ({
        uri,
        label,
        relation,
        weight,
      })),
      missingEssentialSkills: r.missingEssentialSkills.map(({ uri, label, labelLang, essentialIn }) => ({
        uri,
        label,
        labelLang,
        essentialIn,
      })),
      partialEssentialSkills: r.partialEssentialSkills,
      effort: r.effort,
      signals: r.signals,
      explanation: lang === 'nl' ? r.explanation.nl : r.explanation.en,
    })),
    notJudged: result.notJudged.map((n) => ({
      uri: n.uri,
      id: n.id,
      title: title(n.title),
      essentialSkills: n.essentialSkills,
      reason: n.reason,
    })),
  };
}
