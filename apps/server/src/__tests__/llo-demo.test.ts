import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signIn } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../platform/demo/demo-accounts';
import { seedDemo } from '../platform/demo/seed-demo';

const TODAY = '2026-05-13';
let t: TestApp;
const cookies: Record<string, string> = {};
const ids: Record<string, string> = {};
beforeAll(async () => {
  t = await createTestApp({ isolated: true });
  t.clock.set(new Date(`${TODAY}T10:00:00Z`));
  await seedDemo(t.deps);
  for (const who of ['medewerker', 'manager', 'hr', 'or']) {
    cookies[who] = await signIn(t, `${who}@demo.inzetbaar.nl`, DEMO_PASSWORD);
    ids[who] = (await (await api(t, '/api/v1/me', { cookie: cookies[who] })).json()).personId;
  }
}, 180_000);
afterAll(() => t.close());

describe('LLO demo data (Zorggroep De Linde)', () => {
  it('gives the demo employee a profile with open suggestions, a planned talk, a POP and an expiring certificate', async () => {
    const me = ids.medewerker as string;
    const profile = await (
      await api(t, `/api/v1/people/${me}/skills`, { cookie: cookies.medewerker })
    ).json();
    expect(profile.occupation.title).toBe('thuiszorgmedewerker');
    expect(profile.skills.length).toBeGreaterThanOrEqual(4);
    expect(profile.suggestions.length).toBeGreaterThan(10);
    const talks = await (await api(t, `/api/v1/people/${me}/talks`, { cookie: cookies.medewerker })).json();
    expect(talks.items.map((x: { state: string }) => x.state).sort()).toEqual(['confirmed', 'planned']);
    expect(
      talks.items.find((x: { state: string }) => x.state === 'confirmed').preparation.answers.ambition,
    ).toMatch(/vijf jaar/);
    const pop = await (await api(t, `/api/v1/people/${me}/pop-goals`, { cookie: cookies.medewerker })).json();
    expect(pop.items[0]).toMatchObject({ title: 'Doorgroeien naar verpleegkundige', progressPercent: 33 });
    expect(pop.items[0].suggestedItems.length).toBeGreaterThan(0);
    const certs = await (
      await api(t, `/api/v1/people/${me}/certificates`, { cookie: cookies.medewerker })
    ).json();
    expect(certs.items[0]).toMatchObject({ type: 'bhv', status: 'expiring', daysLeft: 25 });
    const budget = await (await api(t, `/api/v1/people/${me}/budget`, { cookie: cookies.medewerker })).json();
    expect(budget.ruleName).toMatch(/voorbeeld/);
    expect(budget.years.at(-1).money.available).toBeGreaterThan(0);
  });

  it('gives the manager submitted requests of the team to decide, and requests in every state overall', async () => {
    const mine = await (
      await api(t, '/api/v1/llo/learning-requests?status=submitted', { cookie: cookies.manager })
    ).json();
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((r: { canDecide: boolean }) => r.canDecide)).toBe(true);
    const all = await (await api(t, '/api/v1/llo/learning-requests', { cookie: cookies.hr })).json();
    expect(new Set(all.items.map((r: { status: string }) => r.status))).toEqual(
      new Set(['submitted', 'approved', 'declined', 'cancelled', 'completed']),
    );
    const catalogue = await (
      await api(t, '/api/v1/llo/learning-items', { cookie: cookies.medewerker })
    ).json();
    expect(catalogue.items).toHaveLength(20);
    const expiring = await (
      await api(t, '/api/v1/llo/certificates/expiring', { cookie: cookies.manager })
    ).json();
    expect(expiring.items.length).toBeGreaterThan(0);
  });

  it('keeps the unshared preparation of planned talks from HR', async () => {
    const requests = await (await api(t, '/api/v1/people?pageSize=200', { cookie: cookies.hr })).json();
    let privateSeen = 0;
    for (const p of requests.items.slice(0, 80)) {
      const talks = await (await api(t, `/api/v1/people/${p.id}/talks`, { cookie: cookies.hr })).json();
      for (const x of talks.items) if (x.state === 'planned') expect(x.preparation).toBeNull();
      privateSeen += talks.items.filter((x: { state: string }) => x.state === 'planned').length;
    }
    expect(privateSeen).toBeGreaterThan(0);
  });

  it('shows the works council aggregates with small units hidden', async () => {
    const d = await (await api(t, '/api/v1/llo/dashboard', { cookie: cookies.or })).json();
    expect(d.minGroupSize).toBe(10);
    expect(d.organization.figures.people).toBeGreaterThan(200);
    expect(d.organization.figures.participationPercent).toBeGreaterThan(20);
    expect(d.organization.figures.talkPercent).toBeGreaterThan(50);
    const hidden = d.units.filter((u: { suppressed: boolean }) => u.suppressed);
    const shown = d.units.filter((u: { suppressed: boolean }) => !u.suppressed);
    expect(shown.length).toBeGreaterThan(0);
    // what is hidden is hidden entirely, and never a single small group on its own
    for (const u of hidden) expect(u.figures).toBeNull();
    expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
  });
});
