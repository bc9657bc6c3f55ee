import { createHash } from 'node:crypto';
import { type DbOrTx, schema } from '@inzetbaar/db';
import type { DemoOrganizationData } from '@inzetbaar/db/demo/demo-types';
import { addDays, minDate, rie } from '@inzetbaar/domain';
import { findCatalogue } from './services/arbo-catalogues';
import { hashToken, routeOf } from './services/incident-reports.service';

/*
 * Arbo demo data for Zorggroep De Linde (care, catalogue `zorg`), deterministic and relative to today:
 *  - last year's RI&E, completed, consented by the works council, toetsed and locked, with the risks
 *    that matter in care evaluated (Fine & Kinney or direct) and a plan van aanpak with done, open
 *    and overdue measures;
 *  - a year of reports (two anonymous; two of undesirable behaviour, for the vertrouwenspersoon only —
 *    bullying and sexual harassment) and accidents (one
 *    with a day admission that had to be notified, one commuting accident);
 *  - a PAGO offer, a toolbox meeting with attendance and acknowledgements, and PPE issued.
 * The feedback tokens are derived from the organisation id (a random UUID), so they are not guessable.
 */

const EMAIL = (local: string) => `${local}@demo.inzetbaar.nl`;

type Present = { riskId: string; evaluation: rie.TRiskEvaluation; existing?: string };

const PRESENT: Present[] = [
  {
    riskId: 'psa-werkdruk',
    evaluation: { method: 'direct', priority: 'high' },
    existing: 'Werkoverleg per team, roosterpool',
  },
  {
    riskId: 'psa-agressie',
    evaluation: { method: 'fine_kinney', probability: 3, exposure: 6, effect: 3 },
    existing: 'Meldprocedure agressie',
  },
  {
    riskId: 'zorg-transfers',
    evaluation: { method: 'fine_kinney', probability: 6, exposure: 6, effect: 7 },
    existing: 'Tilliften op de locaties',
  },
  { riskId: 'zorg-agressie', evaluation: { method: 'fine_kinney', probability: 3, exposure: 6, effect: 7 } },
  {
    riskId: 'zorg-prikaccidenten',
    evaluation: { method: 'fine_kinney', probability: 1, exposure: 6, effect: 7 },
    existing: 'Naaldcontainers',
  },
  {
    riskId: 'bhv-ontruiming',
    evaluation: { method: 'fine_kinney', probability: 0.5, exposure: 1, effect: 40 },
  },
  { riskId: 'nacht-rooster', evaluation: { method: 'direct', priority: 'medium' } },
];

