import { schema } from '@inzetbaar/db';
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { runAbsenceRetention, scheduleAbsenceRetention } from '../modules/verzuim/services/absence-retention';
import { scheduleDailyMaintenance } from '../platform/jobs/register-jobs';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-16T10:00:00Z')); // Monday 16 March 2026
  org = await createTestOrg(t);
  other = await createTestOrg(t);
});
afterAll(() => t.close());

/** A person with a full absence file: employments, cases with a report, a recovery segment, plan,
 * evaluation, milestone, shared capabilities, a notice, and a medical note of the physician. */
async function personWith(
  o: TestOrg,
  employments: [string, string | null][],
  cases: [string, string | null][],
) {
  const { db } = t.deps;
  const organizationId = o.organizationId;
  const [p] = await db
    .insert(schema.persons)
    .values({
      organizationId,
      givenName: 'Bewaar',
      surname: 'Termijn',
      employeeNumber: `R-${crypto.randomUUID()}`,
    })
    .returning();
  const personId = (p as { id: string }).id;
  for (const [startDate, endDate] of employments)
    await db.insert(schema.employments).values({
      organizationId,
      personId,
      startDate,
      endDate,
      hoursPerWeek: 24,
      jobTitle: 'Medewerker',
      unitId: o.units.a1,
    });
  const caseIds: string[] = [];
  for (const [first, last] of cases) {
    const [c] = await db
      .insert(schema.absenceCases)
      .values({ organizationId, personId, firstSickDay: first, lastSickDay: last })
      .returning();
    const caseId = (c as { id: string }).id;
    caseIds.push(caseId);
    const [r] = await db
      .insert(schema.absenceReports)
      .values({
        organizationId,
        caseId,
        personId,
        startDate: first,
        endDate: last,
        contactPhone: '0612345678',
      })
      .returning();
    await db.insert(schema.absenceRecoverySegments).values({
      organizationId,
      reportId: (r as { id: string }).id,
      fromDate: first,
      incapacityPercentage: 50,
    });
    await db.insert(schema.absencePlans).values({ organizationId, caseId, goals: 'Terug naar eigen werk' });
    await db
      .insert(schema.absenceEvaluations)
      .values({ organizationId, caseId, date: first, summary: 'Gaat goed' });
    await db
      .insert(schema.absenceMilestoneCompletions)
      .values({ organizationId, caseId, key: 'probleemanalyse', doneOn: first });
    await db.insert(schema.workCapabilities).values({
      organizationId,
      caseId,
      personId,
      validFrom: first,
      limitations: 'Niet tillen',
      possibilities: 'Bureauwerk',
      workAdvice: 'Halve dagen',
    });
    await db.insert(schema.absenceNotices).values({
      organizationId,
      recipientPersonId: o.users.hr.personId,
      caseId,
      milestoneKey: 'plan_van_aanpak',
      due: first,
      overdue: true,
      key: `${caseId}:plan_van_aanpak:${first}:hr`,
    });
    await db
      .insert(schema.medicalNotes)
      .values({ organizationId, caseId, personId, note: 'Medisch dossier (WGBO)' });
  }
  return { personId, caseIds };
}

/** Rows left per table for a person and their cases. */
async function rowsOf(o: TestOrg, p: { personId: string; caseIds: string[] }) {
  const { db } = t.deps;
  const organizationId = o.organizationId;
  const byCase = async (
    table:
      | typeof schema.absencePlans
      | typeof schema.absenceEvaluations
      | typeof schema.absenceMilestoneCompletions
      | typeof schema.absenceNotices
      | typeof schema.medicalNotes,
  ) =>
    (
      await db
        .select()
        .from(table)
        .where(and(eq(table.organizationId, organizationId), inArray(table.caseId, p.caseIds)))
    ).length;
  const reports = await db
    .select()
    .from(schema.absenceReports)
    .where(
      and(
        eq(schema.absenceReports.organizationId, organizationId),
        eq(schema.absenceReports.personId, p.personId),
      ),
    );
  const segments = reports.length
    ? await db
        .select()
        .from(schema.absenceRecoverySegments)
        .where(
          inArray(
            schema.absenceRecoverySegments.reportId,
            reports.map((r) => r.id),
          ),
        )
    : [];
  return {
    cases: (
      await db
        .select()
        .from(schema.absenceCases)
        .where(
          and(
            eq(schema.absenceCases.organizationId, organizationId),
            eq(schema.absenceCases.personId, p.personId),
          ),
        )
    ).length,
    reports: reports.length,
    recoverySegments: segments.length,
    plans: await byCase(schema.absencePlans),
    evaluations: await byCase(schema.absenceEvaluations),
    milestoneCompletions: await byCase(schema.absenceMilestoneCompletions),
    capabilities: (
      await db
        .select()
        .from(schema.workCapabilities)
        .where(
          and(
            eq(schema.workCapabilities.organizationId, organizationId),
            eq(schema.workCapabilities.personId, p.personId),
          ),
        )
    ).length,
    notices: await byCase(schema.absenceNotices),
    medicalNotes: await byCase(schema.medicalNotes),
  };
}
/** Everything of the person's files still there: n cases with all their records. */
const full = (n: number) => ({
  cases: n,
  reports: n,
  recoverySegments: n,
  plans: n,
  evaluations: n,
  milestoneCompletions: n,
  capabilities: n,
  notices: n,
  medicalNotes: n,
});
/** The re-integration files gone; the absence administration (reports, recovery dates) kept. */
const filesGone = (reports: number, medicalNotes: number) => ({
  ...full(0),
  reports,
  recoverySegments: reports,
  medicalNotes,
});
/** The employer-side records all gone; the physician's notes kept. */
const purged = (medicalNotes: number) => ({ ...full(0), medicalNotes });

