import type { TPoortwachterRuleSet } from './rule-set';

const PROCESGANG = 'Regeling procesgang eerste en tweede ziektejaar (Stcrt. 2002, 60)';

/**
 * Wet verbetering poortwachter as it applies since the Verzamelwet SZW 2013 moved the WIA
 * application from week 91 to week 93 (art. 64 lid 3 WIA, Stb. 2013, 236; intended entry into
 * force 1 July 2013 — verify against the Inwerkingtredingsbesluit before relying on cases from 2013).
 *
 * Edited in place once (not a new rule set): it used to make pregnancy-related sickness a case of
 * its own with a `uwv_zwangerschap_melding`. That was a bug, not a change in the law — the
 * samentelregel adds sickness together whatever the cause (art. 7:629 lid 10 BW, domain-rules
 * §1.2) — so cases computed with the old behaviour were wrong and are not kept reproducible.
 *
 * Superseded by `wvp-2013-r2` (same law, corrected reading: the vangnet report on the 4th sick
 * day, evaluations to week 104 and through a loonsanctie, ziek uit dienst). Kept unchanged so
 * results computed under it stay reproducible.
 */
export const wvp2013: TPoortwachterRuleSet = {
  id: 'wvp-2013',
  validFrom: '2013-07-01',
  title: 'Wet verbetering poortwachter, na Verzamelwet SZW 2013 (WIA-aanvraag in week 93)',
  // art. 7:629 lid 10 BW (samentelregel): "minder dan vier weken" between periods
  samentelGapDays: 28,
  // art. 7:629 lid 1 BW, art. 23 WIA: 104 weeks of wage payment / wachttijd
  waitingPeriodWeeks: 104,
  milestones: [
    {
      key: 'ziekmelding_arbodienst',
      kind: 'task',
      week: 1, // practice; the legal hard limit is the bedrijfsarts' judgement within 6 weeks
      appliesTo: 'every_case',
      responsible: 'employer',
      legalSource: `${PROCESGANG}, art. 2 lid 1; Arbowet art. 14`,
      label: {
        nl: 'Ziekmelding bij arbodienst/bedrijfsarts',
        en: 'Report sickness to the occupational health service',
      },
    },
    {
      key: 'uwv_vangnet_melding',
      kind: 'task',
      // "binnen 6 weken na de eerste ziektedag" (uwv.nl, brightmine.com): calendar weeks from the
      // first sick day of the first safety-net period, that day being day 1 → due on day 42. It is
      // UWV's own term, so it runs on the calendar, not on the case's sick-day clock.
      // (Was written `week: 6`; the same day 42. Corrected to the 4th sick day in wvp-2013-r2.)
      day: 42,
      clock: 'calendar_from_first_safety_net_day',
      appliesTo: 'with_safety_net',
      responsible: 'employer',
      legalSource:
        'Ziektewet vangnet (o.a. art. 29a, 29b): ziekmelding bij UWV binnen 6 weken na de eerste ziektedag (uwv.nl; vgs.nl); in enkele situaties al op de 4e ziektedag',
      label: {
        nl: 'Ziekmelding vangnet-Ziektewet bij UWV',
        en: 'Report Sickness Benefits Act safety-net case to UWV',
      },
    },
    {
      key: 'probleemanalyse',
      kind: 'task',
      week: 6,
      appliesTo: 'every_case',
      responsible: 'occupational_physician',
      legalSource: `${PROCESGANG}, art. 2 lid 2 (oordeel bedrijfsarts binnen 6 weken)`,
      label: { nl: 'Probleemanalyse bedrijfsarts', en: 'Problem analysis by the occupational physician' },
    },
    {
      key: 'plan_van_aanpak',
      kind: 'task',
      week: 8, // within 2 weeks of the probleemanalyse
      appliesTo: 'every_case',
      responsible: 'employer', // drawn up and signed together with the employee
      legalSource: `art. 25 lid 2 WIA; ${PROCESGANG}, art. 4`,
      label: { nl: 'Plan van aanpak', en: 'Return-to-work action plan (plan van aanpak)' },
    },
    {
      key: 'uwv_42e_week_melding',
      kind: 'task',
      week: 42,
      dueAdjustment: 'next_working_day',
      // Skipped only when EVERY period of the case is a safety-net period: UWV already knows the
      // case from the vangnet report and pays a ZW benefit (uwv.nl: not needed when a ZW benefit
      // is paid). A mixed case (ordinary and vangnet periods) keeps it — a deliberate, cautious
      // choice: whether UWV still needs it depends on whether a ZW benefit runs in week 42, which
      // the few employer-side facts cannot tell; a superfluous report costs little, a missed one
      // is late (art. 38 ZW).
      appliesTo: 'not_only_safety_net',
      responsible: 'employer',
      legalSource: 'art. 38 ZW (uiterlijk op de eerste werkdag na afloop van de 42e week)',
      label: { nl: '42e-weeksmelding bij UWV', en: 'Week-42 sickness report to UWV' },
    },
    {
      key: 'eerstejaarsevaluatie',
      kind: 'task',
      fromWeek: 46,
      week: 52,
      appliesTo: 'every_case',
      responsible: 'employer', // together with the employee
      legalSource: `${PROCESGANG}, art. 4; art. 25 WIA (re-integratieverslag)`,
      label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    },
    {
      key: 'spoor_2_besluit',
      kind: 'task',
      week: 58, // 52 + 6: within 6 weeks after the end of week 52
      appliesTo: 'every_case',
      responsible: 'employer',
      legalSource:
        'art. 7:658a lid 1 BW (passende arbeid bij een andere werkgever); UWV Werkwijzer Poortwachter',
      label: { nl: 'Besluit over spoor 2', en: 'Decision on track 2 (work with another employer)' },
    },
    {
      key: 'wia_brief_uwv',
      kind: 'task',
      week: 88,
      appliesTo: 'every_case',
      responsible: 'uwv',
      legalSource: 'art. 64 lid 2 WIA (kennisgeving aanvraagmogelijkheid; uwv.nl: na 88 weken ziekte)',
      label: { nl: 'WIA-brief van UWV', en: 'WIA letter from UWV' },
    },
    {
      key: 'actueel_oordeel',
      kind: 'task',
      week: 91, // "around week 91"; input for the eindevaluatie
      appliesTo: 'every_case',
      responsible: 'occupational_physician',
      legalSource: 'art. 25 WIA (re-integratieverslag: actueel oordeel bedrijfsarts)',
      label: { nl: 'Actueel oordeel bedrijfsarts', en: 'Current assessment by the occupational physician' },
    },
    {
      key: 'eindevaluatie',
      kind: 'task',
      week: 91,
      appliesTo: 'every_case',
      responsible: 'employer', // together with the employee
      legalSource: 'art. 25 WIA (re-integratieverslag: eindevaluatie)',
      label: { nl: 'Eindevaluatie', en: 'Final evaluation' },
    },
    {
      key: 'wia_aanvraag',
      kind: 'task',
      week: 93, // 104 − 11
      appliesTo: 'every_case',
      responsible: 'employee',
      legalSource: 'art. 64 lid 3 WIA (uiterlijk 11 weken voor einde wachttijd; Verzamelwet SZW 2013)',
      label: { nl: 'WIA-aanvraag', en: 'WIA benefit application' },
    },
    {
      key: 'einde_wachttijd',
      kind: 'event',
      week: 104,
      appliesTo: 'every_case',
      responsible: 'employer',
      legalSource: 'art. 7:629 lid 1 BW; art. 23 WIA (wachttijd 104 weken)',
      label: { nl: 'Einde wachttijd (104 weken)', en: 'End of the waiting period (104 weeks)' },
    },
  ],
  evaluation: {
    startWeek: 8, // the plan van aanpak
    intervalWeeks: 6,
    lastWeek: 93, // up to the WIA application
    responsible: 'employer',
    legalSource: `${PROCESGANG} (bijstelling plan van aanpak); uwv.nl: ten minste eens per 6 weken`,
    label: { nl: 'Evaluatie plan van aanpak', en: 'Action plan review' },
  },
  loonsanctie: {
    maxWeeks: 52,
    responsible: 'employer',
    legalSource: 'art. 25 lid 9 WIA; art. 7:629 lid 11 BW (verlenging loondoorbetaling, max. 52 weken)',
    label: { nl: 'Einde loonsanctie', en: 'End of the wage sanction (loonsanctie)' },
  },
};
