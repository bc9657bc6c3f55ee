import type { DbOrTx } from '@inzetbaar/db';
import {
  buildProfileFromUris,
  type CustomDestination,
  customDestinationFromUris,
  type ShortageEntry,
  type ShortageTable,
  type TransitionContext,
  type TransitionProfile,
} from '@inzetbaar/domain/transitions/index';
import type { Lang } from '../../../platform/http/messages';
import { automationRisk, escoTaxonomy, escoTransitionIndex } from '../../../platform/reference-data/esco';
import { listLearningItems } from '../../llo/repo/catalogue.repo';
import { listProfileSkillsOf } from '../../llo/repo/profile.repo';
import { currentEmployment } from '../../llo/services/access';
import { type SkillCatalog, skillCatalog } from '../../llo/services/skill-labels';
import { type EmploymentRow, listEmployments } from '../../people/repo/people.repo';
import type { OpeningRow } from '../repo/openings.repo';
import { latestShortageImport, type ShortageImportRow, shortageEntries } from '../repo/shortage.repo';

/** A learning activity of the LLO catalogue, as the engine hands it back for a missing skill. */
export type LearningStep = { id: string; title: string; kind: string };

export type Engine = {
  ctx: TransitionContext<LearningStep>;
  cat: SkillCatalog;
  shortageImport: ShortageImportRow | null;
};

/**
 * The transition engine with this organisation's data: the LLO catalogue as the learning hook
 * (activities by the ESCO skill they teach; own skills through their ESCO mapping) and the imported
 * shortage table (none invented: null until imported).
 */
export async function engineFor(db: DbOrTx, organizationId: string, lang: Lang): Promise<Engine> {
  const [cat, items, imp] = await Promise.all([
    skillCatalog(db, organizationId, lang),
    listLearningItems(db, organizationId),
    latestShortageImport(db, organizationId),
  ]);
  const learningBySkill = new Map<string, LearningStep[]>();
  for (const item of items)
    for (const s of item.skills) {
      const uri = cat.escoUriOf(s.ref);
      if (!uri) continue;
      const list = learningBySkill.get(uri) ?? [];
      list.push({ id: item.id, title: item.title, kind: item.kind });
      learningBySkill.set(uri, list);
    }
  let shortage: ShortageTable | null = null;
  if (imp) {
    const byOccupation = new Map<string, ShortageEntry>();
    const byIsco4 = new Map<string, ShortageEntry>();
    for (const e of await shortageEntries(db, organizationId, imp.id)) {
      const entry = { level: e.level, source: e.source, date: e.date };
      if (e.escoOccupationUri) byOccupation.set(e.escoOccupationUri, entry);
      if (e.isco4) byIsco4.set(e.isco4, entry);
    }
    shortage = { byOccupation, byIsco4 };
  }
  return {
    ctx: {
      taxonomy: escoTaxonomy(),
      index: escoTransitionIndex(),
      automationRisk: automationRisk(),
      shortage,
      learningBySkill,
    },
    cat,
    shortageImport: imp ?? null,
  };
}

/** An opening as a destination of the engine (skills the taxonomy does not know are left out). */
export function openingDestination(o: OpeningRow): CustomDestination {
  return customDestinationFromUris(escoTaxonomy(), {
    id: o.id,
    title: o.title,
    essential: o.essentialSkills,
    optional: o.optionalSkills,
    iscoGroup: o.iscoGroup,
  }).destination;
}

export type PersonProfile = {
  personId: string;
  profile: TransitionProfile;
  employment: EmploymentRow | undefined;
  originUri: string | null;
};

/**
 * The engine's profiles of some people: their LLO skills profile (levels count; own skills through
 * their ESCO mapping) on top of their current ESCO occupation.
 */
export async function profilesOf(
  db: DbOrTx,
  organizationId: string,
  personIds: readonly string[],
  cat: SkillCatalog,
  day: string,
): Promise<PersonProfile[]> {
  if (personIds.length === 0) return [];
  const [skills, employments] = await Promise.all([
    listProfileSkillsOf(db, organizationId, personIds),
    listEmployments(db, organizationId),
  ]);
  const t = escoTaxonomy();
  const x = escoTransitionIndex();
  return personIds.map((personId) => {
    const employment = currentEmployment(
      employments.filter((e) => e.personId === personId),
      day,
    );
    const own = skills.flatMap((s) => {
      if (s.personId !== personId) return [];
      const uri = cat.escoUriOf(s.skillRef);
      return uri ? [{ uri, level: Math.min(4, Math.max(1, s.level)) as 1 | 2 | 3 | 4 }] : [];
    });
    const originUri = employment?.escoOccupationUri ?? null;
    const { profile } = buildProfileFromUris(t, x, { occupationUri: originUri, skills: own });
    return { personId, profile, employment, originUri };
  });
}
