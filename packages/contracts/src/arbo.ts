import { z } from '@hono/zod-openapi';
import {
  EVALUATION_METHODS,
  MEASURE_LEVELS,
  PRIORITIES,
  RISK_TYPES,
  type TMeasureLevel,
} from '@inzetbaar/domain/rie/catalogue.schema';
import { HOSPITAL_CARE } from '@inzetbaar/domain/rie/duties';
import { FK_EFFECT, FK_EXPOSURE, FK_PROBABILITY } from '@inzetbaar/domain/rie/fine-kinney';
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
  MY_INSTRUCTION_STATES,
  RIE_ANSWERS,
  RIE_STATUSES,
} from '@inzetbaar/domain/rie/vocabulary';
import { ZIsoDate, ZVersion } from './common';

/* The vocabularies are defined once in the domain (issue #8 §4); re-exported for server and web. */
export {
  CONSENT_DECISIONS,
  EFFECTIVENESS_RESULTS,
  EVALUATION_METHODS,
  FK_EFFECT,
  FK_EXPOSURE,
  FK_PROBABILITY,
  HEALTH_CHECK_KINDS,
  HOSPITAL_CARE,
  INCIDENT_ROUTES,
  INCIDENT_STATUSES,
  INCIDENT_TYPES,
  INSTRUCTION_KINDS,
  MEASURE_LEVELS,
  MEASURE_STATUSES,
  MY_INSTRUCTION_STATES,
  PRIORITIES,
  RIE_ANSWERS,
  RIE_STATUSES,
  RISK_TYPES,
  type TMeasureLevel,
  TOETSING_EXPERTS,
  TOETSING_SCOPES,
  TOETSING_VERDICTS,
};

/* Arbo & preventie (issue 4). Response objects are built explicitly by the server's presenters. */

const text = (max = 4000) => z.string().trim().min(1).max(max);
const optText = (max = 4000) => z.string().trim().max(max).nullable().optional();
const onScale = (scale: readonly number[]) => z.number().refine((v) => scale.includes(v), 'invalid_value');

const ZLocalized = z.object({ nl: z.string(), en: z.string() });

// ── catalogues ────────────────────────────────────────────────────────────────
export const ZRiskCatalogueSummary = z
  .object({
    id: z.string(),
    version: z.string(),
    title: ZLocalized,
    sectorLabel: ZLocalized,
    sbiSections: z.array(z.string()),
    isDefault: z.boolean(),
    riskCount: z.number(),
  })
  .openapi('RiskCatalogueSummary');
export type TRiskCatalogueSummary = z.infer<typeof ZRiskCatalogueSummary>;
export const ZRiskCatalogueMeasure = z
  .object({ id: z.string(), level: z.enum(MEASURE_LEVELS), text: ZLocalized })
  .openapi('RiskCatalogueMeasure');
export type TRiskCatalogueMeasure = z.infer<typeof ZRiskCatalogueMeasure>;
export const ZRiskCatalogueRisk = z
  .object({
    id: z.string(),
    statement: ZLocalized,
    problem: ZLocalized,
    legalReference: z.string(),
    type: z.enum(RISK_TYPES),
    evaluationMethod: z.enum(EVALUATION_METHODS),
    defaultPriority: z.enum(PRIORITIES).optional(),
    measures: z.array(ZRiskCatalogueMeasure),
    /** Set on risks the organisation added itself. */
    isOwn: z.boolean().optional(),
  })
  .openapi('RiskCatalogueRisk');
export type TRiskCatalogueRisk = z.infer<typeof ZRiskCatalogueRisk>;
/** A module holds sub-modules or risks (at most three levels; see packages/domain/src/rie/catalogue.schema.ts). */
export const ZRiskCatalogueModule = z
  .object({
    id: z.string(),
    title: ZLocalized,
    /** Answered "no", the module and everything in it is switched off. */
    profileQuestion: ZLocalized.optional(),
    get modules(): z.ZodOptional<z.ZodArray<typeof ZRiskCatalogueModule>> {
      return z.array(ZRiskCatalogueModule).optional();
    },
    risks: z.array(ZRiskCatalogueRisk).optional(),
  })
  .openapi('RiskCatalogueModule');
