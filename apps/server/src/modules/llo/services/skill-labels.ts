import { CUSTOM_SKILL_PREFIX, ESCO_SKILL_PREFIX, type TSkillLabel } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import type { Lang } from '../../../platform/http/messages';
import { escoTaxonomy } from '../../../platform/reference-data/esco';
import { type CustomSkillRow, listCustomSkills } from '../repo/custom-skills.repo';

export const customSkillRef = (id: string) => `${CUSTOM_SKILL_PREFIX}${id}`;
export const customSkillId = (ref: string) =>
  ref.startsWith(CUSTOM_SKILL_PREFIX) ? ref.slice(CUSTOM_SKILL_PREFIX.length) : null;
export const isEscoSkill = (ref: string) => ref.startsWith(ESCO_SKILL_PREFIX);

/** The ESCO label of a skill in `lang`; Dutch falls back to English where ESCO has no Dutch label. */
export function escoSkillLabel(uri: string, lang: Lang): { label: string; labelLang: Lang } | null {
  const t = escoTaxonomy();
  const index = t.skillByUri.get(uri);
  const skill = index === undefined ? undefined : t.skills[index];
  if (!skill) return null;
  if (lang === 'nl' && skill.labelNl) return { label: skill.labelNl, labelLang: 'nl' };
  return { label: skill.labelEn, labelLang: 'en' };
}

export function occupationOf(uri: string | null | undefined, lang: Lang) {
  if (!uri) return null;
  const t = escoTaxonomy();
  const index = t.occupationByUri.get(uri);
  const o = index === undefined ? undefined : t.occupations[index];
  return o ? { occupation: o, title: lang === 'nl' ? o.titleNl : o.titleEn } : null;
}

export type SkillCatalog = {
  label: (ref: string) => TSkillLabel;
  /** An ESCO skill of the taxonomy, or a custom skill of this organisation. */
  isKnown: (ref: string) => boolean;
  /** The ESCO skill a ref stands for (itself, or a custom skill's mapping), if any. */
  escoUriOf: (ref: string) => string | null;
  customSkills: CustomSkillRow[];
};

/** Labels of skill refs for one organisation and language (reads its custom skills once). */
export async function skillCatalog(db: DbOrTx, organizationId: string, lang: Lang): Promise<SkillCatalog> {
  const customSkills = await listCustomSkills(db, organizationId);
  const custom = new Map(customSkills.map((c) => [customSkillRef(c.id), c]));
  const escoUriOf = (ref: string) => (isEscoSkill(ref) ? ref : (custom.get(ref)?.escoSkillUri ?? null));
  return {
    customSkills,
    escoUriOf,
    isKnown: (ref) => custom.has(ref) || (isEscoSkill(ref) && escoSkillLabel(ref, 'en') !== null),
    label: (ref) => {
      const c = custom.get(ref);
      if (c) return { ref, label: c.name, labelLang: 'nl', isCustom: true, escoUri: c.escoSkillUri };
      const esco = escoSkillLabel(ref, lang);
      return {
        ref,
        label: esco?.label ?? ref,
        labelLang: esco?.labelLang ?? 'en',
        isCustom: false,
        escoUri: isEscoSkill(ref) ? ref : null,
      };
    },
  };
}
