import { z } from 'zod';
import { retryingRead, type ReadRetryOptions } from '../http/retry-read.ts';
import { acceptedBody, sendJson } from '../http/send-json.ts';
import { AppError } from '../../../errors/app-error.ts';
import { atLeastMinWait, classifyHttp, retryAfterMs } from '../../../errors/classify-http.ts';
import { UndecidedRefusal, decidingRefusal, recordForbidden } from '../http/refused-record.ts';

export interface PipedriveRequest {
  method: 'GET' | 'POST' | 'PATCH';
  /** Path below the base URL (`/api/v2/…` or `/v1/…`), ids already encoded. No personal data: it appears in error messages. */
  path: string;
  /** Query parameters; they are not repeated in error messages (a search carries a phone number or email). */
  query?: Record<string, string | number | boolean | undefined>;
  body?: unknown;
  /** Statuses handed back to the caller instead of thrown (404 for "no such deal"). */
  accept?: readonly number[];
}

export interface PipedriveResponse {
  status: number;
  body: unknown;
}

export interface PipedriveClient {
  request(req: PipedriveRequest): Promise<PipedriveResponse>;
  /** Reads the token's own user (`GET /v1/users/me`); throws PIPEDRIVE_AUTH (kind `credentials`) when the token is refused. */
  checkCredentials(): Promise<void>;
}

export interface PipedriveClientOptions {
  apiToken: string;
  baseUrl: string;
  timeoutMs: number;
  fetch: typeof fetch;
  /** How GETs are retried (see retry-read.ts). */
  readRetry: ReadRetryOptions;
}

/** Pipedrive's error body: `{success:false, error, error_info?, errorCode?}`. */
const ErrorBody = z.object({ error: z.string().nullish(), error_info: z.string().nullish(), errorCode: z.union([z.number(), z.string()]).nullish() }).loose();
type ErrorBody = z.infer<typeof ErrorBody>;

/** The burst window is 2 s per token; a 429 that names no wait is retried after it. */
const BURST_WINDOW_MS = 2000;

/** The credential check: any token Pipedrive accepts may read its own user. */
const CREDENTIAL_CHECK: PipedriveRequest = { method: 'GET', path: '/v1/users/me' };

/**
 * A thin fetch wrapper for the Pipedrive API: `x-api-token` header (kept out of the URL, so it never reaches
 * logs), JSON in and out, one classification of every failure into an AppError. It retries a GET after a short blip
 * (see retry-read.ts); writes it never retries (the queue does, looking for the activity by its key first).
 */
export function createPipedriveClient(opts: PipedriveClientOptions): PipedriveClient {
  const attempt = (req: PipedriveRequest) => (req.method === 'GET' ? retryingRead(() => once(req), opts.readRetry) : once(req));
  const checkCredentials = async () => void (await attempt(CREDENTIAL_CHECK));
  const request = (req: PipedriveRequest) => decidingRefusal(() => attempt(req), checkCredentials);
  const once = async (req: PipedriveRequest): Promise<PipedriveResponse> => {
    const where = `${req.method} ${req.path}`;
    let res: Response;
    let text: string;
    try {
      ({ res, text } = await sendJson(opts.fetch, { url: opts.baseUrl + req.path, query: req.query }, { method: req.method, headers: { 'x-api-token': opts.apiToken }, body: req.body, timeoutMs: opts.timeoutMs }));
    } catch (err) {
      throw unreachable(err, where, opts);
    }

    if (res.ok || req.accept?.includes(res.status)) return acceptedBody(res, text, where, { name: 'Pipedrive', code: 'PIPEDRIVE_UNAVAILABLE' });
    throw failure(res, parseErrorBody(text), where, req !== CREDENTIAL_CHECK);
  };

  return { request, checkCredentials };
}

function parseErrorBody(text: string): ErrorBody {
  try {
    const parsed = ErrorBody.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { error: text.slice(0, 300) };
  } catch {
    return { error: text.slice(0, 300) };
  }
}

