import type { IsoDate } from '../dates';

/**
 * The toetsing record of an RI&E (Arbowet art. 14 lid 1 onder a). Facts: domain-rules §4 of the
 * shared project docs; summary in docs/rie.md §3.
 */

/** Since 1 July 2022 the toets is split into a systeemtoets and a scopetoets (domain-rules §4). */
export const TOETSING_SPLIT_FROM: IsoDate = '2022-07-01';
/** `both`: one toets covering both parts (and every toets before the split). */
export const TOETSING_SCOPES = ['systeemtoets', 'scopetoets', 'both'] as const;
export type TToetsingScope = (typeof TOETSING_SCOPES)[number];
/**
 * Who may toets: a certified kerndeskundige (veiligheidskundige, arbeidshygiënist, A&O-deskundige) or a
 * bedrijfsarts / arbodienst (domain-rules §4).
 */
export const TOETSING_EXPERTS = [
  'veiligheidskundige',
  'arbeidshygienist',
  'ao_deskundige',
  'bedrijfsarts',
  'arbodienst',
] as const;
export type TToetsingExpert = (typeof TOETSING_EXPERTS)[number];
export const TOETSING_VERDICTS = ['approved', 'approved_with_remarks', 'not_approved'] as const;
export type TToetsingVerdict = (typeof TOETSING_VERDICTS)[number];

/** A toets before the split covered the RI&E as a whole: only `both` is possible then. */
export const isToetsingScopeAllowed = (scope: TToetsingScope, toetsedOn: IsoDate): boolean =>
  scope === 'both' || toetsedOn >= TOETSING_SPLIT_FROM;

export type TToetsingRecord = {
  scope: TToetsingScope;
  toetsedOn: IsoDate;
  /** null: recorded before verdicts were stored; the outcome text says it. */
  verdict: TToetsingVerdict | null;
};

export type TToetsingPart = { toetsedOn: IsoDate; verdict: TToetsingVerdict | null } | null;

export type TToetsingCoverage = {
  /** The newest toets covering this part, whatever its verdict. */
  systeemtoets: TToetsingPart;
  scopetoets: TToetsingPart;
  /** Both parts covered by their newest toets with a verdict other than `not_approved`. */
  complete: boolean;
};

/**
 * Which parts of the toets an RI&E has had. For each part the newest toets covering it counts (a later
 * toets replaces an earlier one, e.g. after a rejection); among toetsen on the same day, a rejection wins.
 */
export function toetsingCoverage(records: readonly TToetsingRecord[]): TToetsingCoverage {
  const newest = (part: 'systeemtoets' | 'scopetoets'): TToetsingPart => {
    let best: TToetsingRecord | null = null;
    for (const r of records) {
      if (r.scope !== part && r.scope !== 'both') continue;
      if (
        !best ||
        r.toetsedOn > best.toetsedOn ||
        (r.toetsedOn === best.toetsedOn && r.verdict === 'not_approved')
      )
        best = r;
    }
    return best ? { toetsedOn: best.toetsedOn, verdict: best.verdict } : null;
  };
  const systeemtoets = newest('systeemtoets');
  const scopetoets = newest('scopetoets');
  const passed = (p: TToetsingPart) => p !== null && p.verdict !== 'not_approved';
  return { systeemtoets, scopetoets, complete: passed(systeemtoets) && passed(scopetoets) };
}
