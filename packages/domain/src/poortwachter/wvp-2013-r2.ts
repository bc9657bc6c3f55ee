import type { TMilestoneRule, TPoortwachterRuleSet } from './rule-set';
import { wvp2013 } from './wvp-2013';

/**
 * The vangnet report to UWV. The employer may record only WHETHER a Ziektewet vangnet applies,
 * never which one (AP Beleidsregels "De zieke werknemer", domain-rules §2.1 item 4), and UWV's
 * term depends on which one: for some vangnet situations the report is due "uiterlijk op de 4e
 * ziektedag" (sickness in the flexibiliseringsperiode before the pregnancy leave, pregnancy-related
 * sickness after the leave, a fictieve dienstbetrekking — brightmine.com "Ziekmelding bij UWV";
 * rendement.nl 2012: since 1 January 2012, fine up to € 455), for others "binnen 6 weken na de
 * eerste ziektedag" (pregnancy before the leave, uwv.nl; the no-riskpolis, vgs.nl). The reminder
 * must therefore be the earliest: calendar day 4 from the first sick day of the case's first
 * vangnet period (that day being day 1), with the label naming the later term.
 */
const vangnetMelding: TMilestoneRule = {
  key: 'uwv_vangnet_melding',
  kind: 'task',
  clock: 'calendar_from_first_safety_net_day',
  day: 4,
  appliesTo: 'with_safety_net',
  responsible: 'employer',
  legalSource:
    'Ziektewet vangnet (o.a. art. 29a, 29b, 38): ziekmelding bij UWV uiterlijk op de 4e ziektedag (o.a. flexibiliseringsperiode, ziekte na het zwangerschapsverlof, fictieve dienstbetrekking; brightmine.com, rendement.nl), in andere vangnetsituaties binnen 6 weken (uwv.nl, vgs.nl). Welke situatie geldt mag de werkgever niet vastleggen (AP), dus de vroegste termijn.',
  label: {
    nl: 'Ziekmelding vangnet-Ziektewet bij UWV (uiterlijk 4e ziektedag; in sommige vangnetsituaties binnen 6 weken)',
    en: 'Report safety-net sickness to UWV (by the 4th sick day; some safety-net cases allow 6 weeks)',
  },
};

/**
 * Ziek uit dienst: the employment ends while the employee is sick. The employer reports it to UWV
 * "uiterlijk op de laatste dag van het dienstverband" (a fine applies when late; andersverzuim.nl,
 * preact.nl; uwv.nl werkgeversportaal). UWV then decides on a Ziektewet benefit (art. 29 lid 2
 * onder a ZW, the vangnet for those without an employer).
 */
const ziekUitDienst: TMilestoneRule = {
  key: 'uwv_ziek_uit_dienst',
  kind: 'task',
  clock: 'employment_end',
  appliesTo: 'every_case',
  responsible: 'employer',
  legalSource:
    'art. 38 ZW; uwv.nl (ziek uit dienst): melding ziek uit dienst bij UWV uiterlijk op de laatste dag van het dienstverband, boete bij te late melding',
  label: {
    nl: 'Melding ziek uit dienst bij UWV (uiterlijk laatste dag dienstverband)',
    en: 'Report to UWV: employment ends during sickness (by the last day of employment)',
  },
};

/**
 * The re-integration file at ziek uit dienst: UWV asks the (former) employee for the documents of
 * the re-integratieverslag and the employer gives them copies — a shortened verslag when the
 * employment ends 6 to 10 weeks after the first sick day, a full one from 10 weeks; none before 6
 * weeks (uwv.nl "Het re-integratieverslag indienen voor de aanvraag Ziektewet-uitkering";
 * andersverzuim.nl). The eindevaluatie belongs to it from 10 weeks (domain-rules §1.1).
 */
const reintegratieverslag: TMilestoneRule = {
  key: 'reintegratieverslag_ziek_uit_dienst',
  kind: 'task',
  clock: 'employment_end',
  // the 6th week complete: the last day of employment is calendar day 42 of the case or later
  // (the cautious reading of "korter dan 6 weken ziek": a borderline case gets the reminder)
  fromCaseDay: 42,
  appliesTo: 'every_case',
  responsible: 'employer',
  legalSource:
    'uwv.nl: re-integratieverslag voor de aanvraag Ziektewet-uitkering bij ziek uit dienst — verkort bij 6 tot 10 weken ziekte, volledig (met eindevaluatie) vanaf 10 weken; kopieën aan de werknemer, UWV vraagt ze op',
  label: {
    nl: 'Re-integratiedossier overdragen voor UWV (ziek uit dienst: verkort bij 6–10 weken ziekte, volledig vanaf 10 weken)',
    en: 'Hand over the re-integration file for UWV (leaving sick: short form at 6–10 weeks of sickness, full from 10 weeks)',
  },
};

/**
 * The same law as `wvp-2013`, read correctly (issue 16; docs/poortwachter.md "Rule set
 * wvp-2013-r2"). The law did not change, our reading did, so this is a new object with the same
 * `validFrom` that comes after `wvp-2013` in the registry and wins:
 * - `uwv_vangnet_melding` is due on the 4th sick day of the first vangnet period (was day 42);
 * - evaluations of the plan van aanpak run to week 104 (was 93, i.e. the last in week 92) and on
 *   through a loonsanctie: the re-integration duties last the whole wachttijd and its extension
 *   (art. 7:658a BW; art. 25 lid 9 WIA);
 * - `uwv_ziek_uit_dienst` and `reintegratieverslag_ziek_uit_dienst` when the employment ends
 *   while the employee is sick (given `employmentEnd`).
 */
export const wvp2013r2: TPoortwachterRuleSet = {
  ...wvp2013,
  id: 'wvp-2013-r2',
  revises: wvp2013.id,
  title: `${wvp2013.title}; herziene lezing (vangnetmelding 4e ziektedag, evaluaties tot week 104, ziek uit dienst)`,
  milestones: [
    ...wvp2013.milestones.map((m) => (m.key === 'uwv_vangnet_melding' ? vangnetMelding : m)),
    ziekUitDienst,
    reintegratieverslag,
  ],
  evaluation: {
    ...wvp2013.evaluation,
    // Every 6 weeks after the plan van aanpak (week 8) up to and including week 104 (8 + 16 × 6),
    // then on through any loonsanctie: re-integration does not stop at the WIA application.
    lastWeek: 104,
    throughLoonsanctie: true,
    legalSource: `${wvp2013.evaluation.legalSource}; re-integratie-inspanningen tot het einde van de wachttijd en tijdens een loonsanctie (art. 7:658a BW; art. 25 lid 9 WIA)`,
  },
};
