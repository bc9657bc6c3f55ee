import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseFromJson } from './release-from-json';

/**
 * Property tests of the anonymity rules (domain-rules §2.5): random unit trees, respondents and
 * age bands, checked the way an attacker would work — from the CLI output alone, recomputing each
 * released group's respondents from its units and bands.
 */
type Unit = { id: string; parentId: string | null };
type Respondent = { unit: string; ageBand?: string };
type Input = { k: number; units: Unit[]; respondents: Respondent[]; breakdowns?: ['ageBand'] };
type Out = { units: string[]; ageBand?: string; ageBands?: string[]; n: number };

const BANDS = ['<25', '25-34', '35-44', '45-54', '55+'];

const arbInput = (withBands: boolean): fc.Arbitrary<Input> =>
  fc
    .record({
      k: fc.integer({ min: 5, max: 12 }),
      parents: fc.array(fc.nat(), { minLength: 1, maxLength: 22 }),
      rootEvery: fc.integer({ min: 0, max: 6 }),
      // skewed unit choice: some units get many respondents, some a handful
      picks: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat({ max: 9 })), { maxLength: 160 }),
      shuffle: fc.boolean(),
    })
    .map(({ k, parents, rootEvery, picks, shuffle }) => {
      const units: Unit[] = parents.map((p, i) => ({
        id: `u${i}`,
        parentId: i === 0 || (rootEvery > 0 && p % (rootEvery + 4) === 0) ? null : `u${p % i}`,
      }));
      const respondents = picks.map(([a, b, c]) => {
        const unit = `u${(a % units.length) * (b % 3 === 0 ? 0 : 1) + (b % 3 === 0 ? (a * 7) % units.length : 0)}`;
        const r: Respondent = { unit };
        if (withBands && c > 0) r.ageBand = BANDS[(a + c) % BANDS.length] as string;
        return r;
      });
      const ordered = shuffle ? [...units].reverse() : units;
      return {
        k,
        units: ordered,
        respondents,
        ...(withBands ? { breakdowns: ['ageBand'] as ['ageBand'] } : {}),
      };
    });

function membersOf(input: Input, g: Out): Set<number> {
  const units = new Set(g.units);
  const bands = g.ageBands ?? (g.ageBand !== undefined ? [g.ageBand] : null);
  const out = new Set<number>();
  input.respondents.forEach((r, i) => {
    if (!units.has(r.unit)) return;
    if (bands && (r.ageBand === undefined || !bands.includes(r.ageBand))) return;
    out.add(i);
  });
  return out;
}

const isSubset = (a: Set<number>, b: Set<number>) => [...a].every((x) => b.has(x));
const safe = (n: number, k: number) => n === 0 || n >= k;

function checkRelease(input: Input) {
  const { released } = releaseFromJson(input);
  const sets = released.map((g) => membersOf(input, g));
  const total = input.respondents.length;

  // every released group holds at least k, and n is the true count
  released.forEach((g, i) => {
    expect(g.n).toBe(sets[i]?.size);
    expect(g.n).toBeGreaterThanOrEqual(input.k);
  });

  // the whole organisation iff it has at least k respondents, nothing otherwise
  const all = new Set(input.units.map((u) => u.id));
  const orgShown = released.some((g) => g.units.length === all.size && !g.ageBand && !g.ageBands);
  expect(orgShown).toBe(total >= input.k);
  if (total < input.k) expect(released).toEqual([]);

  // atoms (people in exactly the same released groups) hold 0 or ≥ k
  const signature = new Map<string, number>();
  input.respondents.forEach((_, r) => {
    const sig = sets.map((s) => (s.has(r) ? 1 : 0)).join('');
    signature.set(sig, (signature.get(sig) ?? 0) + 1);
  });
  for (const [sig, n] of signature) if (sig.includes('1')) expect(n).toBeGreaterThanOrEqual(input.k);

  // every difference between a released group and a union of released groups nested in it: 0 or ≥ k
  sets.forEach((g, gi) => {
    const nested = sets.filter((s, si) => si !== gi && isSubset(s, g));
    const subsets: Set<number>[][] = [];
    if (nested.length <= 10)
      for (let m = 1; m < 1 << nested.length; m++) subsets.push(nested.filter((_, j) => m & (1 << j)));
    else {
      subsets.push(nested, ...nested.map((s) => [s]));
      for (let m = 0; m < 40; m++)
        subsets.push(nested.filter((_, j) => ((m + 1) * 2654435761 + j * 40503) % 3 === 0));
    }
    for (const chosen of subsets) {
      const union = new Set(chosen.flatMap((s) => [...s]));
      const diff = [...g].filter((x) => !union.has(x)).length;
      expect(safe(diff, input.k), `group ${gi} minus ${chosen.length} nested groups leaves ${diff}`).toBe(
        true,
      );
    }
  });

  // deterministic: the order of respondents does not matter
  expect(releaseFromJson({ ...input, respondents: [...input.respondents].reverse() })).toEqual({ released });
}

describe('survey-release: properties an attacker would test', () => {
  it('unit trees without breakdown', () => {
    fc.assert(fc.property(arbInput(false), checkRelease), { numRuns: 400 });
  }, 60_000);

  it('unit trees × age bands (overlapping filters)', () => {
    fc.assert(fc.property(arbInput(true), checkRelease), { numRuns: 400 });
  }, 60_000);

  it('withholds nothing when every unit holds 0 or at least k respondents of its own', () => {
    const clean = arbInput(false).map((input) => {
      const counts = new Map<string, number>();
      for (const r of input.respondents) counts.set(r.unit, (counts.get(r.unit) ?? 0) + 1);
      const respondents = input.respondents.filter((r) => (counts.get(r.unit) ?? 0) >= input.k);
      return { ...input, respondents };
    });
    fc.assert(
      fc.property(clean, (input) => {
        const shown = new Set(
          releaseFromJson(input)
            .released.filter((g) => !g.ageBand && !g.ageBands)
            .map((g) => g.units.join()),
        );
        const nonEmpty = new Set(input.respondents.map((r) => r.unit));
        const subtree = (id: string): string[] => [
          id,
          ...input.units.filter((u) => u.parentId === id).flatMap((u) => subtree(u.id)),
        ];
        for (const u of input.units) {
          if (!subtree(u.id).some((x) => nonEmpty.has(x))) continue;
          const ids = new Set(subtree(u.id));
          const units = input.units.filter((x) => ids.has(x.id)).map((x) => x.id);
          expect(shown.has(units.join()), `unit ${u.id} is shown`).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('large flat and deep trees', () => {
    const big = fc
      .record({
        k: fc.integer({ min: 5, max: 15 }),
        sizes: fc.array(fc.nat({ max: 25 }), { minLength: 2, maxLength: 40 }),
        deep: fc.boolean(),
      })
      .map(({ k, sizes, deep }): Input => {
        const units = sizes.map((_, i) => ({
          id: `u${i}`,
          parentId: i === 0 ? null : deep ? `u${i - 1}` : 'u0',
        }));
        const respondents = sizes.flatMap((n, i) =>
          Array.from({ length: n }, (_, j) => ({ unit: `u${i}`, ageBand: BANDS[(i + j) % 5] as string })),
        );
        return { k, units, respondents, breakdowns: ['ageBand'] };
      });
    fc.assert(fc.property(big, checkRelease), { numRuns: 60 });
  }, 120_000);
});
