import { z } from '@hono/zod-openapi';
import {
  ZAcceptInvitation,
  ZCreateInvitation,
  ZIdParam,
  ZInvitation,
  ZInvitationPreview,
} from '@inzetbaar/contracts';
import { clientIp } from '../../../platform/http/client-ip';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import {
  acceptInvitation,
  invitePerson,
  listInvitations,
  lookupInvitation,
  revokeInvitation,
} from '../services/invitations.service';

const list = defineRoute('invitation.manage', {
  method: 'get',
  path: '/invitations',
  tags: ['invitations'],
  responses: { 200: json(z.array(ZInvitation)), ...errorResponses },
});
const create = defineRoute('invitation.manage', {
  method: 'post',
  path: '/invitations',
  tags: ['invitations'],
  summary: 'Invite a person to create their account (mail with a 14-day link)',
  request: { body: jsonBody(ZCreateInvitation) },
  responses: { 201: json(ZInvitation, 'Created'), ...errorResponses, ...conflictResponse },
});
const revoke = defineRoute('invitation.manage', {
  method: 'delete',
  path: '/invitations/{id}',
  tags: ['invitations'],
  request: { params: ZIdParam },
  responses: { ...noContent, ...errorResponses },
});
const lookup = defineRoute('public', {
  method: 'get',
  path: '/invitations/lookup',
  tags: ['invitations'],
  summary: 'Public: what an invitation token is for',
  request: { query: z.object({ token: z.string().min(20) }) },
  responses: { 200: json(ZInvitationPreview), 404: errorResponses[404], 422: errorResponses[422] },
});
const accept = defineRoute('public', {
  method: 'post',
  path: '/invitations/accept',
  tags: ['invitations'],
  summary: 'Public: accept an invitation by choosing a password',
  request: { body: jsonBody(ZAcceptInvitation) },
  responses: {
    200: json(z.object({ email: z.string() })),
    404: errorResponses[404],
    422: errorResponses[422],
    ...conflictResponse,
  },
});

export const invitationRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listInvitations(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await invitePerson(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(revoke, async (c) => {
    await revokeInvitation(c.get('deps'), actorOf(c), c.req.valid('param').id);
    return c.body(null, 204);
  })
  .openapi(lookup, async (c) =>
    c.json(await lookupInvitation(c.get('deps'), c.req.valid('query').token), 200),
  )
  .openapi(accept, async (c) =>
    c.json(await acceptInvitation(c.get('deps'), c.req.valid('json'), clientIp(c)), 200),
  );
