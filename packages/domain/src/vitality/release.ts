import { compareAgeBands } from './age-band-order';
import { type BandCounts, partitionBands } from './band-partition';
import { VitalityInputError } from './errors';
import { selectUnits, topReleasedBelow } from './select-units';
import { buildUnitTree, type ReleaseUnit, subtreeNodes, type UnitTree, unitIdsOf } from './unit-tree';

export type { ReleaseUnit } from './unit-tree';

/** Minimum group size: default 10 respondents, configurable, never below 5 (domain-rules §2.5). */
export const DEFAULT_MIN_GROUP_SIZE = 10;
export const MIN_GROUP_SIZE_FLOOR = 5;

/** Respondents counted per unit and age band (`ageBand: null`: band unknown). */
export type ReleaseCell = { unit: string; ageBand: string | null; n: number };
export type Breakdown = 'ageBand';

export type ReleaseInput = {
  k: number;
  units: readonly ReleaseUnit[];
  cells: readonly ReleaseCell[];
  breakdowns?: readonly Breakdown[];
};

export type GroupKind = 'organization' | 'unit' | 'rollup';

export type ReleasedGroup = {
  /** `org`, `unit:<id>`, `rest:<id>` (`rest:org`), a cell adds `@<band>+<band>`. */
  key: string;
  kind: GroupKind;
  /** The unit the group is about (a roll-up: the unit whose remainder it is); null for an organisation of several root units. */
  unitId: string | null;
  /** Every unit whose respondents the group covers, in input order. */
  units: string[];
  /** A breakdown cell's age band(s), several when neighbouring bands were merged; null for a whole group. */
  ageBands: string[] | null;
  /** The key of the group a cell breaks down; null for whole groups. */
  cellOf: string | null;
  /** The true number of respondents. */
  n: number;
};

export type WithheldUnit = {
  unitId: string;
  /** `below_k`: fewer than k respondents; `complementary`: withheld so no subtraction isolates fewer than k. */
  reason: 'below_k' | 'complementary';
  /** Key of the released group whose figures include this unit's respondents (null: nothing released). */
  includedIn: string | null;
};

export type Release = {
  k: number;
  total: number;
  /** Pre-order of the unit tree (input order): each group, its cells, its roll-up and the roll-up's cells, then its sub-units. */
  groups: ReleasedGroup[];
  withheld: WithheldUnit[];
};

/**
 * Decides which groups of respondents an organisation may see (the web app, the API and the
 * `survey-release` CLI all call this). Guarantee: the released groups generate a partition of the
 * respondents ("atoms": people who are in exactly the same released groups) in which every atom has
 * at least k people, so any released group, and any set difference or union of released groups,
 * counts 0 or at least k respondents. See `selectUnits` (units, roll-ups, complementary suppression)
 * and `partitionBands` (age bands, merged when small).
 *
 * Age-band breakdown: going down the released tree, the first group whose atoms can be split over
 * (possibly merged) bands with every piece ≥ k gets a breakdown, and so do all released groups
 * below it, with the same bands. Respondents of unknown band stay out of every cell; their number
 * per atom must be 0 or ≥ k too, else that group gets no breakdown.
 */
