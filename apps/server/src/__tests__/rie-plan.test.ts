import { schema } from '@inzetbaar/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * Issue 16: no complete or locked RI&E while a present risk has no measure with a term in the plan
 * van aanpak (Arbowet art. 5 lid 3), and every member of the organisation reads the locked RI&E.
 */

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T11:00:00Z'));
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const po = () => org.users.prevention_officer.cookie;
const employee = () => org.users.employee.cookie;
const PRESENT = 'psa-agressie';

/** An RI&E of a new unit, every risk answered "yes" except PRESENT ("no", evaluated). */
async function answeredAssessment() {
  const unit = await (
    await api(t, '/api/v1/units', {
      method: 'POST',
      cookie: org.users.hr.cookie,
      body: { name: `RIE ${Math.random()}` },
    })
  ).json();
  const a = await (
    await api(t, '/api/v1/rie-assessments', {
      method: 'POST',
      cookie: po(),
      body: { year: 2026, unitId: unit.id },
    })
  ).json();
  const tree = await (await api(t, `/api/v1/risk-catalogues/${a.catalogueId}`, { cookie: po() })).json();
  const walk = (ms: { risks?: { id: string }[]; modules?: unknown[] }[]): string[] =>
    ms.flatMap((m) => [...(m.risks ?? []).map((r) => r.id), ...walk((m.modules ?? []) as never)]);
  for (const riskId of walk(tree.modules)) {
    const body =
      riskId === PRESENT
        ? {
            riskId,
            answer: 'no',
            evaluation: { method: 'fine_kinney', probability: 3, exposure: 6, effect: 7 },
          }
        : { riskId, answer: 'yes' };
    const res = await api(t, `/api/v1/rie-assessments/${a.id}/answers`, {
      method: 'PUT',
      cookie: po(),
      body,
    });
    expect(res.status).toBe(200);
  }
  return (await (await api(t, `/api/v1/rie-assessments/${a.id}`, { cookie: po() })).json()) as {
    id: string;
    version: number;
    planGaps: unknown[];
  };
}

const setStatus = (id: string, version: number, status: string) =>
  api(t, `/api/v1/rie-assessments/${id}`, { method: 'PATCH', cookie: po(), body: { version, status } });
const addMeasure = async (assessmentId: string, dueDate: string | null) => {
  const res = await api(t, '/api/v1/measures', {
    method: 'POST',
    cookie: po(),
    body: {
      assessmentId,
      riskId: PRESENT,
      description: 'Training omgaan met agressie',
      level: 'collectief',
      dueDate,
    },
  });
  expect(res.status).toBe(201);
  return res.json();
};

describe('the plan van aanpak before an RI&E is final (Arbowet art. 5 lid 3)', () => {
  it('refuses completing while a present risk has no measure, then no term; accepts a dated measure', async () => {
    const a = await answeredAssessment();
    expect(a.planGaps).toEqual([{ riskId: PRESENT, moduleId: 'psa', reason: 'no_measure' }]);
    const none = await setStatus(a.id, a.version, 'complete');
    expect(none.status).toBe(422);
    const problem = await none.json();
    expect(problem).toMatchObject({
      code: 'rie_plan_incomplete',
      errors: [{ field: `risks.${PRESENT}`, code: 'measure_missing' }],
    });
    expect(problem.title).toContain('Arbowet art. 5 lid 3');

    const m = await addMeasure(a.id, null);
    const undated = await setStatus(a.id, a.version, 'complete');
    expect(undated.status).toBe(422);
    expect((await undated.json()).errors).toEqual([
      expect.objectContaining({ field: `risks.${PRESENT}`, code: 'measure_without_due_date' }),
    ]);

    const dated = await api(t, `/api/v1/measures/${m.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: m.version, dueDate: '2026-09-30' },
    });
    expect(dated.status).toBe(200);
    const done = await setStatus(a.id, a.version, 'complete');
    expect(done.status).toBe(200);
    expect(await done.json()).toMatchObject({ status: 'complete', planGaps: [] });
  });

  it('an RI&E completed before the rule keeps its status but cannot be locked incomplete (422 naming the risk)', async () => {
    const a = await answeredAssessment();
    await addMeasure(a.id, null);
    // completed under the old rule: the status was set without the plan check
    await t.deps.db
      .update(schema.rieAssessments)
      .set({ status: 'complete', completedOn: '2026-02-01' })
      .where(eq(schema.rieAssessments.id, a.id));
    const stays = await (await api(t, `/api/v1/rie-assessments/${a.id}`, { cookie: po() })).json();
    expect(stays).toMatchObject({
      status: 'complete',
      planGaps: [{ riskId: PRESENT, reason: 'no_due_date' }],
    });
    const lock = await setStatus(a.id, stays.version, 'locked');
    expect(lock.status).toBe(422);
    expect(await lock.json()).toMatchObject({
      code: 'rie_plan_incomplete',
      errors: [{ field: `risks.${PRESENT}`, code: 'measure_without_due_date' }],
    });
    // a cancelled dated measure does not help; a live dated one does
    const cancelled = await addMeasure(a.id, '2026-06-30');
    await api(t, `/api/v1/measures/${cancelled.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: cancelled.version, status: 'cancelled' },
    });
    expect((await setStatus(a.id, stays.version, 'locked')).status).toBe(422);
    await addMeasure(a.id, '2026-07-31');
    const ok = await setStatus(a.id, stays.version, 'locked');
    expect(ok.status).toBe(200);
    expect((await ok.json()).status).toBe('locked');
  });
});

describe('employees read the locked RI&E and its plan van aanpak', () => {
  it('lists only locked RI&Es; opens a locked report (with measures), not a draft or completed one', async () => {
    const lockedOne = await answeredAssessment();
    await addMeasure(lockedOne.id, '2026-10-31');
    const completed = await setStatus(lockedOne.id, lockedOne.version, 'complete');
    const locked = await setStatus(lockedOne.id, (await completed.json()).version, 'locked');
    expect(locked.status).toBe(200);
    const draft = await answeredAssessment();

    const list = await api(t, '/api/v1/rie-reports', { cookie: employee() });
    expect(list.status).toBe(200);
    const ids = (await list.json()).items.map((x: { id: string }) => x.id);
    expect(ids).toContain(lockedOne.id);
    expect(ids).not.toContain(draft.id);

    const report = await api(t, `/api/v1/rie-assessments/${lockedOne.id}/report`, { cookie: employee() });
    expect(report.status).toBe(200);
    const r = await report.json();
    expect(r.assessment.status).toBe('locked');
    const risk = r.modules
      .flatMap((m: { risks: { riskId: string }[] }) => m.risks)
      .find((x: { riskId: string }) => x.riskId === PRESENT);
    expect(risk.measures[0]).toMatchObject({
      description: 'Training omgaan met agressie',
      dueDate: '2026-10-31',
    });

    expect((await api(t, `/api/v1/rie-assessments/${draft.id}/report`, { cookie: employee() })).status).toBe(
      404,
    );
    // the working copy stays with HR, the prevention officer and the works council
    expect((await api(t, `/api/v1/rie-assessments/${lockedOne.id}`, { cookie: employee() })).status).toBe(
      403,
    );
    expect((await api(t, '/api/v1/rie-assessments', { cookie: employee() })).status).toBe(403);
    expect((await api(t, `/api/v1/rie-assessments/${draft.id}/report`, { cookie: po() })).status).toBe(200);
  });
});
