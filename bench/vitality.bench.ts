import { schema } from '@inzetbaar/db';
import { createRng } from '@inzetbaar/db/demo/prng';
import { vitality } from '@inzetbaar/domain';
import type { PgTable } from 'drizzle-orm/pg-core';
import { createUserWithPassword } from '../apps/server/src/auth/create-user';
import { linkPersonToUser } from '../apps/server/src/modules/people/repo/people.repo';
import { insertRoleAssignment } from '../apps/server/src/modules/people/repo/roles.repo';
import { bundledInstruments } from '../apps/server/src/modules/vitaliteit/bundled-data';
import { scalesOf } from '../apps/server/src/modules/vitaliteit/instrument-registry';
import { listCampaignUnits } from '../apps/server/src/modules/vitaliteit/repo/campaigns.repo';
import { respondentCounts, scoreSums } from '../apps/server/src/modules/vitaliteit/repo/results.repo';
import { BENCH_BASE_URL, type Driver, openBenchApp, signIn } from './lib/bench-app';
import { median, round, timed } from './lib/measure';

/*
 * Results of one closed campaign with 10,000 responses over 500 units (issue 12, item 10): the
 * released groups per unit with k, roll-ups and complementary suppression, hotspots and the CBS
 * benchmark, through the API (`GET /survey-campaigns/{id}/results`). Budget: ≤ 300 ms on
 * PostgreSQL, ≤ 1 s on PGlite.
 */
export type VitalityResult = {
  driver: Driver;
  units: number;
  responses: number;
  scoreRows: number;
  seedMs: number;
  /** Every call in order, as in production (no response-schema check); the first is cold. */
  callsMs: number[];
  firstMs: number;
  warmMedianMs: number | null;
  budgetMs: number;
  withinBudget: boolean;
  /** With `breakdown=ageBand` (every released group split over age bands). */
  ageBand: { callsMs: number[]; warmMedianMs: number | null };
  released: { groups: number; withheldBelowK: number; withheldComplementary: number; hotspots: number };
  responseBytes: number;
  /** The same request with the development/test response-schema check (not run in production). */
  withResponseCheck: { callsMs: number[]; warmMedianMs: number | null };
  /** Where the time of one request goes (warm medians of 5): the three queries and the domain. */
  phases: {
    unitsMs: number | null;
    respondentsMs: number | null;
    scoresMs: number | null;
    scoreCells: number;
    domainMs: number | null;
  };
};

