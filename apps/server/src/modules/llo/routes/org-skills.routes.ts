import { z } from '@hono/zod-openapi';
import {
  ZCreateCustomSkill,
  ZCreateInternalRole,
  ZCustomSkill,
  ZIdParam,
  ZInternalRole,
  ZUpdateCustomSkill,
  ZUpdateInternalRole,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { changeOwnSkill, createOwnSkill, listOwnSkills } from '../services/manage-custom-skills';
import { changeRole, createRole, listRoles, removeRole } from '../services/manage-internal-roles';
import { tags } from './params';

const listSkills = defineRoute('llo.custom-skill.read', {
  method: 'get',
  path: '/llo/custom-skills',
  tags,
  summary: "The organisation's own skills, with their ESCO mapping",
  responses: { 200: json(z.object({ items: z.array(ZCustomSkill) })), ...errorResponses },
});
const createSkill = defineRoute('llo.custom-skill.write', {
  method: 'post',
  path: '/llo/custom-skills',
  tags,
  request: { body: jsonBody(ZCreateCustomSkill) },
  responses: { 201: json(ZCustomSkill, 'Created'), ...errorResponses, ...conflictResponse },
});
const changeSkill = defineRoute('llo.custom-skill.write', {
  method: 'patch',
  path: '/llo/custom-skills/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateCustomSkill) },
  responses: { 200: json(ZCustomSkill), ...errorResponses, ...conflictResponse },
});
const listRolesRoute = defineRoute('llo.role.read', {
  method: 'get',
  path: '/llo/internal-roles',
  tags,
  summary: 'Internal roles (e.g. werkbegeleider) with the skills they ask: targets for the POP',
  responses: { 200: json(z.object({ items: z.array(ZInternalRole) })), ...errorResponses },
});
const createRoleRoute = defineRoute('llo.role.write', {
  method: 'post',
  path: '/llo/internal-roles',
  tags,
  request: { body: jsonBody(ZCreateInternalRole) },
  responses: { 201: json(ZInternalRole, 'Created'), ...errorResponses, ...conflictResponse },
});
const changeRoleRoute = defineRoute('llo.role.write', {
  method: 'patch',
  path: '/llo/internal-roles/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateInternalRole) },
  responses: { 200: json(ZInternalRole), ...errorResponses, ...conflictResponse },
});
const removeRoleRoute = defineRoute('llo.role.write', {
  method: 'delete',
  path: '/llo/internal-roles/{id}',
  tags,
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});

export const orgSkillsRoutes = newRouter()
  .openapi(listSkills, async (c) =>
    c.json(await listOwnSkills(c.get('deps'), actorOf(c), c.get('lang')), 200),
  )
  .openapi(createSkill, async (c) =>
    c.json(await createOwnSkill(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('lang')), 201),
  )
  .openapi(changeSkill, async (c) =>
    c.json(
      await changeOwnSkill(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(listRolesRoute, async (c) =>
    c.json(await listRoles(c.get('deps'), actorOf(c), c.get('lang')), 200),
  )
  .openapi(createRoleRoute, async (c) =>
    c.json(await createRole(c.get('deps'), actorOf(c), c.req.valid('json'), c.get('lang')), 201),
  )
  .openapi(changeRoleRoute, async (c) =>
    c.json(
      await changeRole(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      200,
    ),
  )
  .openapi(removeRoleRoute, async (c) => {
    await removeRole(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  });
