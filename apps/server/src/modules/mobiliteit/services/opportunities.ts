import type { TOpportunities } from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { today } from '../../../platform/today';
import { requirePerson } from '../../llo/services/access';
import { findPreference } from '../repo/preferences.repo';
import { engineFor, profilesOf } from './engine';
import { presentStamp } from './shortage';
import { transitionsFor } from './transitions-for';

/** "Mijn mogelijkheden": the person's own internal openings and ESCO transitions, as cards. */
export async function getOpportunities(
  deps: Deps,
  actor: Actor,
  personId: string,
  lang: Lang,
): Promise<TOpportunities> {
  const { db } = deps;
  await requirePerson(db, actor, 'mobility.opportunities.own', personId);
  const organizationId = actor.organizationId as string;
  const engine = await engineFor(db, organizationId, lang);
  const [profile] = await profilesOf(db, organizationId, [personId], engine.cat, today(deps.clock));
  const pref = await findPreference(db, organizationId, personId);
  const t = await transitionsFor(db, organizationId, engine, profile as NonNullable<typeof profile>, lang, {
    top: 12,
    shortageFirst: false,
  });
  return {
    personId,
    isOpenToOtherWork: pref?.isOpenToOtherWork ?? false,
    status: t.status,
    origin: t.origin,
    openings: t.openings,
    openingsNotJudged: t.openingsNotJudged,
    occupations: t.occupations,
    shortageTable: presentStamp(engine.shortageImport),
  };
}
