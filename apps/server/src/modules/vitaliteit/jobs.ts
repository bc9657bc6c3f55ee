import type { Deps } from '../../platform/http/context';
import { today } from '../../platform/today';
import { surveyMail } from './mails';
import { findCampaign } from './repo/campaigns.repo';
import { contactsOf, listParticipants, markReminded, submittedTokens } from './repo/respondent.repo';
import { closeCampaign } from './services/close-campaign';
import { JOB, openCampaign } from './services/open-campaign';
import { responseToken } from './tokens';

/**
 * The scheduler's part of a campaign (issue 12, item 3): open it on its first day, mail the
 * invitations, remind those who have not sent it yet, close it the day after its last day. Every
 * job re-reads the campaign, so a job made stale by an edit (another end date, closed early) does nothing.
 */
export function registerVitalityJobs(deps: Deps) {
  const load = (job: { organizationId: string | null; payload: Record<string, unknown> }) =>
    findCampaign(deps.db, job.organizationId as string, String(job.payload.campaignId));

  deps.scheduler.register(JOB.open, async (job) => {
    await deps.db.transaction(async (tx) => {
      const c = await findCampaign(tx, job.organizationId as string, String(job.payload.campaignId));
      if (c?.status === 'scheduled') await openCampaign(deps, tx, c);
    });
  });

  const mailAll = async (campaignId: string, organizationId: string, kind: 'invite' | 'remind') => {
    const c = await findCampaign(deps.db, organizationId, campaignId);
    if (c?.status !== 'open') return;
    let participants = await listParticipants(deps.db, organizationId, c.id);
    if (kind === 'remind') {
      const tokens = new Map(
        participants.map((p) => [responseToken(deps.env.authSecret, c.id, p.personId), p]),
      );
      const done = await submittedTokens(deps.db, organizationId, c.id, [...tokens.keys()]);
      participants = [...tokens].filter(([t]) => !done.has(t)).map(([, p]) => p);
    }
    const contacts = await contactsOf(
      deps.db,
      organizationId,
      participants.map((p) => p.personId),
    );
    for (const person of contacts) {
      if (!person.email) continue;
      await deps.mailer.send({
        ...surveyMail({
          kind,
          to: person.email,
          name: person.givenName,
          lang: person.language ?? 'nl',
          title: c.title,
          closesOn: c.closesOn,
          url: `${deps.env.baseUrl}/vitaliteit/vragenlijsten/${encodeURIComponent(c.id)}`,
        }),
        organizationId,
      });
    }
    if (kind === 'remind')
      await markReminded(
        deps.db,
        organizationId,
        participants.map((p) => p.id),
        deps.clock.now(),
      );
  };

  deps.scheduler.register(JOB.invitations, (job) =>
    mailAll(String(job.payload.campaignId), job.organizationId as string, 'invite'),
  );
  deps.scheduler.register(JOB.reminders, async (job) => {
    const c = await load(job);
    // an edited end date enqueues a new reminder; the old one is stale
    if (!c || (job.payload.day !== undefined && c.closesOn < String(job.payload.day))) return;
    await mailAll(c.id, c.organizationId, 'remind');
  });
  deps.scheduler.register(JOB.close, async (job) => {
    await deps.db.transaction(async (tx) => {
      const c = await findCampaign(tx, job.organizationId as string, String(job.payload.campaignId));
      if (c?.status === 'open' && c.closesOn < today(deps.clock)) await closeCampaign(deps, tx, c);
    });
  });
}
