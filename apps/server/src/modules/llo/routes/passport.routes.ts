import { ZIdParam } from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { errorResponses } from '../../../platform/http/schemas';
import { exportSkillsPassportJson, exportSkillsPassportPdf } from '../services/export-skills-passport';
import { tags } from './params';

const asJson = defineRoute('llo.passport.export', {
  method: 'get',
  path: '/people/{id}/skills-passport.json',
  tags,
  summary: 'The skills passport as JSON keyed on ESCO skill URIs (profile, learning, certificates)',
  request: { params: ZIdParam },
  responses: { 200: { description: 'application/json attachment' }, ...errorResponses },
});
const asPdf = defineRoute('llo.passport.export', {
  method: 'get',
  path: '/people/{id}/skills-passport.pdf',
  tags,
  summary: 'The skills passport as PDF',
  request: { params: ZIdParam },
  responses: { 200: { description: 'application/pdf' }, ...errorResponses },
});

export const passportRoutes = newRouter()
  .openapi(asJson, async (c) => {
    const out = await exportSkillsPassportJson(c.get('deps'), actorOf(c), c.req.valid('param').id);
    return c.body(JSON.stringify(out.passport, null, 2), 200, {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${out.fileName}"`,
    });
  })
  .openapi(asPdf, async (c) => {
    const out = await exportSkillsPassportPdf(
      c.get('deps'),
      actorOf(c),
      c.req.valid('param').id,
      c.get('lang'),
    );
    return c.body(new Uint8Array(out.pdf), 200, {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `attachment; filename="${out.fileName}"`,
    });
  });
