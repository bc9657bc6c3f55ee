import { z } from '@hono/zod-openapi';
import {
  ZFeedback,
  ZIdParam,
  ZMySurvey,
  ZMySurveyDetail,
  ZSaveAnswers,
  ZSurveyAnswers,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { downloadFeedback } from '../services/download-feedback';
import { getFeedback } from '../services/get-feedback';
import { getMySurvey } from '../services/get-my-survey';
import { listMySurveys } from '../services/list-my-surveys';
import { saveAnswers } from '../services/save-answers';
import { submitSurvey } from '../services/submit-survey';

const tags = ['vitaliteit'];
const list = defineRoute('vitality.survey.answer', {
  method: 'get',
  path: '/my-surveys',
  tags,
  summary: 'The questionnaires I was invited to, and whether I answered',
  responses: { 200: json(z.object({ items: z.array(ZMySurvey) })), ...errorResponses },
});
const get = defineRoute('vitality.survey.answer', {
  method: 'get',
  path: '/my-surveys/{id}',
  tags,
  summary: 'A questionnaire with my saved answers (save and resume); 404 when I was not invited',
  request: { params: ZIdParam },
  responses: { 200: json(ZMySurveyDetail), ...errorResponses },
});
const save = defineRoute('vitality.survey.answer', {
  method: 'put',
  path: '/my-surveys/{id}/answers',
  tags,
  summary: 'Save my answers so far (null clears one); 409 once sent or closed',
  request: { params: ZIdParam, body: jsonBody(ZSaveAnswers) },
  responses: {
    200: json(z.object({ status: z.literal('in_progress'), answers: ZSurveyAnswers })),
    ...errorResponses,
    ...conflictResponse,
  },
});
const submit = defineRoute('vitality.survey.answer', {
  method: 'post',
  path: '/my-surveys/{id}/submit',
  tags,
  summary: 'Send my answers (once) and get my personal feedback',
  request: { params: ZIdParam, body: jsonBody(ZSaveAnswers) },
  responses: { 200: json(ZFeedback), ...errorResponses, ...conflictResponse },
});
const feedback = defineRoute('vitality.survey.answer', {
  method: 'get',
  path: '/my-surveys/{id}/feedback',
  tags,
  summary: 'My personal feedback (only mine; 409 before I sent the questionnaire)',
  request: { params: ZIdParam },
  responses: { 200: json(ZFeedback), ...errorResponses, ...conflictResponse },
});
const pdf = defineRoute('vitality.survey.answer', {
  method: 'get',
  path: '/my-surveys/{id}/feedback.pdf',
  tags,
  summary: 'My personal feedback as a PDF to keep',
  request: { params: ZIdParam },
  responses: { 200: { description: 'application/pdf' }, ...errorResponses, ...conflictResponse },
});

export const mySurveyRoutes = newRouter()
  .openapi(list, async (c) => c.json(await listMySurveys(c.get('deps'), actorOf(c)), 200))
  .openapi(get, async (c) =>
    c.json(await getMySurvey(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(save, async (c) =>
    c.json(await saveAnswers(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(submit, async (c) =>
    c.json(await submitSurvey(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(feedback, async (c) =>
    c.json(await getFeedback(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(pdf, async (c) => {
    const file = await downloadFeedback(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang'));
    return c.body(new Uint8Array(file), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': 'attachment; filename="mijn-uitkomst.pdf"',
      'Cache-Control': 'no-store',
    });
  });
