import { z } from 'zod';
import { retryingRead, type ReadRetryOptions } from '../http/retry-read.ts';
import { acceptedBody, sendJson } from '../http/send-json.ts';
import { AppError } from '../../../errors/app-error.ts';
import { atLeastMinWait, classifyHttp, retryAfterMs } from '../../../errors/classify-http.ts';
import type { SalesforceAuth, SalesforceSession } from './salesforce.auth.ts';
import { UndecidedRefusal, decidingRefusal, recordForbidden } from '../http/refused-record.ts';

export interface SalesforceRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below `/services/data/vXX.X`, ids already encoded. Never put personal data here: it appears in error messages. */
  path: string;
  /** Query parameters (a SOQL `q` carries emails and numbers); they are not repeated in error messages. */
  query?: Record<string, string>;
  body?: unknown;
  /** Statuses handed back to the caller instead of thrown (300 for an upsert key that matches several records). */
  accept?: readonly number[];
}

export interface SalesforceResponse {
  status: number;
  body: unknown;
}

export interface SalesforceClient {
  request(req: SalesforceRequest): Promise<SalesforceResponse>;
  /** Reads the API version's resource list (`GET /`); throws SALESFORCE_AUTH (kind `credentials`) when the session is refused. */
  checkCredentials(): Promise<void>;
}

export interface SalesforceClientOptions {
  /** The configured instance URL (error messages); requests go to the session's. */
  instanceUrl: string;
  apiVersion: string;
  auth: SalesforceAuth;
  timeoutMs: number;
  rateLimitWaitMs: number;
  fetch: typeof fetch;
  /** How GETs are retried (see retry-read.ts). */
  readRetry: ReadRetryOptions;
}

/** Salesforce's error body: a JSON array `[{message, errorCode, fields}]` (api-contracts.md §2). */
const ErrorBody = z.array(z.object({ message: z.string().optional(), errorCode: z.string().optional(), fields: z.array(z.string()).optional() }).loose());
export interface SalesforceProblem {
  message: string;
  errorCode: string;
  fields: string[];
}

/**
 * A thin fetch wrapper for the Salesforce REST API: Bearer auth, JSON, one classification of every failure. A 401
 * with a renewable token (client-credentials or JWT bearer flow) gets a new token and sends the request once more: Salesforce did
 * nothing with the refused one, so a write is not repeated. It retries a GET after a short blip (see retry-read.ts;
 * a spent API allowance waits `rateLimitWaitMs`, so it goes to the queue); writes it never retries.
 */
export function createSalesforceClient(opts: SalesforceClientOptions): SalesforceClient {
  const attempt = (req: SalesforceRequest) => (req.method === 'GET' ? retryingRead(() => once(req), opts.readRetry) : once(req));
  const checkCredentials = async () => void (await attempt(CREDENTIAL_CHECK));
  const request = (req: SalesforceRequest) => decidingRefusal(() => attempt(req), checkCredentials);
  const send = async (req: SalesforceRequest, session: SalesforceSession, where: string): Promise<{ res: Response; text: string }> => {
    try {
      const url = `${session.instanceUrl}/services/data/${opts.apiVersion}${req.path}`;
      return await sendJson(opts.fetch, { url, query: req.query }, { method: req.method, headers: { authorization: `Bearer ${session.token}` }, body: req.body, timeoutMs: opts.timeoutMs });
    } catch (err) {
      throw unreachable(err, where, opts);
    }
  };
  const once = async (req: SalesforceRequest): Promise<SalesforceResponse> => {
    const where = `${req.method} ${req.path}`;
    const session = await opts.auth.session();
    let { res, text } = await send(req, session, where);
    if (res.status === 401 && opts.auth.refused(session.token)) ({ res, text } = await send(req, await opts.auth.session(), where));

    if (res.ok || req.accept?.includes(res.status)) return acceptedBody(res, text, where, { name: 'Salesforce', code: 'SALESFORCE_UNAVAILABLE' });
    throw failure(res, problemsOf(text), where, opts, req !== CREDENTIAL_CHECK);
  };

  return { request, checkCredentials };
}

/**
 * The credential check: the version's resource list, which any session with API access may read; an expired or revoked
 * one is refused (401), a user or org without API access 403. Not `/limits`: that needs the "View Setup and
 * Configuration" permission, which a least-privilege integration user lacks, so its 403 would take working credentials
 * for refused ones and pause sync for good.
 */
const CREDENTIAL_CHECK: SalesforceRequest = { method: 'GET', path: '/' };

export function problemsOf(text: string): SalesforceProblem[] {
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data.map((p) => ({ message: p.message ?? '', errorCode: p.errorCode ?? 'UNKNOWN', fields: p.fields ?? [] }));
  } catch {
    // not JSON: a gateway page
  }
  return [{ message: text.slice(0, 300), errorCode: 'UNKNOWN', fields: [] }];
}

export const describeProblems = (problems: SalesforceProblem[]) =>
  problems.map((p) => `${p.errorCode}: ${p.message}${p.fields.length ? ` (fields ${p.fields.join(', ')})` : ''}`).join('; ');

