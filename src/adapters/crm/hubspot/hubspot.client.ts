import { setTimeout as sleep } from 'node:timers/promises';
import { retryingRead, type ReadRetryOptions } from '../http/retry-read.ts';
import { acceptedBody, sendJson } from '../http/send-json.ts';
import { z } from 'zod';
import { AppError } from '../../../errors/app-error.ts';
import { atLeastMinWait, classifyHttp, retryAfterMs } from '../../../errors/classify-http.ts';
import { UndecidedRefusal, decidingRefusal, recordForbidden } from '../http/refused-record.ts';

/** Scopes the private app needs for everything the adapter does (the properties API aside, see the adapter). */
export const HUBSPOT_SCOPES = [
  'crm.objects.contacts.read',
  'crm.objects.contacts.write',
  'crm.objects.deals.read',
  'crm.objects.deals.write',
  'crm.objects.owners.read',
] as const;

export interface HubSpotRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below the base URL, ids already encoded. Never put personal data here: it appears in error messages. */
  path: string;
  /** Query parameters; they are not repeated in error messages (an owner lookup carries an email). */
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  /** Statuses handed back to the caller instead of thrown: 404 for "no such deal", 409 for "already exists". */
  accept?: readonly number[];
  /**
   * The request creates an object. When its answer is lost (timeout, reset, 5xx) HubSpot may have created it
   * anyway, and the retry finds it only by search, which lags behind writes; so the error asks the queue to
   * wait at least `searchSettleMs` before retrying.
   */
  creates?: boolean;
  /** A POST that only reads (a search, a batch read): retried like a GET. Never set on a write. */
  reads?: boolean;
}

export interface HubSpotResponse {
  status: number;
  body: unknown;
}

export interface HubSpotClient {
  request(req: HubSpotRequest): Promise<HubSpotResponse>;
  /**
   * Reads one owner (`GET /crm/v3/owners`); throws HUBSPOT_AUTH (kind `credentials`) when the token is refused. When a
   * request met a missing scope (HUBSPOT_MISSING_SCOPES), it also reads the token's scopes and throws that error, naming
   * the scope, until the private app holds it: reading an owner cannot tell (see `missing` in createHubSpotClient).
   */
  checkCredentials(): Promise<void>;
}

export interface HubSpotClientOptions {
  accessToken: string;
  baseUrl: string;
  timeoutMs: number;
  searchSettleMs: number;
  /** Search requests are paced to this rate (HubSpot allows about 5 per second per account and answers 429 above). */
  searchPerSecond: number;
  fetch: typeof fetch;
  /** How reads are retried (see retry-read.ts). */
  readRetry: ReadRetryOptions;
}

/** HubSpot's error body (`models/ModelError.ts`), plus the rate limiter's `policyName`. */
const ErrorBody = z
  .object({
    message: z.string().optional(),
    category: z.string().optional(),
    correlationId: z.string().optional(),
    policyName: z.string().optional(),
    errors: z.array(z.object({ message: z.string().optional(), context: z.record(z.string(), z.unknown()).optional() }).loose()).optional(),
  })
  .loose();
type ErrorBody = z.infer<typeof ErrorBody>;

/**
 * A 403 MISSING_SCOPES: the private app lacks a scope the request needs (`scopes`: the ones HubSpot named, "one or more
 * of" which the request requires). Kind `credentials`: sync pauses until the app holds one of them.
 */
export class MissingScopesError extends AppError {
  readonly scopes: readonly string[];
  constructor(message: string, scopes: readonly string[]) {
    super('HUBSPOT_MISSING_SCOPES', message, { status: 403, kind: 'credentials' });
    this.name = 'MissingScopesError';
    this.scopes = scopes;
  }
}

/**
 * A thin fetch wrapper for the HubSpot API: Bearer auth, JSON in and out, one classification of every failure
 * into an AppError. It retries a read after a short blip (GET, and a POST marked `reads`: see retry-read.ts);
 * writes it never retries (the queue does, looking for the object by its key first). It paces search requests,
 * which HubSpot limits separately and tightly.
 */
