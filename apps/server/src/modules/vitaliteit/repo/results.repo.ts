import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, eq, inArray, sql } from 'drizzle-orm';

/*
 * Reporting queries: aggregates only. This file reads `survey_scores`, `survey_texts` and counts of
 * submitted responses per unit and age band — never who was invited, never a token or raw answers
 * (checked by __tests__/vitality-anonymity.test.ts).
 */
const { surveyResponses, surveyScores, surveyTexts } = schema;

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

/** Score count and sum per scale, unit and age band. */
export const scoreSums = (db: DbOrTx, organizationId: string, campaignId: string) =>
  db
    .select({
      scale: surveyScores.scaleKey,
      unit: surveyScores.unitId,
      ageBand: surveyScores.ageBand,
      n: sql<number>`count(*)::int`,
      sum: sql<number>`sum(${surveyScores.score})::float8`,
    })
    .from(surveyScores)
    .where(and(eq(surveyScores.organizationId, organizationId), eq(surveyScores.campaignId, campaignId)))
    .groupBy(surveyScores.scaleKey, surveyScores.unitId, surveyScores.ageBand);

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
