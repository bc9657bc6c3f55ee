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
  for (const who of ['hr', 'medewerker', 'manager'])
    cookies[who] = await signIn(t, `${who}@demo.inzetbaar.nl`, DEMO_PASSWORD);
}, 180_000);
afterAll(() => t.close());

describe('vitality demo data (Zorggroep De Linde)', () => {
  it('has two closed campaigns a year apart with about 70 % response', async () => {
    const { items } = await (await api(t, '/api/v1/survey-campaigns', { cookie: cookies.hr })).json();
    expect(items).toHaveLength(2);
    for (const c of items) {
      expect(c.status).toBe('closed');
      expect(c.responses / c.invited).toBeGreaterThan(0.6);
      expect(c.responses / c.invited).toBeLessThan(0.8);
    }
  });

  it('shows realistic results: district teams under work pressure, one unit too small', async () => {
    const { items } = await (await api(t, '/api/v1/survey-campaigns', { cookie: cookies.hr })).json();
    const r = await (
      await api(t, `/api/v1/survey-campaigns/${items[0].id}/results`, { cookie: cookies.hr })
    ).json();
    const named = (name: string) =>
      r.groups.find((g: { name: string; kind: string }) => g.name === name && g.kind === 'unit');
    const noord = named('Wijkteam Noord');
    expect(noord).toBeDefined();
    for (const g of r.groups) expect(g.n).toBeGreaterThanOrEqual(10);
    expect(noord.scales['psa.workload'].mean).toBeGreaterThan(
      named('Facilitair')?.scales['psa.workload'].mean ?? 0,
    );
    expect(r.withheld.map((w: { name: string; reason: string }) => [w.name, w.reason])).toContainEqual([
      'HR',
      'below_k',
    ]);
    expect(r.hotspots.length).toBeGreaterThan(0);
    // sector Q: the CBS comparison is there
    expect(r.attribution).toBe('Bron: CBS StatLine, tabel 83157NED');
  });

  it('has a trend in which Wijkteam Noord improved', async () => {
    const trend = await (
      await api(t, '/api/v1/survey-trends?instrumentId=cbi', { cookie: cookies.hr })
    ).json();
    expect(trend.campaigns).toHaveLength(2);
    const noord = trend.series.find(
      (s: { name: string; scaleKey: string }) => s.name === 'Wijkteam Noord' && s.scaleKey === 'cbi.work',
    );
    expect(noord.points[1].mean).toBeLessThan(noord.points[0].mean);
  });

  it('gives the demo employee their own feedback of this year’s campaign', async () => {
    const { items } = await (await api(t, '/api/v1/my-surveys', { cookie: cookies.medewerker })).json();
    const answered = items.filter((i: { status: string }) => i.status === 'submitted');
    expect(answered.length).toBeGreaterThanOrEqual(1);
    const fb = await api(t, `/api/v1/my-surveys/${answered[0].campaignId}/feedback`, {
      cookie: cookies.medewerker,
    });
    expect(fb.status).toBe(200);
  });

  it('shows intervention uptake only from k', async () => {
    const u = await (await api(t, '/api/v1/interventions/uptake', { cookie: cookies.hr })).json();
    const count = (id: string) =>
      u.items.find((i: { interventionId: string }) => i.interventionId === id).signUps;
    expect(count('fietsplan-en-sport')).toBe(16);
    expect(count('geldzorgen')).toBeNull();
  });
});
