import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { schema } from '@inzetbaar/db';
import { eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { loadRiskCatalogues } from '../modules/arbo/services/arbo-catalogues';
import { enqueueMeasureReminders, MEASURE_REMINDER_KIND } from '../modules/arbo/services/measures.service';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp({ isolated: true });
  org = await createTestOrg(t);
});
afterAll(() => t.close());

const po = () => org.users.prevention_officer.cookie;

describe('risk catalogues', () => {
  it('loads and validates the bundled catalogues at start; the sector picks the default', async () => {
    const res = await api(t, '/api/v1/risk-catalogues', { cookie: po() });
    expect(res.status).toBe(200);
    const { items } = await res.json();
    expect(items.map((c: { id: string }) => c.id).sort()).toEqual([
      'algemeen-kantoor',
      'bouw',
      'onderwijs',
      'techniek-automotive',
      'zorg',
    ]);
    // the test organisation is in SBI section Q (care)
    expect(items.filter((c: { isDefault: boolean }) => c.isDefault).map((c: { id: string }) => c.id)).toEqual(
      ['zorg'],
    );
  });

  it('refuses an invalid catalogue file, naming the file and the path', () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogues-'));
    writeFileSync(
      join(dir, 'kapot.json'),
      JSON.stringify({
        id: 'kapot',
        version: '1',
        sector: { sbiSections: ['Z'], label: { nl: 'x', en: 'x' } },
        title: { nl: 'x', en: 'x' },
        modules: [],
      }),
    );
    expect(() => loadRiskCatalogues(dir)).toThrow(/kapot\.json.*sector\.sbiSections/);
  });

  it('lets the prevention officer add an own risk, merged into the module and validated', async () => {
    const risk = {
      id: 'eigen-scootmobiel',
      statement: { nl: 'Scootmobielen worden veilig gestald', en: 'Mobility scooters are parked safely' },
      problem: {
        nl: 'Gestalde scootmobielen blokkeren vluchtwegen.',
        en: 'Parked scooters block escape routes.',
      },
      legalReference: 'Arbobesluit art. 3.7',
      measures: [
        {
          id: 'eigen-scootmobiel.m1',
          level: 'bron',
          text: { nl: 'Aparte stalling.', en: 'Separate parking.' },
        },
      ],
    };
    const res = await api(t, '/api/v1/risk-catalogues/zorg/own-risks', {
      method: 'POST',
      cookie: po(),
      body: { moduleId: 'bhv', risk },
    });
    expect(res.status).toBe(201);
    const tree = await (await api(t, '/api/v1/risk-catalogues/zorg', { cookie: po() })).json();
    const bhv = tree.modules.find((m: { id: string }) => m.id === 'bhv');
    expect(bhv.risks.at(-1)).toMatchObject({ id: 'eigen-scootmobiel', isOwn: true });
    const dup = await api(t, '/api/v1/risk-catalogues/zorg/own-risks', {
      method: 'POST',
      cookie: po(),
      body: { moduleId: 'bhv', risk },
    });
    expect(dup.status).toBe(422);
    const badOrder = await api(t, '/api/v1/risk-catalogues/zorg/own-risks', {
      method: 'POST',
      cookie: po(),
      body: {
        moduleId: 'bhv',
        risk: {
          ...risk,
          id: 'eigen-2',
          measures: [
            { id: 'e2.m1', level: 'pbm', text: risk.measures[0]?.text },
            { id: 'e2.m2', level: 'bron', text: risk.measures[0]?.text },
          ],
        },
      },
    });
    expect(badOrder.status).toBe(422);
    expect((await badOrder.json()).errors[0].field).toBe('risk.measures.1.level');
    // another organisation does not see it
    const other = await createTestOrg(t);
    const otherTree = await (
      await api(t, '/api/v1/risk-catalogues/zorg', { cookie: other.users.hr.cookie })
    ).json();
    expect(JSON.stringify(otherTree)).not.toContain('eigen-scootmobiel');
  });
});

