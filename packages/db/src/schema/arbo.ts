import { MEASURE_LEVELS, PRIORITIES } from '@inzetbaar/domain/rie/catalogue.schema';
import { HOSPITAL_CARE } from '@inzetbaar/domain/rie/duties';
import { TOETSING_EXPERTS, TOETSING_SCOPES, TOETSING_VERDICTS } from '@inzetbaar/domain/rie/toetsing';
import {
  CONSENT_DECISIONS,
  EFFECTIVENESS_RESULTS,
  HEALTH_CHECK_KINDS,
  INCIDENT_ROUTES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  INSTRUCTION_KINDS,
  MEASURE_STATUSES,
  RIE_ANSWERS,
  RIE_STATUSES,
} from '@inzetbaar/domain/rie/vocabulary';
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
 * Arbo & preventie (issue 4): RI&E, plan van aanpak, reports, accidents, instruction, PPE.
 * Catalogue content itself is not stored: it is read from data/risk-catalogues at start; an
 * assessment records the catalogue id and version it was made with.
 */

export type RieParticipant = { personId: string | null; name: string; role: string };

/** Risks an organisation added to a catalogue module (validated with mergeOwnRisks before saving). */
export const arboOwnRisks = pgTable(
  'arbo_own_risks',
  {
    id: id(),
    organizationId: organizationId(),
    catalogueId: text().notNull(),
    moduleId: text().notNull(),
    riskId: text().notNull(),
    risk: jsonb().$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [unique().on(t.organizationId, t.catalogueId, t.riskId)],
);

export const rieAssessments = pgTable(
  'rie_assessments',
  {
    id: id(),
    organizationId: organizationId(),
    /** null: the whole organisation. */
    unitId: text(),
    year: integer().notNull(),
    catalogueId: text().notNull(),
    catalogueVersion: text().notNull(),
    status: text({ enum: RIE_STATUSES }).notNull().default('draft'),
    /** Who took part, including employees (worker involvement). */
    participants: jsonb().$type<RieParticipant[]>().notNull().default([]),
    /** Profile answers by module id (true = module applies). */
    profileAnswers: jsonb().$type<Record<string, boolean>>().notNull().default({}),
    /** Made with a recognised branche-RI&E instrument (rie.nl): feeds the toetsing exemption (≤ 25 employees). */
    usesRecognisedBrancheInstrument: boolean().notNull().default(false),
    /** Which instrument (free text), e.g. "RI&E Zorg en Welzijn". */
    brancheInstrumentName: text(),
    completedOn: isoDate(),
    lockedOn: isoDate(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.unitId, t.year).nullsNotDistinct()],
);

export const rieAnswers = pgTable(
  'rie_answers',
  {
    id: id(),
    organizationId: organizationId(),
    assessmentId: text().notNull(),
    riskId: text().notNull(),
    answer: text({ enum: RIE_ANSWERS }).notNull(),
    existingMeasures: text(),
    notes: text(),
    /** fine_kinney | direct | fixed, only for risks answered "no" (present). */
    evaluationMethod: text({ enum: ['fine_kinney', 'direct', 'fixed'] }),
    probability: doublePrecision(),
    exposure: doublePrecision(),
    effect: doublePrecision(),
    score: doublePrecision(),
    riskClass: text(),
    priority: text({ enum: PRIORITIES }),
    version: version(),
    updatedAt: updatedAt(),
  },
  (t) => [unique().on(t.organizationId, t.assessmentId, t.riskId)],
);

/** Plan van aanpak. */
export const arboMeasures = pgTable(
  'arbo_measures',
  {
    id: id(),
    organizationId: organizationId(),
    assessmentId: text(),
    riskId: text(),
    description: text().notNull(),
    level: text({ enum: MEASURE_LEVELS }).notNull(),
    ownerPersonId: text(),
    dueDate: isoDate(),
    budget: doublePrecision(),
    status: text({ enum: MEASURE_STATUSES }).notNull().default('planned'),
    completedOn: isoDate(),
    effectivenessCheckOn: isoDate(),
    effectivenessResult: text({ enum: EFFECTIVENESS_RESULTS }),
    effectivenessNotes: text(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index().on(t.organizationId, t.assessmentId), index().on(t.organizationId, t.dueDate)],
);

/** Toetsing of an RI&E by a certified expert or arbodienst. */
export const rieToetsing = pgTable(
  'rie_toetsing',
  {
    id: id(),
    organizationId: organizationId(),
    assessmentId: text(),
    toetsedOn: isoDate().notNull(),
    expertName: text().notNull(),
    /** Certificate or registration number of the kerndeskundige / arbodienst. */
    expertRegistration: text(),
    /** Since 1 Jul 2022 the toets is split into a systeemtoets and a scopetoets; `both` covers the two. */
    scope: text({ enum: TOETSING_SCOPES }).notNull().default('both'),
    /** Kerndeskundige or bedrijfsarts/arbodienst; null on records made before it was asked. */
    expertCertification: text({ enum: TOETSING_EXPERTS }),
    /** null on records made before it was asked (the outcome text says it). */
    verdict: text({ enum: TOETSING_VERDICTS }),
    /** Outcome and remarks of the toets. */
    outcome: text().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId)],
);

/** The preventiemedewerker (Arbowet art. 13); the latest row is the current one. */
export const preventionOfficerRecords = pgTable(
  'prevention_officer_records',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text(),
    /** With ≤ 25 employees the employer may do it personally (art. 13 lid 10). */
    employerActsPersonally: boolean().notNull().default(false),
    appointedOn: isoDate().notNull(),
    worksCouncilConsentOn: isoDate(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId)],
);

