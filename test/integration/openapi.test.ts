import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { apiKey } from '../../src/config/api-keys.ts';
import type { StepName } from '../../src/domain/call.ts';
import { buildApp } from '../../src/http/build-app.ts';
import { ERROR_CODES } from '../../src/http/error-codes.ts';
import { CallList, CallViewBody, ErrorBody, ReviewAnswer } from '../../src/http/openapi/answer-schemas.ts';
import { buildOpenApiDocument, type OpenApiDocument } from '../../src/http/openapi/build-document.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { storeCall, syntheticCall, syntheticInsights, syntheticTranscript } from '../helpers/index-calls.ts';
import { checkJsonSchema, resolvePointer } from '../helpers/json-schema-check.ts';
import { tags } from '../helpers/html-scan.ts';
import { reviewDeps } from '../helpers/review-deps.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const MANAGER = apiKey('manager', 'mgr-Key-0123456789abcdef', 'lee@example.com');
const auth = { authorization: `Bearer ${MANAGER.key}` };
const CALL = `c_${'a1'.repeat(12)}`;
const FAILED = `c_${'b2'.repeat(12)}`;
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** `METHOD /path` for every route fastify has, from `printRoutes()` (HEAD twins of GET routes left out). */
function registeredRoutes(app: FastifyInstance): string[] {
  const stack: string[] = [];
  const out: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^(.*?)(?:├── |└── )(.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = [...m[1]!].length / 4;
    stack[depth] = m[2]!;
    stack.length = depth + 1;
    const path = stack.join('').replace(/:(\w+)/g, '{$1}');
    for (const method of (m[3] ?? '').split(', ').filter((x) => x && x !== 'HEAD')) out.push(`${method} ${path}`);
  }
  return out.sort();
}

