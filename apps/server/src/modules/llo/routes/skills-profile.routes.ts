import { z } from '@hono/zod-openapi';
import {
  ZAcceptSuggestions,
  ZAddProfileSkill,
  ZConfirmProfileSkill,
  ZIdParam,
  ZProfileSkill,
  ZRejectSuggestions,
  ZSkillsProfile,
  ZUpdateProfileSkill,
  ZVersionQuery,
} from '@inzetbaar/contracts';
import { actorOf, defineRoute, newRouter } from '../../../platform/http/context';
import { conflictResponse, errorResponses, json, jsonBody, noContent } from '../../../platform/http/schemas';
import { addProfileSkill } from '../services/add-profile-skill';
import { changeProfileSkill } from '../services/change-profile-skill';
import { confirmProfileSkill } from '../services/confirm-profile-skill';
import { acceptSkillSuggestions, rejectSkillSuggestions } from '../services/decide-skill-suggestions';
import { getSkillsProfile } from '../services/get-skills-profile';
import { removeProfileSkill } from '../services/remove-profile-skill';
import { tags, ZPersonSkillParam } from './params';

const get = defineRoute('llo.profile.read', {
  method: 'get',
  path: '/people/{id}/skills',
  tags,
  summary: 'Skills profile; the person also gets suggestions from their ESCO occupation',
  request: { params: ZIdParam },
  responses: { 200: json(ZSkillsProfile), ...errorResponses },
});
const add = defineRoute('llo.profile.own', {
  method: 'post',
  path: '/people/{id}/skills',
  tags,
  summary: 'Add a skill to your own profile (self-assessed); 409 when it is there already',
  request: { params: ZIdParam, body: jsonBody(ZAddProfileSkill) },
  responses: { 201: json(ZProfileSkill, 'Added'), ...errorResponses, ...conflictResponse },
});
const change = defineRoute('llo.profile.own', {
  method: 'patch',
  path: '/people/{id}/skills/{skillId}',
  tags,
  summary: 'Set your own level of a skill (clears an earlier confirmation)',
  request: { params: ZPersonSkillParam, body: jsonBody(ZUpdateProfileSkill) },
  responses: { 200: json(ZProfileSkill), ...errorResponses, ...conflictResponse },
});
const remove = defineRoute('llo.profile.own', {
  method: 'delete',
  path: '/people/{id}/skills/{skillId}',
  tags,
  summary: 'Remove a skill from your own profile',
  request: { params: ZPersonSkillParam, query: ZVersionQuery },
  responses: { ...noContent, ...errorResponses, ...conflictResponse },
});
const confirm = defineRoute('llo.profile.confirm', {
  method: 'post',
  path: '/people/{id}/skills/{skillId}/confirm',
  tags,
  summary: "The manager (or HR) confirms a team member's skill",
  request: { params: ZPersonSkillParam, body: jsonBody(ZConfirmProfileSkill) },
  responses: { 200: json(ZProfileSkill), ...errorResponses, ...conflictResponse },
});
const accept = defineRoute('llo.profile.own', {
  method: 'post',
  path: '/people/{id}/skill-suggestions/accept',
  tags,
  summary: 'Accept suggested skills from your occupation, at the levels you choose',
  request: { params: ZIdParam, body: jsonBody(ZAcceptSuggestions) },
  responses: { 200: json(z.object({ added: z.number() })), ...errorResponses },
});
const reject = defineRoute('llo.profile.own', {
  method: 'post',
  path: '/people/{id}/skill-suggestions/reject',
  tags,
  summary: 'Turn suggested skills down (they are not suggested again)',
  request: { params: ZIdParam, body: jsonBody(ZRejectSuggestions) },
  responses: { 200: json(z.object({ rejected: z.number() })), ...errorResponses },
});

export const skillsProfileRoutes = newRouter()
  .openapi(get, async (c) =>
    c.json(await getSkillsProfile(c.get('deps'), actorOf(c), c.req.valid('param').id, c.get('lang')), 200),
  )
  .openapi(add, async (c) =>
    c.json(
      await addProfileSkill(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json'),
        c.get('lang'),
      ),
      201,
    ),
  )
  .openapi(change, async (c) => {
    const { id, skillId } = c.req.valid('param');
    return c.json(
      await changeProfileSkill(c.get('deps'), actorOf(c), id, skillId, c.req.valid('json'), c.get('lang')),
      200,
    );
  })
  .openapi(remove, async (c) => {
    const { id, skillId } = c.req.valid('param');
    await removeProfileSkill(c.get('deps'), actorOf(c), id, skillId, c.req.valid('query').version);
    return c.body(null, 204);
  })
  .openapi(confirm, async (c) => {
    const { id, skillId } = c.req.valid('param');
    return c.json(
      await confirmProfileSkill(c.get('deps'), actorOf(c), id, skillId, c.req.valid('json'), c.get('lang')),
      200,
    );
  })
  .openapi(accept, async (c) =>
    c.json(
      await acceptSkillSuggestions(c.get('deps'), actorOf(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  )
  .openapi(reject, async (c) =>
    c.json(
      await rejectSkillSuggestions(
        c.get('deps'),
        actorOf(c),
        c.req.valid('param').id,
        c.req.valid('json').refs,
      ),
      200,
    ),
  );
