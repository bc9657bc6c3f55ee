import { z } from '@hono/zod-openapi';
import {
  ZCertificate,
  ZCertificateType,
  ZCreateCertificate,
  ZExpiringQuery,
  ZIdParam,
  ZUpdateCertificate,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { listPersonCertificates } from '../services/list-certificates';
import { listExpiring } from '../services/list-expiring-certificates';
import {
  changeCertificate,
  createCertificate,
  listCertificateTypes,
  removeCertificate,
} from '../services/manage-certificates';
import { tags } from './params';

const types = defineRoute('llo.certificate.read', {
  method: 'get',
  path: '/llo/certificate-types',
  tags,
  summary: 'Certificate types (VCA, BHV, NEN 3140, NEN 9140 …) with their usual validity',
  responses: { 200: json(z.object({ items: z.array(ZCertificateType) })), ...errorResponses },
});
const list = defineRoute('llo.certificate.read', {
  method: 'get',
  path: '/people/{id}/certificates',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(z.object({ items: z.array(ZCertificate) })), ...errorResponses },
});
const create = defineRoute('llo.certificate.write', {
  method: 'post',
  path: '/people/{id}/certificates',
  tags,
  summary: 'Record a certificate (expiry suggested from the type when left out)',
  request: { params: ZIdParam, body: jsonBody(ZCreateCertificate) },
  responses: { 201: json(ZCertificate, 'Created'), ...errorResponses },
});
const change = defineRoute('llo.certificate.write', {
  method: 'patch',
  path: '/llo/certificates/{id}',
  tags,
  request: { params: ZIdParam, body: jsonBody(ZUpdateCertificate) },
  responses: { 200: json(ZCertificate), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('llo.certificate.write', {
  method: 'delete',
  path: '/llo/certificates/{id}',
  tags,
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});
const expiring = defineRoute('llo.certificate.expiring', {
  method: 'get',
  path: '/llo/certificates/expiring',
  tags,
  summary: 'Certificates expiring within `withinDays` (default 90) and expired ones, in your scope',
  request: { query: ZExpiringQuery },
  responses: { 200: json(z.object({ items: z.array(ZCertificate) })), ...errorResponses },
});

export const certificateRoutes = newRouter()
  .openapi(types, async (c) => c.json(listCertificateTypes(actorOf(c)), 200))
  .openapi(list, async (c) =>
    c.json(await listPersonCertificates(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(create, async (c) =>
    c.json(
      await createCertificate(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      201,
    ),
  )
  .openapi(change, async (c) =>
    c.json(
      await changeCertificate(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(remove, async (c) => {
    await removeCertificate(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  })
  .openapi(expiring, async (c) =>
    c.json(await listExpiring(c.get('deps'), actorOf(c), c.req.valid('query').withinDays), 200),
  );
