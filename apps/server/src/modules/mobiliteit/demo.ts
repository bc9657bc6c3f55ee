import { schema } from '@inzetbaar/db';
import { createRng } from '@inzetbaar/db/demo/prng';
import { addDays } from '@inzetbaar/domain';
import type { DemoSeedContext } from '../../platform/demo-context';
import { escoTaxonomy } from '../../platform/reference-data/esco';

/*
 * Mobiliteit demo data for Zorggroep De Linde, deterministic and relative to today:
 *  - four internal openings (two vacancies, a project and a job-shadowing place) whose skills come
 *    from their ESCO occupation;
 *  - about a dozen people who said they are open to other work (not the demo employee: the e2e
 *    journey opts her in itself);
 *  - a reorganisation: the housekeeping and kitchen work of Facilitair is to be outsourced, so those
 *    people are threatened with redundancy, each with the demo coach and a status.
 * No shortage table: it is empty until HR imports one (none is invented).
 */

const OCC = 'http://data.europa.eu/esco/occupation/';
const EMAIL = (local: string) => `${local}@demo.inzetbaar.nl`;
const HOUSEKEEPING = `${OCC}731ecac4-06e8-4ec2-a559-101fecbd9183`;
const KITCHEN = `${OCC}e1cf6897-158d-4b48-a39e-2a3a8cac216c`;

/** The first essential and optional skills of an ESCO occupation, as URIs. */
function skillsOf(occupationUri: string, essential: number, optional: number) {
  const t = escoTaxonomy();
  const i = t.occupationByUri.get(occupationUri);
  const o = i === undefined ? undefined : t.occupations[i];
  if (!o) throw new Error(`demo occupation ${occupationUri} missing`);
  const uri = (k: number) => t.skills[k]?.uri as string;
  return {
    iscoGroup: o.iscoGroup,
    essentialSkills: o.essential.slice(0, essential).map(uri),
    optionalSkills: o.optional.slice(0, optional).map(uri),
  };
}

export async function seedMobilityDemo(ctx: DemoSeedContext) {
  const { tx, organizationId, today, demo } = ctx;
  const rng = createRng(1414);
  const personOf = (email: string) => {
    const key = demo.accounts.find((a) => a.email === EMAIL(email))?.personKey;
    const id = key ? ctx.personIds.get(key) : undefined;
    if (!id) throw new Error(`demo person ${email} missing`);
    return id;
  };
  const hr = personOf('hr');
  const coach = personOf('coach');
  const medewerker = personOf('medewerker');
  const unit = (key: string) => ctx.unitIds.get(key) ?? null;

  const openings = [
    {
      kind: 'vacancy' as const,
      title: 'Helpende zorg en welzijn — Locatie De Linde',
      description: 'Vaste functie, 24–28 uur, dag- en avonddiensten. Interne kandidaten gaan voor.',
      unitId: unit('locatie-de-linde'),
      hoursPerWeek: 24,
      escoOccupationUri: `${OCC}d38c2107-98f2-47b7-8bb4-f69750d51082`,
      ...skillsOf(`${OCC}d38c2107-98f2-47b7-8bb4-f69750d51082`, 10, 4),
      closesOn: addDays(today, 21),
    },
    {
      kind: 'vacancy' as const,
      title: 'Gastvrouw/gastheer restaurant Het Anker',
      description: 'Ontvangst van bewoners en bezoekers, koffie en maaltijden in het restaurant.',
      unitId: unit('locatie-het-anker'),
      hoursPerWeek: 20,
      escoOccupationUri: `${OCC}a1b86a8b-ad91-4192-b386-bbf89bb11699`,
      ...skillsOf(`${OCC}a1b86a8b-ad91-4192-b386-bbf89bb11699`, 10, 4),
      closesOn: addDays(today, 14),
    },
    {
      kind: 'project' as const,
      title: 'Project: dagbesteding met bewoners (zes maanden)',
      description: 'Activiteiten voor bewoners met dementie opzetten en begeleiden, twee dagdelen per week.',
      unitId: unit('behandeling'),
      hoursPerWeek: 8,
      escoOccupationUri: `${OCC}234be692-befb-41df-bdf0-e1b2f4eaf5e7`,
      ...skillsOf(`${OCC}234be692-befb-41df-bdf0-e1b2f4eaf5e7`, 8, 3),
      startsOn: addDays(today, 30),
      endsOn: addDays(today, 210),
      closesOn: addDays(today, 20),
    },
    {
      kind: 'job_shadowing' as const,
      title: 'Meeloopdag thuiszorg Wijkteam Zuid',
      description: 'Een dag meelopen met een verzorgende IG in de wijk.',
      unitId: unit('wijkteam-zuid'),
      hoursPerWeek: null,
      escoOccupationUri: `${OCC}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`,
      ...skillsOf(`${OCC}1391bdf9-bd61-4fb5-91ca-c29036ab2b60`, 8, 2),
      startsOn: addDays(today, 10),
      endsOn: addDays(today, 10),
    },
  ];
  await tx
    .insert(schema.mobilityOpenings)
    .values(openings.map((o) => ({ organizationId, createdByPersonId: hr, ...o })));

  // The housekeeping and kitchen staff of Facilitair: threatened with redundancy.
  const keyToId = (key: string) => ctx.personIds.get(key) as string;
  const facilitair = demo.employments
    .filter(
      (e) => e.endDate === null && (e.escoOccupationUri === HOUSEKEEPING || e.escoOccupationUri === KITCHEN),
    )
    .map((e) => keyToId(e.personKey))
    .filter((id) => id && id !== medewerker);
  const [reorg] = await tx
    .insert(schema.mobilityReorganisations)
    .values({
      organizationId,
      name: 'Uitbesteding huishouding en keuken',
      description:
        'De huishoudelijke dienst en de keuken worden per het einde van het jaar uitbesteed. Voor de medewerkers zoeken we eerst werk binnen De Linde.',
      status: 'threatened',
      announcedOn: addDays(today, -40),
      endsOn: addDays(today, 150),
    })
    .returning();
  const STATUSES = [
    'orientation',
    'orientation',
    'orientation',
    'training',
    'placed_internal',
    'other',
  ] as const;
  await tx.insert(schema.mobilityCases).values(
    facilitair.map((personId, i) => ({
      organizationId,
      reorganisationId: reorg?.id as string,
      personId,
      // one person still waits for a coach: the overview shows it
      coachPersonId: i === facilitair.length - 1 ? null : coach,
      status: STATUSES[i % STATUSES.length] as (typeof STATUSES)[number],
      statusChangedOn: addDays(today, -rng.int(0, 30)),
    })),
  );

  // Opted in: the people of the reorganisation and a few others (not the demo employee).
  const others = demo.employments
    .filter((e) => e.endDate === null && e.escoOccupationUri && !facilitair.includes(keyToId(e.personKey)))
    .map((e) => keyToId(e.personKey))
    .filter((id) => id && id !== medewerker && id !== hr && id !== coach);
  const chosen = new Set<string>(facilitair);
  for (const id of rng.shuffle(others).slice(0, 10)) chosen.add(id);
  await tx.insert(schema.mobilityPreferences).values(
    [...chosen].map((personId) => ({
      organizationId,
      personId,
      isOpenToOtherWork: true,
      openSince: addDays(today, -rng.int(0, 90)),
    })),
  );
}
