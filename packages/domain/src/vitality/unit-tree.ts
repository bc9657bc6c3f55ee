import { VitalityInputError, type VitalityIssue } from './errors';

export type ReleaseUnit = { id: string; parentId: string | null };

/**
 * The unit forest as index arrays. Node `i < units.length` is `units[i]`; when the forest has more
 * than one root, one extra virtual node stands for the whole organisation (its children are the
 * roots). With a single root unit, that root *is* the organisation.
 */
export type UnitTree = {
  size: number;
  /** Unit id per node; '' for the virtual organisation node. */
  ids: string[];
  parent: number[];
  children: number[][];
  depth: number[];
  /** Nodes in pre-order, children in input order (the output order of a release). */
  preOrder: number[];
  org: number;
  isVirtualOrg: boolean;
  indexOf: Map<string, number>;
  /** Position in `preOrder`, for deterministic tie-breaks. */
  rank: number[];
};

/** Builds the tree; duplicate ids, unknown parents and cycles are input errors. */
export function buildUnitTree(units: readonly ReleaseUnit[], path = 'units'): UnitTree {
  const issues: VitalityIssue[] = [];
  const indexOf = new Map<string, number>();
  units.forEach((u, i) => {
    if (indexOf.has(u.id))
      issues.push({ path: `${path}[${i}].id`, code: 'duplicate', message: `unit ${u.id} appears twice` });
    else indexOf.set(u.id, i);
  });
  const roots: number[] = [];
  const parent = units.map(() => -1);
  const children: number[][] = units.map(() => []);
  units.forEach((u, i) => {
    if (u.parentId === null) {
      roots.push(i);
      return;
    }
    const p = indexOf.get(u.parentId);
    if (p === undefined || p === i)
      issues.push({
        path: `${path}[${i}].parentId`,
        code: p === i ? 'own_parent' : 'unknown_unit',
        message: p === i ? 'a unit cannot be its own parent' : `no unit ${u.parentId}`,
      });
    else {
      parent[i] = p;
      (children[p] as number[]).push(i);
    }
  });
  if (issues.length) throw new VitalityInputError(issues);

  const isVirtualOrg = roots.length !== 1;
  const size = units.length + (isVirtualOrg ? 1 : 0);
  const org = isVirtualOrg ? units.length : (roots[0] as number);
  if (isVirtualOrg) {
    for (const r of roots) parent[r] = org;
    parent.push(-1);
    children.push(roots);
  }
  const depth = new Array<number>(size).fill(0);
  const preOrder: number[] = [];
  const stack = [org];
  while (stack.length) {
    const i = stack.pop() as number;
    preOrder.push(i);
    const cs = children[i] as number[];
    for (let c = cs.length - 1; c >= 0; c--) {
      const child = cs[c] as number;
      depth[child] = (depth[i] as number) + 1;
      stack.push(child);
    }
  }
  if (preOrder.length !== size) {
    const reached = new Set(preOrder);
    const bad = units.findIndex((_, i) => !reached.has(i));
    throw new VitalityInputError([
      { path: `${path}[${bad}].parentId`, code: 'cycle', message: 'the units form a cycle' },
    ]);
  }
  const rank = new Array<number>(size).fill(0);
  preOrder.forEach((node, r) => {
    rank[node] = r;
  });
  return {
    size,
    ids: [...units.map((u) => u.id), ...(isVirtualOrg ? [''] : [])],
    parent,
    children,
    depth,
    preOrder,
    org,
    isVirtualOrg,
    indexOf,
    rank,
  };
}

/** Every node of the subtree of `node` (itself included), in pre-order. */
export function subtreeNodes(tree: UnitTree, node: number): number[] {
  const out: number[] = [];
  const stack = [node];
  while (stack.length) {
    const i = stack.pop() as number;
    out.push(i);
    const cs = tree.children[i] as number[];
    for (let c = cs.length - 1; c >= 0; c--) stack.push(cs[c] as number);
  }
  return out;
}

/** Unit ids of `nodes` (the virtual organisation node left out), in input order. */
export function unitIdsOf(tree: UnitTree, nodes: Iterable<number>): string[] {
  const real = [...nodes].filter((n) => !(tree.isVirtualOrg && n === tree.org));
  return real.sort((a, b) => a - b).map((n) => tree.ids[n] as string);
}
