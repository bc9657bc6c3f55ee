import { addDays, addMonths } from '@inzetbaar/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signIn } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../platform/demo/demo-accounts';
import { seedDemo } from '../platform/demo/seed-demo';

const TODAY = '2026-05-13';
let t: TestApp;
const cookies: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp({ isolated: true });
  t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  await seedDemo(t.deps);
  for (const who of ['hr', 'manager', 'medewerker', 'bedrijfsarts', 'or'])
    cookies[who] = await signIn(t, `${who}@demo.inzetbaar.nl`, DEMO_PASSWORD);
}, 120_000);
afterAll(() => t.close());

type Summary = {
  id: string;
  personName: string;
  unitName: string;
  week: number;
  overdue: { key: string }[];
  status: string;
};

describe('absence demo data (Zorggroep De Linde)', () => {
  it('gives the manager an open long case in Wijkteam Noord with an overdue probleemanalyse', async () => {
    const list = await (await api(t, '/api/v1/absences?pageSize=200', { cookie: cookies.manager })).json();
    expect(list.items.every((c: Summary) => c.unitName === 'Wijkteam Noord')).toBe(true);
    const overdue = list.items.find((c: Summary) => c.overdue.some((o) => o.key === 'probleemanalyse'));
    expect(overdue).toMatchObject({ status: 'open', week: 8 });
    // sorted by next deadline: the overdue case comes first
    expect(list.items[0].id).toBe(overdue.id);
  });

  it('has long cases around week 40 and in year 2, with plan, capabilities and spoor 2', async () => {
    const open = (await (await api(t, '/api/v1/absences?pageSize=200', { cookie: cookies.hr })).json())
      .items as Summary[];
    const w40 = open.find((c) => c.week === 40);
    const w70 = open.find((c) => c.week === 70);
    expect(w40 && w70).toBeTruthy();
    const y2 = await (await api(t, `/api/v1/absences/${w70?.id}`, { cookie: cookies.hr })).json();
    expect(y2.plan.spoor2Status).toBe('started');
    expect(y2.capabilities).toHaveLength(1);
    expect(y2.overdue).toEqual([]);
    expect(y2.milestones.find((m: { key: string }) => m.key === 'uwv_42e_week_melding').status).toBe('done');
    expect(y2.workPercentage).toBe(20);
    const forty = await (await api(t, `/api/v1/absences/${w40?.id}`, { cookie: cookies.hr })).json();
    expect(forty.nextDeadline.key).toMatch(/uwv_42e_week_melding|evaluatie_/);
    expect(forty.evaluations.length).toBeGreaterThanOrEqual(4);
    // the physician sees the demo medical note; HR gets 403
    expect(
      (await api(t, `/api/v1/absences/${w40?.id}/medical-notes`, { cookie: cookies.bedrijfsarts })).status,
    ).toBe(200);
    expect((await api(t, `/api/v1/absences/${w40?.id}/medical-notes`, { cookie: cookies.hr })).status).toBe(
      403,
    );
  });

  it('has a relapse within 28 days and frequent absentees among the signals', async () => {
    const s = await (await api(t, '/api/v1/absence-signals', { cookie: cookies.hr })).json();
    expect(s.items.filter((i: { kind: string }) => i.kind === 'relapse').length).toBeGreaterThanOrEqual(1);
    expect(s.items.filter((i: { kind: string }) => i.kind === 'frequent').length).toBeGreaterThanOrEqual(4);
  });

  it('has vangnet cases: one case with ordinary sickness, no vangnet relapse signal', async () => {
    const all: (Summary & { safetyNet: boolean; relapse: boolean; personId: string })[] = [];
    for (let page = 1; ; page++) {
      const res = await (
        await api(t, `/api/v1/absences?status=all&pageSize=200&page=${page}`, { cookie: cookies.hr })
      ).json();
      all.push(...res.items);
      if (all.length >= res.total || res.items.length === 0) break;
    }
    const vangnet = all.filter((c) => c.safetyNet);
    expect(vangnet.map((c) => c.status).sort()).toEqual(['closed', 'open']);
    const byStatus = (status: string) => vangnet.find((c) => c.status === status) as (typeof vangnet)[number];
    const closed = await (
      await api(t, `/api/v1/absences/${byStatus('closed').id}`, { cookie: cookies.hr })
    ).json();
    const keys = closed.milestones.map((m: { key: string }) => m.key);
    expect(keys).toContain('uwv_vangnet_melding');
    expect(keys).not.toContain('uwv_42e_week_melding'); // every report is a vangnet report
    // one case: ordinary 47 … 34 days ago, 12 days fit, vangnet since 21 days ago
    const mixed = await (
      await api(t, `/api/v1/absences/${byStatus('open').id}`, { cookie: cookies.hr })
    ).json();
    expect(mixed.reports.map((r: { safetyNet: boolean }) => r.safetyNet)).toEqual([false, true]);
    expect(mixed).toMatchObject({ firstSickDay: addDays(TODAY, -47), sickDays: 14 + 22, relapse: false });
    // due on the 4th sick day of the vangnet report; the demo did it on time (2 days before)
    expect(mixed.milestones.find((m: { key: string }) => m.key === 'uwv_vangnet_melding')).toMatchObject({
      due: addDays(TODAY, -21 + 3),
      status: 'done',
    });
    const signals = await (await api(t, '/api/v1/absence-signals', { cookie: cookies.hr })).json();
    expect(signals.items.some((i: { personId: string }) => i.personId === mixed.personId)).toBe(false);
  });

  it('gives the demo employee a past short absence of their own', async () => {
    const mine = await (await api(t, '/api/v1/absences?status=all', { cookie: cookies.medewerker })).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0]).toMatchObject({
      status: 'closed',
      firstSickDay: addDays(TODAY, -45),
      lastSickDay: addDays(TODAY, -41),
    });
  });

  it('produces a plausible healthcare absence percentage over the last year, next to the benchmark', async () => {
    const from = addDays(addMonths(TODAY, -12), 1);
    const s = await (
      await api(t, `/api/v1/absence-stats?from=${from}&to=${TODAY}`, { cookie: cookies.or })
    ).json();
    expect(s.totals.employees).toBeGreaterThan(200);
    expect(s.totals.verzuimpercentage).toBeGreaterThan(3);
    expect(s.totals.verzuimpercentage).toBeLessThan(10);
    expect(s.benchmark.sector.percentage).toBeGreaterThan(5);
    expect(s.frequentAbsentees).toBeNull();
  });

  it('is deterministic for a given day', async () => {
    const again = await createTestApp({ isolated: true });
    try {
      again.clock.set(new Date(`${TODAY}T10:00:00Z`));
      await seedDemo(again.deps);
      const hr = await signIn(again, 'hr@demo.inzetbaar.nl', DEMO_PASSWORD);
      const a = (await (
        await api(t, '/api/v1/absences?status=all&pageSize=200', { cookie: cookies.hr })
      ).json()) as { total: number };
      const b = (await (
        await api(again, '/api/v1/absences?status=all&pageSize=200', { cookie: hr })
      ).json()) as { total: number };
      expect(b.total).toBe(a.total);
      expect(a.total).toBeGreaterThan(150);
    } finally {
      await again.close();
    }
    // A second full demo seed: on a busy 2-core machine that takes well over the default 30 s.
  }, 180_000);
});
