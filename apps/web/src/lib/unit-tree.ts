import type { TUnit } from '@inzetbaar/contracts';

export type UnitNode = TUnit & { children: UnitNode[]; depth: number; path: string[] };

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nl');

/** Flat list (parentId) → sorted forest. A unit whose parent is missing becomes a root. */
export const buildUnitTree = (units: readonly TUnit[]): UnitNode[] => {
  const nodes = new Map<string, UnitNode>(
    units.map((u) => [u.id, { ...u, children: [], depth: 0, path: [] }]),
  );
  const roots: UnitNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const visit = (list: UnitNode[], depth: number, path: string[], seen: Set<string>) => {
    list.sort(byName);
    for (const n of list) {
      if (seen.has(n.id)) continue; // defensive: a cycle in bad data must not hang the page
      seen.add(n.id);
      n.depth = depth;
      n.path = [...path, n.name];
      visit(n.children, depth + 1, n.path, seen);
    }
  };
  visit(roots, 0, [], new Set());
  return roots;
};

/** Depth-first order, as a tree reads top to bottom. */
export const flattenUnitTree = (roots: readonly UnitNode[]): UnitNode[] =>
  roots.flatMap((n) => [n, ...flattenUnitTree(n.children)]);

/** The unit and everything below it (a unit cannot move under its own descendant). */
export const subtreeIds = (node: UnitNode): Set<string> =>
  new Set([node.id, ...node.children.flatMap((c) => [...subtreeIds(c)])]);

/** Total headcount including sub-units. */
export const totalHeadcount = (node: UnitNode): number =>
  node.headcount + node.children.reduce((sum, c) => sum + totalHeadcount(c), 0);