const HR_EMAIL = 'hr.vitality-bench@demo.inzetbaar.nl';
const HR_PASSWORD = 'bench-password-not-secret';
const AGE_BANDS = ['<25', '25-34', '35-44', '45-54', '55+'];
const uid = (kind: number, n: number) =>
  `${kind.toString(16).padStart(8, '0')}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * 500 units: the organisation, 20 departments and 479 teams. Team sizes vary (a few people to
 * about fifty), so some teams fall below k and roll up, and some are withheld to stop differencing.
 */
function buildData(unitCount: number, responseCount: number) {
  const rng = createRng(20_261_202);
  const organizationId = uid(1, 1);
  const units: { id: string; parentId: string | null; name: string }[] = [
    { id: uid(2, 0), parentId: null, name: 'Bench-organisatie' },
  ];
  const departments = 20;
  for (let d = 1; d <= departments; d++)
    units.push({ id: uid(2, d), parentId: uid(2, 0), name: `Afdeling ${d}` });
  for (let t = departments + 1; t < unitCount; t++)
    units.push({ id: uid(2, t), parentId: uid(2, 1 + (t % departments)), name: `Team ${t}` });
  const teams = units.slice(1 + departments);
  // weights: most teams middling, some tiny, some big
  const weights = teams.map(() => {
    const r = rng.next();
    return r < 0.15 ? 0.2 + rng.next() * 0.5 : r > 0.9 ? 2 + rng.next() * 2 : 0.7 + rng.next() * 0.8;
  });
  const sum = weights.reduce((a, b) => a + b, 0);
  const cbi = bundledInstruments().get('cbi') as vitality.TInstrument;
  const psa = bundledInstruments().get('psa') as vitality.TInstrument;
  const responses: { unitId: string; ageBand: string; answers: Record<string, Record<string, number>> }[] =
    [];
  teams.forEach((team, i) => {
    const n = Math.round(((weights[i] as number) / sum) * responseCount);
    for (let j = 0; j < n && responses.length < responseCount; j++) {
      const strain = rng.next();
      const pos = (options: number) =>
        Math.max(1, Math.min(options, Math.round(1 + (1 - strain) * (options - 1) + (rng.next() - 0.5) * 2)));
      const answers: Record<string, Record<string, number>> = { cbi: {}, psa: {} };
      for (const item of cbi.items) (answers.cbi as Record<string, number>)[item.id] = pos(5);
      for (const item of psa.items) {
        if (item.responseScale === 'text') continue;
        const scale = psa.responseScales.find((s) => s.id === item.responseScale);
        (answers.psa as Record<string, number>)[item.id] = pos(scale?.options.length ?? 4);
      }
      responses.push({ unitId: team.id, ageBand: rng.pick(AGE_BANDS), answers });
    }
  });
  while (responses.length < responseCount) {
    const last = responses[responses.length - 1];
    if (!last) break;
    responses.push({ ...last, unitId: (teams[responses.length % teams.length] as { id: string }).id });
  }
  return { organizationId, units, responses, instruments: [cbi, psa] };
}

export async function runVitality(opts: {
  driver: Driver;
  units?: number;
  responses?: number;
  calls?: number;
  /** Runs on the seeded database before the timings (profiling). */
  onSeeded?: (
    db: import('@inzetbaar/db').AppDb,
    ids: { organizationId: string; campaignId: string },
  ) => Promise<void>;
}): Promise<VitalityResult> {
  const unitCount = opts.units ?? 500;
  const responseCount = opts.responses ?? 10_000;
  const calls = opts.calls ?? 15;
  const bench = await openBenchApp(opts.driver);
  try {
    const { deps } = bench;
    const data = buildData(unitCount, responseCount);
    const { organizationId } = data;
    const campaignId = uid(3, 1);
    const hrPersonId = uid(4, 1);
    let scoreRows = 0;
    const seeded = await timed(() =>
      deps.db.transaction(async (tx) => {
        const bulk = async <T extends PgTable>(table: T, rows: readonly T['$inferInsert'][]) => {
          for (let i = 0; i < rows.length; i += 1000)
            await tx.insert(table).values(rows.slice(i, i + 1000) as T['$inferInsert'][]);
        };
        await bulk(schema.organizations, [
          { id: organizationId, name: 'Bench vitaliteit', sbiSection: 'Q', sbiDivision: '87' },
        ]);
        await bulk(
          schema.units,
          data.units.map((u) => ({ id: u.id, organizationId, parentId: u.parentId, name: u.name })),
        );
        await bulk(schema.persons, [
          { id: hrPersonId, organizationId, givenName: 'HR', surname: 'Bench', employeeNumber: 'HR-1' },
        ]);
        await bulk(schema.surveyCampaigns, [
          {
            id: campaignId,
            organizationId,
            title: 'Bench: 10.000 antwoorden',
            instrumentKeys: ['cbi', 'psa'],
            unitIds: [],
            opensOn: '2026-10-01',
            closesOn: '2026-10-21',
            status: 'closed',
            minGroupSize: 10,
            closedAt: new Date('2026-10-21T22:00:00Z'),
          },
        ]);
        const invited = new Map<string, number>();
        for (const r of data.responses) invited.set(r.unitId, (invited.get(r.unitId) ?? 0) + 2);
        await bulk(
          schema.surveyCampaignUnits,
          data.units.map((u) => ({
            organizationId,
            campaignId,
            unitId: u.id,
            parentId: u.parentId,
            name: u.name,
            invited: invited.get(u.id) ?? 0,
          })),
        );
        await bulk(
          schema.surveyResponses,
          data.responses.map((r, i) => ({
            organizationId,
            campaignId,
            token: `bench-${i}`,
            unitId: r.unitId,
            ageBand: r.ageBand,
            status: 'submitted' as const,
            answers: r.answers,
          })),
        );
        // the scores as the answering code writes them (record-submission.ts), in bulk
        const scores = data.responses.flatMap((r) =>
          data.instruments.flatMap((instrument) =>
            Object.entries(vitality.scoreInstrument(instrument, r.answers[instrument.id] ?? {})).flatMap(
              ([scale, score]) =>
                score === null
                  ? []
                  : [
                      {
                        organizationId,
                        campaignId,
                        unitId: r.unitId,
                        ageBand: r.ageBand,
                        scaleKey: `${instrument.id}.${scale}`,
                        score,
                      },
                    ],
            ),
          ),
        );
        scoreRows = scores.length;
        await bulk(schema.surveyScores, scores);
        // and the running sums the answering code keeps beside them (respondent.repo.ts)
        const sums = new Map<string, typeof schema.surveyScoreSums.$inferInsert>();
        for (const x of scores) {
          const key = `${x.unitId}|${x.ageBand}|${x.scaleKey}`;
          const cell = sums.get(key);
          if (cell) {
            cell.n += 1;
            cell.sum += x.score;
          } else sums.set(key, { ...x, n: 1, sum: x.score });
        }
        await bulk(
          schema.surveyScoreSums,
          [...sums.values()].map(
            ({ organizationId: o, campaignId: c, unitId, ageBand, scaleKey, n, sum }) => ({
              organizationId: o,
              campaignId: c,
              unitId,
              ageBand,
              scaleKey,
              n,
              sum,
            }),
          ),
        );
      }),
    );
    const user = await createUserWithPassword(deps.auth, {
      email: HR_EMAIL,
      name: 'HR Bench',
      password: HR_PASSWORD,
    });
    await linkPersonToUser(deps.db, organizationId, hrPersonId, user.id);
    await insertRoleAssignment(deps.db, { organizationId, personId: hrPersonId, role: 'hr', unitId: null });
    await opts.onSeeded?.(deps.db, { organizationId, campaignId });
    const phase = async <T>(fn: () => Promise<T> | T) => {
      const ms: number[] = [];
      let value: T | undefined;
      for (let i = 0; i < 6; i++) {
        const t = await timed(fn);
        ms.push(t.ms);
        value = t.value;
      }
      return { ms: median(ms.slice(1)), value: value as T };
    };
    const unitsQ = await phase(async () => {
      const rows = await listCampaignUnits(deps.db, organizationId, [campaignId]);
      return rows;
    });
    const respondentsQ = await phase(() => respondentCounts(deps.db, organizationId, campaignId));
    const scoresQ = await phase(() => scoreSums(deps.db, organizationId, campaignId));
    const scoresByBandQ = await phase(() =>
      scoreSums(deps.db, organizationId, campaignId, { byAgeBand: true }),
    );
    const domainQ = await phase(() =>
      vitality.campaignResults({
        k: 10,
        units: unitsQ.value.map((u) => ({ id: u.unitId, parentId: u.parentId })),
        respondents: respondentsQ.value,
        scores: scoresQ.value,
        scales: scalesOf(data.instruments),
      }),
    );
    const phases = {
      unitsMs: unitsQ.ms,
      respondentsMs: respondentsQ.ms,
      scoresMs: scoresQ.ms,
      scoreCells: scoresQ.value.length,
      scoresByAgeBandMs: scoresByBandQ.ms,
      scoreCellsByAgeBand: scoresByBandQ.value.length,
      domainMs: domainQ.ms,
    };
    console.log('  phases', JSON.stringify(phases));
    const cookie = await signIn(bench.app, HR_EMAIL, HR_PASSWORD);
    const get = async (query: string) => {
      const t = await timed(async () => {
        const res = await bench.app.request(`/api/v1/survey-campaigns/${campaignId}/results${query}`, {
          headers: { Cookie: cookie, Origin: BENCH_BASE_URL, 'X-Organization-Id': organizationId },
        });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`results: ${res.status} ${body.slice(0, 300)}`);
        return body;
      });
      return { ms: round(t.ms), body: t.value };
    };
    // Outside production every JSON response is also checked against its zod schema
    // (platform/http/response-check.ts): measured apart, then switched off as in production.
    const devCallsMs: number[] = [];
    for (let i = 0; i < 4; i++) devCallsMs.push((await get('')).ms);
    (deps.env as { nodeEnv: string }).nodeEnv = 'production';
    const callsMs: number[] = [];
    let body = '';
    for (let i = 0; i < calls; i++) {
      const r = await get('');
      callsMs.push(r.ms);
      body = r.body;
    }
    const ageCalls: number[] = [];
    for (let i = 0; i < Math.max(3, Math.floor(calls / 3)); i++)
      ageCalls.push((await get('?breakdown=ageBand')).ms);
    const parsed = JSON.parse(body) as {
      groups: { cellOf: string | null }[];
      withheld: { reason: string }[];
      hotspots: unknown[];
    };
    const budgetMs = opts.driver === 'postgres' ? 300 : 1000;
    const warmMedianMs = median(callsMs.slice(1));
    return {
      driver: opts.driver,
      units: data.units.length,
      responses: data.responses.length,
      scoreRows,
      seedMs: round(seeded.ms),
      callsMs,
      firstMs: callsMs[0] as number,
      warmMedianMs,
      budgetMs,
      withinBudget: warmMedianMs !== null && warmMedianMs <= budgetMs,
      ageBand: { callsMs: ageCalls, warmMedianMs: median(ageCalls.slice(1)) },
      released: {
        groups: parsed.groups.filter((g) => g.cellOf === null).length,
        withheldBelowK: parsed.withheld.filter((w) => w.reason === 'below_k').length,
        withheldComplementary: parsed.withheld.filter((w) => w.reason === 'complementary').length,
        hotspots: parsed.hotspots.length,
      },
      responseBytes: body.length,
      phases,
      withResponseCheck: { callsMs: devCallsMs, warmMedianMs: median(devCallsMs.slice(1)) },
    };
  } finally {
    await bench.handle.close();
  }
}
