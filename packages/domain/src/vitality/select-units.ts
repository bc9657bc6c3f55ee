import type { UnitTree } from './unit-tree';

export type UnitSelection = {
  /** 1 when the node's subtree is released as a group. */
  released: Uint8Array;
  /** Respondents of each released node not covered by a released group below it (its "own part"). */
  atom: Float64Array;
  /** Nodes withheld although they had k or more respondents. */
  complementary: Set<number>;
};

/**
 * Which unit subtrees may be released (domain-rules §2.5; architecture §5).
 *
 * Released subtrees form a laminar family (two groups are disjoint or one contains the other). The
 * *own part* of a released group — its respondents outside every released group below it — is an
 * atom of that family: every released group and every difference or union of released groups is a
 * union of atoms. So if every atom holds 0 or at least k respondents, no subtraction of released
 * groups (a parent minus a child, a parent minus the sum of its released children, …) can isolate
 * fewer than k people. This function enforces exactly that:
 *
 * 1. Nothing is released when the organisation has fewer than k respondents; otherwise the
 *    organisation and every subtree with at least k respondents start out released. A smaller unit
 *    is never shown on its own: its respondents count in its nearest released ancestor ("roll up").
 * 2. Complementary suppression, deepest violation first: while a released group's own part holds
 *    between 1 and k−1 respondents, withhold the smallest released group directly below it whose own
 *    part is non-empty (its respondents then join the violating own part, which reaches k). When
 *    there is none, withhold the violating group itself (its own part joins its parent's); the
 *    organisation is never withheld (it then withholds a group directly below it instead).
 *
 * Each step withholds one group, so the loop ends; ties break on pre-order (input order).
 */
export function selectUnits(
  tree: UnitTree,
  directN: ArrayLike<number>,
  subtreeN: ArrayLike<number>,
  k: number,
): UnitSelection {
  const released = new Uint8Array(tree.size);
  const complementary = new Set<number>();
  const post = [...tree.preOrder].reverse();
  const atom = new Float64Array(tree.size);
  if ((subtreeN[tree.org] as number) < k) return { released, atom, complementary };
  for (let i = 0; i < tree.size; i++) if ((subtreeN[i] as number) >= k) released[i] = 1;

  const computeAtoms = () => {
    const pending = new Float64Array(tree.size);
    for (const i of post) {
      let p = directN[i] as number;
      for (const c of tree.children[i] as number[]) if (!released[c]) p += pending[c] as number;
      pending[i] = p;
    }
    for (let i = 0; i < tree.size; i++) atom[i] = released[i] ? (pending[i] as number) : 0;
  };

  for (;;) {
    computeAtoms();
    let g = -1;
    for (const i of tree.preOrder) {
      const a = atom[i] as number;
      if (released[i] && a > 0 && a < k && (g < 0 || (tree.depth[i] as number) > (tree.depth[g] as number)))
        g = i;
    }
    if (g < 0) break;
    const tops = topReleasedBelow(tree, released, g);
    const smallest = (nodes: number[]) =>
      nodes.reduce((best, d) =>
        (subtreeN[d] as number) < (subtreeN[best] as number) ||
        ((subtreeN[d] as number) === (subtreeN[best] as number) &&
          (tree.rank[d] as number) < (tree.rank[best] as number))
          ? d
          : best,
      );
    const positive = tops.filter((d) => (atom[d] as number) > 0);
    const victim = positive.length ? smallest(positive) : g !== tree.org ? g : smallest(tops);
    released[victim] = 0;
    complementary.add(victim);
  }
  return { released, atom, complementary };
}

/** The released groups directly below `node`: released descendants with no released group in between. */
export function topReleasedBelow(tree: UnitTree, released: Uint8Array, node: number): number[] {
  const out: number[] = [];
  const stack = [...(tree.children[node] as number[])].reverse();
  while (stack.length) {
    const i = stack.pop() as number;
    if (released[i]) out.push(i);
    else {
      const cs = tree.children[i] as number[];
      for (let c = cs.length - 1; c >= 0; c--) stack.push(cs[c] as number);
    }
  }
  return out;
}
