import type { TSkillLabel } from '@inzetbaar/contracts';
import { esco } from '@inzetbaar/domain';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { escoSearch, escoTaxonomy } from '../../../platform/reference-data/esco';
import { orgOf } from './access';
import { customSkillRef, skillCatalog } from './skill-labels';

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

/**
 * Skills by name for the profile, goals and catalogue: the organisation's own skills whose name
 * contains the query, then ESCO skills from the shared search (Dutch and English labels and synonyms,
 * diacritics- and case-insensitive, word prefixes; docs/esco-search.md).
 */
export async function searchSkillsFor(deps: Deps, actor: Actor, q: { q: string; top: number }, lang: Lang) {
  authorize(actor, 'llo.taxonomy.read');
  const cat = await skillCatalog(deps.db, orgOf(actor), lang);
  const needle = fold(q.q);
  const own: TSkillLabel[] = cat.customSkills
    .filter((c) => fold(c.name).includes(needle))
    .slice(0, q.top)
    .map((c) => cat.label(customSkillRef(c.id)));
  const hits = esco.searchSkills(escoTaxonomy(), escoSearch, { q: q.q, lang, top: q.top });
  return {
    items: [
      ...own,
      ...hits.map((h) => ({
        ref: h.uri,
        label: h.label,
        labelLang: h.labelLang,
        isCustom: false,
        escoUri: h.uri,
      })),
    ].slice(0, q.top),
  };
}

/** ESCO occupations by title or synonym (the search of `inzetbaar search-occupations`). */
export function searchOccupationsFor(actor: Actor, q: { q: string; top: number }, lang: Lang) {
  authorize(actor, 'llo.taxonomy.read');
  return {
    items: esco
      .searchOccupations(escoTaxonomy(), escoSearch, { q: q.q, lang, top: q.top })
      .map(({ uri, title, iscoGroup }) => ({ uri, title, iscoGroup })),
  };
}
