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
  for (const who of ['preventie', 'medewerker', 'or', 'manager', 'vertrouwenspersoon', 'hr'])
    cookies[who] = await signIn(t, `${who}@demo.inzetbaar.nl`, DEMO_PASSWORD);
}, 120_000);
afterAll(() => t.close());

describe('arbo demo data (Zorggroep De Linde)', () => {
  it('has last year’s RI&E on the care catalogue, completed, consented and locked', async () => {
    const { items } = await (await api(t, '/api/v1/rie-assessments', { cookie: cookies.or })).json();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      year: 2025,
      catalogueId: 'zorg',
      status: 'locked',
      completedOn: '2025-10-15',
    });
    expect(
      items[0].progress.every(
        (p: { answered: number; total: number; evaluated: number }) =>
          p.answered === p.total && p.evaluated === p.answered,
      ),
    ).toBe(true);
    const report = await (
      await api(t, `/api/v1/rie-assessments/${items[0].id}/report`, { cookie: cookies.or })
    ).json();
    expect(report.consents[0]).toMatchObject({ decision: 'consented' });
    const transfers = report.modules
      .flatMap((m: { risks: { riskId: string }[] }) => m.risks)
      .find((r: { riskId: string }) => r.riskId === 'zorg-transfers');
    expect(transfers.answer).toMatchObject({
      answer: 'no',
      score: 252,
      riskClass: 'direct_handelen',
      priority: 'high',
    });
  });

  it('has a plan van aanpak with done, open and overdue measures', async () => {
    const { items } = await (await api(t, '/api/v1/measures', { cookie: cookies.preventie })).json();
    const statuses = new Set(items.map((m: { status: string }) => m.status));
    expect([...statuses].sort()).toEqual(['done', 'in_progress', 'planned']);
    expect(items.filter((m: { overdue: boolean }) => m.overdue).length).toBe(2);
    expect(
      items.filter((m: { overdue: boolean; status: string }) => !m.overdue && m.status !== 'done').length,
    ).toBeGreaterThan(0);
  });

  it('has a year of reports: undesirable behaviour only for the vertrouwenspersoon, the rest for prevention', async () => {
    const { items } = await (await api(t, '/api/v1/incident-reports', { cookie: cookies.preventie })).json();
    expect(items.length).toBe(6);
    expect(items.filter((r: { anonymous: boolean }) => r.anonymous)).toHaveLength(1);
    expect(items.every((r: { routedTo: string }) => r.routedTo === 'prevention')).toBe(true);
    expect(
      items.every((r: { reportedOn: string }) => r.reportedOn >= '2025-05-13' && r.reportedOn <= TODAY),
    ).toBe(true);
    const hr = await (await api(t, '/api/v1/incident-reports', { cookie: cookies.hr })).json();
    expect(hr.items.map((r: { id: string }) => r.id).sort()).toEqual(
      items.map((r: { id: string }) => r.id).sort(),
    );
    const confidential = await (
      await api(t, '/api/v1/incident-reports', { cookie: cookies.vertrouwenspersoon })
    ).json();
    expect(
      confidential.items.map(
        (r: { type: string; routedTo: string; anonymous: boolean; reporterName: string | null }) => [
          r.type,
          r.routedTo,
          r.anonymous,
          r.reporterName,
        ],
      ),
    ).toEqual([
      ['sexual_harassment', 'confidential', true, null],
      ['bullying', 'confidential', false, 'Errol Pinas'],
    ]);
    // the report form of the demo organisation names its vertrouwenspersoon
    const routing = await (
      await api(t, '/api/v1/incident-reports/routing', { cookie: cookies.medewerker })
    ).json();
    expect(routing).toEqual({
      confidentialAdvisers: [{ name: 'Marjolein Kuipers', email: 'vertrouwenspersoon@demo.inzetbaar.nl' }],
    });
    const accidents = await (await api(t, '/api/v1/accidents', { cookie: cookies.preventie })).json();
    expect(
      accidents.items.filter(
        (a: { mustNotifyInspectorateImmediately: boolean }) => a.mustNotifyInspectorateImmediately,
      ),
    ).toHaveLength(1);
    expect(accidents.items.filter((a: { mustRegister: boolean }) => !a.mustRegister).length).toBeGreaterThan(
      0,
    );
    expect(accidents.perUnit.length).toBeGreaterThan(1);
  });

  it('has a toolbox meeting with attendance, and shows the demo employee what is missing and their PPE', async () => {
    const { items } = await (
      await api(t, '/api/v1/safety-instructions', { cookie: cookies.preventie })
    ).json();
    const toolbox = items.find((i: { kind: string }) => i.kind === 'toolbox');
    expect(toolbox.attendees.length).toBeGreaterThan(3);
    expect(toolbox.attendees.some((a: { acknowledgedAt: string | null }) => a.acknowledgedAt === null)).toBe(
      true,
    );
    const mine = await (await api(t, '/api/v1/me/instructions', { cookie: cookies.medewerker })).json();
    expect(mine.instructions.map((i: { state: string }) => i.state).sort()).toEqual(['expired', 'missing']);
    expect(mine.ppe.map((x: { item: string; due: boolean }) => [x.item, x.due])).toEqual([
      ['Persoonlijk alarm (alleenwerken)', false],
      ['Veiligheidsschoenen', true],
    ]);
    expect((await api(t, '/api/v1/incident-reports', { cookie: cookies.manager })).status).toBe(403);
  });
});
