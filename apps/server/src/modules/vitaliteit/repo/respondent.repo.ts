import { type DbOrTx, schema } from '@inzetbaar/db';
import { and, asc, eq, inArray, isNull, or, sql } from 'drizzle-orm';

/*
 * The respondent side: the ONLY code that reads `survey_participants` (who was invited) and reads
 * or writes `survey_responses` by token. Reporting code must not import this file
 * (checked by __tests__/vitality-anonymity.test.ts).
 */
const {
  surveyParticipants,
  surveyResponses,
  surveyScoreSums,
  surveyScores,
  surveyTexts,
  surveyCampaigns,
  persons,
  employments,
} = schema;
export type ParticipantRow = typeof surveyParticipants.$inferSelect;
export type ResponseRow = typeof surveyResponses.$inferSelect;

/** People employed on `day` in one of `unitIds` (all units when null), one row per person. */
export async function eligiblePeople(
  db: DbOrTx,
  organizationId: string,
  day: string,
  unitIds: string[] | null,
) {
  const rows = await db
    .select({
      personId: employments.personId,
      unitId: employments.unitId,
      birthDate: persons.birthDate,
      startDate: employments.startDate,
    })
    .from(employments)
    .innerJoin(persons, and(eq(persons.id, employments.personId), eq(persons.organizationId, organizationId)))
    .where(
      and(
        eq(employments.organizationId, organizationId),
        sql`${employments.startDate} <= ${day}`,
        sql`(${employments.endDate} is null or ${employments.endDate} >= ${day})`,
        sql`${employments.unitId} is not null`,
        unitIds ? inArray(employments.unitId, unitIds.length ? unitIds : ['']) : undefined,
      ),
    )
    .orderBy(asc(employments.personId), asc(employments.startDate));
  // Several running employments: the most recent one counts.
  const byPerson = new Map<string, { personId: string; unitId: string; birthDate: string | null }>();
  for (const r of rows)
    byPerson.set(r.personId, { personId: r.personId, unitId: r.unitId as string, birthDate: r.birthDate });
  return [...byPerson.values()];
}

export async function insertParticipants(db: DbOrTx, rows: (typeof surveyParticipants.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insert(surveyParticipants)
      .values(rows.slice(i, i + 500))
      .onConflictDoNothing();
}

export const listParticipants = (db: DbOrTx, organizationId: string, campaignId: string) =>
  db
    .select()
    .from(surveyParticipants)
    .where(
      and(
        eq(surveyParticipants.organizationId, organizationId),
        eq(surveyParticipants.campaignId, campaignId),
      ),
    );

export async function findParticipant(
  db: DbOrTx,
  organizationId: string,
  campaignId: string,
  personId: string,
) {
  const [row] = await db
    .select()
    .from(surveyParticipants)
    .where(
      and(
        eq(surveyParticipants.organizationId, organizationId),
        eq(surveyParticipants.campaignId, campaignId),
        eq(surveyParticipants.personId, personId),
      ),
    );
  return row;
}

/** The campaigns a person was invited to (open or closed, newest first). */
export const campaignsOfParticipant = (db: DbOrTx, organizationId: string, personId: string) =>
  db
    .select({ campaign: surveyCampaigns })
    .from(surveyParticipants)
    .innerJoin(
      surveyCampaigns,
      and(
        eq(surveyCampaigns.id, surveyParticipants.campaignId),
        eq(surveyCampaigns.organizationId, organizationId),
      ),
    )
    .where(
      and(eq(surveyParticipants.organizationId, organizationId), eq(surveyParticipants.personId, personId)),
    )
    .orderBy(sql`${surveyCampaigns.closesOn} desc`);

export async function markReminded(db: DbOrTx, organizationId: string, ids: string[], at: Date) {
  if (ids.length === 0) return;
  await db
    .update(surveyParticipants)
    .set({ remindedAt: at })
    .where(and(eq(surveyParticipants.organizationId, organizationId), inArray(surveyParticipants.id, ids)));
}

/** Mail address of each person: their own, else their account's. */
export async function contactsOf(db: DbOrTx, organizationId: string, personIds: string[]) {
  if (personIds.length === 0) return [];
  return db
    .select({
      personId: persons.id,
      givenName: persons.givenName,
      email: sql<string | null>`coalesce(${persons.email}, ${schema.user.email})`,
      language: persons.language,
    })
    .from(persons)
    .leftJoin(schema.user, eq(schema.user.id, persons.userId))
    .where(and(eq(persons.organizationId, organizationId), inArray(persons.id, personIds)));
}

// ── responses, by token ──
export async function findResponse(db: DbOrTx, organizationId: string, campaignId: string, token: string) {
  const [row] = await db
    .select()
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        eq(surveyResponses.campaignId, campaignId),
        eq(surveyResponses.token, token),
      ),
    );
  return row;
}

