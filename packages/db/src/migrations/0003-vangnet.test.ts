import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrationsFolder } from '../client';

/*
 * The hand-written migration 0003_vangnet keeps existing data: pregnancy_related/vangnet become
 * safety_net, and a pregnancy case that belongs to the same samentelregel chain as an ordinary case
 * is merged into the chain's first case with its milestone records, plan and evaluations.
 */

const ORG = 'org-1';
let client: PGlite;
let dir: string;

const q = async <T>(sql: string) => (await client.query<T>(sql)).rows;

beforeAll(async () => {
  // Apply 0000–0002 only: a migrations folder whose journal stops before 0003.
  dir = mkdtempSync(join(tmpdir(), 'inzetbaar-0003-'));
  cpSync(migrationsFolder, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const upTo = journal.entries.findIndex((e) => e.tag === '0003_vangnet');
  expect(upTo).toBeGreaterThan(0);
  writeFileSync(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
  client = new PGlite();
  await migrate(drizzle({ client }), { migrationsFolder: dir });

  await client.exec(`
    INSERT INTO absence_cases (id, organization_id, person_id, kind, first_sick_day, last_sick_day) VALUES
      ('c1', '${ORG}', 'anna', 'ordinary', '2022-01-03', NULL),
      ('c2', '${ORG}', 'anna', 'pregnancy', '2022-02-01', '2022-03-31'),
      ('c3', '${ORG}', 'bea', 'pregnancy', '2022-05-02', '2022-05-20'),
      ('c4', '${ORG}', 'cor', 'ordinary', '2022-01-03', '2022-01-30'),
      ('c5', '${ORG}', 'cor', 'ordinary', '2022-02-28', NULL);
    INSERT INTO absence_reports (id, organization_id, case_id, person_id, start_date, end_date, pregnancy_related, vangnet) VALUES
      ('r1', '${ORG}', 'c1', 'anna', '2022-01-03', '2022-01-30', false, true),
      ('r2', '${ORG}', 'c2', 'anna', '2022-02-01', '2022-03-31', true, false),
      ('r3', '${ORG}', 'c1', 'anna', '2022-04-10', NULL, false, false),
      ('r4', '${ORG}', 'c3', 'bea', '2022-05-02', '2022-05-20', true, false),
      ('r5', '${ORG}', 'c4', 'cor', '2022-01-03', '2022-01-30', false, false),
      ('r6', '${ORG}', 'c5', 'cor', '2022-02-28', NULL, false, false);
    INSERT INTO absence_milestone_completions (id, organization_id, case_id, key, done_on) VALUES
      ('m1', '${ORG}', 'c1', 'probleemanalyse', '2022-02-10'),
      ('m2', '${ORG}', 'c2', 'probleemanalyse', '2022-03-01'),
      ('m3', '${ORG}', 'c2', 'uwv_zwangerschap_melding', '2022-03-05'),
      ('m4', '${ORG}', 'c2', 'plan_van_aanpak', '2022-03-10'),
      ('m5', '${ORG}', 'c1', 'plan_van_aanpak', '2022-04-20'),
      ('m6', '${ORG}', 'c3', 'uwv_zwangerschap_melding', '2022-05-10');
    INSERT INTO absence_plans (id, organization_id, case_id, goals, updated_at) VALUES
      ('p1', '${ORG}', 'c1', 'older plan', '2022-02-20T10:00:00Z'),
      ('p2', '${ORG}', 'c2', 'newer plan', '2022-03-20T10:00:00Z');
    INSERT INTO absence_evaluations (id, organization_id, case_id, date, summary) VALUES
      ('e1', '${ORG}', 'c2', '2022-03-15', 'evaluation of the pregnancy case');
  `);
  await migrate(drizzle({ client }), { migrationsFolder });
});

afterAll(async () => {
  await client?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('migration 0003_vangnet', () => {
  it('keeps the flag: safety_net = pregnancy_related OR vangnet, and drops the old columns', async () => {
    expect(await q('SELECT id, safety_net FROM absence_reports ORDER BY id')).toEqual([
      { id: 'r1', safety_net: true }, // vangnet
      { id: 'r2', safety_net: true }, // pregnancy_related
      { id: 'r3', safety_net: false },
      { id: 'r4', safety_net: true },
      { id: 'r5', safety_net: false },
      { id: 'r6', safety_net: false },
    ]);
    const columns = await q<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_name IN ('absence_reports', 'absence_cases')
         AND column_name IN ('pregnancy_related', 'vangnet', 'kind')`,
    );
    expect(columns).toEqual([]);
  });

  it('merges a pregnancy case into the ordinary case of the same chain; other cases stay', async () => {
    expect(await q('SELECT id, case_id FROM absence_reports ORDER BY id')).toEqual([
      { id: 'r1', case_id: 'c1' },
      { id: 'r2', case_id: 'c1' },
      { id: 'r3', case_id: 'c1' },
      { id: 'r4', case_id: 'c3' }, // alone: stays its own case
      { id: 'r5', case_id: 'c4' }, // 28 fit days: two cases, as before
      { id: 'r6', case_id: 'c5' },
    ]);
    const cases = await q<{
      id: string;
      first_sick_day: string;
      last_sick_day: string | null;
      version: number;
    }>(
      "SELECT id, to_char(first_sick_day, 'YYYY-MM-DD') AS first_sick_day, last_sick_day, version FROM absence_cases ORDER BY id",
    );
    expect(cases.map((c) => [c.id, c.first_sick_day, c.last_sick_day, c.version])).toEqual([
      ['c1', '2022-01-03', null, 2], // merged: new version
      ['c3', '2022-05-02', expect.anything(), 1],
      ['c4', '2022-01-03', expect.anything(), 1],
      ['c5', '2022-02-28', null, 1],
    ]);
  });

  it('moves milestone records (earliest wins on a clash, renamed key kept), the newest plan and evaluations', async () => {
    const done = await q<{ case_id: string; key: string; done_on: string }>(
      "SELECT case_id, key, to_char(done_on, 'YYYY-MM-DD') AS done_on FROM absence_milestone_completions ORDER BY case_id, key",
    );
    expect(done).toEqual([
      { case_id: 'c1', key: 'plan_van_aanpak', done_on: '2022-03-10' }, // c2's, earlier than c1's 20 Apr
      { case_id: 'c1', key: 'probleemanalyse', done_on: '2022-02-10' }, // c1's, earlier than c2's
      { case_id: 'c1', key: 'uwv_vangnet_melding', done_on: '2022-03-05' },
      { case_id: 'c3', key: 'uwv_vangnet_melding', done_on: '2022-05-10' },
    ]);
    expect(await q('SELECT case_id, goals FROM absence_plans')).toEqual([
      { case_id: 'c1', goals: 'newer plan' },
    ]);
    expect(await q('SELECT id, case_id FROM absence_evaluations')).toEqual([{ id: 'e1', case_id: 'c1' }]);
  });
});
