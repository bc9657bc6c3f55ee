import { z } from 'zod';

const ZValues = z.array(z.number().nullable());

/** data/cbs/psa-83157NED.json (derived by data/cbs/derive-83157.mjs). */
export const ZCbsPsaTable = z
  .object({
    table: z.literal('83157NED'),
    title: z.string(),
    attribution: z.string(),
    licence: z.string(),
    url: z.string(),
    modified: z.string(),
    definition: z.string(),
    columns: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        group: z.string(),
        question: z.string().nullable(),
        counted: z.string().nullable(),
      }),
    ),
    sectors: z.array(
      z.object({
        key: z.string(),
        title: z.string(),
        group: z.string(),
        sbi: z.string(),
        sbiSections: z.array(z.string()),
        years: z.array(z.object({ year: z.number().int(), value: ZValues, lower: ZValues, upper: ZValues })),
      }),
    ),
  })
  .superRefine((t, ctx) => {
    t.sectors.forEach((s, i) => {
      s.years.forEach((y, j) => {
        for (const k of ['value', 'lower', 'upper'] as const)
          if (y[k].length !== t.columns.length)
            ctx.addIssue({
              code: 'custom',
              path: ['sectors', i, 'years', j, k],
              message: 'one_value_per_column',
            });
      });
    });
  });
export type TCbsPsaTable = z.infer<typeof ZCbsPsaTable>;

export type PsaBenchmark = {
  column: string;
  sectorKey: string;
  sectorTitle: string;
  year: number;
  /** Percentage of employees in the sector, with the 95% interval CBS publishes. */
  value: number;
  lower: number | null;
  upper: number | null;
  attribution: string;
};

/**
 * The CBS figure to set beside a group percentage: the SBI division's row when the organisation
 * gave a division CBS publishes (e.g. "86", "87-88" covers 87 and 88), else its section's row, else
 * all sectors; the latest year with a value for that column. Null when CBS has none.
 */
export function psaBenchmarkFor(
  table: TCbsPsaTable,
  q: { column: string; sbiSection?: string | null; sbiDivision?: string | null },
): PsaBenchmark | null {
  const col = table.columns.findIndex((c) => c.key === q.column);
  if (col < 0) return null;
  const division = q.sbiDivision?.slice(0, 2) ?? null;
  const coversDivision = (sbi: string) =>
    !!division &&
    /^\d/.test(sbi) &&
    sbi.split(/,\s*/).some((part) => {
      const [from, to = from] = part.split('-').map(Number);
      return Number(division) >= (from as number) && Number(division) <= (to as number);
    });
  const candidates = [
    table.sectors.find((s) => coversDivision(s.sbi) && s.sbiSections.includes(q.sbiSection ?? '')),
    table.sectors.find((s) => s.sbi === q.sbiSection),
    table.sectors.find((s) => s.group === 'Totaal'),
  ];
  for (const s of candidates) {
    if (!s) continue;
    const y = [...s.years].sort((a, b) => b.year - a.year).find((e) => e.value[col] != null);
    if (!y) continue;
    return {
      column: q.column,
      sectorKey: s.key,
      sectorTitle: s.title,
      year: y.year,
      value: y.value[col] as number,
      lower: y.lower[col] ?? null,
      upper: y.upper[col] ?? null,
      attribution: table.attribution,
    };
  }
  return null;
}
