import type { DbOrTx } from '@inzetbaar/db';
import { addDays } from '@inzetbaar/domain';
import type { TMilestone } from '@inzetbaar/domain/poortwachter/index';
import { createEvents, type EventAttributes } from 'ics';
import type { Actor } from '../../../auth/actor';
import { hasRole } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import type { Lang } from '../../../platform/http/messages';
import { absenceDeadlinesMail } from '../../../platform/mail/templates';
import { today } from '../../../platform/today';
import { listAllOrganizations } from '../../people/repo/organizations.repo';
import { listEmployments } from '../../people/repo/people.repo';
import {
  accountEmails,
  completionsOfCases,
  insertNotice,
  listCases,
  listRoleAssignments,
  reportsOfCases,
} from '../repo/absence.repo';
import { type Directory, loadDirectory } from './absence-directory';
import { timelineOf } from './absence-timeline';

/** Milestones the employer and the employee do together (plan van aanpak, evaluations of the first year and the end). */
const JOINT = new Set(['plan_van_aanpak', 'eerstejaarsevaluatie', 'eindevaluatie']);
/** Reminders go out for tasks due within this many days, and for overdue ones. */
export const REMINDER_DAYS = 7;

type Deadline = { caseId: string; personId: string; milestone: TMilestone };

/** Open tasks (open or overdue) of the open cases of an organisation, as of `day`. */
async function openDeadlines(db: DbOrTx, organizationId: string, day: string): Promise<Deadline[]> {
  const cases = await listCases(db, organizationId, { status: 'open' });
  const ids = cases.map((c) => c.id);
  const [reports, completions, employments] = await Promise.all([
    reportsOfCases(db, organizationId, ids),
    completionsOfCases(db, organizationId, ids),
    listEmployments(db, organizationId),
  ]);
  const byCase = <T extends { caseId: string }>(rows: T[]) => {
    const out = new Map<string, T[]>();
    for (const row of rows) {
      const list = out.get(row.caseId);
      if (list) list.push(row);
      else out.set(row.caseId, [row]);
    }
    return out;
  };
  const reportsOf = byCase(reports);
  const employmentsOf = new Map<string, typeof employments>();
  for (const e of employments) employmentsOf.set(e.personId, [...(employmentsOf.get(e.personId) ?? []), e]);
  const completionsOf = byCase(completions);
  const out: Deadline[] = [];
  for (const c of cases) {
    const timeline = timelineOf(
      c,
      reportsOf.get(c.id) ?? [],
      completionsOf.get(c.id) ?? [],
      day,
      employmentsOf.get(c.personId),
    );
    for (const m of timeline.milestones)
      if (m.kind === 'task' && (m.status === 'open' || m.status === 'overdue'))
        out.push({ caseId: c.id, personId: c.personId, milestone: m });
  }
  return out;
}

/**
 * Whether a deadline is the actor's to act on: the physician's own tasks; the employer's tasks for
 * hr and for the person's manager; the employee's own tasks and the joint ones on their own case.
 */
function isActorsDeadline(actor: Actor, dir: Directory, d: Deadline): boolean {
  const { responsible, key } = d.milestone;
  if (d.personId === actor.personId && (responsible === 'employee' || JOINT.has(key))) return true;
  if (responsible === 'occupational_physician') return hasRole(actor, 'occupational_physician');
  if (responsible === 'employer' && d.personId !== actor.personId)
    return (
      hasRole(actor, 'hr') || (hasRole(actor, 'manager') && dir.canOn(actor, 'absence.manage', d.personId))
    );
  return false;
}

/** The signed-in user's Poortwachter deadlines as an iCalendar file (all-day events on the due date). */
export async function deadlinesCalendar(deps: Deps, actor: Actor, lang: Lang): Promise<string> {
  authorize(actor, 'absence.notices');
  const organizationId = actor.organizationId as string;
  const day = today(deps.clock);
  const dir = await loadDirectory(deps.db, organizationId);
  const mine = (await openDeadlines(deps.db, organizationId, day)).filter(
    (d) => dir.canOn(actor, 'absence.read', d.personId) && isActorsDeadline(actor, dir, d),
  );
  const events: EventAttributes[] = mine.map((d) => {
    const [y, m, dd] = d.milestone.due.split('-').map(Number) as [number, number, number];
    const overdue = d.milestone.status === 'overdue';
    return {
      uid: `${d.caseId}-${d.milestone.key}@inzetbaar`,
      start: [y, m, dd],
      duration: { days: 1 },
      title: `${overdue ? (lang === 'nl' ? '[te laat] ' : '[overdue] ') : ''}${d.milestone.label[lang]} — ${dir.name(d.personId)}`,
      description: `${d.milestone.legalSource}\n${deps.env.baseUrl}/verzuim/${d.caseId}`,
      url: `${deps.env.baseUrl}/verzuim/${d.caseId}`,
      categories: ['Inzetbaar', 'Poortwachter'],
      classification: 'CONFIDENTIAL',
      busyStatus: 'FREE',
      transp: 'TRANSPARENT',
    };
  });
  const header = {
    productId: 'inzetbaar/deadlines',
    calName: lang === 'nl' ? 'Inzetbaar — verzuimtermijnen' : 'Inzetbaar — absence deadlines',
  };
  if (events.length === 0)
    return [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      `PRODID:${header.productId}`,
      `X-WR-CALNAME:${header.calName}`,
      'END:VCALENDAR',
      '',
    ].join('\r\n');
  const { error, value } = createEvents(events, header);
  if (error || !value) throw error ?? new Error('ics: no output');
  return value;
}