async function purgeEvents(o: TestOrg, personId: string) {
  return t.deps.db
    .select()
    .from(schema.auditEvents)
    .where(
      and(
        eq(schema.auditEvents.organizationId, o.organizationId),
        eq(schema.auditEvents.action, 'absence.retention_purged'),
        eq(schema.auditEvents.resourceId, personId),
      ),
    );
}

const contactsOf = async (personId: string) =>
  (
    await t.deps.db
      .select({ phone: schema.absenceReports.contactPhone, start: schema.absenceReports.startDate })
      .from(schema.absenceReports)
      .where(eq(schema.absenceReports.personId, personId))
  ).map((r) => [r.start, r.phone]);

/** A medical note and a document of the physician on a person, entered on `at`. */
async function medicalEntry(o: TestOrg, personId: string, at: string) {
  const { db } = t.deps;
  const organizationId = o.organizationId;
  const createdAt = new Date(`${at}T10:00:00Z`);
  await db
    .insert(schema.medicalNotes)
    .values({ organizationId, caseId: 'gone', personId, note: 'WGBO', createdAt });
  const [d] = await db
    .insert(schema.absenceDocuments)
    .values({
      organizationId,
      caseId: 'gone',
      personId,
      kind: 'advies',
      title: 'Advies',
      fileName: 'advies.pdf',
      contentType: 'application/pdf',
      sizeBytes: 4,
      sha256: 'x',
      createdAt,
    })
    .returning();
  const documentId = (d as { id: string }).id;
  await db.insert(schema.absenceDocumentContents).values({
    documentId,
    organizationId,
    content: new Uint8Array([37, 80, 68, 70]),
  });
  return documentId;
}
const medicalOf = async (personId: string) => ({
  notes: (
    await t.deps.db.select().from(schema.medicalNotes).where(eq(schema.medicalNotes.personId, personId))
  ).length,
  documents: (
    await t.deps.db
      .select()
      .from(schema.absenceDocuments)
      .where(eq(schema.absenceDocuments.personId, personId))
  ).length,
});