/** Tokens of the campaign's submitted responses (reminders skip those who answered). */
export async function submittedTokens(
  db: DbOrTx,
  organizationId: string,
  campaignId: string,
  tokens: string[],
) {
  if (tokens.length === 0) return new Set<string>();
  const rows = await db
    .select({ token: surveyResponses.token })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        eq(surveyResponses.campaignId, campaignId),
        eq(surveyResponses.status, 'submitted'),
        inArray(surveyResponses.token, tokens),
      ),
    );
  return new Set(rows.map((r) => r.token));
}

/** Save answers of a response still in progress (insert on first save). Undefined: already submitted. */
export async function saveResponse(db: DbOrTx, v: typeof surveyResponses.$inferInsert) {
  const [row] = await db
    .insert(surveyResponses)
    .values(v)
    .onConflictDoUpdate({
      target: [surveyResponses.organizationId, surveyResponses.campaignId, surveyResponses.token],
      set: { answers: v.answers },
      setWhere: eq(surveyResponses.status, 'in_progress'),
    })
    .returning();
  return row;
}

export async function markSubmitted(db: DbOrTx, organizationId: string, id: string) {
  const [row] = await db
    .update(surveyResponses)
    .set({ status: 'submitted' })
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        eq(surveyResponses.id, id),
        eq(surveyResponses.status, 'in_progress'),
      ),
    )
    .returning();
  return row;
}

/** Scores and open texts of a submitted response, written without any link back to it. */
export async function insertScoresAndTexts(
  db: DbOrTx,
  scores: (typeof surveyScores.$inferInsert)[],
  texts: (typeof surveyTexts.$inferInsert)[],
) {
  if (scores.length) await db.insert(surveyScores).values(scores);
  if (scores.length) await addToScoreSums(db, scores);
  if (texts.length) await db.insert(surveyTexts).values(texts);
}

/** Adds one submission's scores to the running sums per unit, age band and scale (results read these). */
async function addToScoreSums(db: DbOrTx, scores: (typeof surveyScores.$inferInsert)[]) {
  const cells = new Map<string, typeof surveyScoreSums.$inferInsert>();
  for (const s of scores) {
    const key = JSON.stringify([s.organizationId, s.campaignId, s.unitId, s.ageBand ?? null, s.scaleKey]);
    const cell = cells.get(key);
    if (cell) {
      cell.n += 1;
      cell.sum += s.score;
    } else
      cells.set(key, {
        organizationId: s.organizationId,
        campaignId: s.campaignId,
        unitId: s.unitId,
        ageBand: s.ageBand ?? null,
        scaleKey: s.scaleKey,
        n: 1,
        sum: s.score,
      });
  }
  await db
    .insert(surveyScoreSums)
    .values([...cells.values()])
    .onConflictDoUpdate({
      target: [
        surveyScoreSums.organizationId,
        surveyScoreSums.campaignId,
        surveyScoreSums.unitId,
        surveyScoreSums.ageBand,
        surveyScoreSums.scaleKey,
      ],
      set: {
        n: sql`${surveyScoreSums.n} + excluded.n`,
        sum: sql`${surveyScoreSums.sum} + excluded.sum`,
      },
    });
}

/** Open responses of a campaign closed without submitting are deleted: unfinished answers are not kept. */
export async function deleteUnsubmitted(db: DbOrTx, organizationId: string, campaignId: string) {
  await db
    .delete(surveyResponses)
    .where(
      and(
        eq(surveyResponses.organizationId, organizationId),
        eq(surveyResponses.campaignId, campaignId),
        or(eq(surveyResponses.status, 'in_progress'), isNull(surveyResponses.status)),
      ),
    );
}
