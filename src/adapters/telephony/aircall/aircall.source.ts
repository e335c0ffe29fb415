import { z } from 'zod';
import { AppError, permanent, retryable } from '../../../errors/app-error.ts';
import type { GuardedFetch, GuardedResponse, TelephonyModule, TelephonySource, Verdict, WebhookOutcome, WebhookRequest } from '../../../ports/telephony-source.ts';
import { httpOrigin } from '../origins.ts';
import { answerError, type ProviderHints } from '../provider-answer.ts';
import { recordingExtension, recordingFilename } from '../recording-file.ts';
import { constantTimeEqual, describeIssues, parseJsonBody } from '../webhook-utils.ts';
import { AircallCall, AircallEnvelope, aircallCallMeta } from './aircall.call.ts';
import { aircallConfigFromEnv, type AircallConfig, AIRCALL_VARIABLES } from './aircall.config.ts';

/**
 * Aircall: deliveries are authenticated by the webhook's `token` inside the JSON body (there is no
 * signature and nothing signed). There is no staleness check either: `timestamp` is unsigned, so a
 * replay keeps its original one, and Aircall retries a failed delivery for up to 12 hours, which a
 * window would refuse. Replays are harmless: the call id derives from Aircall's call id.
 *
 * A recording arrives with `call.ended` (about 30 s after hangup) or, when it was not ready then, with
 * `call.comm_assets_generated`; the link in it expires within minutes, so it is not stored: download
 * asks `GET /v1/calls/{id}` for a fresh one just before fetching it.
 */

const PROVIDER = 'aircall';
const RECORDING_EVENTS = new Set(['call.ended', 'call.comm_assets_generated']);
const AIRCALL_HINTS: ProviderHints = {
  provider: 'Aircall',
  authFix: 'Check AIRCALL_API_ID and AIRCALL_API_TOKEN (Aircall Dashboard → Integrations & API → API keys).',
};

/**
 * The token is in the body, so a body that cannot be read as a JSON object is refused as unreadable
 * (400 WEBHOOK_PAYLOAD_INVALID), not as unsigned: whether it carries the token cannot be known.
 */
function verifyToken(request: WebhookRequest, expected: string): Verdict {
  let body: unknown;
  try {
    body = JSON.parse(request.rawBody.toString('utf8'));
  } catch {
    return { ok: false, code: 'WEBHOOK_PAYLOAD_INVALID', reason: 'The body is not JSON, so the Aircall token in it cannot be read, let alone checked.' };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    return { ok: false, code: 'WEBHOOK_PAYLOAD_INVALID', reason: 'The body is JSON but not an object, so it cannot hold the Aircall token; Aircall sends {resource, event, token, data}.' };
  }
  const token = (body as { token?: unknown }).token;
  if (typeof token !== 'string' || token === '') {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_MISSING', reason: 'The body has no token field (Aircall puts the webhook token in every delivery).' };
  }
  if (!constantTimeEqual(token, expected)) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_INVALID', reason: "The body's token is not AIRCALL_WEBHOOK_TOKEN (each Aircall webhook has its own token)." };
  }
  return { ok: true };
}

