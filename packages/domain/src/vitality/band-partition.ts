/** Respondents per age band (`null`: band unknown) of one atom. */
export type BandCounts = ReadonlyMap<string | null, number>;

const countIn = (atom: BandCounts, block: readonly string[]) =>
  block.reduce((s, b) => s + (atom.get(b) ?? 0), 0);

/**
 * Partitions the age bands (already in age order) into blocks of neighbouring bands such that every
 * atom holds 0 or at least k respondents in every block — then every breakdown cell, and every
 * difference between cells and unit groups, is a union of at least-k pieces.
 *
 * Greedy and deterministic: while some atom has 1..k−1 respondents in a block, the block with the
 * smallest such count (first in age order on a tie) merges with the neighbour that holds fewer
 * respondents overall (the younger one on a tie). Ends with one block at worst, which the caller
 * treats as "no breakdown".
 */
export function partitionBands(
  atoms: readonly BandCounts[],
  bands: readonly string[],
  k: number,
): string[][] {
  const blocks = bands.map((b) => [b]);
  const total = (block: readonly string[]) => atoms.reduce((s, a) => s + countIn(a, block), 0);
  while (blocks.length > 1) {
    let worst = -1;
    let worstCount = Number.POSITIVE_INFINITY;
    blocks.forEach((block, i) => {
      for (const atom of atoms) {
        const c = countIn(atom, block);
        if (c > 0 && c < k && c < worstCount) {
          worst = i;
          worstCount = c;
        }
      }
    });
    if (worst < 0) break;
    const left = worst > 0 ? worst - 1 : -1;
    const right = worst < blocks.length - 1 ? worst + 1 : -1;
    const other =
      left < 0
        ? right
        : right < 0
          ? left
          : total(blocks[right] as string[]) < total(blocks[left] as string[])
            ? right
            : left;
    const [a, b] = other < worst ? [other, worst] : [worst, other];
    blocks.splice(a, 2, [...(blocks[a] as string[]), ...(blocks[b] as string[])]);
  }
  return blocks;
}
