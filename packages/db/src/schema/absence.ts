import { SPOOR_2_STATUSES } from '@inzetbaar/domain/poortwachter/vocabulary';
import {
  boolean,
  doublePrecision,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  unique,
} from 'drizzle-orm/pg-core';
import { createdAt, id, isoDate, organizationId, updatedAt, version } from './columns';

/*
 * Verzuim & werkhervatting (issue 3). Privacy split (docs/architecture.md §5, domain-rules §2.1):
 * the employer-side tables hold ONLY what the AP allows on a sick report; medical data lives in
 * `medical_notes`, which only the occupational_physician role may read or write; what the
 * physician chooses to share with the employer goes to `work_capabilities`.
 */

/**
 * A Poortwachter case (verzuimgeval): the sick reports of one person that the samentelregel adds
 * together (gap of full recovery < 28 days), whatever the cause — a report under the Ziektewet
 * vangnet is part of the same case (art. 7:629 lid 10 BW; docs/poortwachter.md).
 */
export const absenceCases = pgTable(
  'absence_cases',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    /** First sick day of the case (denormalised from its reports, for sorting and filtering). */
    firstSickDay: isoDate().notNull(),
    /** Last sick day; null while the person is still (partly) sick. */
    lastSickDay: isoDate(),
    /** Loonsanctie imposed by UWV, in weeks (1…52); null when none. */
    loonsanctieWeeks: integer(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.personId), index().on(t.organizationId, t.lastSickDay)],
);

/**
 * A sick report (ziekmelding): one spell of (partial) incapacity. Only the AP-allowed fields:
 * contact details and whereabouts, expected duration, current appointments and work, WHETHER a
 * Ziektewet vangnet applies (not which), work accident yes/no, liable third party yes/no.
 * There is deliberately no diagnosis or "reason" column.
 */
export const absenceReports = pgTable(
  'absence_reports',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    personId: text().notNull(),
    /** First sick day. */
    startDate: isoDate().notNull(),
    /** Last sick day (inclusive); null while sick. Full recovery sets it. */
    endDate: isoDate(),
    /**
     * Whether a Ziektewet safety-net (vangnet) provision applies — never which one (AP Beleidsregels
     * "De zieke werknemer", domain-rules §2.1 item 4). It adds the vangnet report to UWV to the
     * case's timeline; it never splits a case.
     */
    safetyNet: boolean().notNull().default(false),
    contactPhone: text(),
    /** Address while sick (verpleegadres), when different from the home address. */
    contactAddress: text(),
    /** Expected duration in calendar days, as far as the employee can say. */
    expectedDurationDays: integer(),
    /** Current appointments and work that need to be taken over. */
    currentWork: text(),
    workAccident: boolean().notNull().default(false),
    liableThirdParty: boolean().notNull().default(false),
    reportedByPersonId: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index().on(t.organizationId, t.caseId),
    index().on(t.organizationId, t.personId, t.startDate),
    unique().on(t.organizationId, t.personId, t.startDate),
    // statistics: the reports overlapping a window (end_date >= from OR end_date IS NULL)
    index().on(t.organizationId, t.endDate),
  ],
);

/** Partial recovery: from `fromDate` the person is `incapacityPercentage` % unfit (until the next segment or the end). */
export const absenceRecoverySegments = pgTable(
  'absence_recovery_segments',
  {
    id: id(),
    organizationId: organizationId(),
    reportId: text().notNull(),
    fromDate: isoDate().notNull(),
    incapacityPercentage: doublePrecision().notNull(),
    createdByPersonId: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.reportId), unique().on(t.organizationId, t.reportId, t.fromDate)],
);

/** Medical notes of the bedrijfsarts: readable and writable by the occupational_physician role ONLY. */
export const medicalNotes = pgTable(
  'medical_notes',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    personId: text().notNull(),
    authorPersonId: text(),
    note: text().notNull(),
    /** Optional diagnosis code (e.g. CAS/ICD-10), at the physician's discretion. */
    diagnosisCode: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.caseId)],
);

/** Functional capabilities and work advice (belastbaarheid) the physician chose to share with the employer. */
export const workCapabilities = pgTable(
  'work_capabilities',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    personId: text().notNull(),
    authorPersonId: text(),
    validFrom: isoDate().notNull(),
    limitations: text().notNull(),
    possibilities: text().notNull(),
    workAdvice: text().notNull(),
    /** Expected term of recovery as shared by the physician, in free words (no diagnosis). */
    prognosis: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.caseId)],
);

/** A Poortwachter milestone recorded as done (key as in the domain engine, e.g. `probleemanalyse`). */
export const absenceMilestoneCompletions = pgTable(
  'absence_milestone_completions',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    key: text().notNull(),
    doneOn: isoDate().notNull(),
    documentId: text(),
    note: text(),
    completedByPersonId: text(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.organizationId, t.caseId, t.key)],
);

/** Plan van aanpak (art. 25 lid 2 WIA) with spoor 1 / spoor 2; one per case, edited together (version). */
export const absencePlans = pgTable(
  'absence_plans',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    goals: text().notNull().default(''),
    agreedActivities: text().notNull().default(''),
    adaptedWork: text().notNull().default(''),
    /** Hours per week worked during re-integration (reduced hours); null when not agreed. */
    reducedHoursPerWeek: doublePrecision(),
    casemanagerPersonId: text(),
    /** Spoor 1: return to own or other work with the own employer. */
    spoor1: text().notNull().default(''),
    spoor2Status: text({ enum: SPOOR_2_STATUSES }).notNull().default('not_decided'),
    spoor2StartedOn: isoDate(),
    spoor2Notes: text().notNull().default(''),
    agreedOn: isoDate(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.caseId)],
);

/** Evaluation log of the plan van aanpak (at least every 6 weeks). */
export const absenceEvaluations = pgTable(
  'absence_evaluations',
  {
    id: id(),
    organizationId: organizationId(),
    caseId: text().notNull(),
    date: isoDate().notNull(),
    summary: text().notNull(),
    adjustments: text().notNull().default(''),
    authorPersonId: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.caseId, t.date)],
);

/** In-app deadline notices written by the daily reminder job; `key` makes the job idempotent. */
export const absenceNotices = pgTable(
  'absence_notices',
  {
    id: id(),
    organizationId: organizationId(),
    recipientPersonId: text().notNull(),
    caseId: text().notNull(),
    milestoneKey: text().notNull(),
    due: isoDate().notNull(),
    overdue: boolean().notNull(),
    /** `<caseId>:<milestoneKey>:<day>:<recipientPersonId>` */
    key: text().notNull(),
    readAt: timestamp({ withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    unique().on(t.organizationId, t.key),
    index().on(t.organizationId, t.recipientPersonId, t.createdAt),
  ],
);