function parseDelivery(request: WebhookRequest, config: AircallConfig): WebhookOutcome {
  const envelope = AircallEnvelope.safeParse(parseJsonBody(request.rawBody, PROVIDER));
  if (!envelope.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', `The Aircall delivery is not {event, data, …}: ${describeIssues(envelope.error)}`);
  const { event, data } = envelope.data;
  if (!RECORDING_EVENTS.has(event)) return { kind: 'ignored', reason: `Aircall event ${event} carries no finished recording.` };
  const call = AircallCall.safeParse(data);
  if (!call.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', `The Aircall ${event} delivery's call is unreadable: ${describeIssues(call.error)}`);
  const recordingId = String(call.data.id);
  if (!call.data.recording) {
    return { kind: 'ignored', reason: `Aircall call ${recordingId} has no recording in ${event} (not recorded, or not ready yet: call.comm_assets_generated brings it).` };
  }
  return {
    kind: 'recording',
    event: {
      provider: PROVIDER,
      deliveryId: recordingId,
      recordingId,
      download: { aircallCallId: recordingId },
      meta: aircallCallMeta(call.data, config.repEmails),
    },
  };
}

/** How long Aircall asks us to wait: Retry-After, else until X-AircallApi-Reset (Unix seconds). */
function rateLimitWait(res: GuardedResponse, now: Date, err: AppError): AppError {
  if (!err.retryable || err.retryAfterMs !== null) return err;
  const reset = Number(res.headers['x-aircallapi-reset']);
  if (!res.headers['x-aircallapi-reset'] || !Number.isFinite(reset)) return err;
  const waitMs = reset > 1e9 ? reset * 1000 - now.getTime() : reset * 1000;
  return new AppError(err.code, err.message, { retryable: true, retryAfterMs: Math.max(0, waitMs), status: err.status, kind: err.kind });
}

async function lookUpCall(config: AircallConfig, callId: string, fetch: GuardedFetch, now: Date): Promise<AircallCall> {
  const basic = Buffer.from(`${config.apiId}:${config.apiToken}`).toString('base64');
  const res = await fetch(`${config.apiBaseUrl}/v1/calls/${callId}`, { method: 'GET', headers: { authorization: `Basic ${basic}`, accept: 'application/json' } });
  if (res.status !== 200) throw rateLimitWait(res, now, answerError(AIRCALL_HINTS, `GET /v1/calls/${callId}`, res));
  const parsed = z.object({ call: AircallCall }).safeParse(await res.json());
  if (!parsed.success) throw permanent('TELEPHONY_REJECTED', `Aircall answered GET /v1/calls/${callId} with a body callscribe cannot read: ${describeIssues(parsed.error)}`);
  return parsed.data.call;
}

async function downloadRecording(config: AircallConfig, callId: string, fetch: GuardedFetch, now: Date) {
  const call = await lookUpCall(config, callId, fetch, now);
  const link = call.recording;
  if (!link) throw new AppError('RECORDING_NOT_READY', `Aircall has no recording for call ${callId} yet.`, { retryable: true, kind: 'not_ready' });
  const origin = httpOrigin(link);
  if (!origin || !config.recordingOrigins.includes(origin)) {
    throw permanent('TELEPHONY_ORIGIN_NOT_ALLOWED', `Aircall serves call ${callId}'s recording from ${origin ?? 'an unreadable link'}, which AIRCALL_RECORDING_ORIGINS does not list (${config.recordingOrigins.join(', ')}); add that origin.`);
  }
  const res = await fetch(link, { method: 'GET', headers: { accept: 'audio/*, */*;q=0.5' } });
  if (res.status === 403) {
    res.body.resume();
    throw retryable('TELEPHONY_UNAVAILABLE', `Aircall's recording link for call ${callId} was refused (403), most likely expired before it was used; a retry asks Aircall for a fresh one.`);
  }
  if (res.status !== 200) {
    throw answerError({ provider: `Aircall's recording host ${origin}`, authFix: 'Its links need no credentials, so this is on Aircall’s side.' }, `the recording of call ${callId}`, res);
  }
  const contentType = res.headers['content-type'] ?? null;
  return { call, body: res.body, contentType, filename: recordingFilename(`aircall-${callId}`, recordingExtension(link, contentType, '.mp3')) };
}

export const aircallTelephony: TelephonyModule<AircallConfig> = {
  provider: PROVIDER,
  configFromEnv: aircallConfigFromEnv,
  variables: AIRCALL_VARIABLES,
  create(config, { clock }): TelephonySource {
    return {
      provider: PROVIDER,
      allowedOrigins: [config.apiBaseUrl, ...config.recordingOrigins],
      verify: (request) => verifyToken(request, config.webhookToken),
      parse: (request) => parseDelivery(request, config),
      async download(event, fetch) {
        const callId = String(event.download.aircallCallId ?? '');
        if (!/^\d+$/.test(callId)) throw permanent('RECORDING_NOT_FOUND', 'The stored Aircall event has no call id.');
        const got = await downloadRecording(config, callId, fetch, clock());
        return { body: got.body, contentType: got.contentType, filename: got.filename, meta: aircallCallMeta(got.call, config.repEmails) };
      },
    };
  },
};
