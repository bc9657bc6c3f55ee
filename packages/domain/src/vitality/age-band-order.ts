/**
 * Order of age band labels: by the first number in the label, a label starting with "<" (or
 * "≤", "tot", "onder", "under") just before that number: `<25`, `25-34`, `35-44`, `45-54`, `55+`.
 * Labels without a number come last, alphabetically. Merging small bands joins neighbours in this order.
 */
export function compareAgeBands(a: string, b: string): number {
  const ka = sortKey(a);
  const kb = sortKey(b);
  if (ka !== kb) return ka < kb ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKey(label: string): number {
  const m = /\d+/.exec(label);
  if (!m) return Number.POSITIVE_INFINITY;
  const below = /^\s*(<|≤|tot\b|onder\b|under\b)/i.test(label);
  return Number(m[0]) - (below ? 0.5 : 0);
}
