import type { TTransitionCard } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { matchCustom, matchTransitions } from '@inzetbaar/domain/transitions/index';
import type { Lang } from '../../../platform/http/messages';
import { occupationOf } from '../../llo/services/skill-labels';
import { listOpenings } from '../repo/openings.repo';
import { type Engine, openingDestination, type PersonProfile } from './engine';
import { unitNames } from './openings';
import { presentCard } from './present';

const SHORTAGE_RANK: Record<string, number> = { zeer_krap: 0, krap: 1 };

export type PersonTransitions = {
  status: 'ok' | 'insufficient_data';
  origin: { uri: string; title: string } | null;
  openings: TTransitionCard[];
  openingsNotJudged: { id: string; title: string }[];
  occupations: TTransitionCard[];
};

/**
 * A person's transitions: every open internal opening (ranked by score) and the best ESCO
 * occupations. With `shortageFirst`, viable occupations in a shortage (krap, zeer krap) come first —
 * the order of a van-werk-naar-werk plan.
 */
export async function transitionsFor(
  db: DbOrTx,
  organizationId: string,
  engine: Engine,
  p: PersonProfile,
  lang: Lang,
  opts: { top: number; shortageFirst: boolean },
): Promise<PersonTransitions> {
  const occ = occupationOf(p.originUri, lang);
  const origin = occ ? { uri: occ.occupation.uri, title: occ.title } : null;
  const [rows, units] = await Promise.all([
    listOpenings(db, organizationId, 'open'),
    unitNames(db, organizationId),
  ]);
  const custom = rows.map(openingDestination);
  const m = matchCustom(engine.ctx, p.profile, custom, lang);
  if (m.status !== 'ok')
    return { status: 'insufficient_data', origin, openings: [], openingsNotJudged: [], occupations: [] };
  const byId = new Map(rows.map((o) => [o.id, o]));
  const openings = m.results
    .map((r) => {
      const o = byId.get(r.id);
      return presentCard(
        r,
        lang,
        o ? { ...o, unitName: o.unitId ? (units.get(o.unitId) ?? null) : null } : null,
      );
    })
    .sort((a, b) => b.score - a.score);
  const occupationsResult = matchTransitions(engine.ctx, { profile: p.profile, top: opts.top }, lang);
  let occupations = occupationsResult.results.map((r) => presentCard(r, lang, null));
  if (opts.shortageFirst) {
    const rank = (c: TTransitionCard) =>
      c.band !== 'distant' && c.shortage && c.shortage.level in SHORTAGE_RANK
        ? (SHORTAGE_RANK[c.shortage.level] as number)
        : 9;
    occupations = occupations
      .map((c, i) => ({ c, i }))
      .sort((a, b) => rank(a.c) - rank(b.c) || a.i - b.i)
      .map((x) => x.c);
  }
  return {
    status: 'ok',
    origin,
    openings,
    openingsNotJudged: m.notJudged.map((id) => ({ id, title: byId.get(id)?.title ?? '' })),
    occupations,
  };
}
