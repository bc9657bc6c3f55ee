import { z } from '@hono/zod-openapi';
import {
  ZConsent,
  ZConsentInput,
  ZCreateRieAssessment,
  ZIdParam,
  ZPublishedRie,
  ZRieAnswer,
  ZRieAssessment,
  ZRieReport,
  ZSaveRieAnswer,
  ZUpdateRieAssessment,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { consentList, recordConsent } from '../services/arbo-register.service';
import {
  changeRieAssessment,
  createRieAssessment,
  listPublishedRies,
  listRieAnswers,
  listRieAssessments,
  rieReport,
  saveRieAnswer,
  viewRieAssessment,
} from '../services/rie.service';
import { rieReportPdf } from '../services/rie-report-pdf';

const tags = ['arbo'];
const list = defineRoute('rie.read', {
  method: 'get',
  path: '/rie-assessments',
  tags,
  summary: 'RI&E assessments with progress per module',
  responses: { 200: json(z.object({ items: z.array(ZRieAssessment) })), ...errorResponses },
});
const create = defineRoute('rie.write', {
  method: 'post',
  path: '/rie-assessments',
  tags,
  summary: 'Start an RI&E for a year (whole organisation or one unit); the sector picks the catalogue',
  request: { body: jsonBody(ZCreateRieAssessment) },
  responses: { 201: json(ZRieAssessment, 'Created'), ...errorResponses, ...conflictResponse },
});
const read = defineRoute('rie.read', {
  method: 'get',
  path: '/rie-assessments/{id}',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(ZRieAssessment), ...errorResponses },
});
const update = defineRoute('rie.write', {
  method: 'patch',
  path: '/rie-assessments/{id}',
  tags,
  summary: 'Participants, profile answers, status (draft → complete → locked; locked is final)',
  request: { params: ZIdParam, body: jsonBody(ZUpdateRieAssessment) },
  responses: { 200: json(ZRieAssessment), ...errorResponses, ...conflictResponse },
});
const answers = defineRoute('rie.read', {
  method: 'get',
  path: '/rie-assessments/{id}/answers',
  tags,
  request: { params: ZIdParam },
  responses: { 200: json(z.object({ items: z.array(ZRieAnswer) })), ...errorResponses },
});
const saveAnswer = defineRoute('rie.write', {
  method: 'put',
  path: '/rie-assessments/{id}/answers',
  tags,
  summary: 'Identify and evaluate one risk (Fine & Kinney, direct priority or fixed); only in draft',
  request: { params: ZIdParam, body: jsonBody(ZSaveRieAnswer) },
  responses: { 200: json(ZRieAnswer), ...errorResponses, ...conflictResponse },
});
const published = defineRoute('rie.report.read', {
  method: 'get',
  path: '/rie-reports',
  tags,
  summary: 'The locked RI&Es every member of the organisation may read (open each with …/report)',
  responses: { 200: json(z.object({ items: z.array(ZPublishedRie) })), ...errorResponses },
});
const report = defineRoute('rie.report.read', {
  method: 'get',
  path: '/rie-assessments/{id}/report',
  tags,
  summary:
    'The RI&E report with plan van aanpak, consent and toetsing, for a printable page; a locked RI&E for everyone, others for the RI&E readers',
  request: { params: ZIdParam },
  responses: { 200: json(ZRieReport), ...errorResponses },
});
const reportPdf = defineRoute('rie.report.read', {
  method: 'get',
  path: '/rie-assessments/{id}/report.pdf',
  tags,
  summary: 'The RI&E report as PDF',
  request: { params: ZIdParam },
  responses: { 200: { description: 'application/pdf' }, ...errorResponses },
});
const consents = defineRoute('rie.read', {
  method: 'get',
  path: '/rie-consents',
  tags,
  request: { query: z.object({ assessmentId: z.string().optional() }) },
  responses: { 200: json(z.object({ items: z.array(ZConsent) })), ...errorResponses },
});
const addConsent = defineRoute('rie.consent', {
  method: 'post',
  path: '/rie-consents',
  tags,
  summary: 'Record the works council decision (instemming) on a completed RI&E and its plan van aanpak',
  request: { body: jsonBody(ZConsentInput) },
  responses: { 201: json(ZConsent, 'Recorded'), ...errorResponses },
});

export const rieAssessmentRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listRieAssessments(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await createRieAssessment(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(read, async (c) =>
    c.json(await viewRieAssessment(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(update, async (c) =>
    c.json(
      await changeRieAssessment(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(answers, async (c) =>
    c.json(await listRieAnswers(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(saveAnswer, async (c) =>
    c.json(await saveRieAnswer(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(published, async (c) => c.json(await listPublishedRies(c.get('deps'), actorOf(c)), 200))
  .openapi(report, async (c) =>
    c.json(await rieReport(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(reportPdf, async (c) => {
    const data = await rieReport(c.get('deps'), actorOf(c), c.req.valid('param').id);
    const pdf = await rieReportPdf(data, c.get('lang'));
    return c.body(new Uint8Array(pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="rie-${data.assessment.year}.pdf"`,
    });
  })
  .openapi(consents, async (c) =>
    c.json(await consentList(c.get('deps'), actorOf(c), c.req.valid('query').assessmentId), 200),
  )
  .openapi(addConsent, async (c) =>
    c.json(await recordConsent(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  );