export async function seedArboDemo(
  tx: DbOrTx,
  p: {
    organizationId: string;
    today: string;
    demo: DemoOrganizationData;
    personIds: Map<string, string>;
    unitIds: Map<string, string>;
  },
) {
  const { organizationId, today, demo } = p;
  const person = (email: string) => {
    const key = demo.accounts.find((a) => a.email === EMAIL(email))?.personKey;
    const id = key ? p.personIds.get(key) : undefined;
    if (!id) throw new Error(`demo person ${email} missing`);
    return id;
  };
  const unit = (key: string) => p.unitIds.get(key) ?? null;
  const preventie = person('preventie');
  const or = person('or');
  const manager = person('manager');
  const medewerker = person('medewerker');
  const hr = person('hr');
  const catalogue = findCatalogue('zorg');
  if (!catalogue) throw new Error('zorg catalogue missing');
  const year = Number(today.slice(0, 4)) - 1;
  const completedOn = `${year}-10-15`;

  // ── the RI&E of last year ──
  const profileAnswers = {
    'fysieke-belasting-zorg': true,
    'agressie-clienten': true,
    cytostatica: false,
    nachtwerk: true,
  };
  const [assessment] = await tx
    .insert(schema.rieAssessments)
    .values({
      organizationId,
      year,
      catalogueId: catalogue.id,
      catalogueVersion: catalogue.version,
      status: 'locked',
      participants: [
        { personId: preventie, name: 'Preventiemedewerker', role: 'preventiemedewerker' },
        { personId: or, name: 'OR-lid', role: 'ondernemingsraad' },
        { personId: medewerker, name: 'Medewerker wijkzorg', role: 'medewerker' },
        { personId: manager, name: 'Teamleider wijkzorg', role: 'leidinggevende' },
      ],
      profileAnswers,
      completedOn,
      lockedOn: `${year}-12-01`,
      version: 4,
    })
    .returning();
  if (!assessment) throw new Error('demo assessment insert failed');
  const present = new Map(PRESENT.map((x) => [x.riskId, x]));
  for (const { risk } of rie.activeRisks(catalogue, profileAnswers)) {
    const x = present.get(risk.id);
    const fk = x?.evaluation.method === 'fine_kinney' ? rie.evaluateFineKinney(x.evaluation) : null;
    await tx.insert(schema.rieAnswers).values({
      organizationId,
      assessmentId: assessment.id,
      riskId: risk.id,
      answer: x ? 'no' : 'yes',
      existingMeasures: x?.existing ?? null,
      evaluationMethod: x ? x.evaluation.method : null,
      ...(x?.evaluation.method === 'fine_kinney'
        ? {
            probability: x.evaluation.probability,
            exposure: x.evaluation.exposure,
            effect: x.evaluation.effect,
          }
        : {}),
      score: fk?.score ?? null,
      riskClass: fk?.riskClass ?? null,
      priority: x ? rie.riskPriority(risk, x.evaluation) : null,
    });
  }

  // ── plan van aanpak: done, open, overdue ──
  const measures = [
    {
      riskId: 'zorg-transfers',
      description: 'Plafondliften plaatsen in de zes zwaarste kamers van Locatie De Linde',
      level: 'bron',
      owner: manager,
      due: addDays(today, -40),
      budget: 48000,
      status: 'in_progress',
    },
    {
      riskId: 'zorg-transfers',
      description: 'Ergocoach per team aanwijzen en opleiden',
      level: 'collectief',
      owner: preventie,
      due: addDays(today, -120),
      status: 'done',
      completedOn: addDays(today, -130),
      check: 'effective',
    },
    {
      riskId: 'psa-werkdruk',
      description: 'Werkdrukonderzoek per team en afspraken in het werkoverleg',
      level: 'collectief',
      owner: hr,
      due: addDays(today, 10),
      status: 'in_progress',
    },
    {
      riskId: 'psa-agressie',
      description: 'Training omgaan met agressie voor alle wijkteams',
      level: 'individueel',
      owner: manager,
      due: addDays(today, -15),
      budget: 6500,
      status: 'planned',
    },
    {
      riskId: 'zorg-agressie',
      description: 'Alarmknop voor alleenwerkenden in de avond- en nachtdienst',
      level: 'collectief',
      owner: preventie,
      due: addDays(today, 45),
      budget: 3200,
      status: 'planned',
    },
    {
      riskId: 'zorg-prikaccidenten',
      description: 'Overstappen op naalden met veiligheidsmechanisme',
      level: 'bron',
      owner: preventie,
      due: addDays(today, -200),
      status: 'done',
      completedOn: addDays(today, -210),
      check: 'partly_effective',
    },
    {
      riskId: 'bhv-ontruiming',
      description: 'Ontruimingsoefening per locatie',
      level: 'collectief',
      owner: preventie,
      due: addDays(today, 120),
      status: 'planned',
    },
    {
      riskId: 'nacht-rooster',
      description: 'Roosterregel: maximaal drie nachtdiensten achter elkaar',
      level: 'bron',
      owner: hr,
      due: addDays(today, -60),
      status: 'done',
      completedOn: addDays(today, -70),
    },
  ] as const;
  const measureIds: string[] = [];
  for (const m of measures) {
    const [row] = await tx
      .insert(schema.arboMeasures)
      .values({
        organizationId,
        assessmentId: assessment.id,
        riskId: m.riskId,
        description: m.description,
        level: m.level,
        ownerPersonId: m.owner,
        dueDate: m.due,
        budget: 'budget' in m ? m.budget : null,
        status: m.status,
        completedOn: 'completedOn' in m ? m.completedOn : null,
        ...('check' in m
          ? {
              effectivenessCheckOn: minDate(addDays(m.completedOn, 60), today),
              effectivenessResult: m.check,
            }
          : {}),
      })
      .returning({ id: schema.arboMeasures.id });
    measureIds.push(row?.id as string);
  }
  await tx.insert(schema.rieConsents).values({
    organizationId,
    assessmentId: assessment.id,
    decision: 'consented',
    decidedOn: `${year}-11-20`,
    notes: 'Instemming in de OR-vergadering, met het verzoek de agressietraining voorrang te geven.',
    recordedByPersonId: or,
  });
  // Since 1 Jul 2022 the toets is split: a systeemtoets and a scopetoets, here by two experts.
  await tx.insert(schema.rieToetsing).values([
    {
      organizationId,
      assessmentId: assessment.id,
      toetsedOn: `${year}-11-05`,
      expertName: 'Arbodienst Gezond Werk (demo)',
      expertCertification: 'arbodienst',
      expertRegistration: 'KD-DEMO-001',
      scope: 'systeemtoets',
      verdict: 'approved',
      outcome: 'De RI&E is volledig, actueel en betrouwbaar opgezet.',
    },
    {
      organizationId,
      assessmentId: assessment.id,
      toetsedOn: `${year}-11-12`,
      expertName: 'drs. M. de Vries (demo)',
      expertCertification: 'arbeidshygienist',
      expertRegistration: 'AH-DEMO-042',
      scope: 'scopetoets',
      verdict: 'approved_with_remarks',
      outcome: 'Fysieke belasting en agressie met voorrang aanpakken.',
    },
  ]);
  await tx.insert(schema.preventionOfficerRecords).values({
    organizationId,
    personId: preventie,
    appointedOn: `${year - 2}-03-01`,
    worksCouncilConsentOn: `${year - 2}-02-15`,
  });

  // ── a year of reports ──
  const reports = [
    {
      days: -330,
      type: 'unsafe_situation',
      description: 'Tillift op afdeling 2 maakt een krakend geluid bij het heffen.',
      unit: 'locatie-de-linde',
      reporter: medewerker,
      feedback: 'De lift is dezelfde week gekeurd en de motor is vervangen.',
      riskId: 'zorg-transfers',
    },
    {
      days: -250,
      type: 'near_miss',
      description: 'Naald lag naast de container in de badkamer van een cliënt.',
      unit: 'wijkteam-noord',
      reporter: medewerker,
      feedback: 'Besproken in het werkoverleg; extra containers meegegeven.',
      riskId: 'zorg-prikaccidenten',
    },
    {
      days: -190,
      type: 'aggression',
      description: 'Cliënt werd verbaal agressief bij de avondzorg en gooide een kopje.',
      unit: 'wijkteam-noord',
      reporter: manager,
      riskId: 'zorg-agressie',
      measure: 4,
    },
    {
      days: -120,
      type: 'unsafe_situation',
      description: 'Nooduitgang bij de keuken staat regelmatig vol met rolcontainers.',
      unit: 'locatie-het-anker',
      anonymous: true,
      feedback:
        'De rolcontainers hebben een vaste plek gekregen; de facilitair medewerkers controleren dagelijks.',
      riskId: 'bhv-ontruiming',
    },
    {
      days: -75,
      type: 'bullying',
      description: 'Ik word door een collega steeds buitengesloten bij de overdracht.',
      unit: 'locatie-de-linde',
      reporter: person('coach'),
    },
    {
      days: -20,
      type: 'incident',
      description: 'Collega verstapte zich op de natte vloer in de spoelruimte.',
      unit: 'locatie-de-linde',
      reporter: medewerker,
    },
    {
      days: -3,
      type: 'unsafe_situation',
      description: 'Verlichting van de parkeerplaats bij het wijkkantoor is kapot.',
      unit: 'wijkteam-noord',
      reporter: medewerker,
    },
    // Appended (accidents refer to reports by index): the second one for the vertrouwenspersoon.
    {
      days: -40,
      type: 'sexual_harassment',
      description:
        'Een collega maakt in de nachtdienst steeds seksueel getinte opmerkingen en zoekt fysiek contact.',
      unit: 'locatie-het-anker',
      anonymous: true,
    },
  ] as const;
  const reportIds: string[] = [];
  for (const [i, r] of reports.entries()) {
    const anonymous = 'anonymous' in r && r.anonymous;
    const token = createHash('sha256').update(`demo-feedback:${organizationId}:${i}`).digest('base64url');
    const feedback = 'feedback' in r ? r.feedback : null;
    const [row] = await tx
      .insert(schema.incidentReports)
      .values({
        organizationId,
        type: r.type,
        byColleague: false,
        routedTo: routeOf({ type: r.type, byColleague: false }),
        description: r.description,
        unitId: unit(r.unit),
        occurredOn: addDays(today, r.days),
        reportedOn: addDays(today, r.days),
        anonymous,
        reporterPersonId: anonymous || !('reporter' in r) ? null : r.reporter,
        feedbackTokenHash: hashToken(token),
        status: feedback ? 'closed' : r.days > -30 ? 'new' : 'in_progress',
        assessmentId: 'riskId' in r ? assessment.id : null,
        riskId: 'riskId' in r ? r.riskId : null,
        measureId: 'measure' in r ? (measureIds[r.measure] ?? null) : null,
        feedback,
        feedbackOn: feedback ? addDays(today, r.days + 7) : null,
      })
      .returning({ id: schema.incidentReports.id });
    reportIds.push(row?.id as string);
  }

  // ── accidents ──
  const accidents = [
    {
      days: -300,
      unit: 'locatie-de-linde',
      nature: 'Rugletsel bij een transfer zonder tillift',
      consequences: 'Lage rugklachten, fysiotherapie',
      absence: 8,
    },
    {
      days: -160,
      unit: 'wijkteam-noord',
      nature: 'Prikaccident met een gebruikte naald',
      consequences: 'Post-exposure behandeling, geen blijvend letsel',
      absence: 0,
    },
    {
      days: -90,
      unit: 'facilitair',
      nature: 'Val van een trapje bij het vervangen van een lamp',
      consequences: 'Gebroken pols; dagopname voor de operatie',
      absence: 22,
      hospital: 'day_admission',
      reported: -89,
    },
    {
      days: -20,
      unit: 'locatie-de-linde',
      nature: 'Uitglijden op de natte vloer in de spoelruimte',
      consequences: 'Gekneusde heup',
      absence: 4,
      report: 5,
    },
    {
      days: -45,
      unit: 'wijkteam-zuid',
      nature: 'Aanrijding met de fiets op weg naar het werk',
      consequences: 'Schaafwonden',
      absence: 2,
      commuting: true,
    },
  ] as const;
  for (const a of accidents)
    await tx.insert(schema.accidents).values({
      organizationId,
      occurredOn: addDays(today, a.days),
      unitId: unit(a.unit),
      nature: a.nature,
      consequences: a.consequences,
      absenceWorkingDays: a.absence,
      hospitalCare: 'hospital' in a ? a.hospital : 'none',
      commuting: 'commuting' in a,
      reportedToInspectorateOn: 'reported' in a ? addDays(today, a.reported) : null,
      incidentReportId: 'report' in a ? (reportIds[a.report] ?? null) : null,
    });

  // ── PAGO, toolbox meeting, PPE ──
  await tx.insert(schema.healthCheckOffers).values({
    organizationId,
    kind: 'pago',
    offeredOn: addDays(today, -200),
    description: 'PAGO met vragenlijst en spreekuur bij de bedrijfsarts, gericht op rug en nachtwerk',
    invitedCount: 240,
    participantCount: 97,
  });
  const noord = unit('wijkteam-noord');
  const team = demo.employments
    .filter((e) => e.unitKey === 'wijkteam-noord' && !e.endDate)
    .map((e) => p.personIds.get(e.personKey) as string);
  const [toolbox] = await tx
    .insert(schema.safetyInstructions)
    .values({
      organizationId,
      kind: 'toolbox',
      topic: 'Veilig tillen en de actieve tillift',
      givenOn: addDays(today, -35),
      givenBy: 'Ergocoach wijkzorg',
      riskId: 'zorg-transfers',
      unitId: noord,
      validMonths: 12,
    })
    .returning({ id: schema.safetyInstructions.id });
  // everyone but the demo employee attended (so "medewerker@" sees it as missing); most acknowledged
  const attendees = team.filter((id) => id !== medewerker);
  for (const [i, personId] of attendees.entries())
    await tx.insert(schema.instructionAttendance).values({
      organizationId,
      instructionId: toolbox?.id as string,
      personId,
      acknowledgedAt: i % 3 === 2 ? null : new Date(`${addDays(today, -34)}T09:00:00Z`),
    });
  const [prik] = await tx
    .insert(schema.safetyInstructions)
    .values({
      organizationId,
      kind: 'instruction',
      topic: 'Prikaccidenten: voorkomen en wat te doen',
      givenOn: addDays(today, -400),
      givenBy: 'Deskundige infectiepreventie',
      riskId: 'zorg-prikaccidenten',
      unitId: unit('wijkzorg'),
      validMonths: 12,
    })
    .returning({ id: schema.safetyInstructions.id });
  await tx.insert(schema.instructionAttendance).values({
    organizationId,
    instructionId: prik?.id as string,
    personId: medewerker,
    acknowledgedAt: new Date(`${addDays(today, -399)}T09:00:00Z`),
  });
  const ppe = [
    {
      personId: medewerker,
      item: 'Veiligheidsschoenen',
      issuedOn: addDays(today, -380),
      replacementDue: addDays(today, -15),
    },
    {
      personId: medewerker,
      item: 'Persoonlijk alarm (alleenwerken)',
      issuedOn: addDays(today, -90),
      inspectionDue: addDays(today, 90),
    },
    {
      personId: manager,
      item: 'Veiligheidsschoenen',
      issuedOn: addDays(today, -100),
      replacementDue: addDays(today, 265),
    },
  ];
  for (const x of ppe) await tx.insert(schema.ppeIssues).values({ organizationId, ...x });
  return {
    assessmentId: assessment.id,
    measures: measureIds.length,
    reports: reportIds.length,
    accidents: accidents.length,
  };
}
