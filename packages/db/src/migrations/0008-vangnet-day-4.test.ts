import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../client';

/*
 * Migration 0008_vangnet-day-4: the in-app notices already sent about the vangnet report to UWV
 * get the corrected due date — the 4th sick day of the case's first vangnet report (rule set
 * wvp-2013-r2) — and whether the task was overdue on the notice's day.
 */

const ORG = 'org-1';
let client: PGlite;
let dir: string;
const q = async <T>(sql: string) => (await client.query<T>(sql)).rows;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inzetbaar-0008-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === '0008_vangnet-day-4');
  expect(upTo).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  client = new PGlite();
  await migrate(drizzle({ client }), { migrationsFolder: dir });
  await client.exec(`
    INSERT INTO absence_cases (id, organization_id, person_id, first_sick_day) VALUES
      ('c1', '${ORG}', 'anna', '2026-01-05'),
      ('c2', '${ORG}', 'bea', '2026-02-02');
    INSERT INTO absence_reports (id, organization_id, case_id, person_id, start_date, end_date, safety_net) VALUES
      ('r1', '${ORG}', 'c1', 'anna', '2026-01-05', '2026-01-18', false),
      ('r2', '${ORG}', 'c1', 'anna', '2026-01-29', NULL, true),
      ('r3', '${ORG}', 'c2', 'bea', '2026-02-02', NULL, true);
    INSERT INTO absence_notices (id, organization_id, recipient_person_id, case_id, milestone_key, due, overdue, key) VALUES
      ('n1', '${ORG}', 'hr', 'c1', 'uwv_vangnet_melding', '2026-03-11', false, 'c1:uwv_vangnet_melding:2026-03-05:hr'),
      ('n2', '${ORG}', 'hr', 'c2', 'uwv_vangnet_melding', '2026-03-15', false, 'c2:uwv_vangnet_melding:2026-02-04:hr'),
      ('n3', '${ORG}', 'hr', 'c1', 'plan_van_aanpak', '2026-03-01', true, 'c1:plan_van_aanpak:2026-03-05:hr');
  `);
  await migrate(drizzle({ client }), { migrationsFolder });
});

afterAll(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('migration 0008_vangnet-day-4', () => {
  it('moves the vangnet report notices to the 4th sick day and recomputes overdue on the notice day', async () => {
    expect(await q('SELECT id, due::text AS due, overdue FROM absence_notices ORDER BY id')).toEqual([
      // first vangnet report of c1 starts 29 Jan: due 1 Feb; the notice of 5 Mar was overdue
      { id: 'n1', due: '2026-02-01', overdue: true },
      // c2 from 2 Feb: due 5 Feb; the notice of 4 Feb was not overdue yet
      { id: 'n2', due: '2026-02-05', overdue: false },
      // other milestones are untouched
      { id: 'n3', due: '2026-03-01', overdue: true },
    ]);
  });
});
