import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

/*
 * Reporting queries: aggregates only. This file reads `survey_score_sums`, `survey_texts` and counts of
 * submitted responses per unit and age band — never who was invited, never a token or raw answers
 * (checked by __tests__/vitality-anonymity.test.ts).
 */
const { surveyResponses, surveyScoreSums, surveyTexts } = schema;

/** Submitted responses per unit and age band. */
export const respondentCounts = (db: DbOrTx, organizationId: string, campaignId: string) =>
  db
    .select({ unit: surveyResponses.unitId, ageBand: surveyResponses.ageBand, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        eq(surveyResponses.campaignId, campaignId),
        eq(surveyResponses.status, 'submitted'),
      ),
    )
    .groupBy(surveyResponses.unitId, surveyResponses.ageBand);

/** Submitted responses per campaign (for campaign lists). */
export async function respondentTotals(db: DbOrTx, organizationId: string, campaignIds: string[]) {
  if (campaignIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ campaignId: surveyResponses.campaignId, n: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        inArray(surveyResponses.campaignId, campaignIds),
        eq(surveyResponses.status, 'submitted'),
      ),
    )
    .groupBy(surveyResponses.campaignId);
  return new Map(rows.map((r) => [r.campaignId, r.n]));
}

type ScoreCell = { scale: string; unit: string; ageBand: string | null; n: number; sum: number };

/**
 * Score count and sum per scale, unit and (when `byAgeBand`) age band, from the running sums kept
 * at submission (`survey_score_sums`): a few cells per unit instead of every score row. Without a
 * breakdown the age bands are added up here (`ageBand: null`), which the release ignores then.
 * The cells come packed one row per unit (a JSON array): with 500 units × 22 scales × 5 bands the
 * per-row cost of the driver, not the database, was most of the time (bench/vitality.bench.ts);
 * adding up the bands in JS is cheaper than a second SQL grouping.
 */
export async function scoreSums(
  db: DbOrTx,
  organizationId: string,
  campaignId: string,
  opts: { byAgeBand?: boolean } = {},
): Promise<ScoreCell[]> {
  const result = await db.execute(
    sql`select ${surveyScoreSums.unitId} as unit,
          json_agg(json_build_array(${surveyScoreSums.ageBand}, ${surveyScoreSums.scaleKey}, ${surveyScoreSums.n}, ${surveyScoreSums.sum}))::text as cells
        from ${surveyScoreSums}
        where ${surveyScoreSums.organizationId} = ${organizationId} and ${surveyScoreSums.campaignId} = ${campaignId}
        group by ${surveyScoreSums.unitId}`,
  );
  const rows = (result as unknown as { rows: { unit: string; cells: string }[] }).rows;
  const out: ScoreCell[] = [];
  for (const r of rows) {
    const cells = JSON.parse(r.cells) as [string | null, string, number, number][];
    if (opts.byAgeBand) {
      for (const [ageBand, scale, n, sum] of cells) out.push({ scale, unit: r.unit, ageBand, n, sum });
      continue;
    }
    // no breakdown: add the age bands up (one cell per unit and scale); cheaper here than a SQL group by
    const byScale = new Map<string, ScoreCell>();
    for (const [, scale, n, sum] of cells) {
      const c = byScale.get(scale);
      if (c) {
        c.n += n;
        c.sum += sum;
      } else byScale.set(scale, { scale, unit: r.unit, ageBand: null, n, sum });
    }
    out.push(...byScale.values());
  }
  return out;
}

/** Open answers (never private ones: those are not stored here), alphabetical — no order of arrival. */
export const openTexts = (db: DbOrTx, organizationId: string, campaignId: string) =>
  db
    .select({
      unit: surveyTexts.unitId,
      instrumentKey: surveyTexts.instrumentKey,
      itemId: surveyTexts.itemId,
      text: surveyTexts.text,
    })
    .from(surveyTexts)
    .where(and(eq(surveyTexts.organizationId, organizationId), eq(surveyTexts.campaignId, campaignId)))
    .orderBy(surveyTexts.instrumentKey, surveyTexts.itemId, surveyTexts.text);
