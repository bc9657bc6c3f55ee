import { createRng, type Rng } from '@inzetbaar/db/demo/prng';
import { addDays } from '@inzetbaar/domain';
import type { DemoSeedContext } from '../../platform/demo-context';
import { bundledInstruments, interventionCatalogue } from './bundled-data';
import { recordSubmission } from './record-submission';
import { insertCampaign, setCampaignStatus } from './repo/campaigns.repo';
import { currentUnitsOf, insertOffers, insertSignup } from './repo/interventions.repo';
import { listParticipants, saveResponse } from './repo/respondent.repo';
import { openCampaign } from './services/open-campaign';
import { responseToken } from './tokens';

/*
 * Vitality demo data for Zorggroep De Linde, deterministic and relative to today:
 *  - two closed campaigns of the CBI and the NEA workload questions, about a year apart, answered
 *    by roughly 70 % of staff, so results, a trend and the CBS comparison show;
 *  - strain differs per unit (district teams under the most work pressure, the care locations with
 *    emotional load and aggression by clients); Wijkteam Noord improves in the second campaign;
 *  - small units (HR, Financiën, Kwaliteit en veiligheid; k = 10) are too small to report on their
 *    own and roll up;
 *  - the demo employee answered the second campaign, so their personal feedback is there;
 *  - sign-ups for interventions (one below k, so its count is hidden) and a recommendation made
 *    from a hotspot.
 * Answers are written as the answering code writes them: a token per person and campaign, scores
 * and open answers without any link back.
 */

/** Baseline strain per unit (0 = none, 1 = maximal) and how much comes from clients. */
const STRAIN: Record<string, { base: number; clients: number }> = {
  'wijkteam-noord': { base: 0.62, clients: 0.25 },
  'wijkteam-zuid': { base: 0.52, clients: 0.2 },
  'wijkteam-oost': { base: 0.48, clients: 0.2 },
  'locatie-de-linde': { base: 0.55, clients: 0.45 },
  'locatie-het-anker': { base: 0.5, clients: 0.4 },
  behandeling: { base: 0.42, clients: 0.3 },
  facilitair: { base: 0.35, clients: 0.05 },
};
const IDEAS = [
  'Vaste tijd voor overdracht, zonder dat de telefoon gaat.',
  'Minder registratie: dubbel rapporteren kost veel tijd.',
  'Een vaste invalpool zodat we niet steeds zelf gaten hoeven te vullen.',
  'Roosters eerder bekend, minimaal vier weken vooruit.',
  'Nabespreken na een incident met een cliënt, ook als het goed afliep.',
  'Meer tijd voor nieuwe collega’s en leerlingen.',
  'Een rustige plek om pauze te houden.',
  'Minder wisselende diensten achter elkaar.',
];

const clamp = (x: number, lo: number, hi: number) => Math.max(lo, Math.min(hi, x));

/** One person's answers, from their strain: higher strain → "always"/"to a high degree" on burn-out items. */
function answersFor(rng: Rng, strain: number, clients: number, worksWithClients: boolean) {
  const pos = (s: number, n: number) =>
    clamp(Math.round(1 + (1 - s) * (n - 1) + (rng.next() - 0.5) * 1.6), 1, n);
  const cbi: Record<string, number> = {};
  for (let i = 1; i <= 6; i++) cbi[`personal_${i}`] = pos(strain * 0.9, 5);
  for (let i = 1; i <= 6; i++) cbi[`work_${i}`] = pos(strain, 5);
  cbi.work_7 = 6 - pos(strain, 5); // enough energy for family and friends: the opposite direction
  if (worksWithClients)
    for (let i = 1; i <= 6; i++) cbi[`client_${i}`] = pos(strain * 0.6 + clients * 0.6, 5);
  const psa: Record<string, number | string> = {
    pace_fast: pos(strain + 0.1, 4),
    pace_much: pos(strain + 0.1, 4),
    pace_hard: pos(strain, 4),
    auto_how: pos(0.75 - strain * 0.4, 3),
    auto_order: pos(0.7 - strain * 0.4, 3),
    auto_pace: pos(0.55 - strain * 0.5, 3),
    auto_hours: pos(0.45 - strain * 0.3, 3),
    // emotional4 runs from "never" (1) to "always" (4)
    emo_situations: 5 - pos(clients + 0.2, 4),
    emo_demanding: 5 - pos(clients + 0.25, 4),
    emo_involved: 5 - pos(clients + 0.35, 4),
  };
  const exposed = (p: number) => (rng.chance(p) ? rng.int(2, 3) : 1);
  psa.ub_intimidation_clients = exposed(clients * 0.6);
  psa.ub_violence_clients = exposed(clients * 0.25);
  psa.ub_sexual_clients = exposed(clients * 0.2);
  psa.ub_intimidation_managers = exposed(0.03);
  psa.ub_intimidation_colleagues = exposed(0.05);
  psa.ub_bullying_managers = exposed(0.02);
  psa.ub_bullying_colleagues = exposed(0.05);
  psa.ub_sexual_managers = exposed(0.01);
  psa.ub_sexual_colleagues = exposed(0.03);
  if (rng.chance(0.2)) psa.idea = rng.pick(IDEAS);
  return { cbi, psa };
}