export function releaseGroups(input: ReleaseInput): Release {
  const { k } = input;
  if (!Number.isInteger(k) || k < MIN_GROUP_SIZE_FLOOR)
    throw new VitalityInputError([
      {
        path: 'k',
        code: 'below_minimum',
        message: `k must be a whole number of at least ${MIN_GROUP_SIZE_FLOOR}`,
      },
    ]);
  const tree = buildUnitTree(input.units);
  const direct = tree.ids.map(() => new Map<string | null, number>());
  const directN = new Float64Array(tree.size);
  input.cells.forEach((c, i) => {
    const node = tree.indexOf.get(c.unit);
    if (node === undefined)
      throw new VitalityInputError([
        { path: `cells[${i}].unit`, code: 'unknown_unit', message: `no unit ${c.unit}` },
      ]);
    if (!Number.isInteger(c.n) || c.n < 0)
      throw new VitalityInputError([
        { path: `cells[${i}].n`, code: 'invalid_count', message: 'n must be a whole number ≥ 0' },
      ]);
    const m = direct[node] as Map<string | null, number>;
    m.set(c.ageBand, (m.get(c.ageBand) ?? 0) + c.n);
    directN[node] = (directN[node] as number) + c.n;
  });
  const post = [...tree.preOrder].reverse();
  const subtreeN = new Float64Array(tree.size);
  for (const i of post) {
    let s = directN[i] as number;
    for (const c of tree.children[i] as number[]) s += subtreeN[c] as number;
    subtreeN[i] = s;
  }
  const total = subtreeN[tree.org] as number;
  const { released, atom, complementary } = selectUnits(tree, directN, subtreeN, k);

  // Band counts per node: of its whole subtree, and of its own part (atom) when released.
  const subtreeBands = tree.ids.map(() => new Map<string | null, number>());
  const atomBands = tree.ids.map(() => new Map<string | null, number>());
  const pendingBands = tree.ids.map(() => new Map<string | null, number>());
  for (const i of post) {
    const sub = subtreeBands[i] as Map<string | null, number>;
    const pend = pendingBands[i] as Map<string | null, number>;
    for (const [b, n] of direct[i] as Map<string | null, number>) {
      sub.set(b, (sub.get(b) ?? 0) + n);
      pend.set(b, (pend.get(b) ?? 0) + n);
    }
    for (const c of tree.children[i] as number[]) {
      for (const [b, n] of subtreeBands[c] as Map<string | null, number>) sub.set(b, (sub.get(b) ?? 0) + n);
      if (!released[c])
        for (const [b, n] of pendingBands[c] as Map<string | null, number>)
          pend.set(b, (pend.get(b) ?? 0) + n);
    }
    if (released[i]) atomBands[i] = pend;
  }

  const partitionOf = new Map<number, string[][]>();
  if (input.breakdowns?.includes('ageBand')) assignRegions(tree, released, atomBands, k, partitionOf);

  const groups: ReleasedGroup[] = [];
  const keyOf = (node: number) => (node === tree.org ? 'org' : `unit:${tree.ids[node]}`);
  const pushCells = (
    parent: ReleasedGroup,
    bands: ReadonlyMap<string | null, number>,
    blocks: string[][] | undefined,
  ) => {
    for (const block of blocks ?? []) {
      const n = block.reduce((s, b) => s + (bands.get(b) ?? 0), 0);
      if (n > 0)
        groups.push({
          key: `${parent.key}@${block.join('+')}`,
          kind: parent.kind,
          unitId: parent.unitId,
          units: parent.units,
          ageBands: block,
          cellOf: parent.key,
          n,
        });
    }
  };
  for (const node of tree.preOrder) {
    if (!released[node]) continue;
    const blocks = partitionOf.get(node);
    const group: ReleasedGroup = {
      key: keyOf(node),
      kind: node === tree.org ? 'organization' : 'unit',
      unitId: tree.isVirtualOrg && node === tree.org ? null : (tree.ids[node] as string),
      units: unitIdsOf(tree, subtreeNodes(tree, node)),
      ageBands: null,
      cellOf: null,
      n: subtreeN[node] as number,
    };
    groups.push(group);
    pushCells(group, subtreeBands[node] as BandCounts, blocks);
    const tops = topReleasedBelow(tree, released, node);
    if (tops.length > 0 && (atom[node] as number) > 0) {
      const covered = new Set(tops.flatMap((t) => subtreeNodes(tree, t)));
      const rest: ReleasedGroup = {
        key: node === tree.org ? 'rest:org' : `rest:${tree.ids[node]}`,
        kind: 'rollup',
        unitId: group.unitId,
        units: unitIdsOf(
          tree,
          subtreeNodes(tree, node).filter((n) => !covered.has(n)),
        ),
        ageBands: null,
        cellOf: null,
        n: atom[node] as number,
      };
      groups.push(rest);
      pushCells(rest, atomBands[node] as BandCounts, blocks);
    }
  }

  const withheld: WithheldUnit[] = [];
  for (const node of tree.preOrder) {
    if (released[node] || (tree.isVirtualOrg && node === tree.org)) continue;
    let up = tree.parent[node] as number;
    while (up >= 0 && !released[up]) up = tree.parent[up] as number;
    withheld.push({
      unitId: tree.ids[node] as string,
      reason: complementary.has(node) ? 'complementary' : 'below_k',
      includedIn: up >= 0 ? keyOf(up) : null,
    });
  }
  return { k, total, groups, withheld };
}

/**
 * Top-down over the released tree: the first group (not yet below a group with a breakdown) whose
 * atoms split safely into at least two non-empty band blocks gets a breakdown; every released group
 * below it uses the same blocks (its cells are unions of the same atom pieces, so they add nothing
 * an attacker could subtract).
 */
function assignRegions(
  tree: UnitTree,
  released: Uint8Array,
  atomBands: BandCounts[],
  k: number,
  partitionOf: Map<number, string[][]>,
) {
  for (const node of tree.preOrder) {
    if (!released[node] || partitionOf.has(node)) continue;
    let up = tree.parent[node] as number;
    while (up >= 0 && !partitionOf.has(up)) up = tree.parent[up] as number;
    if (up >= 0) {
      partitionOf.set(node, partitionOf.get(up) as string[][]);
      continue;
    }
    const inside = subtreeNodes(tree, node).filter((n) => released[n]);
    const atoms = inside.map((n) => atomBands[n] as BandCounts);
    if (atoms.some((a) => (a.get(null) ?? 0) > 0 && (a.get(null) ?? 0) < k)) continue;
    const bands = [
      ...new Set(
        atoms.flatMap((a) => [...a].filter(([b, n]) => b !== null && n > 0).map(([b]) => b as string)),
      ),
    ].sort(compareAgeBands);
    const blocks = partitionBands(atoms, bands, k);
    if (blocks.length >= 2) partitionOf.set(node, blocks);
  }
}

/** The identity of a group by what it covers (units and bands), comparable across releases. */
export const groupIdentity = (g: Pick<ReleasedGroup, 'units' | 'ageBands'>) =>
  `${[...g.units].sort().join(',')}|${g.ageBands?.join('+') ?? '*'}`;
