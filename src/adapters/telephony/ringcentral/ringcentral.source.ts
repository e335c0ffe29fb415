import { AppError, permanent } from '../../../errors/app-error.ts';
import type { SourceWarning, TelephonyModule, TelephonySource, Verdict, WebhookOutcome, WebhookRequest } from '../../../ports/telephony-source.ts';
import { httpOrigin, originsOf } from '../origins.ts';
import { recordingExtension, recordingFilename } from '../recording-file.ts';
import { constantTimeEqual, headerOf, parseJsonBody } from '../webhook-utils.ts';
import { createRingCentralClient, type CallRecord } from './ringcentral.client.ts';
import { ringcentralConfigFromEnv, type RingCentralConfig, RINGCENTRAL_VARIABLES } from './ringcentral.config.ts';
import { noRecordingReason, readNotification, sideMeta } from './ringcentral.payload.ts';

/**
 * How long after a call ends its recording may still be missing from the call log: until then a
 * download is RECORDING_NOT_READY (retried), after it RECORDING_NOT_FOUND (the call was not recorded).
 */
export const RECORDING_WAIT_MS = 60 * 60_000;
/** Validation tokens are echoed in a header; RingCentral's answer must stay under 1 KB. */
const MAX_VALIDATION_TOKEN = 256;
const DAY_MS = 24 * 60 * 60_000;
/**
 * How far a notification's `timestamp` (when RingCentral sent it, in every event's body) may be from our
 * clock, either way, before the event is refused as stale. Nothing signs it: it stops a captured delivery
 * being replayed later (an erased call made again), not a sender holding the token, who can write any
 * time. A day covers RingCentral's redelivery and any clock skew.
 */
export const RINGCENTRAL_MAX_AGE_MS = DAY_MS;

/**
 * RingCentral: webhook subscriptions to telephony session events. RingCentral signs nothing; every
 * event carries the subscription's `Verification-Token`, compared in constant time (no timestamp is
 * covered, so replays are stopped by the call id, the telephony session id, and an event sent more
 * than a day ago by its body's `timestamp` is refused as stale). There is no "recording
 * ready" push: a session whose party of ours is `Disconnected` is a call that ended, and `download`
 * looks the session up in the call log until its recording appears.
 */
export const ringcentralTelephony: TelephonyModule<RingCentralConfig> = {
  provider: 'ringcentral',
  configFromEnv: ringcentralConfigFromEnv,
  variables: RINGCENTRAL_VARIABLES,
  create(config, { clock }): TelephonySource {
    const client = createRingCentralClient(config, clock);
    const allowedOrigins = originsOf(config.apiBaseUrl, config.mediaBaseUrl);

    return {
      provider: 'ringcentral',
      allowedOrigins,
      verify(request, now) {
        const verdict = verifyRingCentral(config.verificationToken, request);
        return verdict.ok ? fresh(request, now) : verdict;
      },

      parse(request): WebhookOutcome {
        const validationToken = headerOf(request.headers, 'validation-token');
        if (validationToken !== null) return { kind: 'reply', status: 200, headers: { 'Validation-Token': validationToken } };
        const notice = readNotification(parseJsonBody(request.rawBody, 'RingCentral'));
        if (notice.kind === 'other') return { kind: 'ignored', reason: `RingCentral event ${notice.event} is not a telephony session event.` };
        if (!notice.party) return { kind: 'ignored', reason: 'No extension of ours has left this telephony session yet.' };
        const why = noRecordingReason(notice.party);
        if (why) return { kind: 'ignored', reason: `RingCentral session ended, but ${why}.` };
        const { party } = notice;
        return {
          kind: 'recording',
          event: {
            provider: 'ringcentral',
            deliveryId: notice.uuid ?? notice.telephonySessionId,
            recordingId: notice.telephonySessionId,
            download: {
              telephonySessionId: notice.telephonySessionId,
              sessionId: notice.sessionId,
              endedAt: notice.eventTime,
              extensionId: party.extensionId ?? null,
            },
            meta: {
              ...sideMeta(party, config.repEmails),
              source: { kind: 'ringcentral', recordingId: notice.telephonySessionId },
            },
          },
        };
      },

      async download(event, fetch) {
        const { telephonySessionId, endedAt, extensionId } = event.download;
        if (typeof telephonySessionId !== 'string' || !telephonySessionId) throw permanent('RECORDING_NOT_FOUND', 'The stored RingCentral event has no telephony session id.');
        const ended = typeof endedAt === 'string' && !Number.isNaN(Date.parse(endedAt)) ? Date.parse(endedAt) : clock().getTime();
        const records = await client.callRecords(fetch, telephonySessionId, new Date(ended - DAY_MS));
        const record = records.find((r) => r.recording?.contentUri);
        if (!record?.recording) throw notRecordedYet(records, clock().getTime() - ended);
        const contentUri = record.recording.contentUri;
        assertOnOrigins(contentUri, allowedOrigins);

        const repExtension = record.extension?.id ?? (typeof extensionId === 'string' ? extensionId : null);
        const side = sideMeta({ ...record, extensionId: repExtension }, config.repEmails);
        // The directory (RINGCENTRAL_REP_EMAILS) wins; else the e-mail RingCentral has for the extension.
        const known = side.rep?.email ?? event.meta.rep?.email ?? null;
        const lookup = !known && repExtension ? await client.extensionEmail(fetch, repExtension) : null;
        const warnings: SourceWarning[] = lookup?.refused
          ? [{ provider: 'ringcentral', recordingId: event.recordingId, code: 'REP_LOOKUP_REFUSED', status: lookup.refused.status, message: lookup.refused.message }]
          : [];
        const email = known ?? lookup?.email ?? null;
        const res = await client.content(fetch, contentUri);
        const contentType = res.headers['content-type'] ?? null;
        return {
          body: res.body,
          contentType,
          // RingCentral records MP3 (or WAV, which the content type says).
          filename: recordingFilename(`ringcentral-${record.recording.id ?? telephonySessionId}`, recordingExtension(contentUri, contentType, '.mp3')),
          meta: metaOf(record, side, email),
          ...(warnings.length > 0 && { warnings }),
        };
      },
    };
  },
};

