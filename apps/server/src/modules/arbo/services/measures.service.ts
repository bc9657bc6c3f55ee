import type { TCreateMeasure, TMeasure, TUpdateMeasure } from '@inzetbaar/contracts';
import type { DbOrTx } from '@inzetbaar/db';
import { addDays } from '@inzetbaar/domain';
import ExcelJS from 'exceljs';
import type { Actor } from '../../../auth/actor';
import { authorize, grantsOf } from '../../../platform/access/policy';
import { recordAudit } from '../../../platform/audit/record-audit';
import type { Deps } from '../../../platform/http/context';
import { AppError, invalidField, notFound, staleVersion } from '../../../platform/http/problem';
import { measureReminderMail } from '../../../platform/mail/templates';
import { today } from '../../../platform/today';
import { displayName, findPerson } from '../../people/repo/people.repo';
import { rolesOfPerson } from '../../people/repo/roles.repo';
import { findUserEmail } from '../../people/repo/users.repo';
import {
  deleteMeasure,
  findAssessment,
  findMeasure,
  insertMeasure,
  isMeasureLinkedToReport,
  listMeasures,
  type MeasureRow,
  openMeasuresDueBy,
  personNames,
  updateMeasure,
} from '../repo/arbo.repo';

const orgOf = (actor: Actor) => actor.organizationId as string;
const OPEN: readonly MeasureRow['status'][] = ['planned', 'in_progress'];

export const isOverdue = (m: Pick<MeasureRow, 'dueDate' | 'status'>, day: string) =>
  !!m.dueDate && m.dueDate < day && OPEN.includes(m.status);

export const presentMeasure = (m: MeasureRow, names: Map<string, string>, day: string): TMeasure => ({
  id: m.id,
  assessmentId: m.assessmentId,
  riskId: m.riskId,
  description: m.description,
  level: m.level,
  ownerPersonId: m.ownerPersonId,
  ownerName: m.ownerPersonId ? (names.get(m.ownerPersonId) ?? null) : null,
  dueDate: m.dueDate,
  budget: m.budget,
  status: m.status,
  completedOn: m.completedOn,
  effectivenessCheckOn: m.effectivenessCheckOn,
  effectivenessResult: m.effectivenessResult,
  effectivenessNotes: m.effectivenessNotes,
  overdue: isOverdue(m, day),
  version: m.version,
});

async function present(db: DbOrTx, deps: Deps, rows: MeasureRow[], organizationId: string) {
  const names = await personNames(
    db,
    organizationId,
    rows.map((r) => r.ownerPersonId),
  );
  const day = today(deps.clock);
  return rows.map((r) => presentMeasure(r, names, day));
}

export async function searchMeasures(
  deps: Deps,
  actor: Actor,
  q: {
    assessmentId?: string | undefined;
    status?: MeasureRow['status'] | undefined;
    overdue?: 'true' | 'false' | undefined;
  },
) {
  authorize(actor, 'measure.read');
  const organizationId = orgOf(actor);
  const rows = await listMeasures(deps.db, organizationId, {
    assessmentId: q.assessmentId,
    status: q.status,
    ...(q.overdue === 'true' ? { overdueOn: today(deps.clock) } : {}),
  });
  return { items: await present(deps.db, deps, rows, organizationId) };
}

async function checkRefs(
  db: DbOrTx,
  organizationId: string,
  v: { assessmentId?: string | null | undefined; ownerPersonId?: string | null | undefined },
) {
  if (v.assessmentId && !(await findAssessment(db, organizationId, v.assessmentId)))
    throw invalidField('assessmentId', 'unknown_reference');
  if (v.ownerPersonId && !(await findPerson(db, organizationId, v.ownerPersonId)))
    throw invalidField('ownerPersonId', 'unknown_reference');
}

export async function createMeasure(deps: Deps, actor: Actor, input: TCreateMeasure) {
  authorize(actor, 'measure.write');
  const organizationId = orgOf(actor);
  return deps.db.transaction(async (tx) => {
    await checkRefs(tx, organizationId, input);
    const row = await insertMeasure(tx, { organizationId, ...input });
    await recordAudit(tx, actor, organizationId, {
      action: 'measure.created',
      resourceType: 'measure',
      resourceId: row.id,
      details: { riskId: row.riskId },
    });
    return (await present(tx, deps, [row], organizationId))[0] as TMeasure;
  });
}

