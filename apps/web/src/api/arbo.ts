import type {
  TAccident,
  TAccidentInput,
  TAccidentList,
  TCreateIncidentReport,
  TCreateMeasure,
  TIncidentReport,
  TMeasure,
  TPublishedRie,
  TRieAnswer,
  TRieAssessment,
  TSaveRieAnswer,
  TToetsing,
  TToetsingInput,
  TTriageIncidentReport,
  TUpdateMeasure,
  TUpdateRieAssessment,
} from '@inzetbaar/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/* Arbo & preventie: RI&E, plan van aanpak, reports, accidents, instructions. */

type Localized = { nl: string; en: string };
export type CatalogueMeasure = {
  id: string;
  level: 'bron' | 'collectief' | 'individueel' | 'pbm';
  text: Localized;
};
export type CatalogueRisk = {
  id: string;
  statement: Localized;
  problem: Localized;
  legalReference: string;
  type: 'top5' | 'risk' | 'policy';
  evaluationMethod: 'fine_kinney' | 'direct' | 'fixed';
  defaultPriority?: 'high' | 'medium' | 'low';
  measures: CatalogueMeasure[];
  isOwn?: boolean;
};
export type CatalogueModule = {
  id: string;
  title: Localized;
  profileQuestion?: Localized;
  modules?: CatalogueModule[];
  risks?: CatalogueRisk[];
};
export type Catalogue = { id: string; version: string; title: Localized; modules: CatalogueModule[] };
export type CatalogueSummary = { id: string; title: Localized; isDefault: boolean; riskCount: number };

type Items<T> = { items: T[] };
const enc = encodeURIComponent;

export const useCatalogues = () =>
  useQuery({
    queryKey: ['arbo', 'catalogues'],
    queryFn: () => api<Items<CatalogueSummary>>('/api/v1/risk-catalogues'),
  });
export const useCatalogue = (id: string | undefined) =>
  useQuery({
    queryKey: ['arbo', 'catalogue', id],
    queryFn: () => api<Catalogue>(`/api/v1/risk-catalogues/${enc(id ?? '')}`),
    enabled: !!id,
    staleTime: 5 * 60_000,
  });

// ── assessments ──
/** `enabled: false` for readers without RI&E access (the vertrouwenspersoon on the triage page). */
export const useAssessments = (enabled = true) =>
  useQuery({
    queryKey: ['arbo', 'assessments'],
    queryFn: () => api<Items<TRieAssessment>>('/api/v1/rie-assessments'),
    enabled,
  });
export const useAssessment = (id: string) =>
  useQuery({
    queryKey: ['arbo', 'assessment', id],
    queryFn: () => api<TRieAssessment>(`/api/v1/rie-assessments/${enc(id)}`),
  });
export const useAnswers = (id: string) =>
  useQuery({
    queryKey: ['arbo', 'answers', id],
    queryFn: () => api<Items<TRieAnswer>>(`/api/v1/rie-assessments/${enc(id)}/answers`),
  });

const useInvalidateArbo = () => {
  const qc = useQueryClient();
  return () => void qc.invalidateQueries({ queryKey: ['arbo'] });
};

