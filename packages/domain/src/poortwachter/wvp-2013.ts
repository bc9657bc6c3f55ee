import type { TPoortwachterRuleSet } from './rule-set';

const PROCESGANG = 'Regeling procesgang eerste en tweede ziektejaar (Stcrt. 2002, 60)';
const BOTH_KINDS = ['ordinary', 'pregnancy'] as const;

/**
 * Wet verbetering poortwachter as it applies since the Verzamelwet SZW 2013 moved the WIA
 * application from week 91 to week 93 (art. 64 lid 3 WIA, Stb. 2013, 236; intended entry into
 * force 1 July 2013 — verify against the Inwerkingtredingsbesluit before relying on cases from 2013).
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
      appliesTo: BOTH_KINDS,
      responsible: 'employer',
      legalSource: `${PROCESGANG}, art. 2 lid 1; Arbowet art. 14`,
      label: {
        nl: 'Ziekmelding bij arbodienst/bedrijfsarts',
        en: 'Report sickness to the occupational health service',
      },
    },
    {
      key: 'uwv_zwangerschap_melding',
      kind: 'task',
      week: 6,
      appliesTo: ['pregnancy'],
      responsible: 'employer',
      legalSource:
        'ZW art. 29b (vangnet zwangerschap/bevalling); ziekmelding bij UWV binnen 6 weken (uwv.nl)',
      label: {
        nl: 'Ziekmelding zwangerschap/bevalling bij UWV (vangnet ZW)',
        en: 'Report pregnancy-related sickness to UWV (Sickness Benefits Act safety net)',
      },
    },
    {
      key: 'probleemanalyse',
      kind: 'task',
      week: 6,
      appliesTo: BOTH_KINDS,
      responsible: 'occupational_physician',
      legalSource: `${PROCESGANG}, art. 2 lid 2 (oordeel bedrijfsarts binnen 6 weken)`,
      label: { nl: 'Probleemanalyse bedrijfsarts', en: 'Problem analysis by the occupational physician' },
    },
    {
      key: 'plan_van_aanpak',
      kind: 'task',
      week: 8, // within 2 weeks of the probleemanalyse
      appliesTo: BOTH_KINDS,
      responsible: 'employer', // drawn up and signed together with the employee
      legalSource: `art. 25 lid 2 WIA; ${PROCESGANG}, art. 4`,
      label: { nl: 'Plan van aanpak', en: 'Return-to-work action plan (plan van aanpak)' },
    },
    {
      key: 'uwv_42e_week_melding',
      kind: 'task',
      week: 42,
      dueAdjustment: 'next_working_day',
      // Not for the pregnancy vangnet: that case is already known to UWV and paid a ZW benefit.
      appliesTo: ['ordinary'],
      responsible: 'employer',
      legalSource: 'art. 38 ZW (uiterlijk op de eerste werkdag na afloop van de 42e week)',
      label: { nl: '42e-weeksmelding bij UWV', en: 'Week-42 sickness report to UWV' },
    },
    {
      key: 'eerstejaarsevaluatie',
      kind: 'task',
      fromWeek: 46,
      week: 52,
      appliesTo: BOTH_KINDS,
      responsible: 'employer', // together with the employee
      legalSource: `${PROCESGANG}, art. 4; art. 25 WIA (re-integratieverslag)`,
      label: { nl: 'Eerstejaarsevaluatie', en: 'First-year evaluation' },
    },
    {
      key: 'spoor_2_besluit',
      kind: 'task',
      week: 58, // 52 + 6: within 6 weeks after the end of week 52
      appliesTo: BOTH_KINDS,
      responsible: 'employer',
      legalSource:
        'art. 7:658a lid 1 BW (passende arbeid bij een andere werkgever); UWV Werkwijzer Poortwachter',
      label: { nl: 'Besluit over spoor 2', en: 'Decision on track 2 (work with another employer)' },
    },
    {
      key: 'wia_brief_uwv',
      kind: 'task',
      week: 88,
      appliesTo: BOTH_KINDS,
      responsible: 'uwv',
      legalSource: 'art. 64 lid 2 WIA (kennisgeving aanvraagmogelijkheid; uwv.nl: na 88 weken ziekte)',
      label: { nl: 'WIA-brief van UWV', en: 'WIA letter from UWV' },
    },
    {
      key: 'actueel_oordeel',
      kind: 'task',
      week: 91, // "around week 91"; input for the eindevaluatie
      appliesTo: BOTH_KINDS,
      responsible: 'occupational_physician',
      legalSource: 'art. 25 WIA (re-integratieverslag: actueel oordeel bedrijfsarts)',
      label: { nl: 'Actueel oordeel bedrijfsarts', en: 'Current assessment by the occupational physician' },
    },
    {
      key: 'eindevaluatie',
      kind: 'task',
      week: 91,
      appliesTo: BOTH_KINDS,
      responsible: 'employer', // together with the employee
      legalSource: 'art. 25 WIA (re-integratieverslag: eindevaluatie)',
      label: { nl: 'Eindevaluatie', en: 'Final evaluation' },
    },
    {
      key: 'wia_aanvraag',
      kind: 'task',
      week: 93, // 104 − 11
      appliesTo: BOTH_KINDS,
      responsible: 'employee',
      legalSource: 'art. 64 lid 3 WIA (uiterlijk 11 weken voor einde wachttijd; Verzamelwet SZW 2013)',
      label: { nl: 'WIA-aanvraag', en: 'WIA benefit application' },
    },
    {
      key: 'einde_wachttijd',
      kind: 'event',
      week: 104,
      appliesTo: BOTH_KINDS,
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
