import {
  boolean,
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
 * Leven lang ontwikkelen (issue 13): skills profiles, development talks, POP, learning catalogue,
 * requests and budgets, certificates, the organisation's own funding entries.
 *
 * A "skill ref" is an ESCO skill URI (http://data.europa.eu/esco/skill/…) or an organisation's own
 * skill, `urn:inzetbaar:skill:<llo_custom_skills.id>`. The ESCO taxonomy itself is not stored: it is
 * read from data/esco at start.
 */

export const LLO_SKILL_SOURCES = ['occupation', 'self_assessed', 'manager_confirmed', 'learning'] as const;
export const LLO_LEARNING_KINDS = [
  'course',
  'job_shadowing',
  'mentoring',
  'peer_learning',
  'stretch_assignment',
  'career_advice',
] as const;
export const LLO_LEARNING_MODES = ['classroom', 'online', 'blended', 'on_the_job'] as const;
export const LLO_DELIVERY = ['internal', 'external'] as const;
export const LLO_PRO_RATA = ['none', 'hours', 'hours_and_period'] as const;
export const LLO_FUNDING_SOURCES = ['personal_budget', 'employer_required'] as const;
export const LLO_REQUEST_STATUSES = ['submitted', 'approved', 'declined', 'cancelled', 'completed'] as const;
export const LLO_GOAL_TARGETS = ['skills', 'occupation', 'role'] as const;
export const LLO_GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;

export type LloSkillTarget = { ref: string; level: number };
export type LloTalkTopics = {
  work: string;
  health: string;
  skills: string;
  learning: string;
  ambition: string;
};
export type LloAgreement = {
  id: string;
  text: string;
  owner: 'employee' | 'manager' | 'both';
  dueOn: string | null;
};
export type LloGoalAction = {
  id: string;
  text: string;
  dueOn: string | null;
  doneOn: string | null;
  learningItemId: string | null;
};

/** An organisation's own skill, mapped to an ESCO skill where one fits. */
export const lloCustomSkills = pgTable(
  'llo_custom_skills',
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    description: text().notNull().default(''),
    escoSkillUri: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.name)],
);

/** A skill on a person's profile. The person owns the profile; a manager may only confirm. */
export const lloProfileSkills = pgTable(
  'llo_profile_skills',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    skillRef: text().notNull(),
    /** 1 basis … 4 expert. */
    level: integer().notNull(),
    source: text({ enum: LLO_SKILL_SOURCES }).notNull(),
    assessedOn: isoDate().notNull(),
    confirmedByPersonId: text(),
    confirmedOn: isoDate(),
    learningRequestId: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.personId, t.skillRef), index().on(t.organizationId, t.skillRef)],
);

/** Suggestions from the occupation the person turned down (not suggested again). */
export const lloSkillRejections = pgTable(
  'llo_skill_rejections',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    skillRef: text().notNull(),
    rejectedOn: isoDate().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.organizationId, t.personId, t.skillRef)],
);

/** An internal role (e.g. "werkbegeleider", "aandachtsvelder dementie") with the skills it asks. */
export const lloInternalRoles = pgTable(
  'llo_internal_roles',
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    description: text().notNull().default(''),
    escoOccupationUri: text(),
    skills: jsonb().$type<LloSkillTarget[]>().notNull().default([]),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.name)],
);

/** A development talk (gesprekscyclus). The employee's preparation lives apart, in llo_talk_preparations. */
export const lloTalks = pgTable(
  'llo_talks',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    managerPersonId: text(),
    plannedOn: isoDate().notNull(),
    heldOn: isoDate(),
    /** The shared record of the talk, per agenda topic. */
    notes: jsonb().$type<LloTalkTopics>().notNull(),
    agreements: jsonb().$type<LloAgreement[]>().notNull().default([]),
    employeeConfirmedAt: timestamp({ withTimezone: true }),
    managerConfirmedAt: timestamp({ withTimezone: true }),
    managerConfirmedByPersonId: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.personId)],
);

/** The employee's own preparation: readable by them only until `sharedAt`. */
export const lloTalkPreparations = pgTable(
  'llo_talk_preparations',
  {
    id: id(),
    organizationId: organizationId(),
    talkId: text().notNull(),
    personId: text().notNull(),
    answers: jsonb().$type<LloTalkTopics>().notNull(),
    sharedAt: timestamp({ withTimezone: true }),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.talkId)],
);

