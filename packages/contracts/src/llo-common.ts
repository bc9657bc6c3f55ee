import { z } from '@hono/zod-openapi';

/* Leven lang ontwikkelen (issue 13): shared vocabulary. packages/domain/src/llo/vocabulary.ts holds the rules. */

export const SKILL_LEVELS = [1, 2, 3, 4] as const;
export const SKILL_SOURCES = ['occupation', 'self_assessed', 'manager_confirmed', 'learning'] as const;
export const LEARNING_KINDS = [
  'course',
  'job_shadowing',
  'mentoring',
  'peer_learning',
  'stretch_assignment',
  'career_advice',
] as const;
export const LEARNING_MODES = ['classroom', 'online', 'blended', 'on_the_job'] as const;
export const LEARNING_DELIVERY = ['internal', 'external'] as const;
export const PRO_RATA_KINDS = ['none', 'hours', 'hours_and_period'] as const;
export const FUNDING_SOURCES = ['personal_budget', 'employer_required'] as const;
export const REQUEST_STATUSES = ['submitted', 'approved', 'declined', 'cancelled', 'completed'] as const;
export const GOAL_TARGETS = ['skills', 'occupation', 'role'] as const;
export const GOAL_STATUSES = ['open', 'achieved', 'dropped'] as const;
export const TALK_STATES = ['planned', 'held', 'confirmed'] as const;
export const CERTIFICATE_STATUSES = ['no_expiry', 'valid', 'expiring', 'expired'] as const;
export const SPEND_VIOLATIONS = [
  'exceeds_activity_limit',
  'exceeds_money_budget',
  'exceeds_hours_budget',
] as const;

export const ESCO_SKILL_PREFIX = 'http://data.europa.eu/esco/skill/';
export const CUSTOM_SKILL_PREFIX = 'urn:inzetbaar:skill:';

/** An ESCO skill URI, or an organisation's own skill (`urn:inzetbaar:skill:<id>`). */
export const ZSkillRef = z
  .string()
  .max(200)
  .regex(
    /^(http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}|urn:inzetbaar:skill:[A-Za-z0-9-]{1,64})$/,
    'invalid_skill',
  )
  .openapi({ example: 'http://data.europa.eu/esco/skill/0dcea846-04b4-4ffc-8c75-a35c991454b1' });
export const ZEscoOccupationUri = z
  .string()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/occupation\/[0-9a-f-]{36}$/, 'invalid_occupation');
export const ZEscoSkillUri = z
  .string()
  .regex(/^http:\/\/data\.europa\.eu\/esco\/skill\/[0-9a-f-]{36}$/, 'invalid_skill');
export const ZSkillLevel = z.number().int().min(1).max(4);

/**
 * A skill as shown: the Dutch label where ESCO has one, else the English one (`labelLang: 'en'`,
 * which the UI marks); an organisation's own skill carries its ESCO mapping in `escoUri`.
 */
export const ZSkillLabel = z.object({
  ref: z.string(),
  label: z.string(),
  labelLang: z.enum(['nl', 'en']),
  isCustom: z.boolean(),
  escoUri: z.string().nullable(),
});
export type TSkillLabel = z.infer<typeof ZSkillLabel>;
export const ZSkillTarget = z.object({ ref: ZSkillRef, level: ZSkillLevel });
export const ZLabelledSkillTarget = ZSkillLabel.extend({ level: z.number() });

export const lloText = (max = 4000) => z.string().trim().min(1).max(max);
export const lloOptText = (max = 4000) => z.string().trim().max(max).nullable().optional();
export const ZCents = z.number().int().min(0).max(100_000_000);
export const ZHours = z.number().min(0).max(10_000);