function documentedRoutes(doc: OpenApiDocument): string[] {
  return Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${path}`)).sort();
}

function refsIn(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) node.forEach((n) => refsIn(n, found));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refsIn(value, found);
    }
  }
  return found;
}

/** The problems of a real answer against what the document says this route answers with this status. */
function checkAnswer(doc: OpenApiDocument, method: string, path: string, res: LightMyRequestResponse): string[] {
  const documented = doc.paths[path]?.[method]?.responses[String(res.statusCode)];
  if (!documented) return [`${method.toUpperCase()} ${path} does not document ${res.statusCode}`];
  const schema = (documented.content as Record<string, { schema: unknown }> | undefined)?.['application/json']?.schema;
  if (!schema) return [`${res.statusCode} has no JSON body documented`];
  const body = res.json();
  const problems = checkJsonSchema(body, schema, doc);
  if (res.statusCode >= 400 && !documented['x-error-codes']?.includes(body.error?.code)) problems.push(`${body.error?.code} is not listed for ${res.statusCode}`);
  return problems;
}

describe('the OpenAPI document and /docs', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let review: Awaited<ReturnType<typeof reviewDeps>>;
  let app: FastifyInstance;
  let doc: OpenApiDocument;
  const queued: [StepName, string][] = [];

  beforeAll(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    review = await reviewDeps(blobs);
    app = await buildApp({
      ...review, blobs, enqueue: async (step, callId) => void queued.push([step, callId]), apiKeys: [MANAGER],
      maxUploadBytes: 1e6, clock: () => new Date(), logger: silentLogger,
    });
    const at = '2026-11-17T15:05:00.000Z';
    await storeCall(blobs, syntheticCall(CALL), {
      insights: syntheticInsights('The buyer will sign this week.'),
      transcript: syntheticTranscript('We will send the contract today.'),
      crm: {
        schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: { id: 'deal-1', matchedBy: 'open_deal' }, callLog: { id: 'log-1' }, tasks: [],
        review: { decisions: [{ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'decisionmakerboughtin', options: [], evidence: [{ quote: 'send the contract today', speaker: 'rep', startSec: 1 }], reason: 'Stage changes wait for a manager.', state: 'pending', createdAt: at }], audit: [] },
        updatedAt: at,
      },
    });
    await storeCall(blobs, syntheticCall(FAILED, { status: 'failed', error: { code: 'AUDIO_UNREADABLE', message: 'bad audio', step: 'prepare', retryable: false, at } }));
    await review.reindexCall(CALL);
    await review.reindexCall(FAILED);
    doc = (await app.inject({ method: 'GET', url: '/docs/openapi.json' })).json();
  });
  afterAll(async () => {
    await app?.close();
    await review?.close();
    await temp?.cleanup();
  });

  it('is served as JSON and is the document buildOpenApiDocument() builds', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs/openapi.json' });
    expect([res.statusCode, res.headers['content-type']]).toEqual([200, 'application/json; charset=utf-8']);
    expect(doc).toEqual(JSON.parse(JSON.stringify(buildOpenApiDocument())));
  });

  it('has the structure of an OpenAPI 3.1 document, and every $ref resolves', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) });
    const tagNames = new Set((doc.tags as { name: string }[]).map((t) => t.name));
    const operationIds = new Set<string>();
    for (const [path, ops] of Object.entries(doc.paths)) {
      expect(path).toMatch(/^\//);
      const templated = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const [method, op] of Object.entries(ops)) {
        const where = `${method} ${path}`;
        expect(METHODS, where).toContain(method);
        expect(Object.keys(op.responses).length, where).toBeGreaterThan(0);
        for (const [status, r] of Object.entries(op.responses)) {
          expect(status, where).toMatch(/^[1-5]\d\d$/);
          expect(r.description, `${where} ${status}`).toEqual(expect.any(String));
        }
        const pathParams = (op.parameters ?? []).filter((p) => p.in === 'path').map((p) => p.name);
        expect(pathParams.sort(), where).toEqual([...templated].sort());
        for (const p of op.parameters ?? []) expect(['query', 'header', 'path', 'cookie'], where).toContain(p.in);
        for (const t of op.tags) expect(tagNames.has(t), where).toBe(true);
        for (const req of (op.security ?? []) as Record<string, unknown>[]) for (const name of Object.keys(req)) expect(doc.components.securitySchemes, where).toHaveProperty(name);
        expect(operationIds.has(op.operationId), where).toBe(false);
        operationIds.add(op.operationId);
      }
    }
    const refs = refsIn(doc);
    expect(refs.length).toBeGreaterThan(20);
    for (const ref of refs) expect(() => resolvePointer(doc, ref), ref).not.toThrow();
    expect(doc.components.securitySchemes).toMatchObject({
      bearerKey: { type: 'http', scheme: 'bearer' }, apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key' }, sessionCookie: { type: 'apiKey', in: 'cookie', name: 'callscribe_session' },
    });
  });

  it('documents every route fastify has registered, and nothing it has not', () => {
    // Below /admin/queues/ are the queue dashboard's own API and assets (Bull Board's); the document describes its page.
    const registered = registeredRoutes(app).filter((r) => !/^\w+ \/admin\/queues\//.test(r));
    expect(registered).toContain('POST /v1/calls/{id}/review');
    expect(registered).toContain('GET /admin/queues');
    expect(registered).toContain('GET /docs');
    expect(documentedRoutes(doc)).toEqual(registered);
  });

  it('documents the list page’s rep filter as taking a name too, the API’s as an e-mail', () => {
    type Param = { name: string; description: string; schema: { format?: string } };
    const repOf = (path: string) => ((doc.paths[path] as unknown as { get: { parameters: Param[] } }).get.parameters).find((p) => p.name === 'rep')!;
    expect(repOf('/v1/calls').schema.format).toBe('email');
    expect(repOf('/').schema.format).toBeUndefined();
    expect(repOf('/').description).toMatch(/start of the rep’s name/);
  });

  it('lists every error code with its status, and each code under that status on some route', () => {
    expect(doc.info['x-error-codes']).toEqual(Object.entries(ERROR_CODES).map(([code, v]) => ({ code, ...v })));
    const used = new Map<string, Set<string>>();
    for (const ops of Object.values(doc.paths)) {
      for (const op of Object.values(ops)) {
        for (const [status, r] of Object.entries(op.responses)) {
          for (const code of r['x-error-codes'] ?? []) {
            expect(code in ERROR_CODES, code).toBe(true);
            expect(r.description).toContain(`\`${code}\``);
            (used.get(code) ?? used.set(code, new Set()).get(code)!).add(status);
          }
        }
      }
    }
    for (const [code, { status }] of Object.entries(ERROR_CODES)) {
      if (code === 'ROUTE_NOT_FOUND') continue; // the answer where no route is (below)
      expect(used.has(code), `${code} is answered by no documented route`).toBe(true);
      // Form posts name refused codes in their 303; everywhere else a code sits under its own status.
      expect([...used.get(code)!].filter((s) => s !== '303' && s !== String(status)), code).toEqual([]);
    }
  });

  it('a path no route has answers 404 ROUTE_NOT_FOUND in the documented error shape, without the query string', async () => {
    const res = await app.inject({ method: 'GET', url: '/v1/nope?token=secret' });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: 'No route GET /v1/nope; the API is described at /docs.' } });
  });

  it('real answers match their documented schemas: the list, a call, a decision, errors', async () => {
    const list = await app.inject({ method: 'GET', url: '/v1/calls', headers: auth });
    expect(list.statusCode).toBe(200);
    expect(list.json().calls.map((c: { id: string }) => c.id).sort()).toEqual([CALL, FAILED].sort());
    expect(checkAnswer(doc, 'get', '/v1/calls', list)).toEqual([]);
    expect(CallList.strict().safeParse(list.json()).success).toBe(true);

    const view = await app.inject({ method: 'GET', url: `/v1/calls/${CALL}`, headers: auth });
    expect(view.statusCode).toBe(200);
    expect(view.json().review).toHaveLength(1);
    expect(checkAnswer(doc, 'get', '/v1/calls/{id}', view)).toEqual([]);
    expect(CallViewBody.strict().parse(view.json()).call.id).toBe(CALL);
    expect(doc.paths['/v1/calls/{id}']!.get!.responses['200']!.headers).toHaveProperty('ETag');
    expect((await app.inject({ method: 'GET', url: `/v1/calls/${CALL}`, headers: { ...auth, 'if-none-match': view.headers.etag as string } })).statusCode).toBe(304);

    const decided = await app.inject({ method: 'POST', url: `/v1/calls/${CALL}/review`, headers: { ...auth, 'if-match': view.headers.etag as string }, payload: { decisions: [{ id: 'deal-stage', decision: 'approve' }] } });
    expect(decided.statusCode).toBe(200);
    expect(checkAnswer(doc, 'post', '/v1/calls/{id}/review', decided)).toEqual([]);
    expect(ReviewAnswer.strict().safeParse(decided.json()).success).toBe(true);

    const errors: [string, string, LightMyRequestResponse][] = [
      ['get', '/v1/calls/{id}', await app.inject({ method: 'GET', url: `/v1/calls/c_${'0'.repeat(24)}`, headers: auth })],
      ['get', '/v1/calls', await app.inject({ method: 'GET', url: '/v1/calls?limit=0', headers: auth })],
      ['get', '/v1/calls', await app.inject({ method: 'GET', url: '/v1/calls' })],
      // The approval queued sync: the call is `syncing` until the worker runs.
      ['post', '/v1/calls/{id}/review', await app.inject({ method: 'POST', url: `/v1/calls/${CALL}/review`, headers: auth, payload: { decisions: [{ id: 'deal-stage', decision: 'reject' }] } })],
      ['post', '/v1/calls/{id}/review', await app.inject({ method: 'POST', url: `/v1/calls/${CALL}/review`, headers: { ...auth, 'content-type': 'application/json' }, payload: '{nope' })],
      ['patch', '/v1/calls/{id}/insights', await app.inject({ method: 'PATCH', url: `/v1/calls/${CALL}/insights`, headers: auth, payload: { summary: 'x', colour: 'red' } })],
      ['post', '/v1/calls/{id}/retry', await app.inject({ method: 'POST', url: `/v1/calls/${CALL}/retry`, headers: auth })],
      ['get', '/v1/calls/{id}/audio', await app.inject({ method: 'GET', url: `/v1/calls/${CALL}/audio`, headers: auth })],
      ['post', '/v1/calls', await app.inject({ method: 'POST', url: '/v1/calls', headers: { ...auth, 'content-type': 'application/json' }, payload: {} })],
      ['get', '/assets/{name}', await app.inject({ method: 'GET', url: '/assets/nope.css' })],
    ];
    for (const [method, path, res] of errors) {
      expect(res.statusCode, `${method} ${path}`).toBeGreaterThanOrEqual(400);
      expect(ErrorBody.strict().safeParse(res.json()).success).toBe(true);
      expect(checkAnswer(doc, method, path, res), `${method} ${path} ${res.body}`).toEqual([]);
    }
    expect(errors.map(([, , res]) => res.json().error.code)).toEqual([
      'CALL_NOT_FOUND', 'QUERY_INVALID', 'AUTH_REQUIRED', 'CALL_BUSY', 'FST_ERR_CTP_INVALID_JSON_BODY', 'BODY_INVALID', 'CALL_NOT_FAILED', 'AUDIO_MISSING', 'UPLOAD_NOT_MULTIPART', 'ASSET_NOT_FOUND',
    ]);
  });

  it('the time-saved report’s answers match their documented schemas, errors included', async () => {
    const report = await app.inject({ method: 'GET', url: '/v1/reports/time-saved?from=2026-11-01&to=2026-11-30', headers: auth });
    expect(report.statusCode).toBe(200);
    expect(checkAnswer(doc, 'get', '/v1/reports/time-saved', report)).toEqual([]);
    expect(report.json().rows).toHaveLength(1);
    for (const [url, code] of [['?from=nope', 'QUERY_INVALID'], ['?from=2026-11-30&to=2026-11-01', 'REPORT_RANGE_INVALID']] as const) {
      const res = await app.inject({ method: 'GET', url: `/v1/reports/time-saved${url}`, headers: auth });
      expect(res.json().error.code).toBe(code);
      expect(checkAnswer(doc, 'get', '/v1/reports/time-saved', res), url).toEqual([]);
    }
  });

  it('every route that takes a body documents what fastify answers for one it cannot parse', async () => {
    const unparsable: [string, string][] = [['application/xml', '<a/>'], ['application/json', '{nope'], ['application/json', ''], ['application/x-www-form-urlencoded', `a=${'x'.repeat(70_000)}`]];
    const checked: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const method of Object.keys(ops).filter((m) => m === 'post' || m === 'patch')) {
        const url = path.replace('{id}', FAILED);
        for (const [type, payload] of unparsable) {
          const res = await app.inject({ method: method.toUpperCase() as 'POST', url, headers: { ...auth, 'content-type': type }, payload });
          expect(res.statusCode, `${method} ${path} ${type}`).toBeGreaterThanOrEqual(400);
          expect(checkAnswer(doc, method, path, res), `${method} ${path} ${type} ${res.body}`).toEqual([]);
        }
        checked.push(`${method} ${path}`);
      }
    }
    expect(checked).toContain('post /calls/{id}/insights');
    expect(checked).toContain('post /sign-in');
  });

  it('/docs is a page with no sign-in, no inline script or style, and lists the review route', async () => {
    const res = await app.inject({ method: 'GET', url: '/docs' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    const body = res.body;
    for (const script of tags(body, 'script')) expect(script.attrs.src).toMatch(/^\/assets\//);
    expect(body).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/i);
    expect(body).not.toMatch(/<style/i);
    expect(tags(body).filter((t) => 'style' in t.attrs || Object.keys(t.attrs).some((a) => a.startsWith('on')))).toEqual([]);
    for (const t of [...tags(body, 'link'), ...tags(body, 'script'), ...tags(body, 'img')]) expect(t.attrs.href ?? t.attrs.src).toMatch(/^\//);
    expect(body).toMatch(/<span class="method method-post">POST<\/span> <code class="path">\/v1\/calls\/\{id\}\/review<\/code>/);
    expect(body).toContain('calls:review');
    for (const code of Object.keys(ERROR_CODES)) expect(body).toContain(`id="code-${code}"`);
    expect(body).toContain('id="schema-CallView"');
    const ids = tags(body).map((t) => t.attrs.id).filter(Boolean);
    expect(ids.length).toBe(new Set(ids).size);
    for (const a of tags(body, 'a')) if (a.attrs.href?.startsWith('#')) expect(ids, a.attrs.href).toContain(a.attrs.href.slice(1));
  });
});
