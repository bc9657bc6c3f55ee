import { z } from '@hono/zod-openapi';
import {
  ZArboDuties,
  ZDutiesQuery,
  ZPagoInput,
  ZPagoOffer,
  ZPreventionOfficer,
  ZPreventionOfficerInput,
  ZToetsing,
  ZToetsingInput,
  ZToetsingQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { arboDuties, recordToetsing, toetsingList } from '../services/arbo-duties.service';
import {
  pagoList,
  preventionOfficerList,
  recordPago,
  recordPreventionOfficer,
} from '../services/arbo-register.service';

const tags = ['arbo'];
const duties = defineRoute('arbo.duties.read', {
  method: 'get',
  path: '/arbo-duties',
  tags,
  summary:
    'Toetsing required or exempt (with reason) and the preventiemedewerker rule, from headcount, contract hours and the recognised branche instrument stored on the assessment',
  request: { query: ZDutiesQuery },
  responses: { 200: json(ZArboDuties), ...errorResponses },
});
const toetsing = defineRoute('arbo.duties.read', {
  method: 'get',
  path: '/toetsing',
  tags,
  summary: 'Every toetsing recorded (of one assessment when asked), newest first',
  request: { query: ZToetsingQuery },
  responses: { 200: json(z.object({ items: z.array(ZToetsing) })), ...errorResponses },
});
const addToetsing = defineRoute('arbo.duties.write', {
  method: 'post',
  path: '/toetsing',
  tags,
  summary: 'Record the toetsing of an RI&E by a certified expert or arbodienst',
  request: { body: jsonBody(ZToetsingInput) },
  responses: { 201: json(ZToetsing, 'Recorded'), ...errorResponses },
});
const officers = defineRoute('arbo.duties.read', {
  method: 'get',
  path: '/prevention-officers',
  tags,
  responses: { 200: json(z.object({ items: z.array(ZPreventionOfficer) })), ...errorResponses },
});
const addOfficer = defineRoute('arbo.duties.write', {
  method: 'post',
  path: '/prevention-officers',
  tags,
  summary: 'Record the preventiemedewerker (or the employer personally, ≤ 25 employees)',
  request: { body: jsonBody(ZPreventionOfficerInput) },
  responses: { 201: json(ZPreventionOfficer, 'Recorded'), ...errorResponses },
});
const pago = defineRoute('pago.read', {
  method: 'get',
  path: '/pago-offers',
  tags,
  responses: { 200: json(z.object({ items: z.array(ZPagoOffer) })), ...errorResponses },
});
const addPago = defineRoute('pago.write', {
  method: 'post',
  path: '/pago-offers',
  tags,
  summary: 'Record that a PMO/PAGO was offered and how many took part (never individual results)',
  request: { body: jsonBody(ZPagoInput) },
  responses: { 201: json(ZPagoOffer, 'Recorded'), ...errorResponses },
});

export const arboDutyRoutes = newRouter()
  .openapi(duties, async (c) =>
    c.json(await arboDuties(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(toetsing, async (c) =>
    c.json(await toetsingList(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(addToetsing, async (c) =>
    c.json(await recordToetsing(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(officers, async (c) => c.json(await preventionOfficerList(c.get('deps'), actorOf(c)), 200))
  .openapi(addOfficer, async (c) =>
    c.json(await recordPreventionOfficer(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(pago, async (c) => c.json(await pagoList(c.get('deps'), actorOf(c)), 200))
  .openapi(addPago, async (c) =>
    c.json(await recordPago(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  );
