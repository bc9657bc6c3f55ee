import type {
  TAccident,
  TAccidentInput,
  TAccidentList,
  TArboDuties,
  TArboPerson,
  TConsent,
  TConsentInput,
  TCreateIncidentReport,
  TCreateMeasure,
  TCreateOwnRiskInput,
  TIncidentFeedback,
  TIncidentReport,
  TIncidentReportCreated,
  TInstruction,
  TInstructionGap,
  TInstructionInput,
  TMeasure,
  TMyArbo,
  TMyIncidentReport,
  TMyInstruction,
  TPagoInput,
  TPagoOffer,
  TPpeInput,
  TPpeIssue,
  TPreventionOfficer,
  TPreventionOfficerInput,
  TPublishedRie,
  TReportRouting,
  TRieAnswer,
  TRieAssessment,
  TRieReport,
  TRiskCatalogueMeasure,
  TRiskCatalogueModule,
  TRiskCatalogueRisk,
  TRiskCatalogueSummary,
  TRiskCatalogueTree,
  TSaveRieAnswer,
  TToetsing,
  TToetsingCoverage,
  TToetsingInput,
  TTriageIncidentReport,
  TUpdateMeasure,
  TUpdateRieAssessment,
} from '@inzetbaar/contracts';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './client';

/* Arbo & preventie: RI&E, plan van aanpak, reports, accidents, instructions. */

export type CatalogueMeasure = TRiskCatalogueMeasure;
export type CatalogueRisk = TRiskCatalogueRisk;
export type CatalogueModule = TRiskCatalogueModule;
export type Catalogue = TRiskCatalogueTree;
export type CatalogueSummary = TRiskCatalogueSummary;

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

export type RieReport = TRieReport;
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

export type ToetsingCoverage = TToetsingCoverage;
export type Duties = TArboDuties;
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
    mutationFn: (body: TConsentInput) => api<TConsent>('/api/v1/rie-consents', { method: 'POST', body }),
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
export type CreatedReport = TIncidentReportCreated;
export const useCreateReport = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: TCreateIncidentReport) =>
      api<CreatedReport>('/api/v1/incident-reports', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export type ReportRouting = TReportRouting;
/** Who the vertrouwenspersonen are (none: the form says so before sending). */
export const useReportRouting = () =>
  useQuery({
    queryKey: ['arbo', 'report-routing'],
    queryFn: () => api<ReportRouting>('/api/v1/incident-reports/routing'),
    staleTime: 5 * 60_000,
  });
export type MyReport = TMyIncidentReport;
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
export type Feedback = TIncidentFeedback;
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
export type Instruction = TInstruction;
export type Gap = TInstructionGap;
export type MyInstruction = TMyInstruction;
export type Ppe = TPpeIssue;
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
    mutationFn: (body: TInstructionInput) =>
      api<Instruction>('/api/v1/safety-instructions', { method: 'POST', body }),
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
    mutationFn: (body: TPpeInput) => api<Ppe>('/api/v1/ppe-issues', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useMyInstructions = () =>
  useQuery({
    queryKey: ['arbo', 'my-instructions'],
    queryFn: () => api<TMyArbo>('/api/v1/me/instructions'),
  });
export const useAcknowledge = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (id: string) =>
      api<TMyArbo>(`/api/v1/me/instructions/${enc(id)}/acknowledge`, { method: 'POST' }),
    onSuccess: invalidate,
  });
};

export type ArboPerson = TArboPerson;
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
    mutationFn: (body: TPreventionOfficerInput) =>
      api<TPreventionOfficer>('/api/v1/prevention-officers', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export type PagoOffer = TPagoOffer;
export const usePagoOffers = () =>
  useQuery({ queryKey: ['arbo', 'pago'], queryFn: () => api<Items<PagoOffer>>('/api/v1/pago-offers') });
export const useRecordPago = () => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: TPagoInput) => api<PagoOffer>('/api/v1/pago-offers', { method: 'POST', body }),
    meta: { hasForm: true },
    onSuccess: invalidate,
  });
};
export const useAddOwnRisk = (catalogueId: string) => {
  const invalidate = useInvalidateArbo();
  return useMutation({
    mutationFn: (body: TCreateOwnRiskInput) =>
      api<Catalogue>(`/api/v1/risk-catalogues/${enc(catalogueId)}/own-risks`, { method: 'POST', body }),
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
