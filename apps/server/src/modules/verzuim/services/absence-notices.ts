import type { Actor } from '../../../auth/actor';
import { authorize } from '../../../platform/access/policy';
import type { Deps } from '../../../platform/http/context';
import { notFound } from '../../../platform/http/problem';
import { today } from '../../../platform/today';
import { displayName } from '../../people/repo/people.repo';
import {
  casesByIds,
  findOwnNotice,
  markNoticesRead,
  noticesOfPerson,
  personNames,
  reportsOfCases,
  unreadNoticeTasks,
} from '../repo/absence.repo';
import { ruleLabel, timelineOf } from './absence-timeline';

/*
 * In-app deadline notices (written by the daily reminder job, absence-deadlines.ts) and their read
 * state. A notice belongs to one recipient, so `read_at` on the notice is the read state of that
 * user and notice. The job writes a new notice per task (case and milestone) every day it is due
 * soon or overdue; the page shows the newest per task, so marking a notice read also marks the
 * task's older notices read, and the unread count counts tasks, not rows. Policy
 * `absence.notices` is self-scoped: every query filters by the actor's own person.
 */

/** The actor's notices (newest first, at most 100) with their read state and the unread count. */
export async function listNotices(deps: Deps, actor: Actor) {
  authorize(actor, 'absence.notices');
  const organizationId = actor.organizationId as string;
  if (!actor.personId) return { items: [], unread: 0 };
  const rows = await noticesOfPerson(deps.db, organizationId, actor.personId);
  const caseIds = [...new Set(rows.map((n) => n.caseId))];
  const [cases, reports, unread] = await Promise.all([
    casesByIds(deps.db, organizationId, caseIds),
    reportsOfCases(deps.db, organizationId, caseIds),
    unreadNoticeTasks(deps.db, organizationId, actor.personId),
  ]);
  const names = new Map(
    (await personNames(deps.db, organizationId, [...new Set(cases.map((c) => c.personId))])).map((p) => [
      p.id,
      displayName(p),
    ]),
  );
  // one timeline per case for the milestone labels (reports come sorted by start date)
  const day = today(deps.clock);
  const labels = new Map<string, { nl: string; en: string }>();
  for (const c of cases)
    for (const m of timelineOf(
      c,
      reports.filter((r) => r.caseId === c.id),
      [],
      day,
    ).milestones)
      labels.set(`${c.id}:${m.key}`, m.label);
  const personOf = new Map(cases.map((c) => [c.id, c.personId]));
  return {
    items: rows.map((n) => {
      const personId = personOf.get(n.caseId);
      return {
        id: n.id,
        caseId: n.caseId,
        personName: (personId && names.get(personId)) || '?',
        milestoneKey: n.milestoneKey,
        label: labels.get(`${n.caseId}:${n.milestoneKey}`) ??
          ruleLabel(n.milestoneKey, day) ?? { nl: n.milestoneKey, en: n.milestoneKey },
        due: n.due,
        overdue: n.overdue,
        createdAt: n.createdAt.toISOString(),
        readAt: n.readAt?.toISOString() ?? null,
      };
    }),
    unread,
  };
}

/** The number of tasks with an unread notice (the nav badge): one cheap count. */
export async function unreadNotices(deps: Deps, actor: Actor) {
  authorize(actor, 'absence.notices');
  if (!actor.personId) return { unread: 0 };
  return { unread: await unreadNoticeTasks(deps.db, actor.organizationId as string, actor.personId) };
}

/** Mark one of the actor's notices read, with the older notices of the same task; 404 for anyone else's. */
export async function markNoticeRead(deps: Deps, actor: Actor, id: string) {
  authorize(actor, 'absence.notices');
  const organizationId = actor.organizationId as string;
  if (!actor.personId) throw notFound();
  const notice = await findOwnNotice(deps.db, organizationId, actor.personId, id);
  if (!notice) throw notFound();
  const marked = await markNoticesRead(deps.db, organizationId, actor.personId, deps.clock.now(), {
    caseId: notice.caseId,
    milestoneKey: notice.milestoneKey,
    upToNoticeId: notice.id,
  });
  return { marked, unread: await unreadNoticeTasks(deps.db, organizationId, actor.personId) };
}

/** Mark all of the actor's notices read. */
export async function markAllNoticesRead(deps: Deps, actor: Actor) {
  authorize(actor, 'absence.notices');
  if (!actor.personId) return { marked: 0, unread: 0 };
  const organizationId = actor.organizationId as string;
  const marked = await markNoticesRead(deps.db, organizationId, actor.personId, deps.clock.now());
  return { marked, unread: 0 };
}
