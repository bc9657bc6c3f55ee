import type { TLearningItem } from '@inzetbaar/contracts';
import type { LearningItemRow } from '../repo/catalogue.repo';
import type { SkillCatalog } from './skill-labels';

export const presentLearningItem = (r: LearningItemRow, cat: SkillCatalog): TLearningItem => ({
  id: r.id,
  code: r.code,
  title: r.title,
  description: r.description,
  kind: r.kind,
  provider: r.provider,
  delivery: r.delivery,
  mode: r.mode,
  durationHours: r.durationHours,
  costCents: r.costCents,
  skills: r.skills.map((s) => ({ ...cat.label(s.ref), level: s.level })),
  certificateType: r.certificateType,
  isActive: r.isActive,
  version: r.version,
});
