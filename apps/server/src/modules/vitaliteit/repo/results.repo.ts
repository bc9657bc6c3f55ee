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

/**
 * Score count and sum per scale, unit and (when `byAgeBand`) age band, from the running sums kept
 * at submission (`survey_score_sums`): a few cells per unit instead of every score row. Without a
 * breakdown the age bands are added up here (`ageBand: null`), which the release ignores then.
 */
export function scoreSums(
  db: DbOrTx,
  organizationId: string,
  campaignId: string,
  opts: { byAgeBand?: boolean } = {},
) {
  const where = and(
    eq(surveyScoreSums.organizationId, organizationId),
    eq(surveyScoreSums.campaignId, campaignId),
  );
  if (opts.byAgeBand)
    return db
      .select({
        scale: surveyScoreSums.scaleKey,
        unit: surveyScoreSums.unitId,
        ageBand: surveyScoreSums.ageBand,
        n: surveyScoreSums.n,
        sum: surveyScoreSums.sum,
      })
      .from(surveyScoreSums)
      .where(where);
  return db
    .select({
      scale: surveyScoreSums.scaleKey,
      unit: surveyScoreSums.unitId,
      ageBand: sql<string | null>`null`,
      n: sql<number>`sum(${surveyScoreSums.n})::int`,
      sum: sql<number>`sum(${surveyScoreSums.sum})::float8`,
    })
    .from(surveyScoreSums)
    .where(where)
    .groupBy(surveyScoreSums.scaleKey, surveyScoreSums.unitId);
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