export type TRiskCatalogueModule = z.infer<typeof ZRiskCatalogueModule>;
/** The full catalogue tree with the organisation's own risks merged. */
export const ZRiskCatalogueTree = z
  .object({
    id: z.string(),
    version: z.string(),
    sector: z.object({
      sbiSections: z.array(z.string()),
      sbiDivisions: z.array(z.string()).optional(),
      label: ZLocalized,
    }),
    title: ZLocalized,
    modules: z.array(ZRiskCatalogueModule),
  })
  .openapi('RiskCatalogue');
export type TRiskCatalogueTree = z.infer<typeof ZRiskCatalogueTree>;
export const ZCreateOwnRisk = z.object({
  moduleId: z.string().min(1),
  risk: z.object({
    id: z.string().min(1).max(80),
    statement: ZLocalized,
    problem: ZLocalized,
    legalReference: z.string().trim().min(1),
    type: z.enum(RISK_TYPES).default('risk'),
    evaluationMethod: z.enum(EVALUATION_METHODS).default('fine_kinney'),
    defaultPriority: z.enum(PRIORITIES).optional(),
    measures: z
      .array(z.object({ id: z.string().min(1), level: z.enum(MEASURE_LEVELS), text: ZLocalized }))
      .min(1),
  }),
});
export type TCreateOwnRisk = z.infer<typeof ZCreateOwnRisk>;
/** The body as sent (type and evaluation method may be left out). */
export type TCreateOwnRiskInput = z.input<typeof ZCreateOwnRisk>;

// ── assessments ───────────────────────────────────────────────────────────────
export const ZRieParticipant = z.object({
  personId: z.string().nullable().default(null),
  name: text(200),
  /** e.g. "preventiemedewerker", "medewerker", "leidinggevende", "OR-lid". */
  role: text(100),
});
export const ZModuleProgress = z.object({
  moduleId: z.string(),
  title: ZLocalized,
  active: z.boolean(),
  total: z.number(),
  answered: z.number(),
  evaluated: z.number(),
  present: z.number(),
});
export const ZPlanGap = z
  .object({
    riskId: z.string(),
    /** The top-level module the risk is in (for the wizard's navigation). */
    moduleId: z.string(),
    reason: z.enum(['no_measure', 'no_due_date']),
  })
  .openapi('PlanGap');
export type TPlanGap = z.infer<typeof ZPlanGap>;
export const ZRieAssessment = z
  .object({
    id: z.string(),
    unitId: z.string().nullable(),
    year: z.number(),
    catalogueId: z.string(),
    catalogueVersion: z.string(),
    status: z.enum(RIE_STATUSES),
    participants: z.array(ZRieParticipant),
    profileAnswers: z.record(z.string(), z.boolean()),
    /** Made with a recognised branche-RI&E instrument (rie.nl); the platform's own catalogues are not. */
    usesRecognisedBrancheInstrument: z.boolean(),
    brancheInstrumentName: z.string().nullable(),
    completedOn: z.string().nullable(),
    lockedOn: z.string().nullable(),
    version: z.number(),
    progress: z.array(ZModuleProgress),
    /**
     * Present risks the plan van aanpak does not cover yet (Arbowet art. 5 lid 3): no measure, or no
     * measure with a due date. Completing and locking are refused (422) while this is not empty.
     */
    planGaps: z.array(ZPlanGap),
  })
  .openapi('RieAssessment');