/** A goal of the personal development plan (POP). */
export const lloPopGoals = pgTable(
  'llo_pop_goals',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    title: text().notNull(),
    description: text().notNull().default(''),
    targetKind: text({ enum: LLO_GOAL_TARGETS }).notNull(),
    targetOccupationUri: text(),
    targetRoleId: text(),
    targetSkills: jsonb().$type<LloSkillTarget[]>().notNull().default([]),
    deadline: isoDate(),
    status: text({ enum: LLO_GOAL_STATUSES }).notNull().default('open'),
    actions: jsonb().$type<LloGoalAction[]>().notNull().default([]),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.personId)],
);

/** The organisation's learning catalogue: courses and learning at work. */
export const lloLearningItems = pgTable(
  'llo_learning_items',
  {
    id: id(),
    organizationId: organizationId(),
    /** The organisation's own key (catalogue import updates the item with the same code). */
    code: text(),
    title: text().notNull(),
    description: text().notNull().default(''),
    kind: text({ enum: LLO_LEARNING_KINDS }).notNull(),
    provider: text(),
    delivery: text({ enum: LLO_DELIVERY }).notNull(),
    mode: text({ enum: LLO_LEARNING_MODES }).notNull(),
    durationHours: doublePrecision().notNull().default(0),
    costCents: integer().notNull().default(0),
    skills: jsonb().$type<LloSkillTarget[]>().notNull().default([]),
    certificateType: text(),
    isActive: boolean().notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.code), index().on(t.organizationId, t.title)],
);

/** The yearly development budget (cao or organisation rule); a later `fromYear` replaces it. */
export const lloBudgetRules = pgTable(
  'llo_budget_rules',
  {
    id: id(),
    organizationId: organizationId(),
    name: text().notNull(),
    fromYear: integer().notNull(),
    moneyPerYearCents: integer().notNull(),
    hoursPerYear: doublePrecision().notNull(),
    carryOverYears: integer().notNull().default(0),
    maxCarryOverCents: integer(),
    maxCarryOverHours: doublePrecision(),
    proRata: text({ enum: LLO_PRO_RATA }).notNull().default('hours'),
    maxPerActivityCents: integer(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.fromYear)],
);

/** A learning request: submitted by the employee, decided by the manager, completed. */
export const lloRequests = pgTable(
  'llo_requests',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    learningItemId: text(),
    popGoalId: text(),
    title: text().notNull(),
    kind: text({ enum: LLO_LEARNING_KINDS }).notNull(),
    provider: text(),
    costCents: integer().notNull().default(0),
    hours: doublePrecision().notNull().default(0),
    startOn: isoDate(),
    endOn: isoDate(),
    motivation: text().notNull().default(''),
    fundingSource: text({ enum: LLO_FUNDING_SOURCES }).notNull().default('personal_budget'),
    skills: jsonb().$type<LloSkillTarget[]>().notNull().default([]),
    certificateType: text(),
    status: text({ enum: LLO_REQUEST_STATUSES }).notNull().default('submitted'),
    /** The budget year charged: the start year, else the year of approval. */
    budgetYear: integer(),
    decidedByPersonId: text(),
    decidedOn: isoDate(),
    decisionReason: text(),
    completedOn: isoDate(),
    actualCostCents: integer(),
    actualHours: doublePrecision(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.personId), index().on(t.organizationId, t.status)],
);

export const lloCertificates = pgTable(
  'llo_certificates',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    /** An id of data/learning/certificate-types.json. */
    type: text().notNull(),
    name: text().notNull(),
    issuer: text(),
    number: text(),
    obtainedOn: isoDate().notNull(),
    expiresOn: isoDate(),
    learningRequestId: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.personId), index().on(t.organizationId, t.expiresOn)],
);

/** The organisation's own funding entries (sector O&O funds), in the shape of ZFundingScheme. */
export const lloFundingSchemes = pgTable(
  'llo_funding_schemes',
  {
    id: id(),
    organizationId: organizationId(),
    definition: jsonb().$type<Record<string, unknown>>().notNull(),
    isActive: boolean().notNull().default(true),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId)],
);
