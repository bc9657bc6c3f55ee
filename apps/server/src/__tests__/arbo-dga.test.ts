import { schema } from '@inzetbaar/db';
import { and, eq, ne } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * Issue 16: the hours of a director-major shareholder (dga) do not count towards the exemption
 * from the RI&E toetsing for employers with at most 40 paid hours a week.
 */

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T11:00:00Z'));
  org = await createTestOrg(t); // 10 people, 24 hours a week each
});
afterAll(() => t.close());

const duties = async () => (await api(t, '/api/v1/arbo-duties', { cookie: org.users.hr.cookie })).json();

describe('the 40-hour exemption without a dga’s hours', () => {
  it('counts only the hours of employees who are not a dga', async () => {
    const before = await duties();
    expect(before).toMatchObject({
      paidHoursPerWeekTotal: 240,
      majorityShareholderDirectorHoursPerWeek: 0,
      toetsing: { required: true },
    });

    // the hr person's employment is marked dga through the API (the contract's round trip) …
    const person = await (
      await api(t, `/api/v1/people/${org.users.hr.personId}`, { cookie: org.users.hr.cookie })
    ).json();
    const e = person.employments[0];
    expect(e.isMajorityShareholderDirector).toBe(false);
    const res = await api(t, `/api/v1/employments/${e.id}`, {
      method: 'PATCH',
      cookie: org.users.hr.cookie,
      body: { version: e.version, isMajorityShareholderDirector: true },
    });
    expect(res.status).toBe(200);
    expect(await duties()).toMatchObject({
      majorityShareholderDirectorHoursPerWeek: 24,
      toetsing: { required: true },
    });

    // … and all but one other: 9 × 24 = 216 dga hours, 24 hours of paid work by employees
    await t.deps.db
      .update(schema.employments)
      .set({ isMajorityShareholderDirector: true })
      .where(
        and(
          eq(schema.employments.organizationId, org.organizationId),
          ne(schema.employments.personId, org.outOfScopePersonId),
        ),
      );
    expect(await duties()).toMatchObject({
      paidHoursPerWeekTotal: 240,
      majorityShareholderDirectorHoursPerWeek: 216,
      toetsing: { required: false, reason: 'max_40_paid_hours_per_week' },
    });
  });
});