describe('RI&E assessment', () => {
  let id: string;
  const answer = (body: Record<string, unknown>) =>
    api(t, `/api/v1/rie-assessments/${id}/answers`, { method: 'PUT', cookie: po(), body });

  it('creates an assessment on the sector catalogue and refuses a second for the same year', async () => {
    const res = await api(t, '/api/v1/rie-assessments', {
      method: 'POST',
      cookie: po(),
      body: {
        year: 2026,
        participants: [{ personId: org.users.employee.personId, name: 'employee Test', role: 'medewerker' }],
      },
    });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({ catalogueId: 'zorg', status: 'draft', version: 1 });
    expect(a.participants[0].role).toBe('medewerker');
    id = a.id;
    expect(
      (await api(t, '/api/v1/rie-assessments', { method: 'POST', cookie: po(), body: { year: 2026 } }))
        .status,
    ).toBe(409);
  });

  it('switches modules off by profile answer; progress counts only active modules', async () => {
    const res = await api(t, `/api/v1/rie-assessments/${id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, profileAnswers: { nachtwerk: false } },
    });
    expect(res.status).toBe(200);
    const a = await res.json();
    const night = a.progress.find((p: { moduleId: string }) => p.moduleId === 'nachtwerk');
    expect(night).toMatchObject({ active: false, total: 0 });
    expect(a.progress.find((p: { moduleId: string }) => p.moduleId === 'psa')).toMatchObject({
      active: true,
      total: 6,
      answered: 0,
    });
  });

  it('stores a Fine & Kinney evaluation and returns score, class and priority', async () => {
    const res = await answer({
      riskId: 'psa-agressie',
      answer: 'no',
      existingMeasures: 'Alarmknop',
      evaluation: { method: 'fine_kinney', probability: 3, exposure: 6, effect: 7 },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      score: 126,
      riskClass: 'maatregelen_vereist',
      priority: 'high',
      version: 1,
      existingMeasures: 'Alarmknop',
    });
    const boundary = await answer({
      riskId: 'bhv-ontruiming',
      answer: 'no',
      evaluation: { method: 'fine_kinney', probability: 0.5, exposure: 1, effect: 40 },
    });
    expect(await boundary.json()).toMatchObject({ score: 20, riskClass: 'aanvaardbaar', priority: 'low' });
    const stored = await (await api(t, `/api/v1/rie-assessments/${id}/answers`, { cookie: po() })).json();
    expect(stored.items.find((x: { riskId: string }) => x.riskId === 'psa-agressie')).toMatchObject({
      probability: 3,
      exposure: 6,
      effect: 7,
      score: 126,
    });
  });

  it('rejects values off the scale, the wrong method, and stale edits', async () => {
    const off = await answer({
      riskId: 'bhv-vluchtwegen',
      answer: 'no',
      evaluation: { method: 'fine_kinney', probability: 4, exposure: 6, effect: 7 },
    });
    expect(off.status).toBe(422);
    expect((await off.json()).errors[0].field).toBe('evaluation.probability');
    const wrong = await answer({
      riskId: 'psa-werkdruk',
      answer: 'no',
      evaluation: { method: 'fine_kinney', probability: 3, exposure: 6, effect: 7 },
    });
    expect(wrong.status).toBe(422);
    expect((await wrong.json()).errors[0]).toMatchObject({
      field: 'evaluation.method',
      code: 'evaluation_method_mismatch',
    });
    const unknown = await answer({ riskId: 'bestaat-niet', answer: 'yes' });
    expect(unknown.status).toBe(422);
    const stale = await answer({ riskId: 'psa-agressie', answer: 'yes' });
    expect(stale.status).toBe(409);
    const ok = await answer({
      riskId: 'psa-agressie',
      answer: 'no',
      version: 1,
      evaluation: { method: 'fine_kinney', probability: 6, exposure: 10, effect: 7 },
    });
    expect(await ok.json()).toMatchObject({ score: 420, riskClass: 'werk_stoppen', version: 2 });
    expect((await answer({ riskId: 'psa-agressie', answer: 'yes', version: 1 })).status).toBe(409);
  });

  it('refuses completion while risks are open; completes, then locks; a locked RI&E refuses edits', async () => {
    const current = await (await api(t, `/api/v1/rie-assessments/${id}`, { cookie: po() })).json();
    const early = await api(t, `/api/v1/rie-assessments/${id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: current.version, status: 'complete' },
    });
    expect(early.status).toBe(422);
    expect((await early.json()).code).toBe('rie_incomplete');
    const tree = await (await api(t, '/api/v1/risk-catalogues/zorg', { cookie: po() })).json();
    const existing = new Map(
      (await (await api(t, `/api/v1/rie-assessments/${id}/answers`, { cookie: po() })).json()).items.map(
        (x: { riskId: string }) => [x.riskId, x],
      ),
    );
    const walk = (ms: { id: string; risks?: { id: string }[]; modules?: unknown[] }[]): string[] =>
      ms.flatMap((m) =>
        m.id === 'nachtwerk'
          ? []
          : [...(m.risks ?? []).map((r) => r.id), ...walk((m.modules ?? []) as never)],
      );
    for (const riskId of walk(tree.modules))
      if (!existing.has(riskId)) expect((await answer({ riskId, answer: 'yes' })).status).toBe(200);
    // Arbowet art. 5 lid 3: every present risk needs a measure with a term in the plan van aanpak
    const noPlan = await api(t, `/api/v1/rie-assessments/${id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: current.version, status: 'complete' },
    });
    expect(noPlan.status).toBe(422);
    const problem = await noPlan.json();
    expect(problem.code).toBe('rie_plan_incomplete');
    expect(problem.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'risks.bhv-ontruiming',
      'risks.psa-agressie',
    ]);
    for (const riskId of ['psa-agressie', 'bhv-ontruiming'])
      expect(
        (
          await api(t, '/api/v1/measures', {
            method: 'POST',
            cookie: po(),
            body: {
              assessmentId: id,
              riskId,
              description: 'Maatregel',
              level: 'bron',
              dueDate: '2026-12-31',
            },
          })
        ).status,
      ).toBe(201);
    const done = await api(t, `/api/v1/rie-assessments/${id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: current.version, status: 'complete' },
    });
    expect(done.status).toBe(200);
    const completed = await done.json();
    expect(completed.status).toBe('complete');
    expect(completed.progress.every((p: { answered: number; total: number }) => p.answered === p.total)).toBe(
      true,
    );
    expect(
      (
        await answer({
          riskId: 'psa-werkdruk',
          answer: 'no',
          version: 1,
          evaluation: { method: 'direct', priority: 'high' },
        })
      ).status,
    ).toBe(409);
    const locked = await api(t, `/api/v1/rie-assessments/${id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: completed.version, status: 'locked' },
    });
    expect((await locked.json()).status).toBe('locked');
    const edit = await answer({ riskId: 'psa-werkdruk', answer: 'yes', version: 1 });
    expect(edit.status).toBe(409);
    expect((await edit.json()).code).toBe('rie_locked');
    const reopen = await api(t, `/api/v1/rie-assessments/${id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: completed.version + 1, status: 'draft' },
    });
    expect(reopen.status).toBe(409);
  });

  it('records works council consent with a date (only by the works council, only when complete)', async () => {
    const body = {
      assessmentId: id,
      decision: 'consented',
      decidedOn: '2026-03-01',
      notes: 'OR-vergadering 1 maart',
    };
    expect((await api(t, '/api/v1/rie-consents', { method: 'POST', cookie: po(), body })).status).toBe(403);
    const res = await api(t, '/api/v1/rie-consents', {
      method: 'POST',
      cookie: org.users.works_council.cookie,
      body,
    });
    expect(res.status).toBe(201);
    const list = await (
      await api(t, `/api/v1/rie-consents?assessmentId=${id}`, { cookie: org.users.hr.cookie })
    ).json();
    expect(list.items).toEqual([expect.objectContaining({ decision: 'consented', decidedOn: '2026-03-01' })]);
  });

  it('keeps the plan van aanpak: measures with owner and due date, overdue flagged, stale edit 409', async () => {
    t.clock.set(new Date('2026-06-15T10:00:00Z'));
    const create = (body: Record<string, unknown>) =>
      api(t, '/api/v1/measures', { method: 'POST', cookie: po(), body });
    const res = await create({
      assessmentId: id,
      riskId: 'psa-agressie',
      description: 'Training omgaan met agressie',
      level: 'individueel',
      ownerPersonId: org.users.hr.personId,
      dueDate: '2026-06-01',
      budget: 2500,
    });
    expect(res.status).toBe(201);
    const m = await res.json();
    expect(m).toMatchObject({ overdue: true, ownerName: 'hr Test', status: 'planned', version: 1 });
    await create({
      assessmentId: id,
      riskId: 'bhv-ontruiming',
      description: 'Ontruimingsoefening',
      level: 'collectief',
      ownerPersonId: org.users.prevention_officer.personId,
      dueDate: '2026-06-20',
    });
    await create({ assessmentId: id, description: 'Later', level: 'bron', dueDate: '2026-12-01' });
    expect((await create({ description: 'x', level: 'bron', ownerPersonId: 'onbekend' })).status).toBe(422);

    const overdue = await (
      await api(t, '/api/v1/measures?overdue=true', { cookie: org.users.works_council.cookie })
    ).json();
    expect(overdue.items.map((x: { id: string }) => x.id)).toEqual([m.id]);
    const first = await api(t, `/api/v1/measures/${m.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, status: 'done' },
    });
    expect(await first.json()).toMatchObject({
      status: 'done',
      completedOn: '2026-06-15',
      overdue: false,
      version: 2,
    });
    const stale = await api(t, `/api/v1/measures/${m.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, dueDate: '2026-07-01' },
    });
    expect(stale.status).toBe(409);
    const check = await api(t, `/api/v1/measures/${m.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 2, effectivenessCheckOn: '2026-06-15', effectivenessResult: 'effective' },
    });
    expect(await check.json()).toMatchObject({ effectivenessResult: 'effective' });
    expect(
      (
        await api(t, '/api/v1/measures', {
          method: 'POST',
          cookie: org.users.works_council.cookie,
          body: { description: 'x', level: 'bron' },
        })
      ).status,
    ).toBe(403);
  });

  it('sends reminders for measures due within 14 days or overdue, once per measure per day', async () => {
    const n = await enqueueMeasureReminders(t.deps, '2026-06-15');
    expect(n).toBe(1); // the ontruimingsoefening (due 20 June); the training is done; "Later" is far off and has no owner
    expect(await enqueueMeasureReminders(t.deps, '2026-06-15')).toBe(0);
    await t.deps.scheduler.runDue();
    const jobs = await t.deps.db
      .select()
      .from(schema.jobs)
      .where(like(schema.jobs.key, `${MEASURE_REMINDER_KIND}:%:2026-06-15`));
    expect(jobs).toHaveLength(1);
    expect(jobs[0]?.status).toBe('done');
    const mails = await t.deps.db
      .select()
      .from(schema.outboxMails)
      .where(eq(schema.outboxMails.to, org.users.prevention_officer.email));
    expect(mails.map((m) => m.subject)).toContain('Maatregel plan van aanpak: deadline nadert');
  });

  it('gives the report as JSON, as PDF and the plan as XLSX', async () => {
    const report = await (
      await api(t, `/api/v1/rie-assessments/${id}/report`, { cookie: org.users.works_council.cookie })
    ).json();
    expect(report.assessment.status).toBe('locked');
    const psa = report.modules.find((m: { moduleId: string }) => m.moduleId === 'psa');
    const aggression = psa.risks.find((r: { riskId: string }) => r.riskId === 'psa-agressie');
    expect(aggression).toMatchObject({
      legalReference: expect.stringContaining('Arbo'),
      answer: { score: 420 },
    });
    expect(aggression.measures[0].description).toBe('Training omgaan met agressie');
    expect(report.modules.map((m: { moduleId: string }) => m.moduleId)).not.toContain('nachtwerk');
    expect(report.consents).toHaveLength(1);

    const pdf = await api(t, `/api/v1/rie-assessments/${id}/report.pdf`, { cookie: po() });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const bytes = Buffer.from(await pdf.arrayBuffer());
    expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(bytes.length).toBeGreaterThan(5000);

    const xlsx = await api(t, `/api/v1/measures/export.xlsx?assessmentId=${id}`, { cookie: po() });
    expect(xlsx.headers.get('content-type')).toContain('spreadsheetml');
    const data = new Uint8Array(await xlsx.arrayBuffer());
    expect([...data.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data.buffer as ArrayBuffer);
    const sheet = book.getWorksheet('Plan van aanpak');
    expect(sheet?.getRow(1).getCell(2).value).toBe('Maatregel');
    expect(sheet?.rowCount).toBe(6); // header + 3 measures + the 2 that completing required
    // a locked RI&E is for every employee to read (issue 16)
    expect(
      (await api(t, `/api/v1/rie-assessments/${id}/report.pdf`, { cookie: org.users.employee.cookie }))
        .status,
    ).toBe(200);
  });
});

describe('duties, accidents, PMO/PAGO, instructions', () => {
  it('computes toetsing exemption from headcount at 25 / 26 employees, contract hours and the stored branche instrument', async () => {
    const small = await createTestOrg(t); // 10 people with 24 h each (one per role, two more)
    const hr = small.users.hr.cookie;
    const none = await (await api(t, '/api/v1/arbo-duties', { cookie: hr })).json();
    expect(none).toMatchObject({
      assessment: null,
      usesRecognisedBrancheInstrument: false,
      toetsingCoverage: null,
    });
    // the branche instrument is stored on the assessment, not passed per request
    const own = await (
      await api(t, '/api/v1/rie-assessments', { method: 'POST', cookie: hr, body: { year: 2025 } })
    ).json();
    expect(own).toMatchObject({ usesRecognisedBrancheInstrument: false, brancheInstrumentName: null });
    const created = await api(t, '/api/v1/rie-assessments', {
      method: 'POST',
      cookie: hr,
      body: { year: 2026, usesRecognisedBrancheInstrument: true, brancheInstrumentName: 'RI&E VVT' },
    });
    const rieId = (await created.json()).id as string;
    const duties = async () => (await api(t, '/api/v1/arbo-duties', { cookie: hr })).json();
    let n = 0;
    const hire = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const res = await api(t, '/api/v1/people', {
          method: 'POST',
          cookie: hr,
          body: {
            employeeNumber: `T-${n++}`,
            givenName: 'X',
            surname: 'Y',
            employment: { startDate: '2020-01-01', hoursPerWeek: 8, jobTitle: 'Helpende' },
          },
        });
        expect(res.status).toBe(201);
      }
    };
    await hire(15);
    const at25 = await duties();
    expect(at25).toMatchObject({
      employeeCount: 25,
      paidHoursPerWeekTotal: 10 * 24 + 15 * 8,
      // the newest assessment is judged by default
      assessment: { id: rieId, year: 2026, brancheInstrumentName: 'RI&E VVT' },
      usesRecognisedBrancheInstrument: true,
      toetsing: { required: false, reason: 'small_employer_recognised_instrument' },
    });
    expect(at25.preventiemedewerker).toMatchObject({
      required: true,
      employerMayActAsPreventiemedewerker: true,
    });
    const ofOwn = await (await api(t, `/api/v1/arbo-duties?assessmentId=${own.id}`, { cookie: hr })).json();
    expect(ofOwn).toMatchObject({ usesRecognisedBrancheInstrument: false, toetsing: { required: true } });
    expect(
      (await api(t, `/api/v1/arbo-duties?assessmentId=${org.users.hr.personId}`, { cookie: hr })).status,
    ).toBe(422);
    // switched off on the assessment: the duty follows; switching off clears the name
    const off = await api(t, `/api/v1/rie-assessments/${rieId}`, {
      method: 'PATCH',
      cookie: hr,
      body: { version: 1, usesRecognisedBrancheInstrument: false },
    });
    expect(await off.json()).toMatchObject({
      usesRecognisedBrancheInstrument: false,
      brancheInstrumentName: null,
    });
    const without = await duties();
    expect(without.toetsing).toEqual({ required: true, reason: 'required' });
    await api(t, `/api/v1/rie-assessments/${rieId}`, {
      method: 'PATCH',
      cookie: hr,
      body: { version: 2, usesRecognisedBrancheInstrument: true, brancheInstrumentName: 'RI&E VVT 2.1' },
    });
    expect((await duties()).toetsing.required).toBe(false);
    await hire(1);
    const at26 = await duties();
    expect(at26).toMatchObject({ employeeCount: 26, toetsing: { required: true, reason: 'required' } });
    expect(at26.preventiemedewerker.employerMayActAsPreventiemedewerker).toBe(false);
    const self = await api(t, '/api/v1/prevention-officers', {
      method: 'POST',
      cookie: hr,
      body: { employerActsPersonally: true, appointedOn: '2026-01-01' },
    });
    expect(self.status).toBe(422);
    const po2 = await api(t, '/api/v1/prevention-officers', {
      method: 'POST',
      cookie: hr,
      body: {
        personId: small.users.prevention_officer.personId,
        appointedOn: '2026-01-01',
        worksCouncilConsentOn: '2025-12-15',
      },
    });
    expect(po2.status).toBe(201);
    const toets = await api(t, '/api/v1/toetsing', {
      method: 'POST',
      cookie: hr,
      body: {
        assessmentId: rieId,
        toetsedOn: '2026-02-01',
        scope: 'systeemtoets',
        expertName: 'Arbodienst Noord',
        expertCertification: 'arbodienst',
        expertRegistration: 'KD-123',
        verdict: 'approved_with_remarks',
        outcome: 'Akkoord met aanvullingen',
      },
    });
    expect(toets.status).toBe(201);
    expect(await toets.json()).toMatchObject({
      assessmentYear: 2026,
      scope: 'systeemtoets',
      verdict: 'approved_with_remarks',
    });
    const after = await duties();
    expect(after.preventiemedewerker.current).toMatchObject({ personName: 'prevention_officer Test' });
    expect(after.latestToetsing).toMatchObject({ expertName: 'Arbodienst Noord' });
    expect(after.toetsingCoverage).toEqual({
      systeemtoets: { toetsedOn: '2026-02-01', verdict: 'approved_with_remarks' },
      scopetoets: null,
      complete: false,
    });
  });

  it('keeps the toetsing history with scope, certified expert and verdict, newest first', async () => {
    const o = await createTestOrg(t);
    const cookie = o.users.prevention_officer.cookie;
    const rie = await (
      await api(t, '/api/v1/rie-assessments', { method: 'POST', cookie, body: { year: 2025 } })
    ).json();
    const base = {
      assessmentId: rie.id,
      expertName: 'Ir. A. Jansen',
      expertCertification: 'veiligheidskundige',
      verdict: 'approved',
      outcome: 'Volledig en actueel.',
    };
    const post = (body: Record<string, unknown>) =>
      api(t, '/api/v1/toetsing', { method: 'POST', cookie, body });
    expect(
      (await post({ ...base, scope: 'scopetoets', toetsedOn: '2025-06-01', verdict: 'not_approved' })).status,
    ).toBe(201);
    expect((await post({ ...base, scope: 'systeemtoets', toetsedOn: '2025-05-01' })).status).toBe(201);
    expect(
      (
        await post({
          ...base,
          scope: 'scopetoets',
          toetsedOn: '2025-09-01',
          expertCertification: 'arbeidshygienist',
        })
      ).status,
    ).toBe(201);
    const older = await post({
      ...base,
      assessmentId: null,
      scope: 'both',
      toetsedOn: '2021-03-01',
      verdict: 'approved',
    });
    expect(older.status).toBe(201);
    // the split into systeemtoets and scopetoets exists since 1 Jul 2022
    const early = await post({ ...base, scope: 'systeemtoets', toetsedOn: '2022-06-30' });
    expect(early.status).toBe(422);
    expect((await early.json()).errors).toEqual([
      expect.objectContaining({ field: 'scope', code: 'toetsing_scope_before_split' }),
    ]);
    const unknownExpert = await post({
      ...base,
      scope: 'both',
      toetsedOn: '2025-01-01',
      expertCertification: 'coach',
    });
    expect(unknownExpert.status).toBe(422);
    expect((await post({ ...base, scope: 'both', toetsedOn: '2999-01-01' })).status).toBe(422);

    const all = await (await api(t, '/api/v1/toetsing', { cookie })).json();
    expect(all.items.map((x: { toetsedOn: string }) => x.toetsedOn)).toEqual([
      '2025-09-01',
      '2025-06-01',
      '2025-05-01',
      '2021-03-01',
    ]);
    expect(all.items[0]).toMatchObject({
      assessmentYear: 2025,
      scope: 'scopetoets',
      expertCertification: 'arbeidshygienist',
      verdict: 'approved',
    });
    const ofRie = await (await api(t, `/api/v1/toetsing?assessmentId=${rie.id}`, { cookie })).json();
    expect(ofRie.items).toHaveLength(3);
    // the rejected scopetoets was followed by an approved one: complete
    const report = await (await api(t, `/api/v1/rie-assessments/${rie.id}/report`, { cookie })).json();
    expect(report.toetsing.map((x: { toetsedOn: string }) => x.toetsedOn)).toEqual([
      '2025-09-01',
      '2025-06-01',
      '2025-05-01',
    ]);
    expect(report.toetsingCoverage).toMatchObject({
      complete: true,
      scopetoets: { toetsedOn: '2025-09-01' },
    });
    expect((await api(t, '/api/v1/toetsing', { cookie: o.users.employee.cookie })).status).toBe(403);
  });

  it('keeps the branche instrument editable until the assessment is locked, and shows it in the report and PDF', async () => {
    const o = await createTestOrg(t);
    const cookie = o.users.hr.cookie;
    const rie = await (
      await api(t, '/api/v1/rie-assessments', { method: 'POST', cookie, body: { year: 2025 } })
    ).json();
    const patch = (body: Record<string, unknown>) =>
      api(t, `/api/v1/rie-assessments/${rie.id}`, { method: 'PATCH', cookie, body });
    const set = await patch({
      version: 1,
      usesRecognisedBrancheInstrument: true,
      brancheInstrumentName: 'RI&E Zorg',
    });
    expect(await set.json()).toMatchObject({
      usesRecognisedBrancheInstrument: true,
      brancheInstrumentName: 'RI&E Zorg',
      version: 2,
    });
    const report = await (await api(t, `/api/v1/rie-assessments/${rie.id}/report`, { cookie })).json();
    expect(report.assessment).toMatchObject({
      usesRecognisedBrancheInstrument: true,
      brancheInstrumentName: 'RI&E Zorg',
    });
    const pdf = await api(t, `/api/v1/rie-assessments/${rie.id}/report.pdf`, { cookie });
    expect(pdf.status).toBe(200);
    expect((await patch({ version: 2, brancheInstrumentName: 'x'.repeat(201) })).status).toBe(422);
    const setStatus = (status: 'complete' | 'locked') =>
      t.deps.db.update(schema.rieAssessments).set({ status }).where(eq(schema.rieAssessments.id, rie.id));
    // complete: the answers are fixed, the instrument can still be corrected
    await setStatus('complete');
    const onComplete = await patch({ version: 2, brancheInstrumentName: 'RI&E Zorg en Welzijn' });
    expect(onComplete.status).toBe(200);
    expect(await onComplete.json()).toMatchObject({
      status: 'complete',
      brancheInstrumentName: 'RI&E Zorg en Welzijn',
    });
    // locked: refused
    await setStatus('locked');
    expect((await patch({ version: 3, usesRecognisedBrancheInstrument: false })).status).toBe(409);
  });

  it('registers accidents with notification flags (day admission counts; commuting excluded) and figures per unit', async () => {
    const body = {
      occurredOn: '2026-05-02',
      unitId: org.units.a1,
      nature: 'Val van trap',
      consequences: 'Gebroken pols',
      absenceWorkingDays: 2,
      hospitalCare: 'day_admission',
    };
    const res = await api(t, '/api/v1/accidents', { method: 'POST', cookie: po(), body });
    expect(res.status).toBe(201);
    const a = await res.json();
    expect(a).toMatchObject({
      mustNotifyInspectorateImmediately: true,
      mustRegister: true,
      reasons: ['hospital_admission'],
    });
    const outpatient = await (
      await api(t, '/api/v1/accidents', {
        method: 'POST',
        cookie: po(),
        body: { ...body, hospitalCare: 'outpatient_only', absenceWorkingDays: 4 },
      })
    ).json();
    expect(outpatient).toMatchObject({ mustNotifyInspectorateImmediately: false, mustRegister: true });
    const commute = await (
      await api(t, '/api/v1/accidents', { method: 'POST', cookie: po(), body: { ...body, commuting: true } })
    ).json();
    expect(commute).toMatchObject({
      mustNotifyInspectorateImmediately: false,
      mustRegister: false,
      reasons: ['commuting_excluded'],
    });
    const later = await api(t, `/api/v1/accidents/${outpatient.id}`, {
      method: 'PATCH',
      cookie: po(),
      body: { version: 1, permanentInjury: true },
    });
    expect((await later.json()).mustNotifyInspectorateImmediately).toBe(true);
    const list = await (
      await api(t, '/api/v1/accidents?from=2026-01-01&to=2026-12-31', { cookie: org.users.hr.cookie })
    ).json();
    expect(list.items).toHaveLength(3);
    expect(list.perUnit).toContainEqual(
      expect.objectContaining({
        unitId: org.units.a1,
        unitName: 'Team A1',
        accidents: 2,
        lostTimeAccidents: 2,
        absenceWorkingDays: 6,
      }),
    );
    const before = await (
      await api(t, '/api/v1/accidents?from=2025-01-01&to=2026-05-01', { cookie: org.users.hr.cookie })
    ).json();
    expect(before.items).toEqual([]);
    expect((await api(t, '/api/v1/accidents', { cookie: org.users.manager.cookie })).status).toBe(403);
  });

  it('gives accident frequency per 100 people and per 1,000,000 hours worked, per unit and in total', async () => {
    // units: A (manager: 1 person), A1 (7 users + 1 = 8 people), B (1 person); everyone 24 h/week since 2020
    const o = await createTestOrg(t);
    const cookie = o.users.prevention_officer.cookie;
    const add = (body: Record<string, unknown>) =>
      api(t, '/api/v1/accidents', {
        method: 'POST',
        cookie,
        body: { nature: 'Val', consequences: 'Kneuzing', ...body },
      });
    await add({ occurredOn: '2025-03-10', unitId: o.units.a1, absenceWorkingDays: 5 });
    await add({ occurredOn: '2025-08-20', unitId: o.units.a1, absenceWorkingDays: 0 });
    await add({ occurredOn: '2025-09-01', unitId: o.units.a1, absenceWorkingDays: 3, commuting: true });
    await add({ occurredOn: '2025-05-05', unitId: o.units.b, absenceWorkingDays: 12 });
    await add({ occurredOn: '2024-12-31', unitId: o.units.a1, absenceWorkingDays: 9 }); // before the period
    // a joiner in A1 on 1 July 2025 at 36 h: 184 days of 365
    const hired = await api(t, '/api/v1/people', {
      method: 'POST',
      cookie: o.users.hr.cookie,
      body: {
        employeeNumber: 'J-1',
        givenName: 'Nieuw',
        surname: 'Instromer',
        employment: { startDate: '2025-07-01', hoursPerWeek: 36, jobTitle: 'Helpende', unitId: o.units.a1 },
      },
    });
    expect(hired.status).toBe(201);
    const res = await api(t, '/api/v1/accidents?from=2025-01-01&to=2025-12-31', { cookie });
    expect(res.status).toBe(200);
    const r = await res.json();
    expect(r.period).toEqual({ from: '2025-01-01', to: '2025-12-31', days: 365 });
    expect(r.items).toHaveLength(4);
    // A1: 8 × 24 × 365/7 = 10,011.43 h + 36 × 184/7 = 946.29 h → 10,957.71 h; (8 × 365 + 184)/365 = 8.50 people
    // 2 accidents (1 with absence; commuting excluded): per 100 = 23.52; LTIF = 1,000,000 / 10,957.71 = 91.26
    expect(r.perUnit).toContainEqual({
      unitId: o.units.a1,
      unitName: 'Team A1',
      suppressed: false,
      accidents: 2,
      lostTimeAccidents: 1,
      absenceWorkingDays: 5,
      people: 9,
      averageHeadcount: 8.5,
      hoursWorked: 10958,
      per100People: 23.5,
      lostTimePerMillionHours: 91.3,
    });
    // B has one person: counts only, no rates
    expect(r.perUnit).toContainEqual({
      unitId: o.units.b,
      unitName: 'Afdeling B',
      suppressed: true,
      accidents: 1,
      lostTimeAccidents: 1,
      absenceWorkingDays: 12,
      people: null,
      averageHeadcount: null,
      hoursWorked: null,
      per100People: null,
      lostTimePerMillionHours: null,
    });
    // organisation: 10 × 1251.43 h + 946.29 h = 13,460.57 h; 3 accidents, 2 with absence
    // per 100 = 3 / 10.50 × 100 = 28.56; LTIF = 2,000,000 / 13,460.57 = 148.58
    expect(r.organisation).toEqual({
      accidents: 3,
      lostTimeAccidents: 2,
      absenceWorkingDays: 17,
      people: 11,
      averageHeadcount: 10.5,
      hoursWorked: 13461,
      per100People: 28.6,
      lostTimePerMillionHours: 148.6,
    });
    // the default period is the last 12 months up to today
    const def = await (await api(t, '/api/v1/accidents', { cookie })).json();
    expect([365, 366]).toContain(def.period.days);
    const reversed = await api(t, '/api/v1/accidents?from=2025-12-31&to=2025-01-01', { cookie });
    expect(reversed.status).toBe(422);
    expect((await reversed.json()).errors[0].field).toBe('to');
  });

  it('records PMO/PAGO offers with a participation count only', async () => {
    const res = await api(t, '/api/v1/pago-offers', {
      method: 'POST',
      cookie: org.users.occupational_physician.cookie,
      body: { kind: 'pago', offeredOn: '2026-04-01', invitedCount: 9, participantCount: 5 },
    });
    expect(res.status).toBe(201);
    expect(Object.keys(await res.json()).sort()).toEqual([
      'description',
      'id',
      'invitedCount',
      'kind',
      'offeredOn',
      'participantCount',
    ]);
    const tooMany = await api(t, '/api/v1/pago-offers', {
      method: 'POST',
      cookie: po(),
      body: { kind: 'pmo', offeredOn: '2026-04-01', invitedCount: 3, participantCount: 5 },
    });
    expect(tooMany.status).toBe(422);
  });

  it('keeps toolbox attendance with the employee’s own acknowledgement; shows missing instructions and PPE', async () => {
    const emp = org.users.employee;
    const res = await api(t, '/api/v1/safety-instructions', {
      method: 'POST',
      cookie: po(),
      body: {
        kind: 'toolbox',
        topic: 'Tiltechnieken',
        givenOn: '2026-06-01',
        givenBy: 'Ergocoach',
        unitId: org.units.a1,
        validMonths: 12,
        attendeePersonIds: [emp.personId],
      },
    });
    expect(res.status).toBe(201);
    const ins = await res.json();
    expect(ins).toMatchObject({
      validUntil: '2027-06-01',
      attendees: [{ personId: emp.personId, acknowledgedAt: null }],
    });
    await api(t, '/api/v1/safety-instructions', {
      method: 'POST',
      cookie: po(),
      body: {
        kind: 'instruction',
        topic: 'Prikaccidenten',
        givenOn: '2026-05-01',
        givenBy: 'Hygiënist',
        unitId: org.units.a,
      },
    });
    await api(t, '/api/v1/safety-instructions', {
      method: 'POST',
      cookie: po(),
      body: {
        kind: 'instruction',
        topic: 'Oud',
        givenOn: '2024-01-01',
        givenBy: 'X',
        validMonths: 12,
        attendeePersonIds: [emp.personId],
      },
    });
    await api(t, '/api/v1/ppe-issues', {
      method: 'POST',
      cookie: po(),
      body: {
        personId: emp.personId,
        item: 'Veiligheidsschoenen',
        issuedOn: '2025-06-01',
        replacementDue: '2026-06-01',
      },
    });
    const mine = await (await api(t, '/api/v1/me/instructions', { cookie: emp.cookie })).json();
    const byTopic = Object.fromEntries(
      mine.instructions.map((i: { topic: string; state: string }) => [i.topic, i.state]),
    );
    expect(byTopic).toEqual({ Tiltechnieken: 'attended', Prikaccidenten: 'missing', Oud: 'expired' });
    expect(mine.ppe).toEqual([expect.objectContaining({ item: 'Veiligheidsschoenen', due: true })]);
    const ack = await api(t, `/api/v1/me/instructions/${ins.id}/acknowledge`, {
      method: 'POST',
      cookie: emp.cookie,
    });
    expect(ack.status).toBe(200);
    expect(
      (await ack.json()).instructions.find((i: { id: string }) => i.id === ins.id).acknowledgedAt,
    ).not.toBeNull();
    // someone not on the list cannot acknowledge it
    expect(
      (
        await api(t, `/api/v1/me/instructions/${ins.id}/acknowledge`, {
          method: 'POST',
          cookie: org.users.coach.cookie,
        })
      ).status,
    ).toBe(404);
    const gaps = await (await api(t, '/api/v1/safety-instructions/gaps', { cookie: po() })).json();
    const gapOf = (personId: string) => gaps.items.find((g: { personId: string }) => g.personId === personId);
    expect(gapOf(emp.personId)).toMatchObject({
      missing: [{ topic: 'Prikaccidenten' }],
      expired: [{ topic: 'Oud' }],
    });
    // the manager works in unit A: the A1 toolbox does not apply, the unit A instruction does
    expect(gapOf(org.users.manager.personId).missing.map((m: { topic: string }) => m.topic)).toEqual([
      'Prikaccidenten',
    ]);
    expect(gapOf(org.outOfScopePersonId)).toBeUndefined(); // unit B: nothing applies
    // the prevention officer picks attendees and owners by name, without access to the people module
    const names = await (await api(t, '/api/v1/arbo-people', { cookie: po() })).json();
    expect(names.items.find((p: { id: string }) => p.id === emp.personId)).toEqual({
      id: emp.personId,
      displayName: 'employee Test',
      unitName: 'Team A1',
    });
    expect((await api(t, '/api/v1/people', { cookie: po() })).status).toBe(403);
    const list = await (await api(t, '/api/v1/safety-instructions', { cookie: org.users.hr.cookie })).json();
    expect(
      list.items.find((i: { id: string }) => i.id === ins.id).attendees[0].acknowledgedAt,
    ).not.toBeNull();
  });
});