export type TRieAssessment = z.infer<typeof ZRieAssessment>;
/** A locked RI&E as every member of the organisation may read it (the report is the content). */
export const ZPublishedRie = z
  .object({
    id: z.string(),
    year: z.number(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    catalogueTitle: z.object({ nl: z.string(), en: z.string() }),
    lockedOn: z.string().nullable(),
  })
  .openapi('PublishedRie');
export type TPublishedRie = z.infer<typeof ZPublishedRie>;
export const ZCreateRieAssessment = z.object({
  year: z.number().int().min(2000).max(2100),
  unitId: z.string().nullable().default(null),
  /** Defaults to the catalogue of the organisation's sector. */
  catalogueId: z.string().optional(),
  participants: z.array(ZRieParticipant).max(100).default([]),
  usesRecognisedBrancheInstrument: z.boolean().default(false),
  brancheInstrumentName: optText(200),
});
export const ZUpdateRieAssessment = z.object({
  version: ZVersion,
  participants: z.array(ZRieParticipant).max(100).optional(),
  profileAnswers: z.record(z.string(), z.boolean()).optional(),
  /** Editable until the assessment is locked. */
  usesRecognisedBrancheInstrument: z.boolean().optional(),
  brancheInstrumentName: optText(200),
  status: z.enum(RIE_STATUSES).optional(),
});
export type TUpdateRieAssessment = z.infer<typeof ZUpdateRieAssessment>;

export const ZRieEvaluation = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('fine_kinney'),
    probability: onScale(FK_PROBABILITY),
    exposure: onScale(FK_EXPOSURE),
    effect: onScale(FK_EFFECT),
  }),
  z.object({ method: z.literal('direct'), priority: z.enum(PRIORITIES) }),
  z.object({ method: z.literal('fixed') }),
]);
export const ZSaveRieAnswer = z.object({
  riskId: z.string().min(1),
  answer: z.enum(RIE_ANSWERS),
  existingMeasures: optText(),
  notes: optText(),
  /** Only for a risk answered "no" (the statement does not hold: the risk is present). */
  evaluation: ZRieEvaluation.nullable().optional(),
  /** The version last read; omit when creating the first answer. */
  version: ZVersion.optional(),
});
export type TSaveRieAnswer = z.infer<typeof ZSaveRieAnswer>;
export const ZRieAnswer = z
  .object({
    id: z.string(),
    riskId: z.string(),
    answer: z.enum(RIE_ANSWERS),
    existingMeasures: z.string().nullable(),
    notes: z.string().nullable(),
    evaluationMethod: z.string().nullable(),
    probability: z.number().nullable(),
    exposure: z.number().nullable(),
    effect: z.number().nullable(),
    score: z.number().nullable(),
    riskClass: z.string().nullable(),
    priority: z.enum(PRIORITIES).nullable(),
    version: z.number(),
  })
  .openapi('RieAnswer');
export type TRieAnswer = z.infer<typeof ZRieAnswer>;

// ── measures ──────────────────────────────────────────────────────────────────
export const ZMeasure = z
  .object({
    id: z.string(),
    assessmentId: z.string().nullable(),
    riskId: z.string().nullable(),
    description: z.string(),
    level: z.enum(MEASURE_LEVELS),
    ownerPersonId: z.string().nullable(),
    ownerName: z.string().nullable(),
    dueDate: z.string().nullable(),
    budget: z.number().nullable(),
    status: z.enum(MEASURE_STATUSES),
    completedOn: z.string().nullable(),
    effectivenessCheckOn: z.string().nullable(),
    effectivenessResult: z.enum(EFFECTIVENESS_RESULTS).nullable(),
    effectivenessNotes: z.string().nullable(),
    overdue: z.boolean(),
    version: z.number(),
  })
  .openapi('Measure');
export type TMeasure = z.infer<typeof ZMeasure>;
export const ZCreateMeasure = z.object({
  assessmentId: z.string().nullable().default(null),
  riskId: z.string().nullable().default(null),
  description: text(),
  level: z.enum(MEASURE_LEVELS),
  ownerPersonId: z.string().nullable().default(null),
  dueDate: ZIsoDate.nullable().default(null),
  budget: z.number().min(0).max(100_000_000).nullable().default(null),
});
export type TCreateMeasure = z.infer<typeof ZCreateMeasure>;
export const ZUpdateMeasure = z.object({
  version: ZVersion,
  description: text().optional(),
  level: z.enum(MEASURE_LEVELS).optional(),
  ownerPersonId: z.string().nullable().optional(),
  dueDate: ZIsoDate.nullable().optional(),
  budget: z.number().min(0).max(100_000_000).nullable().optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
  effectivenessCheckOn: ZIsoDate.nullable().optional(),
  effectivenessResult: z.enum(EFFECTIVENESS_RESULTS).nullable().optional(),
  effectivenessNotes: optText(),
});
export type TUpdateMeasure = z.infer<typeof ZUpdateMeasure>;
export const ZMeasureQuery = z.object({
  assessmentId: z.string().optional(),
  status: z.enum(MEASURE_STATUSES).optional(),
  overdue: z.enum(['true', 'false']).optional(),
});