export const useCreateAssessment = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: { year: number; unitId: string | null; catalogueId?: string }) =>
      api<TRieAssessment>('/api/v1/rie-assessments', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useUpdateAssessment = (id: string) => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: TUpdateRieAssessment) =>
      api<TRieAssessment>(`/api/v1/rie-assessments/${enc(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true },
    onSuccess: invalidate,
  });
};
export const useSaveAnswer = (id: string) => {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: TSaveRieAnswer) =>
      api<TRieAnswer>(`/api/v1/rie-assessments/${enc(id)}/answers`, { method: 'PUT', body }),
    meta: { versioned: true, hasForm: true },
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ['arbo', 'answers', id] });
      void qc.invalidateQueries({ queryKey: ['arbo', 'assessment', id] });
    },
  });
};

export type RieReport = {
  organizationName: string;
  unitName: string | null;
  generatedOn: string;
  assessment: TRieAssessment;
  catalogueTitle: Localized;
  modules: {
    moduleId: string;
    title: Localized;
    risks: {
      riskId: string;
      statement: Localized;
      problem: Localized;
      legalReference: string;
      answer: TRieAnswer | null;
      measures: TMeasure[];
    }[];
  }[];
  otherMeasures: TMeasure[];
  consents: { id: string; decision: 'consented' | 'refused'; decidedOn: string; notes: string | null }[];
  toetsing: TToetsing[];
  toetsingCoverage: ToetsingCoverage;
};
/** The locked RI&Es every member of the organisation may read. */
export const usePublishedRies = () =>
  useQuery({
    queryKey: ['arbo', 'published'],
    queryFn: () => api<Items<TPublishedRie>>('/api/v1/rie-reports'),
  });
export const useReport = (id: string) =>
  useQuery({
    queryKey: ['arbo', 'report', id],
    queryFn: () => api<RieReport>(`/api/v1/rie-assessments/${enc(id)}/report`),
  });

type ToetsingPart = { toetsedOn: string; verdict: TToetsing['verdict'] } | null;
export type ToetsingCoverage = { systeemtoets: ToetsingPart; scopetoets: ToetsingPart; complete: boolean };
export type Duties = {
  employeeCount: number;
  paidHoursPerWeekTotal: number;
  /** The assessment judged (the newest of the whole organisation by default). */
  assessment: {
    id: string;
    year: number;
    unitId: string | null;
    status: TRieAssessment['status'];
    brancheInstrumentName: string | null;
  } | null;
  usesRecognisedBrancheInstrument: boolean;
  toetsing: { required: boolean; reason: string };
  toetsingCoverage: ToetsingCoverage | null;
  preventiemedewerker: {
    required: boolean;
    employerMayActAsPreventiemedewerker: boolean;
    current: { personName: string | null; appointedOn: string } | null;
  };
  latestToetsing: TToetsing | null;
};
export const useDuties = (assessmentId: string | null) =>
  useQuery({
    queryKey: ['arbo', 'duties', assessmentId],
    queryFn: () => api<Duties>('/api/v1/arbo-duties', { query: assessmentId ? { assessmentId } : {} }),
    placeholderData: keepPreviousData,
  });
/** Every toetsing recorded, newest first. */
export const useToetsingen = () =>
  useQuery({
    queryKey: ['arbo', 'toetsing'],
    queryFn: () => api<Items<TToetsing>>('/api/v1/toetsing'),
  });

export const useRecordConsent = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: {
      assessmentId: string;
      decision: 'consented' | 'refused';
      decidedOn: string;
      notes: string | null;
    }) => api<unknown>('/api/v1/rie-consents', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};

// ── measures ──
export const useMeasures = (query: { assessmentId?: string } = {}) =>
  useQuery({
    queryKey: ['arbo', 'measures', query],
    queryFn: () => api<Items<TMeasure>>('/api/v1/measures', { query }),
  });
export const useCreateMeasure = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: Partial<TCreateMeasure> & Pick<TCreateMeasure, 'description' | 'level'>) =>
      api<TMeasure>('/api/v1/measures', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useUpdateMeasure = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, ...body }: TUpdateMeasure & { id: string }) =>
      api<TMeasure>(`/api/v1/measures/${enc(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true },
    onSuccess: invalidate,
  });
};
/** 409 with its own message when the RI&E is locked or a report links to the measure. */
export const useDeleteMeasure = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<unknown>(`/api/v1/measures/${enc(id)}`, { method: 'DELETE', query: { version } }),
    onSuccess: invalidate,
  });
};

