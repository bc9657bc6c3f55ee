import { ZOrganization, ZUpdateOrganization } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter, orgOf } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { changeOrganization, getOrganization } from '../services/organization.service';

const read = defineRoute('organization.read', {
  method: 'get',
  path: '/organization',
  tags: ['organization'],
  summary: 'The current organisation',
  responses: { 200: json(ZOrganization), ...errorResponses },
});

const update = defineRoute('organization.update', {
  method: 'patch',
  path: '/organization',
  tags: ['organization'],
  summary: 'Change organisation settings (optimistic: send the version you read)',
  request: { body: jsonBody(ZUpdateOrganization) },
  responses: { 200: json(ZOrganization), ...errorResponses, ...conflictResponse },
});

export const organizationRoutes = newRouter()
  .openapi(read, async (c) => c.json(await getOrganization(c.get('deps'), orgOf(actorOf(c))), 200))
  .openapi(update, async (c) => {
    const actor = actorOf(c);
    return c.json(await changeOrganization(c.get('deps'), actor, orgOf(actor), c.req.valid('json')), 200);
  });
