import { z } from '@hono/zod-openapi';
import {
  ZArboPerson,
  ZAttendanceInput,
  ZIdParam,
  ZInstruction,
  ZInstructionGap,
  ZInstructionInput,
  ZMyArbo,
  ZPpeInput,
  ZPpeIssue,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import {
  acknowledgeInstruction,
  addInstructionAttendance,
  arboPeople,
  createInstruction,
  instructionGaps,
  instructionList,
  issuePpe,
  myInstructions,
  ppeList,
  removeInstruction,
  removePpe,
} from '../services/instructions.service';

const tags = ['arbo'];
const list = defineRoute('instruction.read', {
  method: 'get',
  path: '/safety-instructions',
  tags,
  summary: 'Safety instructions and toolbox meetings (Arbowet art. 8) with attendance',
  responses: { 200: json(z.object({ items: z.array(ZInstruction) })), ...errorResponses },
});
const create = defineRoute('instruction.write', {
  method: 'post',
  path: '/safety-instructions',
  tags,
  request: { body: jsonBody(ZInstructionInput) },
  responses: { 201: json(ZInstruction, 'Created'), ...errorResponses },
});
const people = defineRoute('measure.write', {
  method: 'get',
  path: '/arbo-people',
  tags,
  summary: 'Names and units of the people working today, to pick measure owners and attendees',
  responses: {
    200: json(z.object({ items: z.array(ZArboPerson) })),
    ...errorResponses,
  },
});
const gaps = defineRoute('instruction.read', {
  method: 'get',
  path: '/safety-instructions/gaps',
  tags,
  summary: 'Per person working today: instructions for their work that are missing or expired',
  responses: {
    200: json(z.object({ items: z.array(ZInstructionGap) })),
    ...errorResponses,
  },
});
const attend = defineRoute('instruction.write', {
  method: 'post',
  path: '/safety-instructions/{id}/attendance',
  tags,
  summary: 'Add people to the attendance list (people already on it keep their acknowledgement)',
  request: { params: ZIdParam, body: jsonBody(ZAttendanceInput) },
  responses: { 200: json(ZInstruction), ...errorResponses },
});
const remove = defineRoute('instruction.write', {
  method: 'delete',
  path: '/safety-instructions/{id}',
  tags,
  summary: 'Delete an instruction with its attendance list (409 on a stale version)',
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});
const removePpeIssue = defineRoute('instruction.write', {
  method: 'delete',
  path: '/ppe-issues/{id}',
  tags,
  summary: 'Delete a PPE issue recorded by mistake (409 on a stale version)',
  request: { params: ZIdParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});
const ppe = defineRoute('instruction.read', {
  method: 'get',
  path: '/ppe-issues',
  tags,
  request: { query: z.object({ personId: z.string().optional() }) },
  responses: { 200: json(z.object({ items: z.array(ZPpeIssue) })), ...errorResponses },
});
const issue = defineRoute('instruction.write', {
  method: 'post',
  path: '/ppe-issues',
  tags,
  summary: 'Record personal protective equipment issued (what, when, to whom, inspection/replacement)',
  request: { body: jsonBody(ZPpeInput) },
  responses: { 201: json(ZPpeIssue, 'Recorded'), ...errorResponses },
});
const mine = defineRoute('instruction.own', {
  method: 'get',
  path: '/me/instructions',
  tags,
  summary: 'My instructions (attended, missing, expired) and my PPE',
  responses: { 200: json(ZMyArbo), ...errorResponses },
});
const acknowledge = defineRoute('instruction.own', {
  method: 'post',
  path: '/me/instructions/{id}/acknowledge',
  tags,
  summary: 'Acknowledge that I received an instruction I attended',
  request: { params: ZIdParam },
  responses: { 200: json(ZMyArbo), ...errorResponses },
});

export const safetyInstructionRoutes = newRouter()
  .openapi(list, async (c) => c.json(await instructionList(c.get('deps'), actorOf(c)), 200))
  .openapi(create, async (c) =>
    c.json(await createInstruction(c.get('deps'), actorOf(c), c.req.valid('json')), 201),
  )
  .openapi(people, async (c) => c.json(await arboPeople(c.get('deps'), actorOf(c)), 200))
  .openapi(gaps, async (c) => c.json(await instructionGaps(c.get('deps'), actorOf(c)), 200))
  .openapi(attend, async (c) =>
    c.json(
      await addInstructionAttendance(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json').personIds,
      ),
      200,
    ),
  )
  .openapi(remove, async (c) => {
    await removeInstruction(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  })
  .openapi(removePpeIssue, async (c) => {
    await removePpe(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('query').version);
    return c.body(null, 204);
  })
  .openapi(ppe, async (c) =>
    c.json(await ppeList(c.get('deps'), actorOf(c), c.req.valid('query').personId), 200),
  )
  .openapi(issue, async (c) => c.json(await issuePpe(c.get('deps'), actorOf(c), c.req.valid('json')), 201))
  .openapi(mine, async (c) => c.json(await myInstructions(c.get('deps'), actorOf(c)), 200))
  .openapi(acknowledge, async (c) =>
    c.json(await acknowledgeInstruction(c.get('deps'), actorOf(c), c.req.valid('param').id), 200),
  );
