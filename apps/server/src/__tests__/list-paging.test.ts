import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signIn } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from '../platform/demo/demo-accounts';
import { seedDemo } from '../platform/demo/seed-demo';

/*
 * Issue #10: the people page and its total come from one statement (count(*) over()), and the
 * absence list builds summaries for the page only. Paging must still add up: the pages together
 * are the whole list in the same order, the totals agree, and a page past the end says the total.
 */
let t: TestApp;
let hr: string;
beforeAll(async () => {
  t = await createTestApp({ isolated: true });
  t.clock.set(new Date('2026-05-13T10:00:00Z'));
  await seedDemo(t.deps);
  hr = await signIn(t, 'hr@demo.inzetbaar.nl', DEMO_PASSWORD);
}, 120_000);
afterAll(() => t.close());

const get = async (path: string) => {
  const res = await api(t, path, { cookie: hr });
  expect(res.status).toBe(200);
  return res.json();
};

async function allPages(base: string, pageSize: number) {
  const first = await get(`${base}&pageSize=${pageSize}&page=1`);
  const ids: string[] = first.items.map((i: { id: string }) => i.id);
  for (let page = 2; (page - 1) * pageSize < first.total; page++) {
    const next = await get(`${base}&pageSize=${pageSize}&page=${page}`);
    expect(next.total).toBe(first.total);
    ids.push(...next.items.map((i: { id: string }) => i.id));
  }
  return { total: first.total as number, ids };
}

describe('paging after the speed work', () => {
  it('people: pages add up to the total, in order; past the end the total still shows', async () => {
    const whole = await allPages('/api/v1/people?status=all', 200); // 200 is the largest page
    expect(whole.total).toBeGreaterThan(200);
    expect(whole.ids.length).toBe(whole.total);
    expect(new Set(whole.ids).size).toBe(whole.total);
    const paged = await allPages('/api/v1/people?status=all', 17);
    expect(paged.total).toBe(whole.total);
    expect(paged.ids).toEqual(whole.ids);
    const past = await get('/api/v1/people?status=all&pageSize=20&page=99');
    expect(past).toMatchObject({ items: [], total: whole.total, page: 99 });
    const none = await get('/api/v1/people?q=zzzz-niemand&pageSize=20');
    expect(none).toMatchObject({ items: [], total: 0 });
  }, 120_000);

  it('absences: pages of the deadline-ordered list add up, with the overdue filter too', async () => {
    for (const status of ['open', 'all']) {
      const whole = await get(`/api/v1/absences?status=${status}&pageSize=200`);
      const pages = await allPages(`/api/v1/absences?status=${status}`, 200); // 200 is the largest page
      expect(pages.total).toBe(whole.total);
      expect(new Set(pages.ids).size).toBe(whole.total);
      const paged = await allPages(`/api/v1/absences?status=${status}`, status === 'open' ? 7 : 60);
      expect(paged.total).toBe(whole.total);
      expect(paged.ids).toEqual(pages.ids);
      // the overdue filter: overdue cases come first in this order, so the first page's overdue
      // cases are the filtered list's first ones; overdue and not overdue add up to the whole
      const overdue = await get(`/api/v1/absences?status=${status}&overdue=true&pageSize=200`);
      const expected = whole.items.filter((i: { overdue: unknown[] }) => i.overdue.length > 0);
      expect(expected.length).toBeGreaterThan(0);
      expect(overdue.items.slice(0, expected.length).map((i: { id: string }) => i.id)).toEqual(
        expected.map((i: { id: string }) => i.id),
      );
      const notOverdue = await get(`/api/v1/absences?status=${status}&overdue=false&pageSize=1`);
      expect(overdue.total + notOverdue.total).toBe(whole.total);
    }
    const open = await get('/api/v1/absences?status=open&pageSize=1');
    expect(open.total).toBeGreaterThan(5);
  }, 120_000);
});
