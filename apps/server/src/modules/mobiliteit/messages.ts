import type { Lang } from '../../platform/http/messages';

/** Problem titles and field errors of mobiliteit, nl and en. */
export const mobilityMessages: Record<string, Record<Lang, string>> = {
  too_few_skills: {
    nl: 'Geef minstens 5 essentiële vaardigheden op: met minder is een eerlijke vergelijking niet mogelijk.',
    en: 'Give at least 5 essential skills: with fewer a fair comparison is not possible.',
  },
  unknown_unit: { nl: 'Onbekende afdeling.', en: 'Unknown unit.' },
  unknown_person: { nl: 'Onbekende persoon.', en: 'Unknown person.' },
  not_a_coach: {
    nl: 'Deze persoon heeft geen rol als loopbaancoach.',
    en: 'This person does not have the coach role.',
  },
  ends_before_start: {
    nl: 'De einddatum ligt voor de begindatum.',
    en: 'The end date is before the start date.',
  },
  already_in_reorganisation: {
    nl: 'Deze persoon hoort al bij deze reorganisatie.',
    en: 'This person is already part of this reorganisation.',
  },
  reorganisation_closed: {
    nl: 'Deze reorganisatie is afgesloten.',
    en: 'This reorganisation is closed.',
  },
  coach_cannot_assign: {
    nl: 'Alleen HR wijst een coach toe.',
    en: 'Only HR assigns a coach.',
  },
  not_in_plan: {
    nl: 'Deze overstap staat niet in het transitieplan.',
    en: 'This transition is not in the transition plan.',
  },
  no_gap: {
    nl: 'Voor deze overstap ontbreken geen essentiële vaardigheden.',
    en: 'No essential skills are missing for this transition.',
  },
  already_planned: {
    nl: 'Voor deze overstap staan al ontwikkeldoelen in het POP.',
    en: 'The POP already has goals for this transition.',
  },
  shortage_import_invalid: {
    nl: 'Het bestand is niet ingelezen: verbeter de genoemde rijen. Er is niets opgeslagen.',
    en: 'The file was not imported: correct the rows listed. Nothing was saved.',
  },
  shortage_missing_column: {
    nl: 'Deze kolom ontbreekt (beroep of ISCO, categorie, bron, datum).',
    en: 'This column is missing (occupation or ISCO, category, source, date).',
  },
  shortage_invalid_key: {
    nl: 'Geef een ISCO-08-code van 4 cijfers of een ESCO-beroeps-URI.',
    en: 'Give a 4-digit ISCO-08 code or an ESCO occupation URI.',
  },
  shortage_invalid_level: {
    nl: 'Categorie moet zeer_krap, krap, gemiddeld, ruim of zeer_ruim zijn.',
    en: 'Category must be zeer_krap, krap, gemiddeld, ruim or zeer_ruim.',
  },
  shortage_duplicate_row: {
    nl: 'Dit beroep staat al eerder in het bestand.',
    en: 'This occupation appears earlier in the file.',
  },
  shortage_invalid_date: {
    nl: 'Geef de datum als JJJJ-MM-DD, JJJJ-MM of JJJJ-Qn (bijv. 2025-Q4).',
    en: 'Give the date as YYYY-MM-DD, YYYY-MM or YYYY-Qn (e.g. 2025-Q4).',
  },
};
