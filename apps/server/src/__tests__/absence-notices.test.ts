import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { runDeadlineReminders } from '../modules/verzuim/services/absence-deadlines';

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T11:00:00Z')); // Monday 2 March 2026
  org = await createTestOrg(t);
  other = await createTestOrg(t);
  // The employee (unit A1) reported sick 8 weeks ago: the probleemanalyse is overdue and the plan
  // van aanpak is due, so the reminder job writes notices for hr, the manager, the physician and
  // the employee (joint tasks).
  const res = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: { personId: org.users.employee.personId, startDate: '2026-01-05' },
  });
  expect(res.status).toBe(201);
  await runDeadlineReminders(t.deps);
});
afterAll(() => t.close());

type Notice = { id: string; caseId: string; milestoneKey: string; createdAt: string; readAt: string | null };
const as = (role: keyof TestOrg['users'], o: TestOrg = org) => o.users[role].cookie;
async function notices(cookie: string): Promise<{ items: Notice[]; unread: number }> {
  const res = await api(t, '/api/v1/me/absence-notices', { cookie });
  expect(res.status).toBe(200);
  return res.json();
}
const unreadTasks = (items: Notice[]) =>
  new Set(items.filter((n) => n.readAt === null).map((n) => `${n.caseId}:${n.milestoneKey}`)).size;
const unreadCount = async (cookie: string) =>
  (await (await api(t, '/api/v1/me/absence-notices/unread', { cookie })).json()).unread as number;

describe('in-app notices: read state', () => {
  it('lists the notices unread, and counts unread tasks for the badge', async () => {
    const list = await notices(as('hr'));
    expect(list.items.length).toBeGreaterThanOrEqual(2);
    expect(list.items.every((n) => n.readAt === null)).toBe(true);
    expect(list.unread).toBe(unreadTasks(list.items));
    expect(await unreadCount(as('hr'))).toBe(list.unread);
    // the employee has the joint tasks on their own case
    expect((await notices(as('employee'))).unread).toBeGreaterThan(0);
  });

  it('marks one notice read; only the recipient may, anyone else gets 404', async () => {
    const before = await notices(as('hr'));
    const target = before.items[0] as Notice;
    for (const cookie of [as('manager'), as('employee'), as('hr', other)]) {
      const res = await api(t, `/api/v1/me/absence-notices/${target.id}/read`, { method: 'POST', cookie });
      expect(res.status).toBe(404);
    }
    expect((await notices(as('hr'))).items.find((n) => n.id === target.id)?.readAt).toBeNull();
    expect(
      (await api(t, '/api/v1/me/absence-notices/nope/read', { method: 'POST', cookie: as('hr') })).status,
    ).toBe(404);
    expect((await api(t, `/api/v1/me/absence-notices/${target.id}/read`, { method: 'POST' })).status).toBe(
      401,
    );

    const res = await api(t, `/api/v1/me/absence-notices/${target.id}/read`, {
      method: 'POST',
      cookie: as('hr'),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ marked: 1, unread: before.unread - 1 });
    const after = await notices(as('hr'));
    expect(after.items.find((n) => n.id === target.id)?.readAt).toBe('2026-03-02T11:00:00.000Z');
    expect(after.unread).toBe(before.unread - 1);
    // again: nothing changes
    expect(
      await (
        await api(t, `/api/v1/me/absence-notices/${target.id}/read`, { method: 'POST', cookie: as('hr') })
      ).json(),
    ).toEqual({ marked: 0, unread: before.unread - 1 });
    // the manager's own notices are untouched
    expect((await notices(as('manager'))).items.every((n) => n.readAt === null)).toBe(true);
  });

  it('counts a task once when the next day brings a new notice, and marks its older ones with it', async () => {
    t.clock.set(new Date('2026-03-03T11:00:00Z'));
    expect((await runDeadlineReminders(t.deps)).notices).toBeGreaterThan(0);
    const list = await notices(as('manager'));
    // two days of notices for the same tasks, all unread: the badge counts the tasks
    const tasks = new Set(list.items.map((n) => `${n.caseId}:${n.milestoneKey}`));
    expect(list.items.length).toBe(tasks.size * 2);
    expect(list.unread).toBe(tasks.size);
    const newest = list.items[0] as Notice;
    const res = await api(t, `/api/v1/me/absence-notices/${newest.id}/read`, {
      method: 'POST',
      cookie: as('manager'),
    });
    // today's notice and yesterday's of the same task
    expect(await res.json()).toEqual({ marked: 2, unread: tasks.size - 1 });
    const after = await notices(as('manager'));
    const sameTask = after.items.filter(
      (n) => n.caseId === newest.caseId && n.milestoneKey === newest.milestoneKey,
    );
    expect(sameTask.map((n) => n.readAt)).toEqual(['2026-03-03T11:00:00.000Z', '2026-03-03T11:00:00.000Z']);
  });

  it('marks all read, idempotently, for the actor only', async () => {
    const employeeBefore = await notices(as('employee'));
    const res = await api(t, '/api/v1/me/absence-notices/read-all', {
      method: 'POST',
      cookie: as('manager'),
    });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.unread).toBe(0);
    expect(body.marked).toBeGreaterThan(0);
    expect((await notices(as('manager'))).items.every((n) => n.readAt !== null)).toBe(true);
    expect(await unreadCount(as('manager'))).toBe(0);
    expect(
      await (
        await api(t, '/api/v1/me/absence-notices/read-all', { method: 'POST', cookie: as('manager') })
      ).json(),
    ).toEqual({ marked: 0, unread: 0 });
    expect((await notices(as('employee'))).unread).toBe(employeeBefore.unread);
  });
});