// ── reports by employees ─────────────────────────────────────────────────────
export const ZCreateIncidentReport = z.object({
  type: z.enum(INCIDENT_TYPES),
  /** For aggression: by a colleague (then it is undesirable behaviour and goes to the confidential route). */
  byColleague: z.boolean().default(false),
  description: text(),
  location: optText(300),
  unitId: z.string().nullable().optional(),
  occurredOn: ZIsoDate.nullable().optional(),
  anonymous: z.boolean(),
});
export type TCreateIncidentReport = z.infer<typeof ZCreateIncidentReport>;
export const ZIncidentReportCreated = z.object({
  id: z.string(),
  /** Shown once: the private link to read feedback (also for anonymous reports). */
  feedbackToken: z.string(),
  routedTo: z.enum(INCIDENT_ROUTES),
});
export type TIncidentReportCreated = z.infer<typeof ZIncidentReportCreated>;
export const ZIncidentReport = z
  .object({
    id: z.string(),
    type: z.enum(INCIDENT_TYPES),
    /** prevention: hr and the prevention officer; confidential: the vertrouwenspersoon only. */
    routedTo: z.enum(INCIDENT_ROUTES),
    byColleague: z.boolean(),
    description: z.string(),
    location: z.string().nullable(),
    unitId: z.string().nullable(),
    occurredOn: z.string().nullable(),
    reportedOn: z.string(),
    anonymous: z.boolean(),
    /** Never set for anonymous reports. */
    reporterPersonId: z.string().nullable(),
    reporterName: z.string().nullable(),
    status: z.enum(INCIDENT_STATUSES),
    assessmentId: z.string().nullable(),
    riskId: z.string().nullable(),
    measureId: z.string().nullable(),
    feedback: z.string().nullable(),
    feedbackOn: z.string().nullable(),
    version: z.number(),
  })
  .openapi('IncidentReport');
export type TIncidentReport = z.infer<typeof ZIncidentReport>;
export const ZTriageIncidentReport = z.object({
  version: ZVersion,
  status: z.enum(INCIDENT_STATUSES).optional(),
  assessmentId: z.string().nullable().optional(),
  riskId: z.string().nullable().optional(),
  measureId: z.string().nullable().optional(),
  feedback: optText(),
});
export type TTriageIncidentReport = z.infer<typeof ZTriageIncidentReport>;
/** Before sending: the organisation's vertrouwenspersonen (empty: there is none). */
export const ZReportRouting = z
  .object({
    confidentialAdvisers: z.array(z.object({ name: z.string(), email: z.string().nullable() })),
  })
  .openapi('ReportRouting');
export type TReportRouting = z.infer<typeof ZReportRouting>;
export const ZIncidentFeedback = z
  .object({
    type: z.enum(INCIDENT_TYPES),
    reportedOn: z.string(),
    status: z.enum(INCIDENT_STATUSES),
    feedback: z.string().nullable(),
    feedbackOn: z.string().nullable(),
  })
  .openapi('IncidentFeedback');
export type TIncidentFeedback = z.infer<typeof ZIncidentFeedback>;
/** My own (non-anonymous) reports, with the feedback given. */
export const ZMyIncidentReport = z
  .object({
    id: z.string(),
    type: z.enum(INCIDENT_TYPES),
    routedTo: z.enum(INCIDENT_ROUTES),
    description: z.string(),
    reportedOn: z.string(),
    status: z.enum(INCIDENT_STATUSES),
    feedback: z.string().nullable(),
    feedbackOn: z.string().nullable(),
  })
  .openapi('MyIncidentReport');
