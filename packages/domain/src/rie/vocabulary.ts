/**
 * The arbo vocabularies (issue #8 §4: one source). The database schema, the HTTP contracts and the web
 * import these lists; the ones with rules attached live next to their rules: measure levels, risk types,
 * evaluation methods and priorities in catalogue.schema.ts, the Fine & Kinney scales and classes in
 * fine-kinney.ts, toetsing scopes, experts and verdicts in toetsing.ts, hospital care in duties.ts.
 */

export const RIE_STATUSES = ['draft', 'complete', 'locked'] as const;
export type TRieStatus = (typeof RIE_STATUSES)[number];
/** `no`: the statement does not hold, so the risk is present. */
export const RIE_ANSWERS = ['yes', 'no', 'not_applicable', 'postponed'] as const;
export type TRieAnswerValue = (typeof RIE_ANSWERS)[number];
export const MEASURE_STATUSES = ['planned', 'in_progress', 'done', 'cancelled'] as const;
export type TMeasureStatus = (typeof MEASURE_STATUSES)[number];
export const EFFECTIVENESS_RESULTS = ['effective', 'partly_effective', 'not_effective'] as const;
export type TEffectivenessResult = (typeof EFFECTIVENESS_RESULTS)[number];
export const INCIDENT_TYPES = [
  'unsafe_situation',
  'near_miss',
  'incident',
  'aggression',
  'bullying',
  'sexual_harassment',
  'discrimination',
  'undesirable_behaviour',
  'other',
] as const;
export type TIncidentType = (typeof INCIDENT_TYPES)[number];
/** prevention: hr and the prevention officer; confidential: the vertrouwenspersoon only. */
export const INCIDENT_ROUTES = ['prevention', 'confidential'] as const;
export const INCIDENT_STATUSES = ['new', 'in_progress', 'closed'] as const;
export const HEALTH_CHECK_KINDS = ['pmo', 'pago'] as const;
export const INSTRUCTION_KINDS = ['instruction', 'toolbox'] as const;
/** attended: on the attendance list; missing: given for my unit but I was not there; expired: validity ran out. */
export const MY_INSTRUCTION_STATES = ['attended', 'missing', 'expired'] as const;
export const CONSENT_DECISIONS = ['consented', 'refused'] as const;