export async function changeMeasure(deps: Deps, actor: Actor, id: string, input: TUpdateMeasure) {
  authorize(actor, 'measure.write');
  const organizationId = orgOf(actor);
  const { version, ...patch } = input;
  return deps.db.transaction(async (tx) => {
    const current = await findMeasure(tx, organizationId, id);
    if (!current) throw notFound();
    await checkRefs(tx, organizationId, patch);
    const extra: Partial<MeasureRow> = {};
    if (patch.status === 'done' && current.status !== 'done') extra.completedOn = today(deps.clock);
    if (patch.status && patch.status !== 'done') extra.completedOn = null;
    const row = await updateMeasure(tx, organizationId, id, version, { ...patch, ...extra });
    if (!row) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'measure.updated',
      resourceType: 'measure',
      resourceId: id,
      details: { fields: Object.keys(patch) },
    });
    return (await present(tx, deps, [row], organizationId))[0] as TMeasure;
  });
}

/**
 * Delete a measure of the plan van aanpak (a mistake, a duplicate). Refused (409) when it belongs to
 * a locked RI&E — that plan is the fixed record the works council consented to and the toetsing
 * checked — and when a report links to it, because its reporter was told about it in the feedback.
 * Both can still be set to "cancelled", which keeps the trail.
 */
export async function removeMeasure(deps: Deps, actor: Actor, id: string, version: number) {
  authorize(actor, 'measure.write');
  const organizationId = orgOf(actor);
  await deps.db.transaction(async (tx) => {
    const current = await findMeasure(tx, organizationId, id);
    if (!current) throw notFound();
    const assessment = current.assessmentId
      ? await findAssessment(tx, organizationId, current.assessmentId)
      : undefined;
    if (assessment?.status === 'locked') throw new AppError(409, 'measure_in_locked_rie');
    if (await isMeasureLinkedToReport(tx, organizationId, id))
      throw new AppError(409, 'measure_linked_to_report');
    if (!(await deleteMeasure(tx, organizationId, id, version))) throw staleVersion();
    await recordAudit(tx, actor, organizationId, {
      action: 'measure.deleted',
      resourceType: 'measure',
      resourceId: id,
      details: {
        description: current.description,
        assessmentId: current.assessmentId,
        riskId: current.riskId,
        status: current.status,
      },
    });
  });
}

const LEVEL_NL = { bron: 'Bron', collectief: 'Collectief', individueel: 'Individueel', pbm: 'PBM' } as const;
const STATUS_NL = {
  planned: 'Gepland',
  in_progress: 'In uitvoering',
  done: 'Gereed',
  cancelled: 'Vervallen',
} as const;
const RESULT_NL = {
  effective: 'Werkt',
  partly_effective: 'Werkt deels',
  not_effective: 'Werkt niet',
} as const;

/** Plan van aanpak as XLSX (Dutch headers; opened by Dutch HR staff and the works council). */
export async function exportMeasures(deps: Deps, actor: Actor, q: { assessmentId?: string | undefined }) {
  const { items } = await searchMeasures(deps, actor, q);
  await recordAudit(deps.db, actor, orgOf(actor), {
    action: 'measures.exported',
    resourceType: 'measure',
    details: { count: items.length, assessmentId: q.assessmentId ?? null },
  });
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Plan van aanpak');
  sheet.columns = [
    { header: 'Risico', key: 'risk', width: 28 },
    { header: 'Maatregel', key: 'description', width: 50 },
    { header: 'Niveau', key: 'level', width: 14 },
    { header: 'Eigenaar', key: 'owner', width: 24 },
    { header: 'Uiterlijk', key: 'due', width: 12 },
    { header: 'Budget (€)', key: 'budget', width: 12 },
    { header: 'Status', key: 'status', width: 14 },
    { header: 'Te laat', key: 'overdue', width: 9 },
    { header: 'Gereed op', key: 'completed', width: 12 },
    { header: 'Werking gecontroleerd op', key: 'checkOn', width: 14 },
    { header: 'Werkt de maatregel?', key: 'result', width: 16 },
  ];
  for (const m of items)
    sheet.addRow({
      risk: m.riskId ?? '',
      description: m.description,
      level: LEVEL_NL[m.level],
      owner: m.ownerName ?? '',
      due: m.dueDate ?? '',
      budget: m.budget ?? '',
      status: STATUS_NL[m.status],
      overdue: m.overdue ? 'ja' : 'nee',
      completed: m.completedOn ?? '',
      checkOn: m.effectivenessCheckOn ?? '',
      result: m.effectivenessResult ? RESULT_NL[m.effectivenessResult] : '',
    });
  sheet.getRow(1).font = { bold: true };
  return {
    data: Buffer.from(await book.xlsx.writeBuffer()),
    fileName: `plan-van-aanpak-${today(deps.clock)}.xlsx`,
  };
}

