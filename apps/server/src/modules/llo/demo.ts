import { readFileSync } from 'node:fs';
import { schema } from '@inzetbaar/db';
import { createRng } from '@inzetbaar/db/demo/prng';
import { addDays, addMonths, llo } from '@inzetbaar/domain';
import type { DemoSeedContext } from '../../platform/demo-context';
import { escoTaxonomy } from '../../platform/reference-data/esco';
import { DEMO_CATALOGUE_FILE } from './reference-data';
import { findLearningItemByCode } from './repo/catalogue.repo';
import { applyCatalogueRows, readCatalogueFile } from './services/import-catalogue';

/*
 * LLO demo data for Zorggroep De Linde, deterministic and relative to today:
 *  - a budget rule (€1,500 and 24 hours a year, kept one year, pro rata by hours) from two years ago;
 *  - the made-up catalogue of data/learning/demo-catalogue.csv, two internal roles, an own skill and
 *    a made-up sector fund entry;
 *  - skills profiles from people's ESCO occupations (some confirmed by the manager);
 *  - development talks, most held and confirmed with a shared five-year ambition, some planned with
 *    a preparation that is still private;
 *  - learning requests in every state, and certificates (BHV, VCA, NEN 3140) some of which expire soon.
 * The demo employee keeps open suggestions, a planned talk and no pending request, for the journey
 * in e2e/llo.spec.ts.
 */

const AMBITIONS = [
  'Over vijf jaar werk ik als wijkverpleegkundige, met meer regie over de zorg die ik geef.',
  'Ik wil doorgroeien naar een rol als werkbegeleider en nieuwe collega’s opleiden.',
  'Ik wil mijn vak blijven doen, maar met minder nachtdiensten en meer tijd voor palliatieve zorg.',
  'Over vijf jaar wil ik teamleider zijn, of in elk geval meer coördinerende taken hebben.',
  'Ik wil me specialiseren in dementiezorg en aandachtsvelder worden.',
  'Ik wil meer met zorgtechnologie doen: beeldzorg en e-health invoeren in ons team.',
  'Ik werk graag hier; over vijf jaar wil ik vooral gezond en met plezier hetzelfde werk doen.',
];
const WORK = [
  'De werkdruk is hoog in de ochtenddiensten.',
  'Het werk is goed te doen.',
  'Veel wisselende collega’s.',
];
const HEALTH = [
  'Ik voel me fit.',
  'Na drukke weken ben ik moe; meer herstel tussen diensten helpt.',
  'Goed.',
];
const EMAIL = (local: string) => `${local}@demo.inzetbaar.nl`;
const ESCO = 'http://data.europa.eu/esco/skill/';

