import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleFiles } from '../../test/files';
import { api, createTestOrg, type TestOrg } from '../../test/fixtures';
import { createTestApp, type TestApp } from '../../test/test-app';

/*
 * Documents of the occupational physician on an absence case (docs/absence.md, "Documents"):
 * medical until released; released ones for HR, the manager (unit scope) and the person.
 */

let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let caseId: string;
beforeAll(async () => {
  t = await createTestApp();
  t.clock.set(new Date('2026-03-02T11:00:00Z'));
  org = await createTestOrg(t);
  other = await createTestOrg(t);
  // the employee of the test organisation (unit A1, inside the manager's scope) is the one who is sick
  const res = await api(t, '/api/v1/absences', {
    method: 'POST',
    cookie: org.users.hr.cookie,
    body: { personId: org.users.employee.personId, startDate: '2026-02-02' },
  });
  expect(res.status).toBe(201);
  caseId = (await res.json()).id;
});
afterAll(() => t.close());

type Role = keyof TestOrg['users'];
const cookie = (role: Role) => org.users[role].cookie;
const docs = (path = '') => `/api/v1/absences/${caseId}/documents${path}`;

function form(file: Buffer | string, name: string, fields: Record<string, string> = {}, type = '') {
  const f = new FormData();
  for (const [k, v] of Object.entries({ kind: 'probleemanalyse', title: 'Probleemanalyse', ...fields }))
    f.append(k, v);
  f.append('file', new File([file], name, { type }));
  return f;
}
const upload = (body: FormData, role: Role = 'occupational_physician', path = docs()) =>
  api(t, path, { method: 'POST', cookie: cookie(role), body });
const list = async (role: Role) => {
  const res = await api(t, docs(), { cookie: cookie(role) });
  expect(res.status).toBe(200);
  return (await res.json()).items as { id: string; title: string; releasedAt: string | null }[];
};
const auditOf = async (action: string) =>
  (
    await (
      await api(t, `/api/v1/audit-events?action=${action}&pageSize=100`, { cookie: cookie('hr') })
    ).json()
  ).items as { resourceId: string; subjectPersonId: string | null; details: Record<string, unknown> }[];