// ── reminders (job kind arbo.measure-reminders) ──
export const MEASURE_REMINDER_KIND = 'arbo.measure-reminders';
export const REMINDER_WINDOW_DAYS = 14;

/**
 * Enqueue one reminder per open measure that is overdue or due within 14 days, keyed per measure and
 * day (`arbo.measure-reminders:<measureId>:<day>`), so running this twice on one day sends nothing twice.
 */
export async function enqueueMeasureReminders(deps: Deps, day: string) {
  const due = await openMeasuresDueBy(deps.db, addDays(day, REMINDER_WINDOW_DAYS));
  let n = 0;
  for (const m of due) {
    if (!m.ownerPersonId) continue;
    const added = await deps.scheduler.enqueue(deps.db, {
      key: `${MEASURE_REMINDER_KIND}:${m.id}:${day}`,
      kind: MEASURE_REMINDER_KIND,
      runAt: deps.clock.now(),
      organizationId: m.organizationId,
      payload: { measureId: m.id, day },
    });
    if (added) n++;
  }
  return n;
}

export function registerArboJobs(deps: Deps) {
  deps.scheduler.register(`${MEASURE_REMINDER_KIND}.scan`, async (job) => {
    await enqueueMeasureReminders(deps, String(job.payload.day ?? today(deps.clock)));
  });
  deps.scheduler.register(MEASURE_REMINDER_KIND, async (job) => {
    const organizationId = job.organizationId as string;
    const m = await findMeasure(deps.db, organizationId, String(job.payload.measureId));
    if (!m?.dueDate || !OPEN.includes(m.status) || !m.ownerPersonId) return;
    const owner = await findPerson(deps.db, organizationId, m.ownerPersonId);
    if (!owner) return;
    // The person's own address, else the address of their account.
    const to = owner.email ?? (owner.userId ? await findUserEmail(deps.db, owner.userId) : null);
    if (!to) return;
    // An owner picked from all staff may have no role that reads the plan: no link that ends in "no access".
    const grants: Partial<Record<string, unknown>> = grantsOf('measure.read');
    const canOpen =
      !!owner.userId &&
      (await rolesOfPerson(deps.db, organizationId, owner.id)).some((r) => !!grants[r.role]);
    await deps.mailer.send({
      ...measureReminderMail({
        to,
        lang: owner.language ?? 'nl',
        name: displayName(owner),
        description: m.description,
        dueDate: m.dueDate,
        overdue: isOverdue(m, String(job.payload.day)),
        url: canOpen ? `${deps.env.baseUrl}/arbo/plan-van-aanpak?measure=${encodeURIComponent(m.id)}` : null,
      }),
      organizationId,
    });
  });
}

/** Daily scan at 06:00 UTC for `at`'s day (idempotent per day). */
export async function scheduleMeasureReminderScan(deps: Deps, at: Date) {
  const day = at.toISOString().slice(0, 10);
  await deps.scheduler.enqueue(deps.db, {
    key: `${MEASURE_REMINDER_KIND}.scan:${day}`,
    kind: `${MEASURE_REMINDER_KIND}.scan`,
    runAt: new Date(`${day}T06:00:00Z`),
    payload: { day },
  });
}
