import { type DbOrTx, schema } from '@inzetbaar/db';
import type { DemoOrganizationData } from '@inzetbaar/db/demo/demo-types';
import { createRng } from '@inzetbaar/db/demo/prng';
import { addDays, daysBetween } from '@inzetbaar/domain';
import { buildCases } from '@inzetbaar/domain/poortwachter/index';
import { insertMedicalNote } from './repo/medical.repo';
import { rulesFor, timelineOf } from './services/absence-timeline';

/*
 * Two years of absence history for the demo organisation (Zorggroep De Linde), deterministic and
 * relative to today, so every absence screen has something true to show:
 *  - short flu spells and some middle-long absences across the organisation (about CBS healthcare level);
 *  - long cases at different Poortwachter stages: one past week 6 without a probleemanalyse
 *    (overdue) in Wijkteam Noord — the demo manager's unit —, one around week 40 with partial
 *    return to work, one in year 2 with spoor 2 started;
 *  - a relapse within 28 days (one case, "duurzame werkhervatting" signal);
 *  - 4 frequent absentees (3–4 reports in the last 12 months);
 *  - a vangnet case (Ziektewet safety net: sick reports marked "vangnet applies" — never which
 *    one — with the UWV vangnet report done) and a mixed case where a vangnet spell follows
 *    ordinary sickness within 28 days (one case, samentelregel);
 *  - the demo employee (medewerker@) with a past short absence.
 * Only AP-allowed fields on the reports; the medical note and the capabilities are written as the
 * demo bedrijfsarts.
 */

type Spell = {
  start: string;
  end: string | null;
  safetyNet?: boolean;
  workFrom?: { from: string; workPercentage: number };
};
type Scenario = {
  spells: Spell[];
  /** Task milestones NOT to mark done even if their due date has passed. */
  leaveOpen?: string[];
  plan?: boolean;
  capabilities?: boolean;
  spoor2Started?: boolean;
};

const EMAIL = (local: string) => `${local}@demo.inzetbaar.nl`;

