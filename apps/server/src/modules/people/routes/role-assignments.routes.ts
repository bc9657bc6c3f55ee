import { ZCreateRoleAssignment, ZIdParam, ZRoleAssignment } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { assignRole, revokeRole } from '../services/roles.service';

const create = defineRoute('role.manage', {
  method: 'post',
  path: '/role-assignments',
  tags: ['roles'],
  summary: 'Give a person a role (a manager role needs a unit)',
  request: { body: jsonBody(ZCreateRoleAssignment) },
  responses: { 201: json(ZRoleAssignment, 'Created'), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('role.manage', {
  method: 'delete',
  path: '/role-assignments/{id}',
  tags: ['roles'],
  request: { params: ZIdParam },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});

export const roleAssignmentRoutes = newRouter()
  .openapi(create, async (c) => c.json(await assignRole(c.get('deps'), actorOf(c), c.req.valid('json')), 201))
  .openapi(remove, async (c) => {
    await revokeRole(c.get('deps'), actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  });
