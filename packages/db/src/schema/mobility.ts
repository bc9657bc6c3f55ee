import { boolean, index, integer, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { createdAt, id, isoDate, organizationId, updatedAt, version } from './columns';

/*
 * Mobiliteit & van-werk-naar-werk (issue 14, docs/mobility.md): internal vacancies and short
 * assignments with ESCO skills, the person's "open to other work" opt-in, reorganisations with a
 * coach and a transition plan per person, and the imported shortage table. Skills profiles and POP
 * goals stay in the LLO tables; the ESCO taxonomy is read from data/esco at start.
 */

export const MOBILITY_OPENING_KINDS = ['vacancy', 'project', 'gig', 'job_shadowing'] as const;
export const MOBILITY_OPENING_STATUSES = ['open', 'closed'] as const;
export const MOBILITY_REORG_STATUSES = ['threatened', 'redundant', 'closed'] as const;
export const MOBILITY_CASE_STATUSES = [
  'orientation',
  'training',
  'placed_internal',
  'placed_external',
  'other',
] as const;
export const MOBILITY_SHORTAGE_LEVELS = ['zeer_krap', 'krap', 'gemiddeld', 'ruim', 'zeer_ruim'] as const;

/** An internal vacancy or short assignment (project, gig, job-shadowing place) with required ESCO skills. */
export const mobilityOpenings = pgTable(
  'mobility_openings',
  {
    id: id(),
    organizationId: organizationId(),
    kind: text({ enum: MOBILITY_OPENING_KINDS }).notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    unitId: text(),
    hoursPerWeek: integer(),
    escoOccupationUri: text(),
    /** ISCO-08 unit group (4 digits): from the ESCO occupation, or given. */
    iscoGroup: text(),
    /** ESCO skill URIs the work needs (essential) and that help (optional). */
    essentialSkills: jsonb().$type<string[]>().notNull().default([]),
    optionalSkills: jsonb().$type<string[]>().notNull().default([]),
    startsOn: isoDate(),
    endsOn: isoDate(),
    closesOn: isoDate(),
    status: text({ enum: MOBILITY_OPENING_STATUSES }).notNull().default('open'),
    createdByPersonId: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.status)],
);

/** The person's own opt-in: only people who are open to other work appear as candidates. */
export const mobilityPreferences = pgTable(
  'mobility_preferences',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    isOpenToOtherWork: boolean().notNull().default(false),
    /** Kinds of openings the person is interested in (empty: all). */
    kinds: jsonb().$type<string[]>().notNull().default([]),
    openSince: isoDate(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.personId)],
);

/** A group HR marks as (threatened) redundant in a reorganisation. */
export const mobilityReorganisations = pgTable(
  'mobility_reorganisations',
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    description: text().notNull().default(''),
    status: text({ enum: MOBILITY_REORG_STATUSES }).notNull(),
    announcedOn: isoDate().notNull(),
    /** The date the positions end (expected), when known. */
    endsOn: isoDate(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId)],
);

/** One person in a reorganisation: their coach, status and the transition the plan aims at. */
export const mobilityCases = pgTable(
  'mobility_cases',
  {
    id: id(),
    organizationId: organizationId(),
    reorganisationId: text().notNull(),
    personId: text().notNull(),
    coachPersonId: text(),
    status: text({ enum: MOBILITY_CASE_STATUSES }).notNull().default('orientation'),
    /** The transition the coach and person chose (ESCO occupation URI or opening id), if any. */
    targetRef: text(),
    targetTitle: text(),
    statusChangedOn: isoDate().notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    unique().on(t.organizationId, t.reorganisationId, t.personId),
    index().on(t.organizationId, t.coachPersonId),
  ],
);

/** One import of the shortage table: the latest import is the table in use (it replaces the previous). */
export const mobilityShortageImports = pgTable(
  'mobility_shortage_imports',
  {
    id: id(),
    organizationId: organizationId(),
    fileName: text().notNull(),
    rowCount: integer().notNull(),
    importedByPersonId: text(),
    importedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organizationId, t.importedAt)],
);

/** A row of the shortage table, keyed by ESCO occupation URI or ISCO-08 unit group. */
export const mobilityShortageEntries = pgTable(
  'mobility_shortage_entries',
  {
    id: id(),
    organizationId: organizationId(),
    importId: text().notNull(),
    escoOccupationUri: text(),
    isco4: text(),
    level: text({ enum: MOBILITY_SHORTAGE_LEVELS }).notNull(),
    source: text().notNull(),
    date: text().notNull(),
  },
  (t) => [index().on(t.organizationId, t.importId)],
);
