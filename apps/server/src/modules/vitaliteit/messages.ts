import type { Lang } from '../../platform/http/messages';

/** Problem titles and field errors of the vitality module (nl, en). */
export const vitalityMessages: Record<string, Record<Lang, string>> = {
  results_after_close: {
    nl: 'Resultaten komen pas beschikbaar als de campagne is afgesloten; zo kan niemand uit tussenstanden afleiden wat één persoon antwoordde.',
    en: 'Results become available once the campaign is closed, so nobody can infer one person’s answers from interim figures.',
  },
  campaign_not_open: {
    nl: 'Deze vragenlijst is niet (meer) open.',
    en: 'This questionnaire is not open (any more).',
  },
  campaign_closed: { nl: 'Deze campagne is al afgesloten.', en: 'This campaign is already closed.' },
  already_submitted: {
    nl: 'Je hebt deze vragenlijst al ingevuld; je kunt maar één keer antwoorden.',
    en: 'You have already answered this questionnaire; you can answer only once.',
  },
  not_submitted: {
    nl: 'Je persoonlijke terugkoppeling verschijnt nadat je de vragenlijst hebt verstuurd.',
    en: 'Your personal feedback appears after you have sent the questionnaire.',
  },
  instrument_id_taken: {
    nl: 'Er is al een vragenlijst met deze id.',
    en: 'There already is a questionnaire with this id.',
  },
  instrument_in_use: {
    nl: 'Deze vragenlijst wordt in een campagne gebruikt en kan niet worden verwijderd.',
    en: 'This questionnaire is used in a campaign and cannot be removed.',
  },
  upload_only_licensed: {
    nl: 'Uploaden is voor vragenlijsten waarvoor je organisatie een licentie heeft (licence.kind "licensed", met licence.holder).',
    en: 'Uploads are for questionnaires your organisation holds a licence for (licence.kind "licensed", with licence.holder).',
  },
  instrument_invalid: {
    nl: 'Dit veld klopt niet volgens het vragenlijstformaat: {detail}',
    en: 'This field does not match the questionnaire format: {detail}',
  },
  no_sign_up: {
    nl: 'Voor deze regeling schrijf je je niet zelf in; bespreek haar met je leidinggevende.',
    en: 'You do not sign up for this arrangement yourself; discuss it with your manager.',
  },
  group_below_k: {
    nl: 'Niet getoond: deze groep telt minder dan {k} respondenten.',
    en: 'Not shown: this group has fewer than {k} respondents.',
  },
  group_complementary: {
    nl: 'Niet getoond: deze groep heeft genoeg respondenten, maar samen met de andere getoonde groepen zou je dan een groep van minder dan {k} mensen kunnen uitrekenen.',
    en: 'Not shown: this group has enough respondents, but together with the other groups shown it would let someone compute a group of fewer than {k} people.',
  },
  no_age_breakdown: {
    nl: 'Geen uitsplitsing naar leeftijd: in minstens één leeftijdsgroep zouden minder dan {k} mensen zitten.',
    en: 'No breakdown by age: at least one age band would hold fewer than {k} people.',
  },
  age_band_merged: {
    nl: 'Deze leeftijdsgroep wordt alleen samen met een aangrenzende getoond ({merged}), omdat ze anders minder dan {k} mensen telt.',
    en: 'This age band is shown only together with a neighbouring one ({merged}), because it would otherwise hold fewer than {k} people.',
  },
  no_such_group: {
    nl: 'Deze groep bestaat niet in deze resultaten.',
    en: 'This group does not exist in these results.',
  },
  scale_withheld: {
    nl: 'Voor deze groep wordt deze schaal niet getoond (te weinig mensen beantwoordden haar).',
    en: 'This scale is not shown for this group (too few people answered it).',
  },
  end_before_start: {
    nl: 'De einddatum ligt vóór de begindatum.',
    en: 'The end date is before the start date.',
  },
};
