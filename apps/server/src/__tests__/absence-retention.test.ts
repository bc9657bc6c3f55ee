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

describe('absence retention (2 years after employment and re-integration; domain-rules §2.3)', () => {
  it('purges on the day after the anniversary, keeps everything else, audits counts only, and is idempotent', async () => {
    // today 16 Mar 2026
    const expired = await personWith(
      org,
      [['2018-01-01', '2024-03-15']],
      [
        ['2023-11-01', '2023-12-15'],
        ['2024-01-10', '2024-02-01'],
      ],
    );
    const anniversaryToday = await personWith(
      org,
      [['2018-01-01', '2024-03-16']],
      [['2024-01-10', '2024-02-01']],
    );
    const sickPastContract = await personWith(
      org,
      [['2018-01-01', '2023-01-01']],
      [['2022-12-01', '2024-06-30']],
    );
    const employed = await personWith(
      org,
      [
        ['2010-01-01', '2015-12-31'],
        ['2016-01-01', null],
      ],
      [['2019-01-01', '2019-01-20']],
    );
    const openCase = await personWith(org, [['2010-01-01', '2022-01-31']], [['2021-06-01', null]]);
    const otherOrg = await personWith(other, [['2018-01-01', '2024-03-15']], [['2024-01-10', '2024-02-01']]);

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

    // through the scheduler, as in production: the job of the day, then the next day's is enqueued
    await scheduleAbsenceRetention(t.deps, t.clock.now());
    expect(await t.deps.scheduler.runDue()).toBeGreaterThanOrEqual(1);

    expect(await rowsOf(org, expired)).toEqual(purged(2)); // the medical notes stay (WGBO)
    expect(await rowsOf(org, anniversaryToday)).toEqual(full(1));
    expect(await rowsOf(org, sickPastContract)).toEqual(full(1));
    expect(await rowsOf(org, employed)).toEqual(full(1));
    expect(await rowsOf(org, openCase)).toEqual(full(1));
    expect(await rowsOf(other, otherOrg)).toEqual(purged(1));
    const [kept] = await t.deps.db
      .select()
      .from(schema.absenceDocuments)
      .where(eq(schema.absenceDocuments.id, (doc as { id: string }).id));
    expect(kept).toMatchObject({ releasedAt: null, releasedByPersonId: null });
    // the person record and employments stay: this rule covers the absence file only
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
    expect(event?.details).toEqual({
      cases: 2,
      reports: 2,
      recoverySegments: 2,
      milestoneCompletions: 2,
      plans: 2,
      evaluations: 2,
      capabilities: 2,
      notices: 2,
      documentReleasesWithdrawn: 1,
      keptUntil: '2026-03-15',
      rules: 'ap-2016',
      on: '2026-03-16',
    });
    // counts only: nothing of the content
    expect(JSON.stringify(event)).not.toMatch(/0612345678|Niet tillen|Gaat goed|Terug naar/);
    expect(await purgeEvents(other, otherOrg.personId)).toHaveLength(1);
    // HR sees the event in the audit log
    const log = await (await api(t, '/api/v1/audit-events', { cookie: org.users.hr.cookie })).json();
    expect(JSON.stringify(log)).toContain('absence.retention_purged');

    // idempotent: a second run the same day changes nothing and writes no event
    expect(await runAbsenceRetention(t.deps)).toEqual({ persons: 0, rows: 0 });
    expect(await purgeEvents(org, expired.personId)).toHaveLength(1);

    // the next day the one whose anniversary was yesterday goes; the others stay
    t.clock.set(new Date('2026-03-17T10:00:00Z'));
    expect(await t.deps.scheduler.runDue()).toBeGreaterThanOrEqual(1); // the job enqueued for 17 March
    expect(await rowsOf(org, anniversaryToday)).toEqual(purged(1));
    expect(await rowsOf(org, sickPastContract)).toEqual(full(1));

    // 30 Jun 2026 is the case's anniversary: kept; 1 Jul 2026: purged
    t.clock.set(new Date('2026-06-30T10:00:00Z'));
    await runAbsenceRetention(t.deps);
    expect(await rowsOf(org, sickPastContract)).toEqual(full(1));
    t.clock.set(new Date('2026-07-01T10:00:00Z'));
    expect(await runAbsenceRetention(t.deps)).toMatchObject({ persons: 1 });
    expect(await rowsOf(org, sickPastContract)).toEqual(purged(1));
    expect(await rowsOf(org, employed)).toEqual(full(1));
    expect(await rowsOf(org, openCase)).toEqual(full(1));
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
