import type { Tx } from '@inzetbaar/db';
import { absenceStats, addDays } from '@inzetbaar/domain';
import type { Deps } from '../../../platform/http/context';
import { today } from '../../../platform/today';
import { descendantUnitIds, listUnits } from '../../people/repo/units.repo';
import { type CampaignRow, insertCampaignUnits, setCampaignStatus } from '../repo/campaigns.repo';
import { eligiblePeople, insertParticipants } from '../repo/respondent.repo';

/** Age bands of the breakdowns: <25, 25-34, 35-44, 45-54, 55+ (lower bounds, as in the absence statistics). */
export const SURVEY_AGE_BOUNDS = [25, 35, 45, 55] as const;

export const JOB = {
  open: 'vitality.campaign.open',
  invitations: 'vitality.invitations',
  reminders: 'vitality.reminders',
  close: 'vitality.campaign.close',
} as const;

/**
 * Opens a campaign inside `tx`: snapshots the unit tree with the number invited per unit, invites
 * everyone employed on the opening day in the campaign's units (with sub-units) or the whole
 * organisation — one participant row per person, with their unit and age band — and schedules the
 * invitation mails, the reminder and the closing.
 */
export async function openCampaign(
  deps: Deps,
  tx: Tx,
  campaign: CampaignRow,
  opts: { schedule?: boolean } = {},
) {
  const { organizationId } = campaign;
  const units = await listUnits(tx, organizationId);
  const scope = campaign.unitIds.length ? [...descendantUnitIds(units, campaign.unitIds)] : null;
  const day = campaign.opensOn;
  const people = await eligiblePeople(tx, organizationId, day, scope);
  const now = deps.clock.now();
  await insertParticipants(
    tx,
    people.map((p) => ({
      organizationId,
      campaignId: campaign.id,
      personId: p.personId,
      unitId: p.unitId,
      ageBand: absenceStats.ageBandOf(SURVEY_AGE_BOUNDS, p.birthDate, day),
      invitedAt: now,
    })),
  );
  const invited = new Map<string, number>();
  for (const p of people) invited.set(p.unitId, (invited.get(p.unitId) ?? 0) + 1);
  await insertCampaignUnits(
    tx,
    units.map((u) => ({
      organizationId,
      campaignId: campaign.id,
      unitId: u.id,
      parentId: u.parentId,
      name: u.name,
      invited: invited.get(u.id) ?? 0,
    })),
  );
  const opened = await setCampaignStatus(tx, organizationId, campaign.id, 'scheduled', {
    status: 'open',
    openedAt: now,
  });
  // The demo seeds past campaigns: no mails, no jobs.
  if (opts.schedule === false) return { invited: people.length };
  await deps.scheduler.enqueue(tx, {
    key: `${JOB.invitations}:${campaign.id}`,
    kind: JOB.invitations,
    runAt: now,
    organizationId,
    payload: { campaignId: campaign.id },
  });
  await scheduleReminderAndClose(deps, tx, opened ?? campaign);
  return { invited: people.length };
}

/** The reminder (reminderDaysBefore days before the end, if still ahead) and the closing the day after the end. */
export async function scheduleReminderAndClose(deps: Deps, tx: Tx, c: CampaignRow) {
  const remindOn = addDays(c.closesOn, -c.reminderDaysBefore);
  if (c.reminderDaysBefore > 0 && remindOn > today(deps.clock) && remindOn >= c.opensOn)
    await deps.scheduler.enqueue(tx, {
      key: `${JOB.reminders}:${c.id}:${remindOn}`,
      kind: JOB.reminders,
      runAt: new Date(`${remindOn}T07:00:00Z`),
      organizationId: c.organizationId,
      payload: { campaignId: c.id, day: remindOn },
    });
  await deps.scheduler.enqueue(tx, {
    key: `${JOB.close}:${c.id}:${c.closesOn}`,
    kind: JOB.close,
    runAt: new Date(`${addDays(c.closesOn, 1)}T00:00:00Z`),
    organizationId: c.organizationId,
    payload: { campaignId: c.id },
  });
}
