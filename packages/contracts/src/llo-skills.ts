import { z } from '@hono/zod-openapi';
import { ZIsoDate, ZVersion } from './common';
import {
  lloOptText,
  lloText,
  SKILL_SOURCES,
  ZEscoOccupationUri,
  ZEscoSkillUri,
  ZLabelledSkillTarget,
  ZSkillLabel,
  ZSkillLevel,
  ZSkillRef,
  ZSkillTarget,
} from './llo-common';

// ── skills profile ────────────────────────────────────────────────────────────
export const ZProfileSkill = ZSkillLabel.extend({
  id: z.string(),
  level: z.number(),
  source: z.enum(SKILL_SOURCES),
  assessedOn: z.string(),
  confirmedByName: z.string().nullable(),
  confirmedOn: z.string().nullable(),
  version: z.number(),
}).openapi('ProfileSkill');
export type TProfileSkill = z.infer<typeof ZProfileSkill>;

export const ZSkillSuggestion = ZSkillLabel.extend({ essential: z.boolean() });
export type TSkillSuggestion = z.infer<typeof ZSkillSuggestion>;

export const ZOccupationRef = z.object({ uri: z.string(), title: z.string() });

export const ZSkillsProfile = z
  .object({
    personId: z.string(),
    personName: z.string(),
    occupation: ZOccupationRef.nullable(),
    skills: z.array(ZProfileSkill),
    /** From the person's ESCO occupation; only the person sees them (they own the profile). */
    suggestions: z.array(ZSkillSuggestion),
    isOwner: z.boolean(),
    canConfirm: z.boolean(),
  })
  .openapi('SkillsProfile');
export type TSkillsProfile = z.infer<typeof ZSkillsProfile>;

export const ZAddProfileSkill = z.object({ ref: ZSkillRef, level: ZSkillLevel }).strict();
export type TAddProfileSkill = z.infer<typeof ZAddProfileSkill>;
export const ZUpdateProfileSkill = z.object({ level: ZSkillLevel, version: ZVersion }).strict();
export const ZConfirmProfileSkill = z.object({ level: ZSkillLevel.optional(), version: ZVersion }).strict();
export const ZAcceptSuggestions = z
  .object({
    items: z
      .array(z.object({ ref: ZEscoSkillUri, level: ZSkillLevel }))
      .min(1)
      .max(200),
  })
  .strict();
export type TAcceptSuggestions = z.infer<typeof ZAcceptSuggestions>;
export const ZRejectSuggestions = z.object({ refs: z.array(ZEscoSkillUri).min(1).max(200) }).strict();

// ── taxonomy look-ups ─────────────────────────────────────────────────────────
export const ZTaxonomyQuery = z.object({
  q: z.string().trim().min(1).max(100),
  top: z.coerce.number().int().min(1).max(50).default(10),
});
export const ZSkillSearchResult = z.object({ items: z.array(ZSkillLabel) }).openapi('SkillSearchResult');
export const ZOccupationSearchResult = z
  .object({ items: z.array(z.object({ uri: z.string(), title: z.string(), iscoGroup: z.string() })) })
  .openapi('OccupationSearchResult');

// ── the organisation's own skills ─────────────────────────────────────────────
export const ZCustomSkill = z
  .object({
    id: z.string(),
    ref: z.string(),
    name: z.string(),
    description: z.string(),
    escoSkillUri: z.string().nullable(),
    escoLabel: z.string().nullable(),
    version: z.number(),
  })
  .openapi('CustomSkill');
export type TCustomSkill = z.infer<typeof ZCustomSkill>;
export const ZCreateCustomSkill = z
  .object({
    name: lloText(200),
    description: lloOptText(2000),
    escoSkillUri: ZEscoSkillUri.nullable().optional(),
  })
  .strict();
export type TCreateCustomSkill = z.infer<typeof ZCreateCustomSkill>;
export const ZUpdateCustomSkill = ZCreateCustomSkill.partial().extend({ version: ZVersion }).strict();
export type TUpdateCustomSkill = z.infer<typeof ZUpdateCustomSkill>;