describe('case documents', () => {
  let medicalId: string;
  let adviceId: string;

  it('lets the physician upload PDF, DOCX, ODT, PNG and JPEG, typed by their content', async () => {
    const cases: [keyof typeof sampleFiles, string, string][] = [
      ['pdf', 'Probleemanalyse 2026.pdf', 'application/pdf'],
      ['docx', 'advies.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['odt', 'advies.odt', 'application/vnd.oasis.opendocument.text'],
      ['png', 'scan.png', 'image/png'],
      // a JPEG uploaded under a misleading name and header is stored as what it is
      ['jpeg', 'foto.pdf', 'image/jpeg'],
    ];
    for (const [kind, name, type] of cases) {
      const res = await upload(form(sampleFiles[kind](), name, {}, 'application/pdf'));
      expect(res.status, kind).toBe(201);
      const doc = await res.json();
      expect(doc).toMatchObject({ contentType: type, releasedAt: null, kind: 'probleemanalyse' });
      expect(doc.sizeBytes).toBe(sampleFiles[kind]().length);
    }
    const advice = await upload(
      form(sampleFiles.pdf(), '../../etc/Advies "werkhervatting" é.pdf', {
        kind: 'advies',
        title: 'Advies werkhervatting',
      }),
    );
    expect(advice.status).toBe(201);
    const a = await advice.json();
    // path and quotes gone, letters kept, extension of the detected type
    expect(a.fileName).toBe('Advies _werkhervatting_ é.pdf');
    adviceId = a.id;
    medicalId = (await list('occupational_physician'))[0]?.id as string;
  });

  it('keeps unreleased documents from HR, the manager, the employee and the works council', async () => {
    for (const role of ['hr', 'manager', 'employee'] as const) expect(await list(role)).toEqual([]);
    for (const role of ['hr', 'manager', 'employee'] as const) {
      const res = await api(t, docs(`/${medicalId}/content`), { cookie: cookie(role) });
      expect(res.status, role).toBe(403);
    }
    for (const role of ['works_council', 'prevention_officer', 'coach'] as const) {
      expect((await api(t, docs(), { cookie: cookie(role) })).status, role).toBe(403);
      expect((await api(t, docs(`/${medicalId}/content`), { cookie: cookie(role) })).status, role).toBe(403);
    }
  });

  it('lets only the physician upload, release, withdraw and delete', async () => {
    for (const role of ['hr', 'manager', 'employee', 'works_council'] as const) {
      expect((await upload(form(sampleFiles.pdf(), 'x.pdf'), role)).status, role).toBe(403);
      const rel = await api(t, docs(`/${adviceId}/release`), {
        method: 'PUT',
        cookie: cookie(role),
        body: { confirmNoDiagnosis: true },
      });
      expect(rel.status, role).toBe(403);
      expect(
        (await api(t, docs(`/${adviceId}`), { method: 'DELETE', cookie: cookie(role) })).status,
        role,
      ).toBe(403);
    }
  });

  it('audits every read of a medical document and the physician’s listing of them', async () => {
    const res = await api(t, docs(`/${medicalId}/content`), { cookie: cookie('occupational_physician') });
    expect(res.status).toBe(200);
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Probleemanalyse 2026.pdf"; filename*=UTF-8''Probleemanalyse%202026.pdf`,
    );
    const viewed = await auditOf('medical_document.viewed');
    expect(viewed.filter((e) => e.resourceId === medicalId)).toHaveLength(1);
    expect(viewed[0]?.subjectPersonId).toBe(org.users.employee.personId);
    // titles and file names never go to the audit log
    expect(JSON.stringify(viewed)).not.toContain('Probleemanalyse 2026');
    expect((await auditOf('medical_documents.listed')).length).toBeGreaterThan(0);
  });

  it('releases a document only with the confirmation that it holds no diagnosis', async () => {
    const refusals: [Record<string, unknown>, string][] = [
      [{}, 'required'],
      [{ confirmNoDiagnosis: false }, 'confirm_no_diagnosis'],
    ];
    for (const [body, code] of refusals) {
      const res = await api(t, docs(`/${adviceId}/release`), {
        method: 'PUT',
        cookie: cookie('occupational_physician'),
        body,
      });
      expect(res.status).toBe(422);
      expect((await res.json()).errors).toEqual([
        expect.objectContaining({ field: 'confirmNoDiagnosis', code }),
      ]);
    }
    expect((await list('hr')).length).toBe(0);
    const res = await api(t, docs(`/${adviceId}/release`), {
      method: 'PUT',
      cookie: cookie('occupational_physician'),
      body: { confirmNoDiagnosis: true },
    });
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.releasedAt).toBe('2026-03-02T11:00:00.000Z');
    expect(doc.releasedByName).toBeTruthy();
    const released = await auditOf('absence_document.released');
    expect(released.find((e) => e.resourceId === adviceId)?.details).toMatchObject({
      confirmedNoDiagnosis: true,
    });
  });

  it('shows a released document to HR, the manager and the employee, and audits each download', async () => {
    for (const role of ['hr', 'manager', 'employee'] as const) {
      expect((await list(role)).map((d) => d.id)).toEqual([adviceId]);
      const res = await api(t, docs(`/${adviceId}/content`), { cookie: cookie(role) });
      expect(res.status, role).toBe(200);
      expect(res.headers.get('content-disposition')).toContain('attachment;');
      expect(res.headers.get('content-disposition')).toContain(
        `filename*=UTF-8''${encodeURIComponent('Advies _werkhervatting_ é.pdf')}`,
      );
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
    // the medical ones stay hidden beside it
    expect((await api(t, docs(`/${medicalId}/content`), { cookie: cookie('hr') })).status).toBe(403);
    const downloads = (await auditOf('absence_document.downloaded')).filter((e) => e.resourceId === adviceId);
    expect(downloads).toHaveLength(3);
  });

  it('keeps a manager of another unit and another organisation out', async () => {
    // a case outside the manager's units: 404 for the manager (outside scope looks like missing)
    const res = await api(t, '/api/v1/absences', {
      method: 'POST',
      cookie: cookie('hr'),
      body: { personId: org.outOfScopePersonId, startDate: '2026-02-20' },
    });
    const outside = (await res.json()).id;
    expect(
      (await api(t, `/api/v1/absences/${outside}/documents`, { cookie: cookie('manager') })).status,
    ).toBe(404);
    // another organisation's physician and HR: 404 on the case, the file and every change
    for (const role of ['occupational_physician', 'hr'] as const) {
      const c = other.users[role].cookie;
      expect((await api(t, docs(), { cookie: c })).status).toBe(404);
      expect((await api(t, docs(`/${adviceId}/content`), { cookie: c })).status).toBe(404);
    }
    const c = other.users.occupational_physician.cookie;
    expect(
      (await api(t, docs(), { method: 'POST', cookie: c, body: form(sampleFiles.pdf(), 'x.pdf') })).status,
    ).toBe(404);
    expect((await api(t, docs(`/${adviceId}`), { method: 'DELETE', cookie: c })).status).toBe(404);
    // and a document id of this case under another case is not found
    expect(
      (await api(t, `/api/v1/absences/${outside}/documents/${adviceId}/content`, { cookie: cookie('hr') }))
        .status,
    ).toBe(404);
  });

  it('withdraws a release: the document is medical again', async () => {
    const res = await api(t, docs(`/${adviceId}/release`), {
      method: 'DELETE',
      cookie: cookie('occupational_physician'),
    });
    expect(res.status).toBe(200);
    expect((await res.json()).releasedAt).toBeNull();
    expect(await list('manager')).toEqual([]);
    expect((await api(t, docs(`/${adviceId}/content`), { cookie: cookie('manager') })).status).toBe(403);
    const withdrawn = await auditOf('absence_document.release_withdrawn');
    expect(withdrawn.find((e) => e.resourceId === adviceId)?.details).toMatchObject({
      releasedAt: '2026-03-02T11:00:00.000Z',
    });
  });

  it('refuses other types and oversized files with problem+json naming the field', async () => {
    const refused: [Buffer | string, string, number, string][] = [
      ['gewoon tekst, geen pdf', 'brief.pdf', 422, 'unsupported_document_type'],
      [sampleFiles.xlsx(), 'lijst.docx', 422, 'unsupported_document_type'],
      ['<html><script>alert(1)</script></html>', 'x.png', 422, 'unsupported_document_type'],
      [Buffer.alloc(0), 'leeg.pdf', 422, 'file_required'],
      // one byte over 10 MB: the contract refuses it
      [Buffer.concat([sampleFiles.pdf(), Buffer.alloc(10 * 1024 * 1024)]), 'groot.pdf', 422, 'too_large'],
      // far over: refused before it is read into memory
      [Buffer.alloc(11 * 1024 * 1024), 'enorm.pdf', 413, 'too_large'],
    ];
    for (const [content, name, status, code] of refused) {
      const res = await upload(form(content, name, {}, 'application/pdf'));
      expect(res.status, name).toBe(status);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect((await res.json()).errors, name).toEqual([expect.objectContaining({ field: 'file', code })]);
    }
    const noFile = new FormData();
    noFile.append('kind', 'advies');
    noFile.append('title', 'Zonder bestand');
    const res = await upload(noFile);
    expect(res.status).toBe(422);
    expect((await res.json()).errors).toEqual([expect.objectContaining({ field: 'file' })]);
    const badKind = await upload(form(sampleFiles.pdf(), 'x.pdf', { kind: 'diagnose', title: '' }));
    expect(badKind.status).toBe(422);
    expect(((await badKind.json()).errors as { field: string }[]).map((e) => e.field).sort()).toEqual([
      'kind',
      'title',
    ]);
    // nothing of all that was stored
    expect(await list('occupational_physician')).toHaveLength(6);
  });

  it('lets the physician delete a document and its file', async () => {
    const res = await api(t, docs(`/${medicalId}`), {
      method: 'DELETE',
      cookie: cookie('occupational_physician'),
    });
    expect(res.status).toBe(204);
    expect((await list('occupational_physician')).map((d) => d.id)).not.toContain(medicalId);
    expect(
      (await api(t, docs(`/${medicalId}/content`), { cookie: cookie('occupational_physician') })).status,
    ).toBe(404);
    const deleted = await auditOf('absence_document.deleted');
    expect(deleted.find((e) => e.resourceId === medicalId)?.subjectPersonId).toBe(
      org.users.employee.personId,
    );
  });
});
