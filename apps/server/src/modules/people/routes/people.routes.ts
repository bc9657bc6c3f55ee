import { z } from '@hono/zod-openapi';
import {
  ZCreateEmployment,
  ZCreatePerson,
  ZEmployment,
  ZIdParam,
  ZPeoplePage,
  ZPeopleQuery,
  ZPerson,
  ZUpdateEmployment,
  ZUpdatePerson,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody } from '../../../platform/http/schemas';
import { exportPeople } from '../services/export-people';
import {
  addEmployment,
  changeEmployment,
  changePerson,
  createPerson,
  searchPeople,
  viewPerson,
} from '../services/people.service';

const list = defineRoute('person.list', {
  method: 'get',
  path: '/people',
  tags: ['people'],
  summary: 'Search people (managers see their own units only)',
  request: { query: ZPeopleQuery },
  responses: { 200: json(ZPeoplePage), ...errorResponses },
});
const exportFile = defineRoute('person.export', {
  method: 'get',
  path: '/people/export',
  tags: ['people'],
  summary: 'Export the filtered people list as CSV or XLSX',
  request: {
    query: ZPeopleQuery.omit({ page: true, pageSize: true }).extend({
      format: z.enum(['csv', 'xlsx']).default('csv'),
    }),
  },
  responses: { 200: { description: 'The file' }, ...errorResponses },
});
const create = defineRoute('person.write', {
  method: 'post',
  path: '/people',
  tags: ['people'],
  request: { body: jsonBody(ZCreatePerson) },
  responses: { 201: json(ZPerson, 'Created'), ...errorResponses, ...conflictResponse },
});
const read = defineRoute('person.read', {
  method: 'get',
  path: '/people/{id}',
  tags: ['people'],
  summary: "A person's file: details, employment history, roles (audited)",
  request: { params: ZIdParam },
  responses: { 200: json(ZPerson), ...errorResponses },
});
const update = defineRoute('person.write', {
  method: 'patch',
  path: '/people/{id}',
  tags: ['people'],
  request: { params: ZIdParam, body: jsonBody(ZUpdatePerson) },
  responses: { 200: json(ZPerson), ...errorResponses, ...conflictResponse },
});
const addEmp = defineRoute('person.write', {
  method: 'post',
  path: '/people/{id}/employments',
  tags: ['people'],
  request: { params: ZIdParam, body: jsonBody(ZCreateEmployment) },
  responses: { 201: json(ZEmployment, 'Created'), ...errorResponses },
});
const updateEmp = defineRoute('person.write', {
  method: 'patch',
  path: '/employments/{id}',
  tags: ['people'],
  request: { params: ZIdParam, body: jsonBody(ZUpdateEmployment) },
  responses: { 200: json(ZEmployment), ...errorResponses, ...conflictResponse },
});

export const peopleRoutes = newRouter()
  .openapi(list, async (c) =>
    c.json(await searchPeople(c.get('deps'), actorOf(c), c.req.valid('query')), 200),
  )
  .openapi(exportFile, async (c) => {
    const file = await exportPeople(c.get('deps'), actorOf(c), c.req.valid('query'));
    return c.body(new Uint8Array(file.data), 200, {
      'Content-Type': file.contentType,
      'Content-Disposition': `attachment; filename="${file.fileName}"`,
    });
  })
  .openapi(create, async (c) =>
    c.json(await createPerson(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(read, async (c) =>
    c.json(await viewPerson(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  )
  .openapi(update, async (c) =>
    c.json(await changePerson(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 200),
  )
  .openapi(addEmp, async (c) =>
    c.json(await addEmployment(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(updateEmp, async (c) =>
    c.json(
      await changeEmployment(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