export function createHubSpotClient(opts: HubSpotClientOptions): HubSpotClient {
  const attempt = (req: HubSpotRequest) => (req.method === 'GET' || req.reads ? retryingRead(() => once(req), opts.readRetry) : once(req));
  const checkToken = async () => void (await attempt(CREDENTIAL_CHECK));
  // Scopes requests were refused for, until the token holds them. A check that reads an owner passes without a scope
  // such as crm.objects.deals.write, so resuming sync on it alone met the same 403 at once, paused again, and so on for
  // every call; the credential check holds until HubSpot's token info lists one of each refusal's scopes. Kept per
  // process: another worker process, or this one restarted, resumes once, meets the 403 itself and holds from then on.
  const missing = new Map<string, MissingScopesError>();
  const checkCredentials = async () => {
    await checkToken();
    if (missing.size === 0) return;
    const { body } = await attempt({ ...TOKEN_INFO, body: { tokenKey: opts.accessToken } });
    const held = new Set(TokenInfo.parse(body).scopes);
    for (const [key, err] of missing) if (err.scopes.some((s) => held.has(s))) missing.delete(key);
    const still = missing.values().next().value;
    if (still) throw still;
  };
  // Whether a 403 is the record's or the token's asks only whether the token works (the owners read): a scope still
  // missing elsewhere says nothing about this record.
  const request = async (req: HubSpotRequest) => {
    try {
      return await decidingRefusal(() => attempt(req), checkToken);
    } catch (err) {
      if (err instanceof MissingScopesError) missing.set(err.scopes.join(' '), err);
      throw err;
    }
  };
  const minSearchGapMs = 1000 / opts.searchPerSecond;
  let searchTurn: Promise<void> = Promise.resolve();
  let lastSearchAt = 0;
  const paceSearch = (): Promise<void> => {
    const turn = searchTurn.then(async () => {
      const wait = lastSearchAt + minSearchGapMs - Date.now();
      if (wait > 0) await sleep(wait);
      lastSearchAt = Date.now();
    });
    searchTurn = turn;
    return turn;
  };

  const once = async (req: HubSpotRequest): Promise<HubSpotResponse> => {
    const where = `${req.method} ${req.path}`;
    if (req.method === 'POST' && req.path.endsWith('/search')) await paceSearch();
    let res: Response;
    let text: string;
    try {
      ({ res, text } = await sendJson(opts.fetch, { url: opts.baseUrl + req.path, query: req.query }, { method: req.method, headers: { authorization: `Bearer ${opts.accessToken}` }, body: req.body, timeoutMs: opts.timeoutMs }));
    } catch (err) {
      throw unreachable(err, where, req.creates ? opts.searchSettleMs : null, opts);
    }

    if (res.ok || req.accept?.includes(res.status)) return acceptedBody(res, text, where, { name: 'HubSpot', code: 'HUBSPOT_UNAVAILABLE' });
    throw failure(res, parseErrorBody(text), where, req.creates ? opts.searchSettleMs : null, req !== CREDENTIAL_CHECK);
  };

  return { request, checkCredentials };
}

/** The credential check: the owners scope is one the adapter needs (HUBSPOT_SCOPES), and the read is cheap. */
const CREDENTIAL_CHECK: HubSpotRequest = { method: 'GET', path: '/crm/v3/owners', query: { limit: 1 } };

/**
 * The private-app token's info (`{tokenKey}` in; its user, account, app and granted `scopes` out). Needs no scope; the
 * Bearer header goes too (tokens outside the NA region need it).
 */
const TOKEN_INFO: Omit<HubSpotRequest, 'body'> = { method: 'POST', path: '/oauth/v2/private-apps/get/access-token-info', reads: true };
const TokenInfo = z.object({ scopes: z.array(z.string()) }).loose();

function parseErrorBody(text: string): ErrorBody {
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { message: text.slice(0, 300) };
  } catch {
    return { message: text.slice(0, 300) };
  }
}

