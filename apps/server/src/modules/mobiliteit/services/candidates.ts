import type { TCandidate, TCandidates } from '@inzetbaar/contracts';
import { matchCustom } from '@inzetbaar/domain/transitions/index';
import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { notFound } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { personNames } from '../../llo/repo/names.repo';
import { findOpening } from '../repo/openings.repo';
import { openPersonIds } from '../repo/preferences.repo';
import { engineFor, openingDestination, profilesOf } from './engine';
import { unitNames } from './openings';
import { presentOpening } from './present';

/** At most this many candidates are listed (and audited). */
const MAX_CANDIDATES = 50;

/**
 * People for an opening, ranked with explanations — only among people who said they are open to
 * other work and are employed today. Every person listed gets an audit event (their file was viewed).
 */
export async function listCandidates(
  deps: Deps,
  actor: Actor,
  openingId: string,
  lang: Lang,
): Promise<TCandidates> {
  authorize(actor, 'mobility.opening.candidates');
  const organizationId = actor.organizationId as string;
  const { db } = deps;
  const opening = await findOpening(db, organizationId, openingId);
  if (!opening) throw notFound();
  const day = today(deps.clock);
  const [engine, openIds, units] = await Promise.all([
    engineFor(db, organizationId, lang),
    openPersonIds(db, organizationId),
    unitNames(db, organizationId),
  ]);
  const profiles = (await profilesOf(db, organizationId, openIds, engine.cat, day)).filter(
    (p) => p.employment && (!p.employment.endDate || p.employment.endDate >= day),
  );
  const destination = openingDestination(opening);
  const names = await personNames(
    db,
    organizationId,
    profiles.map((p) => p.personId),
  );
  let insufficientProfiles = 0;
  const scored: TCandidate[] = [];
  for (const p of profiles) {
    const m = matchCustom(engine.ctx, p.profile, [destination], lang);
    if (m.status !== 'ok') {
      insufficientProfiles++;
      continue;
    }
    const r = m.results[0];
    if (!r) continue;
    const essentialHave = r.matchedSkills.filter((s) => s.relation === 'essential').length;
    scored.push({
      personId: p.personId,
      name: names.get(p.personId) ?? '',
      jobTitle: p.employment?.jobTitle ?? null,
      unitName: p.employment?.unitId ? (units.get(p.employment.unitId) ?? null) : null,
      score: r.score,
      band: r.band,
      essentialHave,
      essentialTotal: essentialHave + r.missingEssentialSkills.length,
      missingSkills: r.missingEssentialSkills.slice(0, 8).map((s) => ({
        uri: s.uri,
        label: s.label,
        labelLang: s.labelLang,
      })),
      effort: { band: r.effort.band, estimateMonths: r.effort.estimateMonths },
      explanation: r.explanation[lang],
    });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  const items = scored.slice(0, MAX_CANDIDATES);
  for (const c of items)
    await recordAudit(db, actor, organizationId, {
      action: 'mobility.candidate.viewed',
      resourceType: 'mobility_opening',
      resourceId: opening.id,
      subjectPersonId: c.personId,
      details: { score: c.score },
    });
  return {
    opening: presentOpening(opening, units, lang),
    openPeople: profiles.length,
    insufficientProfiles,
    items,
  };
}
