import { z } from '@hono/zod-openapi';
import {
  ZCreateIncidentReport,
  ZFeedbackTokenParam,
  ZIdParam,
  ZIncidentFeedback,
  ZIncidentReport,
  ZIncidentReportCreated,
  ZMyIncidentReport,
  ZReportRouting,
  ZTriageIncidentReport,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import {
  createIncidentReport,
  feedbackByToken,
  myIncidentReports,
  reportRouting,
  searchIncidentReports,
  triageIncidentReport,
  viewIncidentReport,
} from '../services/incident-reports.service';

const tags = ['arbo'];
const create = defineRoute('incident-report.create', {
  method: 'post',
  path: '/incident-reports',
  tags,
  summary: 'Report an unsafe situation, near miss, incident or undesirable behaviour (optionally anonymous)',
  request: { body: jsonBody(ZCreateIncidentReport) },
  responses: {
    201: json(ZIncidentReportCreated, 'Reported; the feedback token is shown only now'),
    ...errorResponses,
  },
});
const routing = defineRoute('incident-report.create', {
  method: 'get',
  path: '/incident-reports/routing',
  tags,
  summary: 'Before reporting: the vertrouwenspersonen of the organisation (none: the form says so)',
  responses: { 200: json(ZReportRouting), ...errorResponses },
});
const list = defineRoute('incident-report.read', {
  method: 'get',
  path: '/incident-reports',
  tags,
  summary:
    'Reports for triage: undesirable behaviour only to the vertrouwenspersoon, the rest only to hr and the prevention officer',
  responses: { 200: json(z.object({ items: z.array(ZIncidentReport) })), ...errorResponses },
});
const read = defineRoute('incident-report.read', {
  method: 'get',
  path: '/incident-reports/{id}',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(ZIncidentReport), ...errorResponses },
});
const triage = defineRoute('incident-report.triage', {
  method: 'patch',
  path: '/incident-reports/{id}',
  tags,
  summary: 'Triage: link to a risk, link a measure, give feedback the reporter can read',
  request: { params: ZIdParam, body: jsonBody(ZTriageIncidentReport) },
  responses: { 200: json(ZIncidentReport), ...errorResponses, ...conflictResponse },
});
const feedback = defineRoute('public', {
  method: 'get',
  path: '/incident-reports/feedback/{token}',
  tags,
  summary: 'Public, by private link: the status and feedback of one report, nothing else',
  request: { params: ZFeedbackTokenParam },
  responses: { 200: json(ZIncidentFeedback), 404: errorResponses[404], 422: errorResponses[422] },
});
const mine = defineRoute('incident-report.own', {
  method: 'get',
  path: '/me/incident-reports',
  tags,
  summary: 'My own non-anonymous reports with feedback',
  responses: {
    200: json(z.object({ items: z.array(ZMyIncidentReport) })),
    ...errorResponses,
  },
});

export const incidentReportRoutes = newRouter()
  .openapi(create, async (c) =>
    c.json(await createIncidentReport(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(routing, async (c) => c.json(await reportRouting(c.get('deps'), actorOf(c)), 200))
  .openapi(list, async (c) => c.json(await searchIncidentReports(c.get('deps'), actorOf(c)), 200))
  .openapi(feedback, async (c) =>
    c.json(await feedbackByToken(c.get('deps'), c.req.valid('param').token), 200),
  )
  .openapi(read, async (c) =>
    c.json(await viewIncidentReport(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(triage, async (c) =>
    c.json(
      await triageIncidentReport(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(mine, async (c) => c.json(await myIncidentReports(c.get('deps'), actorOf(c)), 200));