/** `decidable` is false for the credential check itself: its own 403 is about the token. */
function failure(res: Response, body: ErrorBody, where: string, settleMs: number | null, decidable: boolean): AppError {
  const said = `${body.message ?? res.statusText}${body.category ? ` [${body.category}]` : ''}${body.correlationId ? ` (correlation ${body.correlationId})` : ''}`;
  if (res.status === 401) {
    return new AppError(
      'HUBSPOT_AUTH',
      `HubSpot rejected the private-app token (401) on ${where}: create a new token with scopes ${HUBSPOT_SCOPES.join(', ')} ` +
        `(Settings → Integrations → Private apps) and set HUBSPOT_ACCESS_TOKEN. HubSpot said: ${said}`,
      { status: 401, kind: 'credentials' },
    );
  }
  if (res.status === 403) {
    const scopes = missingScopes(body);
    // A missing scope is the token's; any other 403 is the record's when the credential check passes (see refusalOf).
    if (scopes.length > 0) {
      return new MissingScopesError(
        `HubSpot refused ${where} (403): the private app lacks ${scopes.length === 1 ? `scope ${scopes[0]}` : `one of the scopes ${scopes.join(', ')}`}. A super admin adds it in HubSpot ` +
          `(Settings → Integrations → Private apps → the app → Scopes) and commits the change; sync resumes by itself once HubSpot lists the scope ` +
          `for the token (a new token instead: set HUBSPOT_ACCESS_TOKEN and restart the worker). HubSpot said: ${said}`,
        scopes,
      );
    }
    const refused = new AppError(
      'HUBSPOT_AUTH',
      `HubSpot refused ${where} (403): the token is not allowed to do this${body.category === 'MISSING_SCOPES' ? ' (a scope is missing; HubSpot named none)' : ''}. ` +
        `Check the private app's scopes (${HUBSPOT_SCOPES.join(', ')}) and that the account may use the API, then set HUBSPOT_ACCESS_TOKEN. HubSpot said: ${said}`,
      { status: 403, kind: 'credentials' },
    );
    if (body.category === 'MISSING_SCOPES' || !decidable) return refused;
    const fix = "In HubSpot, give the private app (or the user whose token it is) access to the record: its owner, team or a restriction on the object keeps it out of reach.";
    return new UndecidedRefusal(recordForbidden('HUBSPOT_RECORD_FORBIDDEN', 'HubSpot', where, 403, fix, said), refused);
  }
  if (res.status === 429) {
    const wait = rateLimitWaitMs(body, res.headers);
    return new AppError('HUBSPOT_RATE_LIMITED', `HubSpot rate limit hit on ${where} (${body.policyName ?? 'policy not named'}); retry after ${wait} ms. HubSpot said: ${said}`, {
      retryable: true,
      retryAfterMs: wait,
      status: 429,
      kind: 'rate_limit',
    });
  }
  const classified = classifyHttp('hubspot', res.status, `${where}: ${said}`, res.headers);
  if (classified.retryable && settleMs !== null) {
    return new AppError(classified.code, `${classified.message}. The object may have been created anyway; the retry looks for it first.`, {
      retryable: true,
      retryAfterMs: Math.max(classified.retryAfterMs ?? 0, settleMs),
      status: classified.status,
      kind: classified.kind,
    });
  }
  return classified;
}

/**
 * How long a 429 asks us to wait: Retry-After when sent (HubSpot does not document it), else by policy:
 * SECONDLY → 1 s; TEN_SECONDLY_ROLLING → the interval header or 10 s (what the official SDK waits);
 * DAILY → an hour (the budget resets at midnight in the account's time zone, which the API does not tell us).
 * Never under MIN_RETRY_WAIT_MS.
 */
export function rateLimitWaitMs(body: ErrorBody, headers: Headers): number {
  const header = retryAfterMs(headers);
  if (header !== null) return header;
  const policy = body.policyName?.toUpperCase();
  if (policy === 'DAILY') return 3_600_000;
  if (policy === 'SECONDLY' || (!policy && /\bsecondly limit/i.test(body.message ?? ''))) return 1000;
  const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds'));
  return Number.isFinite(interval) && interval > 0 ? atLeastMinWait(interval) : 10_000;
}

/** Scopes named by a MISSING_SCOPES body: `errors[].context.requiredGranularScopes` (or `requiredScopes`). */
function missingScopes(body: ErrorBody): string[] {
  const found = new Set<string>();
  for (const e of body.errors ?? []) {
    for (const key of ['requiredGranularScopes', 'requiredScopes']) {
      const list = e.context?.[key];
      if (Array.isArray(list)) for (const s of list) if (typeof s === 'string') found.add(s);
    }
  }
  return [...found];
}

function unreachable(err: unknown, where: string, settleMs: number | null, opts: HubSpotClientOptions): AppError {
  const name = (err as { name?: unknown } | null)?.name;
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const reason = name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : `${err instanceof Error ? err.message : String(err)}${typeof cause?.code === 'string' ? ` (${cause.code})` : ''}`;
  const unknownOutcome = settleMs !== null ? ' The object may have been created anyway; the retry looks for it first.' : '';
  return new AppError('HUBSPOT_UNAVAILABLE', `Could not complete ${where} at ${opts.baseUrl}: ${reason}. Check HUBSPOT_BASE_URL and the network.${unknownOutcome}`, {
    retryable: true,
    retryAfterMs: settleMs,
    cause: err,
    kind: 'unavailable',
  });
}
