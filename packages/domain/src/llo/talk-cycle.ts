import { addMonths, type IsoDate } from '../dates';

/*
 * The gesprekscyclus: a recurring development talk between employee and manager with a DI agenda.
 * The five topics are the ones the issue names: work and workload, health and energy, skills,
 * learning wishes, and where the employee wants to be in five years.
 */
export const TALK_TOPICS = ['work', 'health', 'skills', 'learning', 'ambition'] as const;
export type TalkTopic = (typeof TALK_TOPICS)[number];

/** A talk a year unless the organisation agrees otherwise. */
export const DEFAULT_TALK_INTERVAL_MONTHS = 12;

export type TalkState = 'planned' | 'held' | 'confirmed';

/** Planned until held; confirmed once employee and manager both confirmed the record. */
export function talkState(t: {
  heldOn: IsoDate | null;
  employeeConfirmed: boolean;
  managerConfirmed: boolean;
}): TalkState {
  if (t.employeeConfirmed && t.managerConfirmed) return 'confirmed';
  return t.heldOn ? 'held' : 'planned';
}

/** When the next talk is due: `interval` months after the last one held, or after the start of work. */
export function nextTalkDue(
  lastHeldOn: IsoDate | null,
  employmentStart: IsoDate,
  intervalMonths = DEFAULT_TALK_INTERVAL_MONTHS,
): IsoDate {
  return addMonths(lastHeldOn ?? employmentStart, intervalMonths);
}