export type TMyIncidentReport = z.infer<typeof ZMyIncidentReport>;
export const ZFeedbackTokenParam = z.object({
  token: z
    .string()
    .min(20)
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

// ── accidents ─────────────────────────────────────────────────────────────────
const accidentFields = {
  occurredOn: ZIsoDate,
  unitId: z.string().nullable(),
  personId: z.string().nullable(),
  nature: text(),
  consequences: text(),
  absenceWorkingDays: z.number().int().min(0).max(10_000),
  death: z.boolean(),
  permanentInjury: z.boolean(),
  hospitalCare: z.enum(HOSPITAL_CARE),
  commuting: z.boolean(),
  reportedToInspectorateOn: ZIsoDate.nullable(),
  incidentReportId: z.string().nullable(),
};
export const ZAccidentInput = z.object({
  ...accidentFields,
  unitId: accidentFields.unitId.default(null),
  personId: accidentFields.personId.default(null),
  absenceWorkingDays: accidentFields.absenceWorkingDays.default(0),
  death: accidentFields.death.default(false),
  permanentInjury: accidentFields.permanentInjury.default(false),
  hospitalCare: accidentFields.hospitalCare.default('none'),
  commuting: accidentFields.commuting.default(false),
  reportedToInspectorateOn: accidentFields.reportedToInspectorateOn.default(null),
  incidentReportId: accidentFields.incidentReportId.default(null),
});
export type TAccidentInput = z.infer<typeof ZAccidentInput>;
/** No defaults here: a field left out of a PATCH stays as it is. */
export const ZUpdateAccident = z.object(accidentFields).partial().extend({ version: ZVersion });
export type TUpdateAccident = z.infer<typeof ZUpdateAccident>;
export const ZAccident = z
  .object({
    id: z.string(),
    occurredOn: z.string(),
    unitId: z.string().nullable(),
    personId: z.string().nullable(),
    nature: z.string(),
    consequences: z.string(),
    absenceWorkingDays: z.number(),
    death: z.boolean(),
    permanentInjury: z.boolean(),
    hospitalCare: z.enum(HOSPITAL_CARE),
    commuting: z.boolean(),
    reportedToInspectorateOn: z.string().nullable(),
    incidentReportId: z.string().nullable(),
    mustNotifyInspectorateImmediately: z.boolean(),
    mustRegister: z.boolean(),
    reasons: z.array(z.string()),
    version: z.number(),
  })
  .openapi('Accident');
export type TAccident = z.infer<typeof ZAccident>;
export const ZAccidentsQuery = z.object({
  /** First day of the period; default 12 months before `to`. */
  from: ZIsoDate.optional(),
  /** Last day of the period; default today. */
  to: ZIsoDate.optional(),
});
const ZAccidentFigures = z.object({
  /** Work accidents in the period (commuting excluded). */
  accidents: z.number(),
  /** Of which with at least one working day of absence, or fatal. */
  lostTimeAccidents: z.number(),
  absenceWorkingDays: z.number(),
  /** People with an employment in the period; null when suppressed. */
  people: z.number().nullable(),
  averageHeadcount: z.number().nullable(),
  /** Contract hours over the period (pro rata for joiners and leavers). */
  hoursWorked: z.number().nullable(),
  /** Accidents per 100 people (average headcount) in the period. */
  per100People: z.number().nullable(),
  /** Accidents with absence per 1,000,000 hours worked (LTIF). */
  lostTimePerMillionHours: z.number().nullable(),
});
export const ZAccidentList = z
  .object({
    /** The accidents in the period, newest first. */
    items: z.array(ZAccident),
    period: z.object({ from: z.string(), to: z.string(), days: z.number() }),
    organisation: ZAccidentFigures,
    /** Per unit with staff or accidents in the period; units with fewer than 5 people are suppressed. */
    perUnit: z.array(
      ZAccidentFigures.extend({
        unitId: z.string().nullable(),
        unitName: z.string().nullable(),
        suppressed: z.boolean(),
      }),
    ),
  })
  .openapi('AccidentList');
export type TAccidentList = z.infer<typeof ZAccidentList>;

// ── duties, toetsing, preventiemedewerker, consent ────────────────────────────
export const ZToetsingInput = z.object({
  assessmentId: z.string().nullable().default(null),
  toetsedOn: ZIsoDate,
  /** Since 1 Jul 2022 split into systeemtoets and scopetoets; `both` for one toets covering the two. */
  scope: z.enum(TOETSING_SCOPES),
  expertName: text(200),
  expertCertification: z.enum(TOETSING_EXPERTS),
  /** Certificate or registration number of the kerndeskundige / arbodienst. */
  expertRegistration: optText(100),
  verdict: z.enum(TOETSING_VERDICTS),
  /** Outcome and remarks. */
  outcome: text(),
});
export type TToetsingInput = z.infer<typeof ZToetsingInput>;
export const ZToetsing = z
  .object({
    id: z.string(),
    assessmentId: z.string().nullable(),
    /** Year of the assessment, for lists of all toetsingen. */
    assessmentYear: z.number().nullable(),
    toetsedOn: z.string(),
    scope: z.enum(TOETSING_SCOPES),
    expertName: z.string(),
    /** null on records made before it was asked. */
    expertCertification: z.enum(TOETSING_EXPERTS).nullable(),
    expertRegistration: z.string().nullable(),
    verdict: z.enum(TOETSING_VERDICTS).nullable(),
    outcome: z.string(),
  })
  .openapi('Toetsing');
export type TToetsing = z.infer<typeof ZToetsing>;
const ZToetsingPart = z
  .object({ toetsedOn: z.string(), verdict: z.enum(TOETSING_VERDICTS).nullable() })
  .nullable();
export const ZToetsingCoverage = z.object({
  systeemtoets: ZToetsingPart,
  scopetoets: ZToetsingPart,
  complete: z.boolean(),
});
export type TToetsingCoverage = z.infer<typeof ZToetsingCoverage>;
export const ZPreventionOfficerInput = z.object({
  personId: z.string().nullable().default(null),
  employerActsPersonally: z.boolean().default(false),
  appointedOn: ZIsoDate,
  worksCouncilConsentOn: ZIsoDate.nullable().default(null),
});
export type TPreventionOfficerInput = z.input<typeof ZPreventionOfficerInput>;
export const ZPreventionOfficer = z
  .object({
    id: z.string(),
    personId: z.string().nullable(),
    personName: z.string().nullable(),
    employerActsPersonally: z.boolean(),
    appointedOn: z.string(),
    worksCouncilConsentOn: z.string().nullable(),
  })
  .openapi('PreventionOfficer');
export type TPreventionOfficer = z.infer<typeof ZPreventionOfficer>;
export const ZArboDuties = z
  .object({
    employeeCount: z.number(),
    paidHoursPerWeekTotal: z.number(),
    /** Of which directors-major shareholders (dga): not counted for the 40-hour exemption. */
    majorityShareholderDirectorHoursPerWeek: z.number(),
    /** The assessment the toetsing duty is judged on; null when there is none yet. */
    assessment: z
      .object({
        id: z.string(),
        year: z.number(),
        unitId: z.string().nullable(),
        status: z.enum(RIE_STATUSES),
        brancheInstrumentName: z.string().nullable(),
      })
      .nullable(),
    /** Stored on that assessment (false without one). */
    usesRecognisedBrancheInstrument: z.boolean(),
    toetsing: z.object({ required: z.boolean(), reason: z.string() }),
    /** Which parts of the toets that assessment has had. */
    toetsingCoverage: ZToetsingCoverage.nullable(),
    preventiemedewerker: z.object({
      required: z.boolean(),
      employerMayActAsPreventiemedewerker: z.boolean(),
      current: ZPreventionOfficer.nullable(),
    }),
    latestToetsing: ZToetsing.nullable(),
  })
  .openapi('ArboDuties');
export type TArboDuties = z.infer<typeof ZArboDuties>;
export const ZDutiesQuery = z.object({
  /** The assessment to judge; default the newest one of the whole organisation (else the newest at all). */
  assessmentId: z.string().optional(),
});
export const ZToetsingQuery = z.object({ assessmentId: z.string().optional() });
export const ZConsentInput = z.object({
  assessmentId: z.string().min(1),
  decision: z.enum(CONSENT_DECISIONS),
  decidedOn: ZIsoDate,
  notes: optText(),
});
export const ZConsent = z
  .object({
    id: z.string(),
    assessmentId: z.string(),
    decision: z.enum(CONSENT_DECISIONS),
    decidedOn: z.string(),
    notes: z.string().nullable(),
  })
  .openapi('RieConsent');
export type TConsent = z.infer<typeof ZConsent>;
export type TConsentInput = z.input<typeof ZConsentInput>;

// ── PMO/PAGO, instructions, PPE ───────────────────────────────────────────────
export const ZPagoInput = z.object({
  kind: z.enum(HEALTH_CHECK_KINDS),
  offeredOn: ZIsoDate,
  description: optText(1000),
  invitedCount: z.number().int().min(0).nullable().default(null),
  participantCount: z.number().int().min(0),
});
export type TPagoInput = z.input<typeof ZPagoInput>;
export const ZPagoOffer = z
  .object({
    id: z.string(),
    kind: z.enum(HEALTH_CHECK_KINDS),
    offeredOn: z.string(),
    description: z.string().nullable(),
    invitedCount: z.number().nullable(),
    participantCount: z.number(),
  })
  .openapi('PagoOffer');
export type TPagoOffer = z.infer<typeof ZPagoOffer>;
export const ZInstructionInput = z.object({
  kind: z.enum(INSTRUCTION_KINDS),
  topic: text(300),
  givenOn: ZIsoDate,
  givenBy: text(200),
  riskId: z.string().nullable().default(null),
  unitId: z.string().nullable().default(null),
  validMonths: z.number().int().min(1).max(120).nullable().default(null),
  attendeePersonIds: z.array(z.string()).max(2000).default([]),
});
export type TInstructionInput = z.input<typeof ZInstructionInput>;
export const ZInstruction = z
  .object({
    id: z.string(),
    kind: z.enum(INSTRUCTION_KINDS),
    topic: z.string(),
    givenOn: z.string(),
    givenBy: z.string(),
    riskId: z.string().nullable(),
    unitId: z.string().nullable(),
    validMonths: z.number().nullable(),
    validUntil: z.string().nullable(),
    attendees: z.array(
      z.object({ personId: z.string(), name: z.string(), acknowledgedAt: z.string().nullable() }),
    ),
    version: z.number(),
  })
  .openapi('SafetyInstruction');
export type TInstruction = z.infer<typeof ZInstruction>;
export const ZAttendanceInput = z.object({ personIds: z.array(z.string()).min(1).max(2000) });
export const ZPpeInput = z.object({
  personId: z.string().min(1),
  item: text(200),
  issuedOn: ZIsoDate,
  inspectionDue: ZIsoDate.nullable().default(null),
  replacementDue: ZIsoDate.nullable().default(null),
});
export type TPpeInput = z.input<typeof ZPpeInput>;
export const ZPpeIssue = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    item: z.string(),
    issuedOn: z.string(),
    inspectionDue: z.string().nullable(),
    replacementDue: z.string().nullable(),
    due: z.boolean(),
    version: z.number(),
  })
  .openapi('PpeIssue');
