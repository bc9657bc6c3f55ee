import { MODULES } from '../../modules';

/** Server-side messages (problem titles and field errors) in Dutch and English. */
export type Lang = 'nl' | 'en';

export const MESSAGES = {
  // problem titles
  validation_failed: { nl: 'De invoer is niet geldig.', en: 'The input is not valid.' },
  malformed_request: { nl: 'Het verzoek kon niet gelezen worden.', en: 'The request could not be read.' },
  unauthenticated: { nl: 'Je bent niet ingelogd.', en: 'You are not signed in.' },
  forbidden: { nl: 'Je hebt geen toegang tot deze gegevens.', en: 'You do not have access to this data.' },
  two_factor_required: {
    nl: 'Stel eerst tweestapsverificatie in; dat is verplicht voor jouw rol.',
    en: 'Set up two-factor authentication first; it is required for your role.',
  },
  no_organization: {
    nl: 'Je bent aan geen organisatie gekoppeld.',
    en: 'You are not linked to an organisation.',
  },
  not_found: { nl: 'Niet gevonden.', en: 'Not found.' },
  response_schema_mismatch: {
    nl: 'Het antwoord van de server wijkt af van de beschrijving van de API (ontwikkelfout).',
    en: 'The server’s response differs from the API description (a development error).',
  },
  stale_version: {
    nl: 'Iemand anders heeft dit intussen gewijzigd. Laad de gegevens opnieuw.',
    en: 'Someone else changed this in the meantime. Reload the data.',
  },
  conflict: { nl: 'Dit botst met bestaande gegevens.', en: 'This conflicts with existing data.' },
  unit_not_empty: {
    nl: 'Deze afdeling heeft nog subafdelingen of medewerkers.',
    en: 'This unit still has sub-units or people.',
  },
  unit_cycle: {
    nl: 'Een afdeling kan niet onder zichzelf hangen.',
    en: 'A unit cannot be placed under itself.',
  },
  duplicate_employee_number: {
    nl: 'Dit personeelsnummer bestaat al.',
    en: 'This employee number already exists.',
  },
  already_set_up: { nl: 'Inzetbaar is al ingericht.', en: 'Inzetbaar has already been set up.' },
  invitation_invalid: {
    nl: 'Deze uitnodiging is ongeldig, verlopen of al gebruikt.',
    en: 'This invitation is invalid, expired or already used.',
  },
  email_taken: {
    nl: 'Dit e-mailadres heeft al een account.',
    en: 'This email address already has an account.',
  },
  person_has_account: {
    nl: 'Deze medewerker heeft al een account.',
    en: 'This person already has an account.',
  },
  email_required: { nl: 'Vul een e-mailadres in.', en: 'Enter an email address.' },
  import_has_errors: {
    nl: 'Het bestand bevat fouten; los die eerst op.',
    en: 'The file contains errors; fix them first.',
  },
  import_already_committed: {
    nl: 'Deze import is al verwerkt.',
    en: 'This import has already been processed.',
  },
  file_required: { nl: 'Kies een bestand.', en: 'Choose a file.' },
  unsupported_type: { nl: 'Alleen CSV- en XLSX-bestanden.', en: 'Only CSV and XLSX files.' },
  too_large: { nl: 'Het bestand is groter dan 10 MB.', en: 'The file is larger than 10 MB.' },
  unpacked_too_large: {
    nl: 'Het bestand is uitgepakt groter dan 100 MB of bestaat uit te veel onderdelen.',
    en: 'The file unpacks to more than 100 MB or has too many parts.',
  },
  too_many_rows: {
    nl: 'Het bestand heeft meer dan 100.000 regels.',
    en: 'The file has more than 100,000 rows.',
  },
  control_characters: {
    nl: 'Bevat een stuurteken (zoals een NUL-teken); haal dat weg.',
    en: 'Contains a control character (such as NUL); remove it.',
  },
  empty: { nl: 'Het bestand is leeg of heeft geen kopregel.', en: 'The file is empty or has no header row.' },
  unreadable: { nl: 'Het bestand kon niet gelezen worden.', en: 'The file could not be read.' },
  origin_not_allowed: {
    nl: 'Dit verzoek komt van een ander adres dan dat van Inzetbaar.',
    en: 'This request comes from another address than Inzetbaar’s.',
  },
  origin_not_allowed_detail: {
    nl: 'Open Inzetbaar via {expected} en log daar in; op dit adres werkt inloggen niet.',
    en: 'Open Inzetbaar at {expected} and sign in there; signing in does not work at this address.',
  },
  weak_password: {
    nl: 'Dit wachtwoord is te makkelijk te raden. Kies een langere zin van een paar losse woorden.',
    en: 'This password is too easy to guess. Choose a longer phrase of a few unrelated words.',
  },
  breached_password: {
    nl: 'Dit wachtwoord staat in lijsten van gelekte wachtwoorden. Kies een ander.',
    en: 'This password appears in lists of leaked passwords. Choose another.',
  },
  password_contains_email: {
    nl: 'Het wachtwoord mag je e-mailadres (of het deel voor de @) niet bevatten.',
    en: 'The password may not contain your email address (or the part before the @).',
  },
  internal: { nl: 'Er ging iets mis aan onze kant.', en: 'Something went wrong on our side.' },
  rate_limited: {
    nl: 'Te veel pogingen. Probeer het later opnieuw.',
    en: 'Too many attempts. Try again later.',
  },
  rie_exists: {
    nl: 'Er is al een RI&E voor dit jaar en deze afdeling.',
    en: 'There is already an RI&E for this year and unit.',
  },
  rie_locked: {
    nl: 'Deze RI&E is vastgesteld en kan niet meer worden gewijzigd.',
    en: 'This RI&E is locked and can no longer be changed.',
  },
  rie_not_draft: {
    nl: 'Deze RI&E is afgerond; zet hem eerst terug naar concept.',
    en: 'This RI&E is complete; move it back to draft first.',
  },
  rie_incomplete: {
    nl: 'Nog niet alle risico’s zijn beantwoord en beoordeeld.',
    en: 'Not every risk has been answered and evaluated yet.',
  },
  rie_plan_incomplete: {
    nl: 'Het plan van aanpak is onvolledig: elk aanwezig risico heeft een maatregel met een termijn nodig (Arbowet art. 5 lid 3).',
    en: 'The action plan is incomplete: every risk found needs a measure with a due date (Arbowet art. 5(3)).',
  },
  measure_missing: {
    nl: 'Voor dit risico staat nog geen maatregel in het plan van aanpak.',
    en: 'The action plan has no measure for this risk yet.',
  },
  measure_without_due_date: {
    nl: 'De maatregelen voor dit risico hebben nog geen termijn (uiterlijk-datum).',
    en: 'The measures for this risk have no due date yet.',
  },
  measure_in_locked_rie: {
    nl: 'Deze maatregel hoort bij een vastgestelde RI&E en kan niet worden verwijderd. Zet hem op “Vervallen”.',
    en: 'This measure belongs to a locked RI&E and cannot be deleted. Set it to “Cancelled”.',
  },
  measure_linked_to_report: {
    nl: 'Een melding verwijst naar deze maatregel; de melder is erover geïnformeerd. Zet hem op “Vervallen”.',
    en: 'A report refers to this measure and its reporter was told about it. Set it to “Cancelled”.',
  },
  // field errors
  confidential_no_link: {
    nl: 'Een melding voor de vertrouwenspersoon wordt niet aan de RI&E of het plan van aanpak gekoppeld.',
    en: 'A report for the confidential adviser is not linked to the RI&E or the action plan.',
  },
  invalid_status_change: {
    nl: 'Deze statuswijziging is niet toegestaan.',
    en: 'This status change is not allowed.',
  },
  evaluation_method_mismatch: {
    nl: 'Dit risico wordt beoordeeld met methode {expected}.',
    en: 'This risk is evaluated with method {expected}.',
  },
  evaluation_only_when_present: {
    nl: 'Beoordeel alleen een risico dat aanwezig is (antwoord “nee”).',
    en: 'Only evaluate a risk that is present (answer “no”).',
  },
  duplicate_id: {
    nl: 'Deze code bestaat al in de catalogus.',
    en: 'This id already exists in the catalogue.',
  },
  rie_not_complete: {
    nl: 'Instemming kan pas als de RI&E is afgerond.',
    en: 'Consent can only be recorded once the RI&E is complete.',
  },
  toetsing_scope_before_split: {
    nl: 'Pas sinds {date} is de toets gesplitst in systeemtoets en scopetoets; kies “beide” voor een eerdere toets.',
    en: 'The toets has been split into a systeemtoets and a scopetoets only since {date}; choose “both” for an earlier one.',
  },
  measure_not_in_assessment: {
    nl: 'Deze maatregel hoort niet bij het plan van aanpak van de gekozen RI&E.',
    en: 'This measure is not in the action plan of the chosen RI&E.',
  },
  employer_may_not_act: {
    nl: 'Alleen bij maximaal 25 werknemers mag de werkgever zelf preventiemedewerker zijn.',
    en: 'Only with at most 25 employees may the employer act as prevention officer personally.',
  },
  more_than_invited: { nl: 'Meer deelnemers dan genodigden.', en: 'More participants than invited.' },
  required: { nl: 'Dit veld is verplicht.', en: 'This field is required.' },
  invalid_type: { nl: 'Ongeldige waarde.', en: 'Invalid value.' },
  too_small: {
    nl: 'Te kort of te laag (minimaal {minimum}).',
    en: 'Too short or too low (minimum {minimum}).',
  },
  too_big: {
    nl: 'Te lang of te hoog (maximaal {maximum}).',
    en: 'Too long or too high (maximum {maximum}).',
  },
  invalid_email: { nl: 'Geen geldig e-mailadres.', en: 'Not a valid email address.' },
  invalid_url: { nl: 'Geen geldige URL.', en: 'Not a valid URL.' },
  invalid_value: { nl: 'Kies een van de toegestane waarden.', en: 'Choose one of the allowed values.' },
  invalid_date: { nl: 'Geen geldige datum (JJJJ-MM-DD).', en: 'Not a valid date (YYYY-MM-DD).' },
  end_before_start: {
    nl: 'De einddatum ligt voor de begindatum.',
    en: 'The end date is before the start date.',
  },
  manager_needs_unit: {
    nl: 'Een leidinggevende hoort bij een afdeling.',
    en: 'A manager must be linked to a unit.',
  },
  kvk_number: { nl: 'Een KvK-nummer heeft 8 cijfers.', en: 'A KvK number has 8 digits.' },
  sbi_division: { nl: 'Een SBI-afdeling heeft 2 cijfers.', en: 'An SBI division has 2 digits.' },
  esco_uri: { nl: 'Geen ESCO-beroep-URI.', en: 'Not an ESCO occupation URI.' },
  unknown_reference: { nl: 'Bestaat niet in deze organisatie.', en: 'Does not exist in this organisation.' },
  invalid_format: { nl: 'Ongeldig formaat.', en: 'Invalid format.' },
  unknown_field: {
    nl: 'Dit veld bestaat niet of mag niet worden vastgelegd.',
    en: 'This field does not exist or may not be recorded.',
  },
  // verzuim (issue 3)
  already_sick: {
    nl: 'Deze medewerker is al ziek gemeld.',
    en: 'This person has already been reported sick.',
  },
  not_sick: { nl: 'Deze ziekmelding is al afgesloten.', en: 'This sick report has already been closed.' },
  overlapping_report: { nl: 'Overlapt met een andere ziekmelding.', en: 'Overlaps another sick report.' },
  outside_employment: { nl: 'Valt niet binnen een dienstverband.', en: 'Not within an employment.' },
  in_future: { nl: 'Deze datum ligt in de toekomst.', en: 'This date is in the future.' },
  before_sick_report: { nl: 'Ligt voor de eerste ziektedag.', en: 'Is before the first sick day.' },
  unknown_milestone: {
    nl: 'Deze mijlpaal hoort niet bij deze casus.',
    en: 'This milestone does not belong to this case.',
  },
  period_too_long: {
    nl: 'Kies een periode van hoogstens 5 jaar.',
    en: 'Choose a period of at most 5 years.',
  },
  changes_case_grouping: {
    nl: 'Deze correctie zou ziekmeldingen naar een andere verzuimcasus verplaatsen; dat kan niet met een correctie.',
    en: 'This correction would move sick reports to another absence case; a correction cannot do that.',
  },
  // verzuim: documents of the physician (issue 3, item 4)
  unsupported_document_type: {
    nl: 'Alleen PDF-, DOCX-, ODT-, PNG- en JPEG-bestanden.',
    en: 'Only PDF, DOCX, ODT, PNG and JPEG files.',
  },
  payload_too_large: { nl: 'Het verzoek is te groot.', en: 'The request is too large.' },
  confirm_no_diagnosis: {
    nl: 'Bevestig dat het document geen diagnose of andere medische gegevens bevat.',
    en: 'Confirm that the document holds no diagnosis or other medical data.',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type MessageCode = keyof typeof MESSAGES;

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES, code);
}

let moduleMessages: Record<string, Record<Lang, string>> | undefined;
/** The platform's messages and every module's (manifest `messages`), merged once. */
function allMessages(): Record<string, Record<Lang, string>> {
  if (!moduleMessages) {
    moduleMessages = { ...MESSAGES };
    for (const m of MODULES) Object.assign(moduleMessages, m.messages ?? {});
  }
  return moduleMessages;
}

/** Whether `code` has a message (the platform's or a module's). */
export const hasMessage = (code: string) => Object.hasOwn(allMessages(), code);

/** Message for `code` in `lang`, with `{param}` placeholders filled in. */
export function message(code: string, lang: Lang, params: Record<string, unknown> = {}): string {
  const all = allMessages();
  const template = (all[code] ?? MESSAGES.invalid_format)[lang];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** First supported language of an Accept-Language header; Dutch by default. */
export function pickLang(acceptLanguage: string | undefined | null): Lang {
  if (!acceptLanguage) return 'nl';
  for (const part of acceptLanguage.split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag.startsWith('nl')) return 'nl';
    if (tag.startsWith('en')) return 'en';
  }
  return 'nl';
}