function verifyRingCentral(expected: string, request: WebhookRequest): Verdict {
  const verification = headerOf(request.headers, 'verification-token');
  const validation = headerOf(request.headers, 'validation-token');
  if (validation !== null) {
    // The handshake starts nothing and echoes only what it was sent, so it is answered without a
    // Verification-Token (RingCentral documents that header on events); a wrong one is still refused.
    if (!validation || validation.length > MAX_VALIDATION_TOKEN || !/^[\x21-\x7e]+$/.test(validation)) {
      return { ok: false, code: 'WEBHOOK_PAYLOAD_INVALID', reason: `The Validation-Token header is empty, not printable ASCII or longer than ${MAX_VALIDATION_TOKEN} characters.` };
    }
    if (verification !== null && !constantTimeEqual(verification, expected)) return tokenMismatch();
    return { ok: true };
  }
  if (verification === null) {
    return { ok: false, code: 'WEBHOOK_SIGNATURE_MISSING', reason: 'The Verification-Token header is missing; create the subscription with deliveryMode.verificationToken = RINGCENTRAL_VERIFICATION_TOKEN.' };
  }
  return constantTimeEqual(verification, expected) ? { ok: true } : tokenMismatch();
}

/** An event whose `timestamp` is more than RINGCENTRAL_MAX_AGE_MS from `now` is stale; one without (the handshake), or unreadable, is left to `parse`. */
function fresh(request: WebhookRequest, now: Date): Verdict {
  if (headerOf(request.headers, 'validation-token') !== null) return { ok: true };
  let sent: unknown;
  try {
    sent = (JSON.parse(request.rawBody.toString('utf8')) as { timestamp?: unknown } | null)?.timestamp;
  } catch {
    return { ok: true };
  }
  const at = typeof sent === 'string' ? Date.parse(sent) : Number.NaN;
  if (Number.isNaN(at) || Math.abs(now.getTime() - at) <= RINGCENTRAL_MAX_AGE_MS) return { ok: true };
  return { ok: false, code: 'WEBHOOK_STALE', reason: "The event's timestamp is more than a day from our clock (a replayed delivery, or a clock far off)." };
}

const tokenMismatch = (): Verdict => ({
  ok: false,
  code: 'WEBHOOK_SIGNATURE_INVALID',
  reason: "Verification-Token does not match RINGCENTRAL_VERIFICATION_TOKEN (the subscription's deliveryMode.verificationToken).",
});

function notRecordedYet(records: CallRecord[], sinceEndMs: number): AppError {
  if (sinceEndMs < RECORDING_WAIT_MS) {
    return new AppError('RECORDING_NOT_READY', "RingCentral has not put this call's recording in the call log yet; callscribe asks again until an hour after the call ended.", { retryable: true, kind: 'not_ready' });
  }
  const what = records.length ? 'the call log shows no recording for this call (it was not recorded)' : 'the call log has no record of this call';
  return permanent('RECORDING_NOT_FOUND', `An hour after the RingCentral call ended, ${what}.`);
}

function assertOnOrigins(url: string, origins: readonly string[]): void {
  const origin = httpOrigin(url);
  if (!origin || !origins.includes(origin)) {
    throw permanent('RECORDING_NOT_FOUND', `The call log's recording contentUri is not on ${origins.join(' or ')}; set RINGCENTRAL_MEDIA_BASE_URL if your account's media host differs.`);
  }
}

function metaOf(record: CallRecord, side: ReturnType<typeof sideMeta>, email: string | null) {
  const started = record.startTime && !Number.isNaN(Date.parse(record.startTime)) ? new Date(record.startTime).toISOString() : null;
  return {
    ...(side.direction && { direction: side.direction }),
    ...(started && { startedAt: started }),
    ...(side.rep && { rep: { ...side.rep, email } }),
    ...(side.customer && { customer: side.customer }),
  };
}
