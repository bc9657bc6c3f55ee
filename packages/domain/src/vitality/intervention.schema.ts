import { z } from 'zod';
import { ZText } from './instrument.schema';

export const INTERVENTION_TOPICS = [
  'burnout_prevention',
  'workload',
  'emotional_load',
  'undesirable_behaviour',
  'physical_activity',
  'healthy_weight',
  'sleep',
  'financial_stress',
  'sustainable_scheduling',
  'development',
] as const;
/** The three pillars of duurzame inzetbaarheid: arbo & preventie, vitaliteit, leven lang ontwikkelen. */
export const INTERVENTION_PILLARS = ['arbo', 'vitality', 'development'] as const;

/** One entry of data/interventions/interventions.json. */
export const ZIntervention = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  title: ZText,
  description: ZText,
  topic: z.enum(INTERVENTION_TOPICS),
  pillar: z.enum(INTERVENTION_PILLARS),
  targetGroup: ZText,
  format: z.enum(['individual', 'group', 'online', 'team', 'arrangement']),
  duration: ZText,
  /** Indicative cost per participant in euros (null: no cost to the employee or the employer, e.g. insured care). */
  cost: z.strictObject({ eurPerParticipant: z.number().min(0).nullable(), note: ZText }),
  /** Employees can sign up themselves (an arrangement such as fewer night shifts is requested, not signed up for). */
  signUp: z.boolean(),
  /** Scale keys (`instrument.scale`) whose raised score makes this a suggestion in the personal feedback. */
  scales: z.array(z.string().regex(/^[a-z_]+\.[a-z_]+$/)),
});
export type TIntervention = z.infer<typeof ZIntervention>;

export const ZInterventionCatalogue = z
  .strictObject({ version: z.string(), source: z.string(), interventions: z.array(ZIntervention).min(1) })
  .superRefine((c, ctx) => {
    const ids = c.interventions.map((i) => i.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['interventions'], message: 'duplicate_id' });
  });
export type TInterventionCatalogue = z.infer<typeof ZInterventionCatalogue>;