// ── reports ──
export type CreatedReport = { id: string; feedbackToken: string; routedTo: 'prevention' | 'confidential' };
export const useCreateReport = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: TCreateIncidentReport) =>
      api<CreatedReport>('/api/v1/incident-reports', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export type ReportRouting = { confidentialAdvisers: { name: string; email: string | null }[] };
/** Who the vertrouwenspersonen are (none: the form says so before sending). */
export const useReportRouting = () =>
  useQuery({
    queryKey: ['arbo', 'report-routing'],
    queryFn: () => api<ReportRouting>('/api/v1/incident-reports/routing'),
    staleTime: 5 * 60_000,
  });
export type MyReport = {
  id: string;
  type: TIncidentReport['type'];
  description: string;
  reportedOn: string;
  status: string;
  feedback: string | null;
  feedbackOn: string | null;
};
export const useMyReports = () =>
  useQuery({
    queryKey: ['arbo', 'my-reports'],
    queryFn: () => api<Items<MyReport>>('/api/v1/me/incident-reports'),
  });
export const useReports = () =>
  useQuery({
    queryKey: ['arbo', 'reports'],
    queryFn: () => api<Items<TIncidentReport>>('/api/v1/incident-reports'),
  });
export const useTriageReport = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, ...body }: TTriageIncidentReport & { id: string }) =>
      api<TIncidentReport>(`/api/v1/incident-reports/${enc(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true },
    onSuccess: invalidate,
  });
};
export type Feedback = {
  type: TIncidentReport['type'];
  reportedOn: string;
  status: string;
  feedback: string | null;
  feedbackOn: string | null;
};
export const useFeedback = (token: string) =>
  useQuery({
    queryKey: ['arbo', 'feedback', token],
    queryFn: () => api<Feedback>(`/api/v1/incident-reports/feedback/${enc(token)}`),
    retry: false,
  });

// ── accidents ──
export type AccidentList = TAccidentList;
export const useAccidents = (period: { from: string; to: string }) =>
  useQuery({
    queryKey: ['arbo', 'accidents', period],
    queryFn: () => api<AccidentList>('/api/v1/accidents', { query: period }),
    placeholderData: keepPreviousData,
  });
export const useCreateAccident = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (
      body: Partial<TAccidentInput> & Pick<TAccidentInput, 'occurredOn' | 'nature' | 'consequences'>,
    ) => api<TAccident>('/api/v1/accidents', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};

// ── instructions, PPE ──
export type Instruction = {
  id: string;
  kind: 'instruction' | 'toolbox';
  topic: string;
  givenOn: string;
  givenBy: string;
  unitId: string | null;
  validUntil: string | null;
  attendees: { personId: string; name: string; acknowledgedAt: string | null }[];
  version: number;
};
export type Gap = {
  personId: string;
  name: string;
  unitName: string | null;
  missing: { id: string; topic: string }[];
  expired: { id: string; topic: string }[];
};
export type MyInstruction = {
  id: string;
  kind: 'instruction' | 'toolbox';
  topic: string;
  givenOn: string;
  givenBy: string;
  validUntil: string | null;
  state: 'attended' | 'missing' | 'expired';
  acknowledgedAt: string | null;
};
export type Ppe = {
  id: string;
  personName: string;
  item: string;
  issuedOn: string;
  inspectionDue: string | null;
  replacementDue: string | null;
  due: boolean;
  version: number;
};
export const useInstructions = () =>
  useQuery({
    queryKey: ['arbo', 'instructions'],
    queryFn: () => api<Items<Instruction>>('/api/v1/safety-instructions'),
  });
export const useGaps = () =>
  useQuery({
    queryKey: ['arbo', 'gaps'],
    queryFn: () => api<Items<Gap>>('/api/v1/safety-instructions/gaps'),
  });
export const usePpe = () =>
  useQuery({ queryKey: ['arbo', 'ppe'], queryFn: () => api<Items<Ppe>>('/api/v1/ppe-issues') });
export const useCreateInstruction = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: {
      kind: 'instruction' | 'toolbox';
      topic: string;
      givenOn: string;
      givenBy: string;
      unitId: string | null;
      validMonths: number | null;
      attendeePersonIds: string[];
    }) => api<Instruction>('/api/v1/safety-instructions', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useAddAttendance = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, personIds }: { id: string; personIds: string[] }) =>
      api<Instruction>(`/api/v1/safety-instructions/${enc(id)}/attendance`, {
        method: 'POST',
        body: { personIds },
      }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useDeleteInstruction = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<unknown>(`/api/v1/safety-instructions/${enc(id)}`, { method: 'DELETE', query: { version } }),
    onSuccess: invalidate,
  });
};
export const useDeletePpe = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, version }: { id: string; version: number }) =>
      api<unknown>(`/api/v1/ppe-issues/${enc(id)}`, { method: 'DELETE', query: { version } }),
    onSuccess: invalidate,
  });
};
export const useIssuePpe = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: {
      personId: string;
      item: string;
      issuedOn: string;
      inspectionDue: string | null;
      replacementDue: string | null;
    }) => api<Ppe>('/api/v1/ppe-issues', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useMyInstructions = () =>
  useQuery({
    queryKey: ['arbo', 'my-instructions'],
    queryFn: () => api<{ instructions: MyInstruction[]; ppe: Ppe[] }>('/api/v1/me/instructions'),
  });
export const useAcknowledge = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (id: string) =>
      api<unknown>(`/api/v1/me/instructions/${enc(id)}/acknowledge`, { method: 'POST' }),
    onSuccess: invalidate,
  });
};

export type ArboPerson = { id: string; displayName: string; unitName: string | null };
/** Names of current staff for owners and attendees (the prevention officer has no people module). */
export const useArboPeople = () =>
  useQuery({
    queryKey: ['arbo', 'people'],
    queryFn: () => api<Items<ArboPerson>>('/api/v1/arbo-people'),
    staleTime: 5 * 60_000,
  });

// ── duties: toetsing, preventiemedewerker, PMO/PAGO, own risks ──
export const useRecordToetsing = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: TToetsingInput) => api<TToetsing>('/api/v1/toetsing', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useRecordOfficer = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: {
      personId: string | null;
      employerActsPersonally: boolean;
      appointedOn: string;
      worksCouncilConsentOn: string | null;
    }) => api<unknown>('/api/v1/prevention-officers', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export type PagoOffer = {
  id: string;
  kind: 'pmo' | 'pago';
  offeredOn: string;
  description: string | null;
  invitedCount: number | null;
  participantCount: number;
};
export const usePagoOffers = () =>
  useQuery({ queryKey: ['arbo', 'pago'], queryFn: () => api<Items<PagoOffer>>('/api/v1/pago-offers') });
export const useRecordPago = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: Omit<PagoOffer, 'id'>) =>
      api<PagoOffer>('/api/v1/pago-offers', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useAddOwnRisk = (catalogueId: string) => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: {
      moduleId: string;
      risk: Omit<CatalogueRisk, 'type' | 'evaluationMethod' | 'isOwn'> & {
        evaluationMethod: 'fine_kinney' | 'direct';
      };
    }) => api<Catalogue>(`/api/v1/risk-catalogues/${enc(catalogueId)}/own-risks`, { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useUpdateAccident = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: ({ id, ...body }: Partial<TAccidentInput> & { id: string; version: number }) =>
      api<TAccident>(`/api/v1/accidents/${enc(id)}`, { method: 'PATCH', body }),
    meta: { versioned: true, hasForm: true },
    onSuccess: invalidate,
  });
};
