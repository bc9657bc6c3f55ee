import type {
  TCapabilities,
  TCreateCapabilities,
  TCreateMedicalNote,
  TMedicalNote,
} from '@inzetbaar/contracts';
import type { Actor } from '../../../auth/actor';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { invalidField } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { type CapabilitiesRow, capabilitiesOfCase, insertCapabilities } from '../repo/absence.repo';
import { insertMedicalNote, medicalNotesOfCase } from '../repo/medical.repo';
import { loadCase } from './absence-cases';
import { type Directory, loadDirectory } from './absence-directory';

/*
 * The occupational physician's side (docs/architecture.md §5): medical notes are read and written
 * by the `occupational_physician` role only (the route guard refuses every other role with 403),
 * and every read is audited with the patient as subject, so they see it on /me/file-access.
 * What the physician shares with the employer is the functional capabilities and work advice.
 */

export async function readMedicalNotes(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<{ items: TMedicalNote[] }> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'medical.read');
    const rows = await medicalNotesOfCase(tx, c.organizationId, c.id);
    await recordAudit(tx, actor, c.organizationId, {
      action: 'medical_notes.viewed',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { count: rows.length },
    });
    const dir = await loadDirectory(tx, c.organizationId);
    return {
      items: rows.map((n) => ({
        id: n.id,
        note: n.note,
        diagnosisCode: n.diagnosisCode,
        authorName: n.authorPersonId ? dir.name(n.authorPersonId) : null,
        createdAt: n.createdAt.toISOString(),
      })),
    };
  });
}

export async function writeMedicalNote(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TCreateMedicalNote,
): Promise<TMedicalNote> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'medical.write');
    const row = await insertMedicalNote(tx, {
      organizationId: c.organizationId,
      caseId: c.id,
      personId: c.personId,
      authorPersonId: actor.personId,
      note: input.note,
      diagnosisCode: input.diagnosisCode,
    });
    // the audit event names the note, never its content
    await recordAudit(tx, actor, c.organizationId, {
      action: 'medical_note.created',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { noteId: row.id },
    });
    const dir = await loadDirectory(tx, c.organizationId);
    return {
      id: row.id,
      note: row.note,
      diagnosisCode: row.diagnosisCode,
      authorName: row.authorPersonId ? dir.name(row.authorPersonId) : null,
      createdAt: row.createdAt.toISOString(),
    };
  });
}

export const presentCapabilities = (k: CapabilitiesRow, dir: Directory): TCapabilities => ({
  id: k.id,
  validFrom: k.validFrom,
  limitations: k.limitations,
  possibilities: k.possibilities,
  workAdvice: k.workAdvice,
  prognosis: k.prognosis,
  authorName: k.authorPersonId ? dir.name(k.authorPersonId) : null,
  createdAt: k.createdAt.toISOString(),
});

export async function listCapabilities(
  deps: Deps,
  actor: Actor,
  caseId: string,
): Promise<{ items: TCapabilities[] }> {
  const c = await loadCase(deps.db, actor, caseId, 'absence.read');
  const dir = await loadDirectory(deps.db, c.organizationId);
  return {
    items: (await capabilitiesOfCase(deps.db, c.organizationId, c.id)).map((k) =>
      presentCapabilities(k, dir),
    ),
  };
}

export async function shareCapabilities(
  deps: Deps,
  actor: Actor,
  caseId: string,
  input: TCreateCapabilities,
): Promise<TCapabilities> {
  return deps.db.transaction(async (tx) => {
    const c = await loadCase(tx, actor, caseId, 'capabilities.write');
    if (input.validFrom > today(deps.clock)) throw invalidField('validFrom', 'in_future');
    const row = await insertCapabilities(tx, {
      organizationId: c.organizationId,
      caseId: c.id,
      personId: c.personId,
      authorPersonId: actor.personId,
      ...input,
    });
    await recordAudit(tx, actor, c.organizationId, {
      action: 'absence.capabilities_shared',
      resourceType: 'absence_case',
      resourceId: c.id,
      subjectPersonId: c.personId,
      details: { capabilitiesId: row.id, validFrom: input.validFrom },
    });
    return presentCapabilities(row, await loadDirectory(tx, c.organizationId));
  });
}