describe('retention per record type (domain-rules §2.3; packages/domain/src/retention/rules.ts)', () => {
  it('removes each record type on the day after its anniversary, shows it first in the dry run, audits counts only, and is idempotent', async () => {
    // today 16 Mar 2026
    const expired = await personWith(
      org,
      [['2018-01-01', '2024-03-15']],
      [
        ['2023-11-01', '2023-12-15'],
        ['2024-01-10', '2024-02-01'],
      ],
    );
    const employmentAnniversaryToday = await personWith(
      org,
      [['2018-01-01', '2024-03-16']],
      [['2024-01-10', '2024-02-01']],
    );
    // still employed: each closed case goes 2 years after its last sick day, the report dates stay
    const employed = await personWith(
      org,
      [
        ['2010-01-01', '2015-12-31'],
        ['2016-01-01', null],
      ],
      [
        ['2019-01-01', '2019-01-20'],
        ['2024-02-20', '2024-03-16'],
      ],
    );
    const stillSick = await personWith(org, [['2016-01-01', null]], [['2021-06-01', null]]);
    // left while sick (ziek uit dienst): the employer's re-integration ended on the last day
    const leftSick = await personWith(org, [['2010-01-01', '2022-01-31']], [['2021-06-01', null]]);
    const otherOrg = await personWith(other, [['2018-01-01', '2024-03-15']], [['2024-01-10', '2024-02-01']]);
    // the physician's medical file: 20 years after the last entry (WGBO)
    const oldPatient = await personWith(org, [['2000-01-01', null]], []);
    const oldDocument = await medicalEntry(org, oldPatient.personId, '2006-03-10');
    const recentPatient = await personWith(org, [['2000-01-01', null]], []);
    await medicalEntry(org, recentPatient.personId, '2006-03-10');
    await medicalEntry(org, recentPatient.personId, '2006-03-20');

    // a document the physician released to the employer: retention withdraws the release, the
    // physician's own file keeps the document (WGBO)
    const [doc] = await t.deps.db
      .insert(schema.absenceDocuments)
      .values({
        organizationId: org.organizationId,
        caseId: expired.caseIds[0] as string,
        personId: expired.personId,
        kind: 'advies',
        title: 'Advies werkhervatting',
        fileName: 'advies.pdf',
        contentType: 'application/pdf',
        sizeBytes: 4,
        sha256: 'x',
        releasedAt: new Date('2024-01-20T10:00:00Z'),
        releasedByPersonId: org.users.occupational_physician.personId,
      })
      .returning();

    // ── the dry run HR opens: what goes today and tomorrow; nothing is removed by it
    const dry = await api(t, '/api/v1/absence-retention?horizonDays=1', { cookie: org.users.hr.cookie });
    expect(dry.status).toBe(200);
    const report = await dry.json();
    expect(report).toMatchObject({ asOf: '2026-03-16', until: '2026-03-17', ruleSet: 'retention-2026' });
    expect(report.rules.map((r: { recordType: string }) => r.recordType)).toEqual([
      'reintegration_file',
      'released_documents',
      'absence_administration',
      'medical_file',
    ]);
    type Item = {
      recordType: string;
      personId: string;
      caseId: string | null;
      due: boolean;
      removedOn: string;
    };
    const of = (personId: string) =>
      (report.items as Item[])
        .filter((i) => i.personId === personId)
        .map((i) => [i.recordType, i.caseId, i.due, i.removedOn]);
    expect(of(expired.personId)).toEqual(
      expect.arrayContaining([
        ['reintegration_file', expired.caseIds[0], true, '2025-12-16'],
        ['released_documents', expired.caseIds[0], true, '2025-12-16'],
        ['reintegration_file', expired.caseIds[1], true, '2026-02-02'],
        ['absence_administration', null, true, '2026-03-16'],
      ]),
    );
    expect(of(employmentAnniversaryToday.personId)).toEqual([
      ['reintegration_file', employmentAnniversaryToday.caseIds[0], true, '2026-02-02'],
      ['absence_administration', null, false, '2026-03-17'],
    ]);
    expect(of(employed.personId)).toEqual([
      ['reintegration_file', employed.caseIds[0], true, '2021-01-21'],
      ['reintegration_file', employed.caseIds[1], false, '2026-03-17'],
    ]);
    expect(of(stillSick.personId)).toEqual([]);
    expect(of(otherOrg.personId)).toEqual([]); // another organisation's records are not listed
    // whose medical file ends is for the physician; HR gets counts
    expect(of(oldPatient.personId)).toEqual([]);
    expect(report.medicalFiles).toEqual({ due: 1, upcoming: 0 });
    const physician = await (
      await api(t, '/api/v1/absence-retention?horizonDays=1', {
        cookie: org.users.occupational_physician.cookie,
      })
    ).json();
    expect(physician.medicalFiles).toBeNull();
    expect(
      physician.items
        .filter((i: Item) => i.recordType === 'medical_file')
        .map((i: Item) => [i.personId, i.due]),
    ).toEqual([[oldPatient.personId, true]]);
    expect(await rowsOf(org, expired)).toEqual(full(2)); // the dry run removed nothing

    // ── the job, through the scheduler as in production: the run of the day, then the next day's
    await scheduleAbsenceRetention(t.deps, t.clock.now());
    expect(await t.deps.scheduler.runDue()).toBeGreaterThanOrEqual(1);

    expect(await rowsOf(org, expired)).toEqual(purged(2)); // the medical notes stay (WGBO)
    expect(await rowsOf(org, employmentAnniversaryToday)).toEqual(filesGone(1, 1));
    // Done when (issue 16): a closed case of a current employee is gone 2 years after its last sick
    // day; the person's report dates stay (without the contact details of the time)
    expect(await rowsOf(org, { ...employed, caseIds: [employed.caseIds[0] as string] })).toMatchObject({
      plans: 0,
      evaluations: 0,
      milestoneCompletions: 0,
      notices: 0,
      medicalNotes: 1,
    });
    expect(await rowsOf(org, employed)).toMatchObject({
      cases: 1,
      reports: 2,
      recoverySegments: 2,
      plans: 1,
      capabilities: 1,
    });
    expect(await contactsOf(employed.personId)).toEqual(
      expect.arrayContaining([
        ['2019-01-01', null],
        ['2024-02-20', '0612345678'],
      ]),
    );
    expect(await rowsOf(org, stillSick)).toEqual(full(1));
    expect(await rowsOf(org, leftSick)).toEqual(purged(1));
    expect(await rowsOf(other, otherOrg)).toEqual(purged(1));
    expect(await medicalOf(oldPatient.personId)).toEqual({ notes: 0, documents: 0 });
    expect(
      await t.deps.db
        .select()
        .from(schema.absenceDocumentContents)
        .where(eq(schema.absenceDocumentContents.documentId, oldDocument)),
    ).toEqual([]);
    expect(await medicalOf(recentPatient.personId)).toEqual({ notes: 2, documents: 2 });
    const [kept] = await t.deps.db
      .select()
      .from(schema.absenceDocuments)
      .where(eq(schema.absenceDocuments.id, (doc as { id: string }).id));
    expect(kept).toMatchObject({ releasedAt: null, releasedByPersonId: null });
    // the person record and employments stay: these rules cover the absence and medical files only
    expect(
      await t.deps.db.select().from(schema.persons).where(eq(schema.persons.id, expired.personId)),
    ).toHaveLength(1);

    const [event, ...more] = await purgeEvents(org, expired.personId);
    expect(more).toEqual([]);
    expect(event).toMatchObject({
      resourceType: 'person',
      subjectPersonId: expired.personId,
      actorUserId: null,
    });
    expect(event?.details).toMatchObject({
      cases: 2,
      reports: 2,
      recoverySegments: 2,
      milestoneCompletions: 2,
      plans: 2,
      evaluations: 2,
      capabilities: 2,
      notices: 2,
      documentReleasesWithdrawn: 1,
      rules: 'retention-2026',
      on: '2026-03-16',
    });
    expect((event?.details as { records?: unknown[] } | undefined)?.records).toEqual(
      expect.arrayContaining([
        { recordType: 'absence_administration', caseId: null, keptUntil: '2026-03-15' },
      ]),
    );
    // counts only: nothing of the content
    expect(JSON.stringify(event)).not.toMatch(/0612345678|Niet tillen|Gaat goed|Terug naar|WGBO/);
    expect(await purgeEvents(other, otherOrg.personId)).toHaveLength(1);
    // HR sees the events in the audit log
    const log = await (await api(t, '/api/v1/audit-events', { cookie: org.users.hr.cookie })).json();
    expect(JSON.stringify(log)).toContain('absence.retention_purged');

    // idempotent: a second run the same day changes nothing and writes no event
    expect(await runAbsenceRetention(t.deps)).toEqual({ persons: 0, rows: 0 });
    expect(await purgeEvents(org, expired.personId)).toHaveLength(1);

    // the next day: the administration whose anniversary was yesterday, and the employee's second case
    t.clock.set(new Date('2026-03-17T10:00:00Z'));
    expect(await t.deps.scheduler.runDue()).toBeGreaterThanOrEqual(1); // the job enqueued for 17 March
    expect(await rowsOf(org, employmentAnniversaryToday)).toEqual(purged(1));
    expect(await rowsOf(org, employed)).toEqual(filesGone(2, 2));
    expect(await rowsOf(org, stillSick)).toEqual(full(1));
    // the recent patient's file: last entry 20 Mar 2006 → removed on 21 Mar 2026
    t.clock.set(new Date('2026-03-21T10:00:00Z'));
    await runAbsenceRetention(t.deps);
    expect(await medicalOf(recentPatient.personId)).toEqual({ notes: 0, documents: 0 });
  });
});

describe('scheduling', () => {
  it('the daily maintenance enqueues the retention run of the day and succeeds (ANALYZE on PGlite)', async () => {
    t.clock.set(new Date('2026-09-01T04:00:00Z'));
    await scheduleDailyMaintenance(t.deps, t.clock.now());
    await t.deps.scheduler.runDue();
    const jobs = await t.deps.db
      .select()
      .from(schema.jobs)
      .where(inArray(schema.jobs.key, ['maintenance.daily:2026-09-01', 'absence.retention:2026-09-01']));
    expect(Object.fromEntries(jobs.map((j) => [j.key, [j.status, j.lastError]]))).toEqual({
      'maintenance.daily:2026-09-01': ['done', null],
      'absence.retention:2026-09-01': ['done', null],
    });
    // each run enqueued the next day's
    const next = await t.deps.db
      .select()
      .from(schema.jobs)
      .where(inArray(schema.jobs.key, ['maintenance.daily:2026-09-02', 'absence.retention:2026-09-02']));
    expect(next.map((j) => j.status).sort()).toEqual(['pending', 'pending']);
  });
});
