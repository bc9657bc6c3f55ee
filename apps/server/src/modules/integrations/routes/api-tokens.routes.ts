import { z } from '@hono/zod-openapi';
import { ZApiToken, ZCreateApiToken, ZCreatedApiToken, ZIdParam } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter, orgOf } from '../../../platform/http/context';
import { errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { createApiToken, getApiTokens, revokeApiToken } from '../services/api-tokens.service';

const list = defineRoute('api-token.manage', {
  method: 'get',
  path: '/api-tokens',
  operationId: 'listApiTokens',
  summary: 'The API tokens of the organisation (never their secrets)',
  responses: { 200: json(z.array(ZApiToken)), ...errorResponses },
});
const create = defineRoute('api-token.manage', {
  method: 'post',
  path: '/api-tokens',
  operationId: 'createApiToken',
  summary: 'Create an API token for an integration; the secret is in this answer only',
  description:
    'HR creates a token for a payroll or HR system or the arbodienst (occupational health service). ' +
    'Scopes name a resource and read or write; there is no medical scope. The token works until ' +
    '`expiresInDays` have passed or it is revoked. Only the SHA-256 of the secret is stored.',
  request: { body: jsonBody(ZCreateApiToken) },
  responses: { 201: json(ZCreatedApiToken, 'Created; store the secret now'), ...errorResponses },
});
const revoke = defineRoute('api-token.manage', {
  method: 'post',
  path: '/api-tokens/{id}/revoke',
  operationId: 'revokeApiToken',
  summary: 'Revoke an API token: it stops working at once (idempotent)',
  request: { params: ZIdParam },
  responses: { 200: json(ZApiToken), ...errorResponses },
});

export const apiTokenRoutes = newRouter()
  .openapi(list, async (c) => c.json(await getApiTokens(c.get('deps'), orgOf(actorOf(c))), 200))
  .openapi(create, async (c) => {
    const actor = actorOf(c);
    return c.json(await createApiToken(c.get('deps'), actor, orgOf(actor), c.req.valid('json')), 201);
  })
  .openapi(revoke, async (c) => {
    const actor = actorOf(c);
    return c.json(await revokeApiToken(c.get('deps'), actor, orgOf(actor), c.req.valid('param').id), 200);
  });
