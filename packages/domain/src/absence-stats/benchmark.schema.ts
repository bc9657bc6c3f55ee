import { z } from 'zod';
import { ZStatsDate } from './absence-stats.schema';

const ZPercentage = z.number().min(0).max(100);

/** One year of one category: the year figure (`JJ00`) and Q1–Q4 (`KW01`–`KW04`), `null` where CBS has none. */
export const ZCbsAbsenceYear = z.object({
  year: z.number().int().min(1990).max(2100),
  value: ZPercentage.nullable(),
  quarters: z.tuple([
    ZPercentage.nullable(),
    ZPercentage.nullable(),
    ZPercentage.nullable(),
    ZPercentage.nullable(),
  ]),
  /** CBS status "Voorlopig" on at least one value of the year. */
  provisional: z.boolean(),
});

/** A row dimension of 80072NED: the total, a sector aggregate, an SBI section or division, or a size class. */
export const ZCbsAbsenceCategory = z.object({
  key: z.string().min(1),
  title: z.string().min(1),
  group: z.enum(['Totaal', 'Bedrijfssector', 'Bedrijfstak', 'Bedrijfsklasse', 'Bedrijfsgrootte']),
  /** SBI 2008 code as CBS prints it ("C", "B-F", "24-30, 33", "861"); `null` for size classes. */
  sbi: z.string().min(1).nullable(),
  /** The SBI sections (A–U) the row covers; a division lists its section; empty for size classes. */
  sbiSections: z.array(z.string().regex(/^[A-U]$/)),
  /** Size classes: werkzame personen from `minPersons` to `maxPersons` (inclusive, `null` = no upper bound). */
  minPersons: z.number().int().min(0).nullable(),
  maxPersons: z.number().int().min(0).nullable(),
  years: z.array(ZCbsAbsenceYear),
});

/** `data/cbs/absence-80072NED.json`: CBS StatLine 80072NED, derived by `data/cbs/derive-80072.mjs`. */
export const ZCbsAbsenceTable = z
  .object({
    table: z.literal('80072NED'),
    title: z.string(),
    attribution: z.string().startsWith('Bron: CBS StatLine'),
    licence: z.literal('CC BY 4.0'),
    url: z.url(),
    modified: ZStatsDate,
    definition: z.string(),
    categories: z.array(ZCbsAbsenceCategory).min(1),
  })
  .superRefine((t, ctx) => {
    const keys = new Set<string>();
    t.categories.forEach((c, i) => {
      if (keys.has(c.key))
        ctx.addIssue({ code: 'custom', path: ['categories', i, 'key'], message: 'duplicate key' });
      keys.add(c.key);
      c.years.forEach((y, k) => {
        const prev = c.years[k - 1];
        if (prev && y.year <= prev.year)
          ctx.addIssue({
            code: 'custom',
            path: ['categories', i, 'years', k, 'year'],
            message: 'years must ascend',
          });
      });
      const isSize = c.group === 'Bedrijfsgrootte';
      if (isSize !== (c.sbi === null) || isSize !== (c.minPersons !== null))
        ctx.addIssue({
          code: 'custom',
          path: ['categories', i],
          message: 'size classes have persons, other rows an SBI code',
        });
    });
    if (t.categories.filter((c) => c.group === 'Totaal').length !== 1)
      ctx.addIssue({ code: 'custom', path: ['categories'], message: 'expected exactly one Totaal row' });
  });

export type TCbsAbsenceTable = z.infer<typeof ZCbsAbsenceTable>;
export type TCbsAbsenceCategory = z.infer<typeof ZCbsAbsenceCategory>;
