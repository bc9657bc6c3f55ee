import {
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, id, isoDate, organizationId, updatedAt, version } from './columns';

/*
 * Vitaliteit (issue 12): survey campaigns, anonymous answers, interventions.
 *
 * Anonymity by design (domain-rules §2.5, architecture §5):
 *  - `survey_participants` is the ONLY table that names a person in a campaign. It says who was
 *    invited, never whether or what they answered. Only the respondent side of the module
 *    (modules/vitaliteit/repo/participants.repo.ts) reads it; a test keeps the reporting code away.
 *  - `survey_responses` holds the answers under a per-campaign pseudonymous token, an HMAC of
 *    campaign and person under the server secret: without the secret it cannot be linked back, and
 *    it has no timestamps to match against invitation or audit times.
 *  - Reporting reads `survey_score_sums` and `survey_texts` (and `survey_scores` holds one row per
 *    score), which carry neither token nor response id.
 * Bundled instruments and the interventions catalogue are read from data/, not stored.
 */

export const SURVEY_CAMPAIGN_STATUSES = ['scheduled', 'open', 'closed'] as const;
export const SURVEY_RESPONSE_STATUSES = ['in_progress', 'submitted'] as const;

/** A licensed instrument an organisation uploaded (WAI, UWES: never bundled). */
export const surveyInstruments = pgTable(
  'survey_instruments',
  {
    id: id(),
    organizationId: organizationId(),
    instrumentKey: text().notNull(),
    instrumentVersion: text().notNull(),
    definition: jsonb().$type<Record<string, unknown>>().notNull(),
    licenceHolder: text(),
    licenceReference: text().notNull(),
    licenceValidUntil: isoDate(),
    uploadedByPersonId: text(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.organizationId, t.instrumentKey)],
);

export const surveyCampaigns = pgTable(
  'survey_campaigns',
  {
    id: id(),
    organizationId: organizationId(),
    title: text().notNull(),
    instrumentKeys: jsonb().$type<string[]>().notNull(),
    /** The units invited (with their sub-units); empty: the whole organisation. */
    unitIds: jsonb().$type<string[]>().notNull(),
    opensOn: isoDate().notNull(),
    closesOn: isoDate().notNull(),
    status: text({ enum: SURVEY_CAMPAIGN_STATUSES }).notNull().default('scheduled'),
    /** k: the minimum group size for this campaign's results (≥ 5). */
    minGroupSize: integer().notNull().default(10),
    reminderDaysBefore: integer().notNull().default(3),
    createdByPersonId: text(),
    openedAt: timestamp({ withTimezone: true }),
    closedAt: timestamp({ withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.status)],
);

/**
 * The unit tree as it was when the campaign opened, with the number invited per unit: results and
 * response rates use this snapshot, so later reorganisations do not change a closed campaign.
 */
export const surveyCampaignUnits = pgTable(
  'survey_campaign_units',
  {
    id: id(),
    organizationId: organizationId(),
    campaignId: text().notNull(),
    unitId: text().notNull(),
    parentId: text(),
    name: text().notNull(),
    invited: integer().notNull().default(0),
  },
  (t) => [unique().on(t.organizationId, t.campaignId, t.unitId)],
);

/** Who was invited (person → campaign). Never read by reporting code. */
export const surveyParticipants = pgTable(
  'survey_participants',
  {
    id: id(),
    organizationId: organizationId(),
    campaignId: text().notNull(),
    personId: text().notNull(),
    unitId: text().notNull(),
    /** Age band on the opening day (copied onto the response for breakdowns; no birth date). */
    ageBand: text(),
    invitedAt: timestamp({ withTimezone: true }).notNull(),
    remindedAt: timestamp({ withTimezone: true }),
  },
  (t) => [unique().on(t.organizationId, t.campaignId, t.personId), index().on(t.organizationId, t.personId)],
);

/** Answers under a pseudonymous token; no person, no timestamps. */
export const surveyResponses = pgTable(
  'survey_responses',
  {
    id: id(),
    organizationId: organizationId(),
    campaignId: text().notNull(),
    token: text().notNull(),
    unitId: text().notNull(),
    ageBand: text(),
    status: text({ enum: SURVEY_RESPONSE_STATUSES }).notNull().default('in_progress'),
    /** instrument id → item id → position (1-based) or open text. */
    answers: jsonb().$type<Record<string, Record<string, number | string>>>().notNull(),
  },
  (t) => [
    unique().on(t.organizationId, t.campaignId, t.token),
    index().on(t.organizationId, t.campaignId, t.status),
  ],
);

/** One scale score of one submitted response, without any link to the response. */
export const surveyScores = pgTable(
  'survey_scores',
  {
    id: id(),
    organizationId: organizationId(),
    campaignId: text().notNull(),
    unitId: text().notNull(),
    ageBand: text(),
    /** `instrument.scale`, e.g. `cbi.work`. */
    scaleKey: text().notNull(),
    score: doublePrecision().notNull(),
  },
  (t) => [index().on(t.organizationId, t.campaignId, t.scaleKey)],
);

/**
 * Running count and sum of the scores per campaign, unit, age band and scale, kept up to date on
 * every submission (same transaction as `survey_scores`). The results read these few cells instead
 * of aggregating every score row (issue 12, item 10: 10,000 responses in ≤ 300 ms on PostgreSQL).
 * Like `survey_scores`: no token, no response id, no person.
 */
export const surveyScoreSums = pgTable(
  'survey_score_sums',
  {
    id: id(),
    organizationId: organizationId(),
    campaignId: text().notNull(),
    unitId: text().notNull(),
    ageBand: text(),
    scaleKey: text().notNull(),
    n: integer().notNull(),
    sum: doublePrecision().notNull(),
  },
  (t) => [unique().on(t.organizationId, t.campaignId, t.unitId, t.ageBand, t.scaleKey).nullsNotDistinct()],
);

/** A non-private open answer of a submitted response, without any link to the response. */
export const surveyTexts = pgTable(
  'survey_texts',
  {
    id: id(),
    organizationId: organizationId(),
    campaignId: text().notNull(),
    unitId: text().notNull(),
    ageBand: text(),
    instrumentKey: text().notNull(),
    itemId: text().notNull(),
    text: text().notNull(),
  },
  (t) => [index().on(t.organizationId, t.campaignId)],
);

/** An employee signed up for an intervention of the catalogue (HR sees counts only, never below k). */
export const interventionSignups = pgTable(
  'intervention_signups',
  {
    id: id(),
    organizationId: organizationId(),
    interventionId: text().notNull(),
    personId: text().notNull(),
    unitId: text(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.organizationId, t.interventionId, t.personId)],
);

/** "Turn into action": a hotspot of a campaign made an intervention recommended for a unit (null: everyone). */
export const interventionOffers = pgTable(
  'intervention_offers',
  {
    id: id(),
    organizationId: organizationId(),
    interventionId: text().notNull(),
    unitId: text(),
    campaignId: text(),
    scaleKey: text(),
    createdByPersonId: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.unitId)],
);