export async function seedLloDemo(ctx: DemoSeedContext) {
  const { tx, organizationId, today, demo } = ctx;
  const rng = createRng(1313);
  const year = Number(today.slice(0, 4));
  const personOf = (email: string) => {
    const key = demo.accounts.find((a) => a.email === EMAIL(email))?.personKey;
    const id = key ? ctx.personIds.get(key) : undefined;
    if (!id) throw new Error(`demo person ${email} missing`);
    return id;
  };
  const medewerker = personOf('medewerker');
  const manager = personOf('manager');
  const hr = personOf('hr');

  // ── rules, catalogue, roles, own skill, fund ──
  await tx.insert(schema.lloBudgetRules).values({
    organizationId,
    name: 'Persoonlijk ontwikkelbudget (organisatieregeling, voorbeeld)',
    fromYear: year - 2,
    moneyPerYearCents: 150_000,
    hoursPerYear: 24,
    carryOverYears: 1,
    proRata: 'hours',
    maxPerActivityCents: 500_000,
  });
  const rows = await readCatalogueFile(tx, organizationId, {
    name: 'demo-catalogue.csv',
    data: new Uint8Array(readFileSync(DEMO_CATALOGUE_FILE)),
  });
  await applyCatalogueRows(tx, organizationId, rows);
  const item = async (code: string) => {
    const found = await findLearningItemByCode(tx, organizationId, code);
    if (!found) throw new Error(`demo catalogue item ${code} missing`);
    return found;
  };
  await tx.insert(schema.lloInternalRoles).values([
    {
      organizationId,
      name: 'Werkbegeleider BBL-leerlingen',
      description: 'Begeleidt leerlingen op de werkvloer en beoordeelt hun praktijkopdrachten.',
      skills: [
        { ref: `${ESCO}4be3c34e-47ba-4881-ac74-8bd244e0b04c`, level: 2 },
        { ref: `${ESCO}a584a638-a2c0-4b3c-bdf3-a64f87225be9`, level: 3 },
      ],
    },
    {
      organizationId,
      name: 'Aandachtsvelder palliatieve zorg',
      description: 'Vraagbaak voor het team over zorg in de laatste levensfase.',
      skills: [
        { ref: `${ESCO}c5a80bb0-31e6-4de0-868c-00a0f9b88b47`, level: 3 },
        { ref: `${ESCO}2475cd27-8d6c-4318-a364-21395b23acba`, level: 3 },
      ],
    },
  ]);
  await tx.insert(schema.lloCustomSkills).values({
    organizationId,
    name: 'Rapporteren in ons zorgdossier',
    description: 'Volgens de afspraken van De Linde rapporteren in het elektronisch cliëntdossier.',
    escoSkillUri: `${ESCO}a46743b7-ff8c-49b6-99f7-7fa5bc241771`,
  });
  await tx.insert(schema.lloFundingSchemes).values({
    organizationId,
    definition: {
      name: 'Sectorfonds zorg en welzijn (voorbeeld, fictief)',
      summary:
        'Een verzonnen O&O-fonds om te laten zien hoe een eigen fonds werkt: 50% van scholingskosten, tot €1.000 per persoon.',
      administrator: 'Sectorfonds Voorbeeld',
      validFrom: `${year - 1}-01-01`,
      validUntil: `${year + 2}-01-01`,
      activities: ['course', 'workplace_learning'],
      ratePercent: 50,
      maxPerPersonCents: 100_000,
      maxSubsidyCents: null,
      minSubsidyCents: null,
      maxStaff: null,
      requirements: ['Aanvragen vóór de start van de opleiding.', 'Alleen voor werknemers onder de cao.'],
      source: 'Voorbeeld voor de demo; geen echt fonds.',
    },
  });

  // ── people: skills, talks, requests, certificates ──
  const t = escoTaxonomy();
  const active = demo.employments.filter((e) => !e.endDate || e.endDate >= today);
  const skillRows: (typeof schema.lloProfileSkills.$inferInsert)[] = [];
  const talkRows: (typeof schema.lloTalks.$inferInsert & { id: string })[] = [];
  const prepRows: (typeof schema.lloTalkPreparations.$inferInsert)[] = [];
  const requestRows: (typeof schema.lloRequests.$inferInsert)[] = [];
  const certRows: (typeof schema.lloCertificates.$inferInsert)[] = [];
  const courses = await Promise.all(
    ['DL-BHV-H', 'DL-INF', 'DL-ECD', 'DL-TIL', 'DL-PGZ', 'DL-MED', 'DL-DIG', 'DL-PAL', 'DL-INT'].map(item),
  );
  const bhv = await item('DL-BHV');
  const topics = (ambition: string) => ({
    work: rng.pick(WORK),
    health: rng.pick(HEALTH),
    skills: 'Sterk in contact met cliënten; wil beter worden in rapporteren.',
    learning: 'Graag een cursus in mijn vakgebied en meelopen bij collega’s.',
    ambition,
  });

  for (const e of active) {
    const personId = ctx.personIds.get(e.personKey);
    if (!personId) continue;
    const isEmployee = personId === medewerker;
    // skills from the occupation
    const occIndex = e.escoOccupationUri ? t.occupationByUri.get(e.escoOccupationUri) : undefined;
    const occ = occIndex === undefined ? undefined : t.occupations[occIndex];
    if (occ && (isEmployee || rng.chance(0.8))) {
      const take = isEmployee ? occ.essential.slice(0, 4) : occ.essential.filter(() => rng.chance(0.6));
      for (const i of take) {
        const uri = t.skills[i]?.uri;
        if (!uri) continue;
        const confirmed = !isEmployee && rng.chance(0.25);
        const on = addDays(today, -rng.int(20, 400));
        skillRows.push({
          organizationId,
          personId,
          skillRef: uri,
          level: rng.int(1, 3),
          source: confirmed ? 'manager_confirmed' : 'occupation',
          assessedOn: on,
          confirmedOn: confirmed ? on : null,
          confirmedByPersonId: confirmed ? (ctx.personIds.get(e.managerPersonKey ?? '') ?? null) : null,
        });
      }
    }
    // talks: a held and confirmed one for most, a planned one for some
    const managerId = ctx.personIds.get(e.managerPersonKey ?? '') ?? null;
    if (isEmployee || rng.chance(0.7)) {
      const heldOn = isEmployee ? addMonths(today, -11) : addDays(today, -rng.int(30, 330));
      const id = crypto.randomUUID();
      const ambition = isEmployee ? (AMBITIONS[0] as string) : rng.pick(AMBITIONS);
      const confirmedAt = new Date(`${addDays(heldOn, 3)}T10:00:00Z`);
      talkRows.push({
        id,
        organizationId,
        personId,
        managerPersonId: managerId,
        plannedOn: heldOn,
        heldOn,
        notes: {
          work: 'Besproken: roosterwensen en de drukte in de ochtend.',
          health: 'Voelt zich goed; let op herstel na drukke weken.',
          skills: 'Sterk in cliëntcontact.',
          learning: 'Volgt dit jaar een cursus uit de catalogus.',
          ambition,
        },
        agreements: [
          {
            id: crypto.randomUUID(),
            text: 'Een cursus uit de catalogus aanvragen.',
            owner: 'employee',
            dueOn: addMonths(heldOn, 3),
          },
          {
            id: crypto.randomUUID(),
            text: 'Rooster bespreken in het teamoverleg.',
            owner: 'manager',
            dueOn: addMonths(heldOn, 1),
          },
        ],
        employeeConfirmedAt: confirmedAt,
        managerConfirmedAt: managerId ? confirmedAt : null,
        managerConfirmedByPersonId: managerId,
        version: 4,
      });
      prepRows.push({
        organizationId,
        talkId: id,
        personId,
        answers: topics(ambition),
        sharedAt: new Date(`${addDays(heldOn, -2)}T09:00:00Z`),
      });
    }
    if (isEmployee || rng.chance(0.15)) {
      const id = crypto.randomUUID();
      talkRows.push({
        id,
        organizationId,
        personId,
        managerPersonId: isEmployee ? manager : managerId,
        plannedOn: addDays(today, isEmployee ? 21 : rng.int(7, 60)),
        notes: { work: '', health: '', skills: '', learning: '', ambition: '' },
        agreements: [],
      });
      // a preparation the employee has not shared: the manager sees nothing of it
      if (!isEmployee)
        prepRows.push({ organizationId, talkId: id, personId, answers: topics(rng.pick(AMBITIONS)) });
    }
    // requests
    if (isEmployee) {
      const completedOn = addMonths(today, -10);
      requestRows.push({
        organizationId,
        personId,
        learningItemId: bhv.id,
        title: bhv.title,
        kind: bhv.kind,
        provider: bhv.provider,
        costCents: bhv.costCents,
        hours: bhv.durationHours,
        startOn: addDays(completedOn, -1),
        motivation: 'Ik wil BHV’er worden voor ons wijkteam.',
        skills: bhv.skills,
        certificateType: bhv.certificateType,
        status: 'completed',
        budgetYear: Number(addDays(completedOn, -1).slice(0, 4)),
        decidedByPersonId: manager,
        decidedOn: addDays(completedOn, -30),
        completedOn,
        actualCostCents: bhv.costCents,
        actualHours: bhv.durationHours,
      });
      // its BHV certificate expires within the warning window
      certRows.push({
        organizationId,
        personId,
        type: 'bhv',
        name: 'Bedrijfshulpverlening (BHV)',
        issuer: bhv.provider,
        obtainedOn: completedOn,
        expiresOn: addDays(today, 25),
      });
      continue;
    }
    const roll = rng.next();
    const course = rng.pick(courses);
    const base = {
      organizationId,
      personId,
      learningItemId: course.id,
      title: course.title,
      kind: course.kind,
      provider: course.provider,
      costCents: course.costCents,
      hours: course.durationHours,
      skills: course.skills,
      certificateType: course.certificateType,
      motivation: 'Past bij de afspraken uit mijn ontwikkelgesprek.',
    };
    if (roll < 0.45) {
      const completedOn = addDays(today, -rng.int(15, 330));
      requestRows.push({
        ...base,
        startOn: addDays(completedOn, -7),
        status: 'completed',
        budgetYear: Number(addDays(completedOn, -7).slice(0, 4)),
        decidedByPersonId: managerId ?? hr,
        decidedOn: addDays(completedOn, -30),
        completedOn,
        actualCostCents: course.costCents,
        actualHours: course.durationHours,
      });
      for (const s of course.skills)
        if (!skillRows.some((r) => r.personId === personId && r.skillRef === s.ref))
          skillRows.push({
            organizationId,
            personId,
            skillRef: s.ref,
            level: s.level,
            source: 'learning',
            assessedOn: completedOn,
          });
    } else if (roll < 0.55) {
      const startOn = addDays(today, rng.int(10, 90));
      requestRows.push({
        ...base,
        startOn,
        status: 'approved',
        budgetYear: Number(startOn.slice(0, 4)),
        decidedByPersonId: managerId ?? hr,
        decidedOn: addDays(today, -rng.int(1, 20)),
      });
    } else if (roll < 0.62 || (e.unitKey === 'wijkteam-noord' && roll < 0.8)) {
      requestRows.push({ ...base, startOn: addDays(today, rng.int(20, 120)), status: 'submitted' });
    } else if (roll < 0.65) {
      requestRows.push({
        ...base,
        status: 'declined',
        decidedByPersonId: managerId ?? hr,
        decidedOn: addDays(today, -rng.int(5, 100)),
        decisionReason: 'Niet nu: eerst de verplichte scholing van dit jaar afronden.',
      });
    } else if (roll < 0.67) {
      requestRows.push({ ...base, status: 'cancelled' });
    }
    // certificates: BHV for about a quarter, some close to expiry
    if (rng.chance(0.25)) {
      const obtainedOn = addDays(today, -rng.int(200, 400));
      certRows.push({
        organizationId,
        personId,
        type: 'bhv',
        name: 'Bedrijfshulpverlening (BHV)',
        issuer: 'Opleidingshuis De Linde',
        obtainedOn,
        expiresOn: llo.suggestedExpiry(obtainedOn, 12),
      });
    }
    if (e.jobTitle.toLowerCase().includes('technisch') || e.jobTitle.toLowerCase().includes('facilit')) {
      const obtainedOn = addDays(today, -rng.int(300, 3600));
      certRows.push({
        organizationId,
        personId,
        type: 'vca-basis',
        name: 'VCA Basis (B-VCA)',
        issuer: 'Veiligheidsinstituut Voorbeeld',
        obtainedOn,
        expiresOn: llo.suggestedExpiry(obtainedOn, 120),
      });
      certRows.push({
        organizationId,
        personId,
        type: 'nen3140-vop',
        name: 'NEN 3140 voldoende onderricht persoon (VOP)',
        issuer: 'Veiligheidsinstituut Voorbeeld',
        obtainedOn,
        expiresOn: addDays(today, rng.int(-10, 200)),
      });
    }
  }
  await insertChunked(tx, schema.lloProfileSkills, skillRows);
  await insertChunked(tx, schema.lloTalks, talkRows);
  await insertChunked(tx, schema.lloTalkPreparations, prepRows);
  await insertChunked(tx, schema.lloRequests, requestRows);
  await insertChunked(tx, schema.lloCertificates, certRows);

  // the demo employee's POP: from verzorgende IG towards nurse
  const shadowing = await item('DL-MEE');
  const nursing = await item('DL-VPK');
  await tx.insert(schema.lloPopGoals).values({
    organizationId,
    personId: medewerker,
    title: 'Doorgroeien naar verpleegkundige',
    description: 'Binnen drie jaar het mbo-diploma verpleegkunde halen, naast mijn werk in de wijk.',
    targetKind: 'occupation',
    targetOccupationUri: 'http://data.europa.eu/esco/occupation/8d3e8aaa-791b-4c75-a465-f3f827028f50',
    deadline: addMonths(today, 36),
    actions: [
      {
        id: crypto.randomUUID(),
        text: 'Twee diensten meelopen met de wijkverpleegkundige',
        dueOn: addMonths(today, -2),
        doneOn: addMonths(today, -3),
        learningItemId: shadowing.id,
      },
      {
        id: crypto.randomUUID(),
        text: 'Aanmelden voor de BBL-opleiding verpleegkunde',
        dueOn: addMonths(today, 4),
        doneOn: null,
        learningItemId: nursing.id,
      },
      {
        id: crypto.randomUUID(),
        text: 'Medicatieveiligheid opfrissen',
        dueOn: addMonths(today, 2),
        doneOn: null,
        learningItemId: null,
      },
    ],
  });
  return {
    skills: skillRows.length,
    talks: talkRows.length,
    requests: requestRows.length,
    certificates: certRows.length,
  };
}

async function insertChunked<T extends Record<string, unknown>>(
  tx: DemoSeedContext['tx'],
  table: Parameters<DemoSeedContext['tx']['insert']>[0],
  rows: readonly T[],
) {
  for (let i = 0; i < rows.length; i += 500) await tx.insert(table).values(rows.slice(i, i + 500) as never);
}
