/** Absence vocabularies (issue #8 §4: one source; the database schema, the contracts and the web import them). */

/** Spoor 2 (re-integration with another employer): not decided yet, not needed, or started. */
export const SPOOR_2_STATUSES = ['not_decided', 'not_needed', 'started'] as const;
export type TSpoor2Status = (typeof SPOOR_2_STATUSES)[number];

/** Documents of the occupational physician on a case (problem analysis, advice, current judgement). */
export const ABSENCE_DOCUMENT_KINDS = ['probleemanalyse', 'advies', 'actueel_oordeel', 'other'] as const;
export type TAbsenceDocumentKindValue = (typeof ABSENCE_DOCUMENT_KINDS)[number];
