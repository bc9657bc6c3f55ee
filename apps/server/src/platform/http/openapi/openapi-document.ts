import type { OpenAPIHono } from '@hono/zod-openapi';
import { MODULES } from '../../../modules';
import { scopesFor } from '../../access/token-scopes';
import { REQUEST_EXAMPLES } from './examples';
import { GLOSSARY } from './glossary';
import { OPERATIONS } from './operations';
import { type Tag, tagOfModule } from './tags';

// biome-ignore lint/suspicious/noExplicitAny: an OpenAPI document is plain JSON
type Json = Record<string, any>;
// biome-ignore lint/suspicious/noExplicitAny: routers differ in their route schema types
type AnyHono = OpenAPIHono<any, any, any>;

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

const DESCRIPTION = `Sustainable employability (duurzame inzetbaarheid) for Dutch employers: people, sickness absence
under the Wet verbetering poortwachter, health and safety (Arbowet), vitality surveys, lifelong learning.

**Authentication.** People sign in with \`POST /api/auth/sign-in/email\`; the session cookie
authorizes \`/api/v1\` (\`sessionCookie\`). Integrations use an API token that HR creates in the app
(Settings → Koppelingen): \`Authorization: Bearer inz_…\` (\`apiToken\`). A token carries scopes such as
\`people:read\` or \`absence:write\`; the scopes an operation accepts are listed in its security
requirement. No scope reaches medical data. With a session, \`X-Organization-Id\` picks the organisation
when a user belongs to several.

**Rate limits.** Each API token may make a limited number of requests per minute (300 by default). Every
answer to a token request carries \`RateLimit-Limit\`, \`RateLimit-Remaining\` and \`RateLimit-Reset\`
(seconds); over the limit the answer is 429 with \`Retry-After\`.

**Errors** are RFC 9457 \`application/problem+json\` with a stable \`code\` and, for invalid input, an
\`errors\` list naming each field. Messages follow \`Accept-Language\` (nl or en).`;

/** "METHOD /api/v1/path" → the module name of the router that declares it. */
function moduleOfOperation(): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of MODULES)
    for (const router of m.routers ?? [])
      for (const def of (router as AnyHono).openAPIRegistry.definitions)
        if (def.type === 'route')
          out.set(`${def.route.method.toUpperCase()} /api/v1${def.route.path}`, m.name);
  return out;
}

/** The stable name of an operation: the route's own, the table's, else one derived from the path. */
export function operationIdOf(key: string, op: Json): string {
  if (typeof op.operationId === 'string') return op.operationId;
  const named = OPERATIONS[key]?.id;
  if (named) return named;
  const [method = '', path = ''] = key.split(' ');
  const words = path
    .replace(/^\/api(\/v1)?/, '')
    .split(/[/.\-{}]+/)
    .filter(Boolean)
    .map((w) => w[0]?.toUpperCase() + w.slice(1));
  return method.toLowerCase() + words.join('');
}

function describe(op: Json): string | undefined {
  const text = `${op.summary ?? ''} ${op.description ?? ''}`;
  const terms = GLOSSARY.filter((g) => g.match.test(text));
  if (!terms.length) return op.description;
  const lines = terms.map((g) => `- *${g.term}*: ${g.explanation}`).join('\n');
  return `${op.description ? `${op.description}\n\n` : ''}Dutch terms:\n${lines}`;
}

const problem = (description: string, headers?: Json) => ({
  description,
  ...(headers ? { headers } : {}),
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
});

const RATE_HEADERS = {
  'RateLimit-Limit': { $ref: '#/components/headers/RateLimit-Limit' },
  'RateLimit-Remaining': { $ref: '#/components/headers/RateLimit-Remaining' },
  'RateLimit-Reset': { $ref: '#/components/headers/RateLimit-Reset' },
};