/** `decidable` is false for the credential check itself: its own 403 is about the token. */
function failure(res: Response, body: ErrorBody, where: string, decidable: boolean): AppError {
  const said = `${body.error ?? res.statusText}${body.error_info ? ` (${body.error_info})` : ''}`;
  if (res.status === 401) {
    return new AppError(
      'PIPEDRIVE_AUTH',
      `Pipedrive rejected the API token (401) on ${where}: it was revoked, regenerated or mistyped. Copy the current token from ` +
        `Pipedrive (Personal preferences → API) and set PIPEDRIVE_API_TOKEN. Pipedrive said: ${said}`,
      { status: 401, kind: 'credentials' },
    );
  }
  if (res.status === 403) {
    // The body says nothing of why: a record a visibility group hides from the token's user and a user without the
    // permission answer alike, so the credential check tells them apart. Pipedrive documents no 403 body that would
    // (its error body is `{success:false, error, error_info}`; the one documented `code` is an account's feature cap on
    // creating deals or fields, which callscribe never does), so a permission the token's user lacks everywhere passes
    // the check and counts as each record's.
    const refused = new AppError('PIPEDRIVE_AUTH', `Pipedrive refused ${where} (403): the token's user lacks the permission. Use a token of a user who may do this, and set PIPEDRIVE_API_TOKEN. Pipedrive said: ${said}`, {
      status: 403,
      kind: 'credentials',
    });
    if (!decidable) return refused;
    const fix = "In Pipedrive, make the record visible to the API token's user (its visibility group, or the record's owner and visibility), or give that user a permission set that allows the change.";
    return new UndecidedRefusal(recordForbidden('PIPEDRIVE_RECORD_FORBIDDEN', 'Pipedrive', where, 403, fix, said), refused);
  }
  if (res.status === 429) {
    const wait = rateLimitWaitMs(res.headers);
    return new AppError('PIPEDRIVE_RATE_LIMITED', `Pipedrive rate limit hit on ${where}; retry after ${wait} ms. Pipedrive said: ${said}`, {
      retryable: true,
      retryAfterMs: wait,
      status: 429,
      kind: 'rate_limit',
    });
  }
  return classifyHttp('pipedrive', res.status, `${where}: ${said}`, res.headers);
}

/**
 * How long a 429 asks us to wait: Retry-After when sent, else `x-ratelimit-reset` (seconds until the window
 * resets), else the 2 s burst window. A spent daily budget (`x-daily-requests-left: 0`) waits an hour. Never under
 * MIN_RETRY_WAIT_MS: a window said to reset in 0 s still waits that long.
 */
export function rateLimitWaitMs(headers: Headers): number {
  const header = retryAfterMs(headers);
  if (header !== null) return header;
  if (headers.get('x-daily-requests-left') === '0') return 3_600_000;
  const reset = Number(headers.get('x-ratelimit-reset'));
  return headers.get('x-ratelimit-reset') && Number.isFinite(reset) && reset >= 0 ? atLeastMinWait(reset * 1000) : BURST_WINDOW_MS;
}

function unreachable(err: unknown, where: string, opts: PipedriveClientOptions): AppError {
  const name = (err as { name?: unknown } | null)?.name;
  const cause = (err as { cause?: { code?: unknown } } | null)?.cause;
  const reason = name === 'TimeoutError' ? `no answer within ${opts.timeoutMs} ms` : `${err instanceof Error ? err.message : String(err)}${typeof cause?.code === 'string' ? ` (${cause.code})` : ''}`;
  return new AppError('PIPEDRIVE_UNAVAILABLE', `Could not complete ${where} at ${opts.baseUrl}: ${reason}. Check PIPEDRIVE_BASE_URL and the network.`, {
    retryable: true,
    cause: err,
    kind: 'unavailable',
  });
}