/**
 * The daily reminder run for every organisation: each task due within 7 days or overdue gets an
 * in-app notice for the people who must act, and one mail per person with that day's new notices.
 * Idempotent: a notice's key is case + milestone + day + recipient, so a second run that day sends
 * nothing. Recipients: employer tasks → hr and the person's managers; physician tasks → the
 * physicians; employee and joint tasks → the person (joint tasks also to hr and the managers).
 * The mail names the person and the milestone only — never anything medical.
 */
export async function runDeadlineReminders(deps: Deps): Promise<{ notices: number; mails: number }> {
  let notices = 0;
  let mails = 0;
  for (const org of await listAllOrganizations(deps.db)) {
    const day = today(deps.clock);
    const horizon = addDays(day, REMINDER_DAYS);
    const deadlines = (await openDeadlines(deps.db, org.id, day)).filter((d) => d.milestone.due <= horizon);
    if (deadlines.length === 0) continue;
    const dir = await loadDirectory(deps.db, org.id);
    const roles = await listRoleAssignments(deps.db, org.id);
    const withRole = (role: string) => [
      ...new Set(roles.filter((r) => r.role === role).map((r) => r.personId)),
    ];
    const hr = withRole('hr');
    const physicians = withRole('occupational_physician');
    const managersOf = (personId: string) => {
      const unit = dir.unitOf(personId, day);
      if (!unit) return [];
      return [
        ...new Set(
          roles
            .filter((r) => r.role === 'manager' && r.unitId && dir.subtree(r.unitId).has(unit))
            .map((r) => r.personId),
        ),
      ];
    };
    type Item = {
      label: { nl: string; en: string };
      personId: string;
      due: string;
      overdue: boolean;
      url: string;
    };
    const fresh = new Map<string, Item[]>();
    for (const d of deadlines) {
      const { responsible, key } = d.milestone;
      const recipients = new Set<string>();
      if (responsible === 'employer' || JOINT.has(key))
        for (const p of [...hr, ...managersOf(d.personId)]) recipients.add(p);
      if (responsible === 'occupational_physician') for (const p of physicians) recipients.add(p);
      if (responsible === 'employee' || JOINT.has(key)) recipients.add(d.personId);
      const overdue = d.milestone.status === 'overdue';
      for (const recipient of recipients) {
        const isNew = await insertNotice(deps.db, {
          organizationId: org.id,
          recipientPersonId: recipient,
          caseId: d.caseId,
          milestoneKey: key,
          due: d.milestone.due,
          overdue,
          key: `${d.caseId}:${key}:${day}:${recipient}`,
        });
        if (!isNew) continue;
        notices++;
        const item: Item = {
          label: d.milestone.label,
          personId: d.personId,
          due: d.milestone.due,
          overdue,
          url: `${deps.env.baseUrl}/verzuim/${d.caseId}`,
        };
        fresh.set(recipient, [...(fresh.get(recipient) ?? []), item]);
      }
    }
    const accounts = await accountEmails(
      deps.db,
      [...fresh.keys()].map((id) => dir.persons.get(id)?.userId).filter((u): u is string => !!u),
    );
    for (const [recipient, items] of fresh) {
      const person = dir.persons.get(recipient);
      const email = (person?.userId ? accounts.get(person.userId) : undefined) ?? person?.email;
      if (!email) continue;
      // The language the recipient last used in the app (services/user-language.ts), else Dutch.
      const lang = person?.language ?? 'nl';
      const mail = absenceDeadlinesMail({
        to: email,
        lang,
        items: items.map((i) => ({
          label: i.label[lang],
          personName: i.personId === recipient ? null : dir.name(i.personId),
          due: i.due,
          overdue: i.overdue,
          url: i.url,
        })),
      });
      await deps.mailer.send({ ...mail, organizationId: org.id });
      mails++;
    }
  }
  return { notices, mails };
}

export const ABSENCE_REMINDER_JOB = 'absence.deadline-reminders';

/** Enqueue the reminder run of the day of `at` (06:00 UTC) under an idempotent key. */
export async function scheduleAbsenceReminders(deps: Deps, at: Date) {
  const day = at.toISOString().slice(0, 10);
  await deps.scheduler.enqueue(deps.db, {
    key: `${ABSENCE_REMINDER_JOB}:${day}`,
    kind: ABSENCE_REMINDER_JOB,
    runAt: new Date(`${day}T06:00:00Z`),
  });
}

/** Register the daily run; each run schedules the next day's. */
export function registerAbsenceJobs(deps: Deps) {
  deps.scheduler.register(ABSENCE_REMINDER_JOB, async () => {
    await runDeadlineReminders(deps);
    await scheduleAbsenceReminders(deps, new Date(deps.clock.now().getTime() + 86_400_000));
  });
}
