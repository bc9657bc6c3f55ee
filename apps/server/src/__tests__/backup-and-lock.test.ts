import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataDirLockedError, lockDataDir, openDb } from '@inzetbaar/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, createTestOrg, PASSWORD, signIn, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';
import { restoreBackup, writeBackup } from '../cli/backup';

let t: TestApp;
let org: TestOrg;
beforeAll(async () => {
  t = await createTestApp();
  org = await createTestOrg(t);
});
afterAll(() => t.close());

describe('backup and restore', () => {
  it('restores a backup into an empty PGlite database with logins, people and audit intact', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'inzetbaar-backup-')), 'backup.json.gz');
    const written = await writeBackup(t.deps.db, file);
    expect(written.persons).toBeGreaterThan(0);
    const target = await openDb({ driver: 'pglite' });
    await target.migrate();
    await restoreBackup(target.db, file);
    await expect(restoreBackup(target.db, file)).rejects.toThrow(/not empty/);
    // the restored database serves the same people and accepts the same password
    const { createApp } = await import('../app');
    const { buildDeps } = await import('../bootstrap');
    const restored = { ...t, app: createApp(buildDeps(t.deps.env, target, t.clock)), deps: t.deps };
    const cookie = await signIn(restored, org.users.hr.email, PASSWORD);
    const person = await (await api(restored, `/api/v1/people/${org.inScopePersonId}`, { cookie })).json();
    expect(person.displayName).toBe('Binnen Test');
    const audit = await (await api(restored, '/api/v1/audit-events?action=person.viewed', { cookie })).json();
    expect(audit.total).toBeGreaterThanOrEqual(1); // the view above, with a fresh id after the restored ones
    await target.close();
    // migrating a second PGlite database from scratch: minutes, not seconds, on a busy 2-core machine
  }, 180_000);
});

describe('data directory lock', () => {
  it('keeps a second process out of one PGlite data directory, and takes over a stale lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'inzetbaar-lock-'));
    const release = lockDataDir(dir);
    // a lock held by another live process (pid 1 always exists) refuses
    const other = mkdtempSync(join(tmpdir(), 'inzetbaar-lock-'));
    writeFileSync(join(other, 'inzetbaar.lock'), '1');
    expect(() => lockDataDir(other)).toThrow(DataDirLockedError);
    release();
    // a lock left by a dead process is taken over
    writeFileSync(join(dir, 'inzetbaar.lock'), '999999');
    const again = lockDataDir(dir);
    again();
  });
});
