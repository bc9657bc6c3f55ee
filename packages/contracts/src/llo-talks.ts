import { z } from '@hono/zod-openapi';
import { ZIsoDate, ZVersion } from './common';
import { lloText, TALK_STATES } from './llo-common';

/*
 * Development talks (gesprekscyclus) with a DI agenda. The employee's preparation is private until
 * they share it; the shared record (notes, agreements) is confirmed by both.
 */
const topic = z.string().trim().max(4000).default('');
export const ZTalkTopics = z
  .object({ work: topic, health: topic, skills: topic, learning: topic, ambition: topic })
  .strict();
export type TTalkTopics = z.infer<typeof ZTalkTopics>;

export const ZAgreement = z.object({
  id: z.string().max(64).optional(),
  text: lloText(1000),
  owner: z.enum(['employee', 'manager', 'both']).default('both'),
  dueOn: ZIsoDate.nullable().default(null),
});

export const ZTalkPreparation = z.object({
  answers: z.object({
    work: z.string(),
    health: z.string(),
    skills: z.string(),
    learning: z.string(),
    ambition: z.string(),
  }),
  sharedAt: z.string().nullable(),
  version: z.number(),
});

export const ZTalk = z
  .object({
    id: z.string(),
    personId: z.string(),
    personName: z.string(),
    managerPersonId: z.string().nullable(),
    managerName: z.string().nullable(),
    plannedOn: z.string(),
    heldOn: z.string().nullable(),
    state: z.enum(TALK_STATES),
    notes: z.object({
      work: z.string(),
      health: z.string(),
      skills: z.string(),
      learning: z.string(),
      ambition: z.string(),
    }),
    agreements: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        owner: z.enum(['employee', 'manager', 'both']),
        dueOn: z.string().nullable(),
      }),
    ),
    employeeConfirmedAt: z.string().nullable(),
    managerConfirmedAt: z.string().nullable(),
    /** The preparation: the employee always sees their own; others only once shared; null otherwise. */
    preparation: ZTalkPreparation.nullable(),
    /** Whether a preparation exists that is not shared (others learn only that, never its content). */
    hasPrivatePreparation: z.boolean(),
    isEmployee: z.boolean(),
    canEdit: z.boolean(),
    /** Which side the actor confirms for, or null. */
    confirmAs: z.enum(['employee', 'manager']).nullable(),
    version: z.number(),
  })
  .openapi('DevelopmentTalk');
export type TTalk = z.infer<typeof ZTalk>;

export const ZTalkList = z
  .object({
    items: z.array(ZTalk),
    /** When the next talk is due (a year after the last one held, or after the start of work). */
    nextDueOn: z.string().nullable(),
  })
  .openapi('DevelopmentTalkList');

export const ZCreateTalk = z
  .object({ plannedOn: ZIsoDate, managerPersonId: z.string().nullable().optional() })
  .strict();
export type TCreateTalk = z.infer<typeof ZCreateTalk>;
export const ZUpdateTalk = z
  .object({
    plannedOn: ZIsoDate.optional(),
    heldOn: ZIsoDate.nullable().optional(),
    notes: ZTalkTopics.optional(),
    agreements: z.array(ZAgreement).max(50).optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateTalk = z.infer<typeof ZUpdateTalk>;
/** `version` null: the first save. */
export const ZSavePreparation = z.object({ answers: ZTalkTopics, version: ZVersion.nullable() }).strict();
export type TSavePreparation = z.infer<typeof ZSavePreparation>;
export const ZTalkVersion = z.object({ version: ZVersion }).strict();