export type TPpeIssue = z.infer<typeof ZPpeIssue>;
export const ZMyInstruction = z.object({
  id: z.string(),
  kind: z.enum(INSTRUCTION_KINDS),
  topic: z.string(),
  givenOn: z.string(),
  givenBy: z.string(),
  validUntil: z.string().nullable(),
  /** attended: on the attendance list; missing: given for my unit but I was not there; expired: validity ran out. */
  state: z.enum(MY_INSTRUCTION_STATES),
  acknowledgedAt: z.string().nullable(),
});
export type TMyInstruction = z.infer<typeof ZMyInstruction>;
export const ZMyArbo = z
  .object({ instructions: z.array(ZMyInstruction), ppe: z.array(ZPpeIssue) })
  .openapi('MyInstructions');
export type TMyArbo = z.infer<typeof ZMyArbo>;
/** Current staff, to pick measure owners and attendees (the prevention officer has no people module). */
export const ZArboPerson = z
  .object({ id: z.string(), displayName: z.string(), unitName: z.string().nullable() })
  .openapi('ArboPerson');
export type TArboPerson = z.infer<typeof ZArboPerson>;
/** Per person working today: the instructions for their work that are missing or expired. */
export const ZInstructionGap = z
  .object({
    personId: z.string(),
    name: z.string(),
    unitId: z.string().nullable(),
    unitName: z.string().nullable(),
    missing: z.array(z.object({ id: z.string(), topic: z.string() })),
    expired: z.array(z.object({ id: z.string(), topic: z.string() })),
  })
  .openapi('InstructionGap');
export type TInstructionGap = z.infer<typeof ZInstructionGap>;

// ── the RI&E report ───────────────────────────────────────────────────────────
export const ZRieReport = z
  .object({
    organizationName: z.string(),
    unitName: z.string().nullable(),
    generatedOn: z.string(),
    assessment: ZRieAssessment,
    catalogueTitle: ZLocalized,
    /** The modules with at least one active risk, in catalogue order. */
    modules: z.array(
      z.object({
        moduleId: z.string(),
        title: ZLocalized,
        risks: z.array(
          z.object({
            riskId: z.string(),
            statement: ZLocalized,
            problem: ZLocalized,
            legalReference: z.string(),
            isOwn: z.boolean(),
            answer: ZRieAnswer.nullable(),
            measures: z.array(ZMeasure),
          }),
        ),
      }),
    ),
    /** Measures not tied to a risk. */
    otherMeasures: z.array(ZMeasure),
    consents: z.array(ZConsent),
    /** Every toetsing of this assessment, newest first, and which parts of the toets it has had. */
    toetsing: z.array(ZToetsing),
    toetsingCoverage: ZToetsingCoverage,
  })
  .openapi('RieReport');
export type TRieReport = z.infer<typeof ZRieReport>;
