import { z } from '@hono/zod-openapi';
import { ZId } from '@inzetbaar/contracts';

/** `/people/{id}/skills/{skillId}`. */
export const ZPersonSkillParam = z.object({
  id: ZId.openapi({ param: { name: 'id', in: 'path' } }),
  skillId: ZId.openapi({ param: { name: 'skillId', in: 'path' } }),
});
export const tags = ['development'];