/** Works council (OR/PVT) decision on an RI&E and its plan van aanpak. */
export const rieConsents = pgTable(
  'rie_consents',
  {
    id: id(),
    organizationId: organizationId(),
    assessmentId: text().notNull(),
    decision: text({ enum: CONSENT_DECISIONS }).notNull(),
    decidedOn: isoDate().notNull(),
    notes: text(),
    recordedByPersonId: text(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.assessmentId)],
);

/**
 * Reports by employees. An anonymous report stores no reporter and no time of day (only the date),
 * so it cannot be matched to sessions or log lines. The feedback token itself is never stored.
 */
export const incidentReports = pgTable(
  'incident_reports',
  {
    id: id(),
    organizationId: organizationId(),
    type: text({ enum: INCIDENT_TYPES }).notNull(),
    /** For aggression: by a colleague (undesirable behaviour) rather than by a client or outsider. */
    byColleague: boolean().notNull().default(false),
    routedTo: text({ enum: INCIDENT_ROUTES }).notNull(),
    description: text().notNull(),
    location: text(),
    unitId: text(),
    occurredOn: isoDate(),
    reportedOn: isoDate().notNull(),
    anonymous: boolean().notNull(),
    reporterPersonId: text(),
    feedbackTokenHash: text().notNull(),
    status: text({ enum: INCIDENT_STATUSES }).notNull().default('new'),
    assessmentId: text(),
    riskId: text(),
    measureId: text(),
    feedback: text(),
    feedbackOn: isoDate(),
    version: version(),
  },
  (t) => [
    unique().on(t.organizationId, t.feedbackTokenHash),
    index().on(t.feedbackTokenHash),
    index().on(t.organizationId, t.reportedOn),
  ],
);

/** Ongevallenregister (Arbowet art. 9). */
export const accidents = pgTable(
  'accidents',
  {
    id: id(),
    organizationId: organizationId(),
    occurredOn: isoDate().notNull(),
    unitId: text(),
    personId: text(),
    nature: text().notNull(),
    consequences: text().notNull(),
    absenceWorkingDays: integer().notNull().default(0),
    death: boolean().notNull().default(false),
    permanentInjury: boolean().notNull().default(false),
    hospitalCare: text({ enum: HOSPITAL_CARE }).notNull().default('none'),
    commuting: boolean().notNull().default(false),
    reportedToInspectorateOn: isoDate(),
    incidentReportId: text(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.occurredOn)],
);

/** PMO/PAGO offered: when and how many took part; never individual medical content. */
export const healthCheckOffers = pgTable(
  'health_check_offers',
  {
    id: id(),
    organizationId: organizationId(),
    kind: text({ enum: HEALTH_CHECK_KINDS }).notNull(),
    offeredOn: isoDate().notNull(),
    description: text(),
    invitedCount: integer(),
    participantCount: integer().notNull(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId)],
);

/** Voorlichting & onderricht (Arbowet art. 8): instructions and toolbox meetings. */
export const safetyInstructions = pgTable(
  'safety_instructions',
  {
    id: id(),
    organizationId: organizationId(),
    kind: text({ enum: INSTRUCTION_KINDS }).notNull(),
    topic: text().notNull(),
    givenOn: isoDate().notNull(),
    givenBy: text().notNull(),
    riskId: text(),
    unitId: text(),
    /** After this many months the instruction must be repeated; null = no expiry. */
    validMonths: integer(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.givenOn)],
);

export const instructionAttendance = pgTable(
  'instruction_attendance',
  {
    id: id(),
    organizationId: organizationId(),
    instructionId: text().notNull(),
    personId: text().notNull(),
    /** The employee's own acknowledgement in the app. */
    acknowledgedAt: timestamp({ withTimezone: true }),
  },
  (t) => [
    unique().on(t.organizationId, t.instructionId, t.personId),
    index().on(t.organizationId, t.personId),
  ],
);

export const ppeIssues = pgTable(
  'ppe_issues',
  {
    id: id(),
    organizationId: organizationId(),
    personId: text().notNull(),
    item: text().notNull(),
    issuedOn: isoDate().notNull(),
    inspectionDue: isoDate(),
    replacementDue: isoDate(),
    version: version(),
    createdAt: createdAt(),
  },
  (t) => [index().on(t.organizationId, t.personId)],
);