export async function seedVitalityDemo(ctx: DemoSeedContext) {
  const { tx, deps, organizationId, today, demo, unitIds, personIds } = ctx;
  const rng = createRng(0x5a17e);
  const unitKeyOf = new Map([...unitIds].map(([key, id]) => [id, key]));
  const instruments = ['cbi', 'psa'].map((id) => bundledInstruments().get(id)).filter((i) => !!i);
  const employeeAccount = demo.accounts.find((a) => a.email.startsWith('medewerker@'));
  const employeeId = employeeAccount ? personIds.get(employeeAccount.personKey) : undefined;
  const campaigns = [
    {
      title: 'Vitaliteitsonderzoek vorig jaar',
      opensOn: addDays(today, -400),
      weeks: 3,
      rate: 0.72,
      relief: 0,
    },
    {
      title: 'Vitaliteitsonderzoek dit jaar',
      opensOn: addDays(today, -35),
      weeks: 3,
      rate: 0.68,
      relief: 0.12,
    },
  ];
  let answered = 0;
  for (const spec of campaigns) {
    const row = await insertCampaign(tx, {
      organizationId,
      title: spec.title,
      instrumentKeys: instruments.map((i) => i.id),
      unitIds: [],
      opensOn: spec.opensOn,
      closesOn: addDays(spec.opensOn, spec.weeks * 7 - 1),
      minGroupSize: 10,
      reminderDaysBefore: 3,
    });
    await openCampaign(deps, tx, row, { schedule: false });
    for (const p of await listParticipants(tx, organizationId, row.id)) {
      const isDemoEmployee = p.personId === employeeId && spec.relief > 0;
      if (!isDemoEmployee && !rng.chance(spec.rate)) continue;
      const unitKey = unitKeyOf.get(p.unitId) ?? '';
      const s = STRAIN[unitKey] ?? { base: 0.32, clients: 0.05 };
      // Wijkteam Noord acted on last year's results (the measure in the plan van aanpak)
      const relief = unitKey === 'wijkteam-noord' ? spec.relief : spec.relief / 4;
      const strain = clamp(s.base - relief + (rng.next() - 0.5) * 0.5, 0, 1);
      const response = await saveResponse(tx, {
        organizationId,
        campaignId: row.id,
        token: responseToken(deps.env.authSecret, row.id, p.personId),
        unitId: p.unitId,
        ageBand: p.ageBand,
        answers: answersFor(rng, strain, s.clients, s.clients > 0.1 || rng.chance(0.3)),
      });
      if (response) await recordSubmission(tx, response, instruments);
      answered++;
    }
    await setCampaignStatus(tx, organizationId, row.id, 'open', {
      status: 'closed',
      closedAt: new Date(`${row.closesOn}T22:00:00Z`),
    });
  }

  // Sign-ups (the count of one stays below k and is not shown) and a recommendation from a hotspot.
  const staff = rng.shuffle([...personIds.values()]);
  const signups: [string, number][] = [
    ['fietsplan-en-sport', 16],
    ['energiek-werken', 12],
    ['beter-slapen', 11],
    ['geldzorgen', 4],
  ];
  let at = 0;
  for (const [interventionId, n] of signups) {
    for (const personId of staff.slice(at, at + n)) {
      const [unitId] = await currentUnitsOf(tx, organizationId, personId, today);
      await insertSignup(tx, { organizationId, interventionId, personId, unitId: unitId ?? null });
    }
    at += n;
  }
  const wijkzorg = unitIds.get('wijkzorg');
  if (wijkzorg && interventionCatalogue().some((i) => i.id === 'teamsessie-werkdruk'))
    await insertOffers(tx, [
      { organizationId, interventionId: 'teamsessie-werkdruk', unitId: wijkzorg, scaleKey: 'psa.workload' },
    ]);
  return { campaigns: campaigns.length, responses: answered };
}