/** A classified failure that keeps Salesforce's error codes, so the adapter can tell setup problems apart. */
export class SalesforceError extends AppError {
  readonly problems: SalesforceProblem[];
  constructor(base: AppError, problems: SalesforceProblem[]) {
    super(base.code, base.message, { retryable: base.retryable, retryAfterMs: base.retryAfterMs, status: base.status, kind: base.kind });
    this.name = 'SalesforceError';
    this.problems = problems;
  }
}

/** `decidable` is false for the credential check itself: its own 403 is about the session. */
function failure(res: Response, problems: SalesforceProblem[], where: string, opts: SalesforceClientOptions, decidable: boolean): AppError {
  const said = describeProblems(problems);
  const codes = new Set(problems.map((p) => p.errorCode));
  if (res.status === 401) {
    return new SalesforceError(
      new AppError(
        'SALESFORCE_AUTH',
        `Salesforce rejected the access token (401) on ${where}: ${opts.auth.refusedFix}. Salesforce said: ${said}`,
        { status: 401, kind: 'credentials' },
      ),
      problems,
    );
  }
  // Salesforce never answers 429: the org's rolling 24-hour API allowance runs out with a 403 and this code.
  if (res.status === 403 && codes.has('REQUEST_LIMIT_EXCEEDED')) {
    const wait = atLeastMinWait(opts.rateLimitWaitMs);
    return new SalesforceError(
      new AppError('SALESFORCE_RATE_LIMITED', `Salesforce API request limit reached on ${where}; retry after ${wait} ms. Salesforce said: ${said}`, {
        retryable: true,
        retryAfterMs: wait,
        status: 403,
        kind: 'rate_limit',
      }),
      problems,
    );
  }
  // Refused one record whatever the status (a 403, or a 400 from the write itself), by its code; a 403 whose code names
  // neither the record nor the session's API access is the record's when the credential check passes (see refusalOf).
  const recordRefusal = problems.some((p) => RECORD_REFUSAL_CODES.has(p.errorCode));
  const sessionRefusal = problems.some((p) => SESSION_REFUSAL_CODES.has(p.errorCode));
  const fix = 'In Salesforce, share the record with the integration user (its owner, role, a sharing rule or manual share), give its profile or a permission set access to the object, or unlock the record (an approval process locks it).';
  const forbidden = () => new SalesforceError(recordForbidden('SALESFORCE_RECORD_FORBIDDEN', 'Salesforce', where, res.status, fix, said), problems);
  if (recordRefusal) return forbidden();
  if (res.status === 403) {
    const refused = new SalesforceError(
      new AppError('SALESFORCE_AUTH', `Salesforce refused ${where} (403): the integration user lacks a permission or API access. Grant it in Setup and retry. Salesforce said: ${said}`, {
        status: 403,
        kind: 'credentials',
      }),
      problems,
    );
    return sessionRefusal || !decidable ? refused : new UndecidedRefusal(forbidden(), refused);
  }
  // Transient whatever the status (a row lock answers 400): nothing was written, and the same request later succeeds.
  const transient = problems.find((p) => TRANSIENT_CODES.has(p.errorCode));
  if (transient) {
    const why = transient.errorCode === 'UNABLE_TO_LOCK_ROW' ? 'another process (a trigger, flow or user) held the record' : 'the org was briefly unavailable';
    return new SalesforceError(
      new AppError('SALESFORCE_UNAVAILABLE', `Salesforce could not complete ${where} (${res.status}): ${why}; it is retried. Salesforce said: ${said}`, {
        retryable: true,
        retryAfterMs: retryAfterMs(res.headers),
        status: res.status,
        kind: 'unavailable',
      }),
      problems,
    );
  }
  return new SalesforceError(classifyHttp('salesforce', res.status, `${where}: ${said}`, res.headers), problems);
}

/**
 * Error codes that refuse the integration user one record, not the session: no edit access to it (or read-only
 * access), no access to a record the write links to (a WhoId or WhatId), a record locked by an approval process.
 */
const RECORD_REFUSAL_CODES = new Set(['INSUFFICIENT_ACCESS_OR_READONLY', 'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY', 'ENTITY_IS_LOCKED']);
/** Error codes that refuse the session everything: the org or the user has no API access. */
const SESSION_REFUSAL_CODES = new Set(['API_DISABLED_FOR_ORG', 'API_CURRENTLY_DISABLED']);

/**
 * Error codes that mean "try again", sent with a 4xx as well as a 5xx: UNABLE_TO_LOCK_ROW (a 400 while another
 * transaction holds the row, or a parent such as the Account) and SERVER_UNAVAILABLE.
 */
const TRANSIENT_CODES = new Set(['UNABLE_TO_LOCK_ROW', 'SERVER_UNAVAILABLE']);

function unreachable(err: unknown, where: string, opts: SalesforceClientOptions): AppError {
  const name = (err as { name?: unknown } | null)?.name;
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const reason = name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : `${err instanceof Error ? err.message : String(err)}${typeof cause?.code === 'string' ? ` (${cause.code})` : ''}`;
  return new AppError('SALESFORCE_UNAVAILABLE', `Could not complete ${where} at ${opts.instanceUrl}: ${reason}. Check SALESFORCE_INSTANCE_URL and the network.`, {
    retryable: true,
    cause: err,
    kind: 'unavailable',
  });
}