export async function seedAbsenceDemo(
  tx: DbOrTx,
  p: { organizationId: string; today: string; demo: DemoOrganizationData; personIds: Map<string, string> },
) {
  const { organizationId, today, demo, personIds } = p;
  const rng = createRng(20_260_303);
  const idOf = (key: string) => personIds.get(key) as string;
  const accountKey = (local: string) => demo.accounts.find((a) => a.email === EMAIL(local))?.personKey;
  const hrKey = accountKey('hr');
  const physicianKey = accountKey('bedrijfsarts');
  const employeeKey = accountKey('medewerker');
  const accountKeys = new Set(demo.accounts.map((a) => a.personKey));
  const employmentsOf = new Map<string, { startDate: string; endDate: string | null; unitKey: string }[]>();
  for (const e of demo.employments)
    employmentsOf.set(e.personKey, [...(employmentsOf.get(e.personKey) ?? []), e]);
  const employedOn = (key: string, day: string) =>
    (employmentsOf.get(key) ?? []).some((e) => e.startDate <= day && (!e.endDate || e.endDate >= day));
  const from = addDays(today, -730);
  // people employed the whole two years and still employed: the scenarios need a stable history
  const stable = demo.persons
    .map((x) => x.key)
    .filter((k) => !accountKeys.has(k) && employedOn(k, addDays(from, -30)) && employedOn(k, today))
    .sort();
  const inUnit = (unitKey: string) =>
    stable.filter((k) => (employmentsOf.get(k) ?? []).some((e) => e.unitKey === unitKey && !e.endDate));

  const scenarios = new Map<string, Scenario>();
  const take = (candidates: string[]) => {
    const k = candidates.find((c) => !scenarios.has(c));
    if (!k) throw new Error('seedAbsenceDemo: not enough people for the scenarios');
    return k;
  };
  // 1. Wijkteam Noord (the demo manager's unit): sick for 7½ weeks, no probleemanalyse yet → overdue.
  scenarios.set(take(inUnit('wijkteam-noord')), {
    spells: [{ start: addDays(today, -52), end: null }],
    leaveOpen: ['probleemanalyse', 'plan_van_aanpak'],
  });
  // 2. Around week 40: plan van aanpak, evaluations, 50 % back at work since week 20.
  const w40 = addDays(today, -(39 * 7 + 3));
  scenarios.set(take(stable.slice(40)), {
    spells: [{ start: w40, end: null, workFrom: { from: addDays(w40, 19 * 7), workPercentage: 50 } }],
    plan: true,
    capabilities: true,
  });
  // 3. Year 2 (week 70): 42e-weeksmelding and eerstejaarsevaluatie done, spoor 2 started.
  const w70 = addDays(today, -(69 * 7 + 2));
  scenarios.set(take(stable.slice(90)), {
    spells: [{ start: w70, end: null, workFrom: { from: addDays(w70, 30 * 7), workPercentage: 20 } }],
    plan: true,
    capabilities: true,
    spoor2Started: true,
  });
  // 4. Relapse within 28 days: 9 weeks sick, 2 weeks back, 3 weeks sick again (one case).
  const r1 = addDays(today, -260);
  scenarios.set(take(stable.slice(130)), {
    spells: [
      { start: r1, end: addDays(r1, 62) },
      { start: addDays(r1, 77), end: addDays(r1, 97) },
    ],
    plan: true,
    capabilities: true,
  });
  // 5. Frequent absentees: 3–4 short spells in the last 12 months.
  for (const [i, offsets] of [
    [300, 170, 60],
    [330, 220, 120, 30],
    [280, 150, 20],
    [350, 240, 130, 70],
  ].entries()) {
    scenarios.set(take(stable.slice(20 + i * 37)), {
      spells: offsets.map((o, j) => ({
        start: addDays(today, -o),
        end: addDays(today, -o + 1 + ((i + j) % 4)),
      })),
    });
  }
  // 6. Vangnet sickness a year ago, 30 days (the vangnet report to UWV was done, no 42e-weeksmelding).
  scenarios.set(take(stable.slice(160)), {
    spells: [{ start: addDays(today, -400), end: addDays(today, -371), safetyNet: true }],
  });
  // 6b. Ordinary sickness, 12 days fit, then a vangnet spell that is still running: one case on one
  // 104-week clock (art. 7:629 lid 10 BW), with the vangnet report to UWV still to do.
  const v1 = addDays(today, -47);
  scenarios.set(take(stable.slice(100)), {
    spells: [
      { start: v1, end: addDays(v1, 13) },
      { start: addDays(v1, 26), end: null, safetyNet: true },
    ],
  });
  // 7. The demo employee: a short absence six weeks ago.
  if (employeeKey)
    scenarios.set(employeeKey, { spells: [{ start: addDays(today, -45), end: addDays(today, -41) }] });

  // Everyone else: random history — mostly short flu spells, some middle-long absences.
  for (const x of demo.persons) {
    if (scenarios.has(x.key) || accountKeys.has(x.key) || !(employmentsOf.get(x.key) ?? []).length) continue;
    const spells: Spell[] = [];
    let day = addDays(from, rng.int(0, 200));
    for (;;) {
      if (day > today) break;
      const length = rng.weighted<number>([
        [rng.int(1, 5), 55],
        [rng.int(6, 14), 24],
        [rng.int(15, 60), 15],
        [rng.int(61, 200), 8],
      ]);
      const end = addDays(day, length - 1);
      if (employedOn(x.key, day)) spells.push({ start: day, end: end >= today ? null : end });
      if (end >= today) break;
      day = addDays(end, 40 + rng.int(0, 480));
    }
    if (spells.length) scenarios.set(x.key, { spells });
  }

  const physicianId = physicianKey ? idOf(physicianKey) : null;
  const hrId = hrKey ? idOf(hrKey) : null;
  const rules = rulesFor(today);
  let cases = 0;
  let reports = 0;
  for (const [key, scenario] of [...scenarios].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const personId = idOf(key);
    const built = buildCases(
      scenario.spells.map((s) => ({
        start: s.start,
        end: s.end,
        safetyNet: s.safetyNet === true,
      })),
      rules,
    );
    for (const bc of built) {
      const [caseRow] = await tx
        .insert(schema.absenceCases)
        .values({
          organizationId,
          personId,
          firstSickDay: bc.firstSickDay,
          lastSickDay: bc.lastSickDay,
        })
        .returning();
      if (!caseRow) continue;
      cases++;
      const reportRows = [];
      for (const period of bc.periods) {
        const spell = scenario.spells.find((s) => s.start === period.start) as Spell;
        const [row] = await tx
          .insert(schema.absenceReports)
          .values({
            organizationId,
            caseId: caseRow.id,
            personId,
            startDate: period.start,
            endDate: period.end,
            safetyNet: period.safetyNet === true,
            expectedDurationDays: period.end ? Math.min(daysBetween(period.start, period.end) + 1, 730) : 14,
            currentWork: period.end ? null : 'Cliëntbezoeken overgedragen aan collega’s van het team.',
            reportedByPersonId: hrId,
          })
          .returning();
        if (!row) continue;
        reports++;
        reportRows.push(row);
        if (spell.workFrom)
          await tx.insert(schema.absenceRecoverySegments).values({
            organizationId,
            reportId: row.id,
            fromDate: spell.workFrom.from,
            incapacityPercentage: 100 - spell.workFrom.workPercentage,
            createdByPersonId: hrId,
          });
      }
      // Past-due tasks were done on time (two days before the deadline), except the scenario's gaps.
      const timeline = timelineOf(caseRow, reportRows, [], today);
      for (const m of timeline.milestones) {
        if (m.kind !== 'task' || m.status !== 'overdue' || scenario.leaveOpen?.includes(m.key)) continue;
        const doneOn = [addDays(m.due, -2), bc.firstSickDay].sort().at(-1) as string;
        await tx.insert(schema.absenceMilestoneCompletions).values({
          organizationId,
          caseId: caseRow.id,
          key: m.key,
          doneOn,
          documentId: m.key === 'uwv_42e_week_melding' ? `UWV-${doneOn.replaceAll('-', '')}` : null,
          completedByPersonId: m.responsible === 'occupational_physician' ? physicianId : hrId,
        });
        if (m.key.startsWith('evaluatie_'))
          await tx.insert(schema.absenceEvaluations).values({
            organizationId,
            caseId: caseRow.id,
            date: doneOn,
            summary:
              'Voortgang besproken met medewerker en leidinggevende; de opbouw van uren verloopt volgens plan.',
            adjustments: '',
            authorPersonId: hrId,
          });
      }
      if (scenario.plan)
        await tx.insert(schema.absencePlans).values({
          organizationId,
          caseId: caseRow.id,
          goals: 'Terugkeer in het eigen werk als verzorgende, eerst zonder tillen en zonder avonddiensten.',
          agreedActivities:
            'Wekelijks contact met de leidinggevende; opbouw van uren in overleg met de bedrijfsarts.',
          adaptedWork: 'Administratieve taken en zorgplanbesprekingen; geen nachtdiensten.',
          reducedHoursPerWeek: 12,
          casemanagerPersonId: hrId,
          spoor1: 'Aangepast eigen werk met opbouw van uren.',
          spoor2Status: scenario.spoor2Started ? 'started' : 'not_decided',
          spoor2StartedOn: scenario.spoor2Started ? addDays(bc.firstSickDay, 55 * 7) : null,
          spoor2Notes: scenario.spoor2Started
            ? 'Re-integratiebureau ingeschakeld voor een passende functie buiten de organisatie.'
            : '',
          agreedOn: addDays(bc.firstSickDay, 7 * 7 + 3),
        });
      if (scenario.capabilities) {
        await tx.insert(schema.workCapabilities).values({
          organizationId,
          caseId: caseRow.id,
          personId,
          authorPersonId: physicianId,
          validFrom: addDays(bc.firstSickDay, 5 * 7),
          limitations: 'Niet tillen boven 10 kg; niet langer dan 1 uur achtereen staan; geen nachtdiensten.',
          possibilities: 'Zittend werk, licht fysiek werk, overleg en administratie; 4 uur per dag.',
          workAdvice: 'Start met 3 × 4 uur per week in aangepast werk; na 6 weken evalueren en uitbreiden.',
          prognosis: 'Gedeeltelijke terugkeer binnen 3 maanden verwacht.',
        });
        await insertMedicalNote(tx, {
          organizationId,
          caseId: caseRow.id,
          personId,
          authorPersonId: physicianId,
          note: 'Spreekuurcontact: klachten stabiel, behandeling loopt. (Demo-notitie, alleen zichtbaar voor de bedrijfsarts.)',
          diagnosisCode: null,
        });
      }
    }
  }
  return { cases, reports };
}
