import type { Lang } from '../../platform/http/messages';

/** Problem titles and field errors of leven lang ontwikkelen, nl and en. */
export const lloMessages: Record<string, Record<Lang, string>> = {
  skill_already_on_profile: {
    nl: 'Deze vaardigheid staat al op het profiel.',
    en: 'This skill is already on the profile.',
  },
  cannot_confirm_own_skill: {
    nl: 'Je kunt je eigen vaardigheden niet bevestigen.',
    en: 'You cannot confirm your own skills.',
  },
  not_suggested: {
    nl: 'Deze vaardigheid wordt je niet (meer) voorgesteld.',
    en: 'This skill is not (or no longer) suggested to you.',
  },
  unknown_skill: { nl: 'Onbekende vaardigheid.', en: 'Unknown skill.' },
  invalid_skill: {
    nl: 'Geen ESCO-vaardigheid of eigen vaardigheid van de organisatie.',
    en: 'Not an ESCO skill or an own skill of the organisation.',
  },
  unknown_occupation: { nl: 'Onbekend ESCO-beroep.', en: 'Unknown ESCO occupation.' },
  invalid_occupation: { nl: 'Geen ESCO-beroep.', en: 'Not an ESCO occupation.' },
  duplicate_name: { nl: 'Deze naam bestaat al.', en: 'This name already exists.' },
  duplicate_code: {
    nl: 'Deze code bestaat al in de catalogus.',
    en: 'This code already exists in the catalogue.',
  },
  unknown_certificate_type: { nl: 'Onbekend soort certificaat.', en: 'Unknown certificate type.' },
  talk_not_held: {
    nl: 'Het gesprek heeft nog niet plaatsgevonden: vul eerst de datum in.',
    en: 'The talk has not been held yet: fill in the date first.',
  },
  no_preparation: {
    nl: 'Er is nog geen voorbereiding om te delen.',
    en: 'There is no preparation to share yet.',
  },
  budget_exceeded: {
    nl: 'Deze aanvraag past niet in het ontwikkelbudget.',
    en: 'This request does not fit the development budget.',
  },
  exceeds_activity_limit: {
    nl: 'Hoger dan het maximum per activiteit.',
    en: 'Above the maximum per activity.',
  },
  exceeds_money_budget: { nl: 'Meer dan het beschikbare budget.', en: 'More than the available budget.' },
  exceeds_hours_budget: { nl: 'Meer uren dan beschikbaar.', en: 'More hours than available.' },
  cannot_decide_own_request: {
    nl: 'Je kunt niet over je eigen aanvraag beslissen.',
    en: 'You cannot decide on your own request.',
  },
  cannot_complete_own_request: {
    nl: 'Je kunt je eigen aanvraag niet afronden; dat doet je leidinggevende of HR.',
    en: 'You cannot complete your own request; your manager or HR does.',
  },
  request_not_submitted: {
    nl: 'Over deze aanvraag is al beslist.',
    en: 'This request has already been decided.',
  },
  request_not_approved: {
    nl: 'Alleen een goedgekeurde aanvraag kan worden afgerond.',
    en: 'Only an approved request can be completed.',
  },
  request_closed: {
    nl: 'Deze aanvraag is al afgesloten.',
    en: 'This request is already closed.',
  },
  before_start: { nl: 'Ligt voor de begindatum.', en: 'Is before the start date.' },
  learning_item_inactive: {
    nl: 'Dit aanbod staat niet meer in de catalogus.',
    en: 'This item is no longer in the catalogue.',
  },
  duplicate_budget_year: {
    nl: 'Er is al een budgetregeling vanaf dit jaar.',
    en: 'There is already a budget rule from this year.',
  },
  catalogue_import_invalid: {
    nl: 'Het bestand bevat fouten; er is niets geïmporteerd.',
    en: 'The file has errors; nothing was imported.',
  },
  too_long: { nl: 'Te lang.', en: 'Too long.' },
  duplicate_in_file: {
    nl: 'Rij {row}: deze code staat al eerder in het bestand.',
    en: 'Row {row}: this code appears earlier in the file.',
  },
  invalid_number: {
    nl: 'Rij {row}: "{value}" is geen aantal uren.',
    en: 'Row {row}: "{value}" is not a number of hours.',
  },
  invalid_amount: {
    nl: 'Rij {row}: "{value}" is geen bedrag.',
    en: 'Row {row}: "{value}" is not an amount.',
  },
  invalid_level: { nl: 'Rij {row}: niveau moet 1 t/m 4 zijn.', en: 'Row {row}: level must be 1 to 4.' },
  missing_column: { nl: 'De kolom Titel ontbreekt.', en: 'The Title column is missing.' },
  too_many_rows: { nl: 'Te veel rijen (maximaal 5.000).', en: 'Too many rows (at most 5,000).' },
};