// ── internal roles ────────────────────────────────────────────────────────────
export const ZInternalRole = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    escoOccupationUri: z.string().nullable(),
    skills: z.array(ZLabelledSkillTarget),
    version: z.number(),
  })
  .openapi('InternalRole');
export type TInternalRole = z.infer<typeof ZInternalRole>;
export const ZCreateInternalRole = z
  .object({
    name: lloText(200),
    description: lloOptText(2000),
    escoOccupationUri: ZEscoOccupationUri.nullable().optional(),
    skills: z.array(ZSkillTarget).max(100).default([]),
  })
  .strict();
export type TCreateInternalRole = z.infer<typeof ZCreateInternalRole>;
export const ZUpdateInternalRole = z
  .object({
    name: lloText(200).optional(),
    description: lloOptText(2000),
    escoOccupationUri: ZEscoOccupationUri.nullable().optional(),
    skills: z.array(ZSkillTarget).max(100).optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateInternalRole = z.infer<typeof ZUpdateInternalRole>;

// ── POP (personal development plan) ───────────────────────────────────────────
export const ZGoalAction = z.object({
  id: z.string().max(64).optional(),
  text: lloText(500),
  dueOn: ZIsoDate.nullable().default(null),
  doneOn: ZIsoDate.nullable().default(null),
  learningItemId: z.string().nullable().default(null),
});
export const ZSkillGap = ZSkillLabel.extend({
  requiredLevel: z.number(),
  currentLevel: z.number(),
  gap: z.number(),
  essential: z.boolean(),
});
export const ZGoal = z
  .object({
    id: z.string(),
    personId: z.string(),
    title: z.string(),
    description: z.string(),
    targetKind: z.enum(['skills', 'occupation', 'role']),
    targetOccupation: ZOccupationRef.nullable(),
    targetRole: z.object({ id: z.string(), name: z.string() }).nullable(),
    targetSkills: z.array(ZLabelledSkillTarget),
    deadline: z.string().nullable(),
    status: z.enum(['open', 'achieved', 'dropped']),
    actions: z.array(
      z.object({
        id: z.string(),
        text: z.string(),
        dueOn: z.string().nullable(),
        doneOn: z.string().nullable(),
        learningItemId: z.string().nullable(),
      }),
    ),
    /** Done actions / all actions (100 when achieved). */
    progressPercent: z.number(),
    isOverdue: z.boolean(),
    gaps: z.object({
      items: z.array(ZSkillGap),
      met: z.number(),
      essential: z.number(),
      coveragePercent: z.number(),
    }),
    /** Catalogue items that teach a skill with a gap. */
    suggestedItems: z.array(z.object({ id: z.string(), title: z.string(), kind: z.string() })),
    version: z.number(),
  })
  .openapi('PopGoal');
export type TGoal = z.infer<typeof ZGoal>;
const goalFields = {
  title: lloText(200),
  description: lloOptText(4000),
  targetKind: z.enum(['skills', 'occupation', 'role']),
  targetOccupationUri: ZEscoOccupationUri.nullable().optional(),
  targetRoleId: z.string().nullable().optional(),
  targetSkills: z.array(ZSkillTarget).max(100).default([]),
  deadline: ZIsoDate.nullable().optional(),
  actions: z.array(ZGoalAction).max(50).default([]),
};
export const ZCreateGoal = z.object(goalFields).strict();
export type TCreateGoal = z.infer<typeof ZCreateGoal>;
export const ZUpdateGoal = z
  .object({
    title: goalFields.title.optional(),
    description: goalFields.description,
    targetKind: goalFields.targetKind.optional(),
    targetOccupationUri: goalFields.targetOccupationUri,
    targetRoleId: goalFields.targetRoleId,
    targetSkills: z.array(ZSkillTarget).max(100).optional(),
    deadline: goalFields.deadline,
    actions: z.array(ZGoalAction).max(50).optional(),
    status: z.enum(['open', 'achieved', 'dropped']).optional(),
    version: ZVersion,
  })
  .strict();
export type TUpdateGoal = z.infer<typeof ZUpdateGoal>;
