import type { TOpening, TTransitionCard } from '@inzetbaar/contracts';
import type { TransitionResult } from '@inzetbaar/domain/transitions/index';
import type { Lang } from '../../../platform/http/messages';
import { escoSkillLabel, occupationOf } from '../../llo/services/skill-labels';
import type { OpeningRow } from '../repo/openings.repo';
import type { LearningStep } from './engine';

const skill = (uri: string, lang: Lang) => {
  const l = escoSkillLabel(uri, lang);
  return { uri, label: l?.label ?? uri, labelLang: l?.labelLang ?? ('en' as const) };
};

export function presentOpening(o: OpeningRow, units: ReadonlyMap<string, string>, lang: Lang): TOpening {
  const occ = occupationOf(o.escoOccupationUri, lang);
  return {
    id: o.id,
    kind: o.kind,
    title: o.title,
    description: o.description,
    unit: o.unitId ? { id: o.unitId, name: units.get(o.unitId) ?? '' } : null,
    hoursPerWeek: o.hoursPerWeek,
    occupation: occ ? { uri: occ.occupation.uri, title: occ.title } : null,
    iscoGroup: o.iscoGroup,
    essentialSkills: o.essentialSkills.map((u) => skill(u, lang)),
    optionalSkills: o.optionalSkills.map((u) => skill(u, lang)),
    startsOn: o.startsOn,
    endsOn: o.endsOn,
    closesOn: o.closesOn,
    status: o.status,
    version: o.version,
  };
}

/** How many missing skills a card lists (the explanation names the count of the rest). */
const MISSING_SHOWN = 8;

/** One engine result as a card: the gap, the first learning step and the signals. */
export function presentCard(
  r: TransitionResult<LearningStep>,
  lang: Lang,
  opening: (OpeningRow & { unitName: string | null }) | null,
): TTransitionCard {
  const missing = r.missingEssentialSkills;
  // the first missing skill the catalogue teaches, else the most common one (without a course)
  const first = missing.find((m) => m.learning.length > 0) ?? missing[0];
  const essentialTotal =
    r.effort.missingEssential + r.matchedSkills.filter((m) => m.relation === 'essential').length;
  return {
    kind: opening ? 'opening' : 'occupation',
    id: opening ? opening.id : (r.uri ?? r.id),
    title: opening ? opening.title : r.title[lang],
    opening: opening
      ? {
          kind: opening.kind,
          unitName: opening.unitName,
          hoursPerWeek: opening.hoursPerWeek,
          closesOn: opening.closesOn,
        }
      : null,
    score: r.score,
    band: r.band,
    essentialCoverage: r.coverage.essential,
    essentialTotal,
    essentialHave: essentialTotal - r.effort.missingEssential - r.partialEssentialSkills.length,
    missingSkills: missing.slice(0, MISSING_SHOWN).map((m) => ({
      uri: m.uri,
      label: m.label,
      labelLang: m.labelLang,
      learning: m.learning.slice(0, 3),
    })),
    firstStep: first
      ? {
          skill: { uri: first.uri, label: first.label, labelLang: first.labelLang },
          learning: first.learning[0] ?? null,
        }
      : null,
    effort: { band: r.effort.band, estimateMonths: r.effort.estimateMonths },
    futureProof: r.signals.automationRisk?.futureProof ?? null,
    automationSource: r.signals.automationRisk?.source ?? null,
    shortage: r.signals.shortage
      ? { level: r.signals.shortage.level, source: r.signals.shortage.source, date: r.signals.shortage.date }
      : null,
    explanation: r.explanation[lang],
  };
}
