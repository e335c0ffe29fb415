import pkg from '../../../package.json' with { type: 'json' };
import { ERROR_CODES, type ErrorCode } from '../error-codes.ts';
import type { Right } from '../identity.ts';
import { SESSION_COOKIE } from '../session.ts';
import { componentSchemas, schemaRef, type JsonSchema } from './components.ts';
import { OPERATIONS, TAGS, type OperationSpec } from './operations.ts';

/** A row of the error-code table (`info['x-error-codes']`). */
export interface ErrorCodeRow {
  code: string;
  status: number;
  description: string;
}

/** The OpenAPI 3.1 document as a plain object (JSON-serialisable). */
export type OpenApiDocument = Record<string, unknown> & {
  openapi: string;
  info: Record<string, unknown> & { 'x-error-codes': ErrorCodeRow[] };
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, JsonSchema>; securitySchemes: Record<string, JsonSchema> };
};

export interface OpenApiOperation extends Record<string, unknown> {
  tags: string[];
  summary: string;
  operationId: string;
  'x-right': string | null;
  parameters?: JsonSchema[];
  requestBody?: JsonSchema;
  responses: Record<string, JsonSchema & { description: string; 'x-error-codes'?: string[] }>;
}

/** Who holds a right (identity.ts, RIGHTS), in words. */
const RIGHT_NOTES: Partial<Record<Right, string>> = {
  'calls:read': ' (a rep: their own calls only; a manager: every call)',
  'calls:review': ' (a rep: their own calls only; a manager: every call)',
  'calls:retry': ' (managers only)',
  'calls:erase': ' (managers only)',
  'reports:team': ' (managers only)',
  'subjects:export': ' (managers only)',
};
const SIGNED_IN = [{ bearerKey: [] }, { apiKeyHeader: [] }, { sessionCookie: [] }];
const UNSAFE_CSRF = { name: 'X-CSRF-Token', in: 'header', required: false, description: 'With the session cookie only: the page’s CSRF token.', schema: { type: 'string' } };

/**
 * Builds the OpenAPI 3.1 document of every route: schemas from the zod schemas the routes parse with
 * (`components.ts`), operations from `OPERATIONS`, error answers from `ERROR_CODES`. Pure; the docs
 * routes build it once at start.
 */
export function buildOpenApiDocument(): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const op of OPERATIONS) (paths[op.path] ??= {})[op.method] = operation(op);
  return {
    openapi: '3.1.0',
    info: {
      title: 'callscribe API',
      version: pkg.version,
      description: 'Sales-call recordings in; transcripts, insights, review decisions and CRM updates out. Every error answer is `{ "error": { "code", "message" } }`; `x-error-codes` lists every code with its status.',
      license: { name: pkg.license, identifier: pkg.license },
      'x-error-codes': Object.entries(ERROR_CODES).map(([code, { status, description }]) => ({ code, status, description })),
    },
    tags: Object.entries(TAGS).map(([name, description]) => ({ name, description })),
    paths,
    components: {
      schemas: componentSchemas(),
      securitySchemes: {
        bearerKey: { type: 'http', scheme: 'bearer', description: 'An API key from `API_KEYS`: `Authorization: Bearer <key>`.' },
        apiKeyHeader: { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The same key in `X-API-Key`. A key header that does not match is refused, never passed over for the cookie.' },
        sessionCookie: {
          type: 'apiKey', in: 'cookie', name: SESSION_COOKIE,
          description: 'A browser session from `POST /sign-in`. Unsafe requests (POST, PATCH) with it must carry the CSRF token: the page’s `_csrf` form field or an `X-CSRF-Token` header (403 `CSRF_INVALID` otherwise).',
        },
      },
    },
  };
}

function operation(op: OperationSpec): OpenApiOperation {
  const signedIn = op.auth !== 'none';
  const unsafe = op.method !== 'get';
  const parameters = [...(op.parameters ?? []), ...(signedIn && unsafe ? [UNSAFE_CSRF] : [])];
  const rights = op.right ? `Right: \`${op.right}\`${RIGHT_NOTES[op.right] ?? ''}.` : 'No sign-in needed.';
  return {
    tags: [op.tag],
    summary: op.summary,
    description: [op.description, rights].filter(Boolean).join('\n\n'),
    operationId: operationId(op),
    security: signedIn ? SIGNED_IN : [],
    'x-right': op.right,
    ...(parameters.length && { parameters }),
    ...(op.requestBody && { requestBody: op.requestBody }),
    responses: responses(op),
  };
}

/** `post /v1/calls/{id}/review` → `postV1CallsIdReview`. */
function operationId(op: OperationSpec): string {
  const words = op.path.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return op.method + (words.length ? words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('') : 'Root');
}

/** The codes a route can answer besides its own: sign-in and rights, CSRF, and server failures. */
function jsonErrorsOf(op: OperationSpec): ErrorCode[] {
  const auth: ErrorCode[] = op.auth === 'none' ? [] : ['AUTH_REQUIRED', 'AUTH_LIMITED', 'AUTH_FORBIDDEN', ...(op.method === 'get' ? [] : ['CSRF_INVALID' as const])];
  const server: ErrorCode[] = op.auth === 'none' ? ['INTERNAL'] : ['NETWORK', 'INTERNAL'];
  return [...new Set([...auth, ...(op.errors ?? []), ...server])];
}

const describe = (code: ErrorCode) => `\`${code}\` — ${ERROR_CODES[code].description}`;

function responses(op: OperationSpec): OpenApiOperation['responses'] {
  const out: OpenApiOperation['responses'] = {};
  for (const [status, r] of Object.entries(op.responses)) out[status] = structuredClone(r) as OpenApiOperation['responses'][string];
  if (op.auth === 'browser' && op.method === 'get') {
    out[303] = { description: 'No session, and the client asks for HTML: to `/sign-in?next=…`.', headers: { Location: { schema: { type: 'string' } } } };
  } else if (op.auth === 'browser' && out[303]) {
    out[303].description += '\nNo session (signed out, expired), and the client asks for HTML: to `/sign-in?next=` the page the form is on, with `&unsaved=1` (the sign-in page says nothing was saved).';
  }
  const add = (code: ErrorCode, media: string) => {
    const status = String(ERROR_CODES[code].status);
    const r = (out[status] ??= { description: '' });
    r.description = r.description ? `${r.description}\n${describe(code)}` : describe(code);
    (r['x-error-codes'] ??= []).push(code);
    const content = ((r.content as Record<string, JsonSchema> | undefined) ??= {});
    content[media] ??= { schema: media === 'application/json' ? schemaRef('ErrorBody') : { type: 'string' } };
  };
  for (const code of jsonErrorsOf(op)) add(code, 'application/json');
  // A browser asking for HTML is refused with a page (`requireRight`), a script with JSON.
  if (op.auth === 'browser') ((out['403']!.content as Record<string, JsonSchema>)['text/html'] ??= { schema: { type: 'string' } });
  for (const code of op.pageErrors ?? []) add(code, 'text/html');
  if (op.formErrors?.length) {
    const r = out[303]!;
    r.description += `\nRefused: \`?e=CODE\`, the code one of:\n${op.formErrors.map(describe).join('\n')}`;
    r['x-error-codes'] = [...(r['x-error-codes'] ?? []), ...op.formErrors];
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => Number(a) - Number(b)));
}