/**
 * The document served at /api/openapi.json: what @hono/zod-openapi generates from the routes,
 * completed with what tools need: security schemes and a requirement on every operation (an
 * explicit empty one on public operations), stable operationIds, one tag per module, servers,
 * licence, English explanations of Dutch terms, examples and the 429 answer with its headers.
 */
export function buildOpenApiDocument(app: AnyHono, baseUrl: string): Json {
  const doc: Json = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'Inzetbaar API',
      version: '1',
      description: DESCRIPTION,
      contact: { name: 'Inzetbaar', url: 'https://github.com/inzetbaar/inzetbaar' },
    },
    servers: [{ url: baseUrl, description: 'This installation' }],
  });
  // OpenAPI 3.1 licence by SPDX identifier (the generator's type only knows `url`)
  doc.info.license = { name: 'AGPL-3.0-or-later', identifier: 'AGPL-3.0-or-later' };
  const modules = moduleOfOperation();
  const usedTags = new Map<string, Tag>();
  for (const [path, item] of Object.entries(doc.paths as Record<string, Json>)) {
    for (const method of METHODS) {
      const op = item[method] as Json | undefined;
      if (!op) continue;
      const key = `${method.toUpperCase()} ${path}`;
      op.operationId = operationIdOf(key, op);
      op.summary ??= OPERATIONS[key]?.summary;
      const description = describe(op);
      if (description) op.description = description;
      const tag = tagOfModule(modules.get(key) ?? 'platform');
      op.tags = [tag.name];
      usedTags.set(tag.name, tag);
      const access = op['x-access'] as string | undefined;
      const scopes = access && access !== 'public' && access !== 'authenticated' ? scopesFor(access) : [];
      if (access === 'public') op.security = [];
      else op.security = [{ sessionCookie: [] }, ...(scopes.length ? [{ apiToken: scopes }] : [])];
      if (scopes.length) {
        op['x-api-token-scopes'] = scopes;
        op.responses['429'] = problem('Too many requests with this API token; wait `Retry-After` seconds', {
          'Retry-After': { $ref: '#/components/headers/Retry-After' },
          ...RATE_HEADERS,
        });
        for (const [status, res] of Object.entries(op.responses as Record<string, Json>))
          if (status.startsWith('2')) res.headers = { ...res.headers, ...RATE_HEADERS };
      } else if (op.responses['429']) {
        op.responses['429'] = problem(op.responses['429'].description, {
          'Retry-After': { $ref: '#/components/headers/Retry-After' },
        });
      }
      const example = REQUEST_EXAMPLES[op.operationId];
      const media = op.requestBody?.content?.['application/json'];
      if (example && media) media.example = example;
    }
  }
  doc.tags = [...usedTags.values()];
  doc.components ??= {};
  doc.components.securitySchemes = {
    sessionCookie: {
      type: 'apiKey',
      in: 'cookie',
      name: 'better-auth.session_token',
      description:
        'The session of a person signed in with POST /api/auth/sign-in/email (`__Secure-better-auth.session_token` on https). Unsafe methods also need an `Origin` equal to the installation’s address.',
    },
    apiToken: {
      type: 'http',
      scheme: 'bearer',
      bearerFormat: 'inz_ followed by 43 characters',
      description:
        'An API token created by HR (Settings → Koppelingen), shown once. Its scopes (resource:read or resource:write) decide which operations it may call; it never reaches medical data.',
    },
  };
  doc.components.headers = {
    'Retry-After': {
      description: 'Seconds to wait before the next request (RFC 9110 §10.2.3).',
      schema: { type: 'integer', minimum: 1 },
    },
    'RateLimit-Limit': {
      description: 'Requests this API token may make per minute.',
      schema: { type: 'integer' },
    },
    'RateLimit-Remaining': {
      description: 'Requests left in the current minute.',
      schema: { type: 'integer' },
    },
    'RateLimit-Reset': {
      description: 'Seconds until the current window ends and the count starts again.',
      schema: { type: 'integer' },
    },
  };
  return doc;
}
