import { permanent } from '../../../errors/app-error.ts';
import type { CallMeta } from '../../../domain/call-meta.ts';
import type { GuardedFetch, SourceWarning, TelephonyModule, TelephonySource, Verdict, WebhookRequest } from '../../../ports/telephony-source.ts';
import { headerOf } from '../webhook-utils.ts';
import { isoOrNull, readRecordingCallback } from './twilio.callback.ts';
import { fetchCall, fetchChildCalls, fetchRecordingWav } from './twilio.client.ts';
import { twilioConfigFromEnv, type TwilioConfig, TWILIO_VARIABLES } from './twilio.config.ts';
import { deliveryFields, deliveryForm, formParams } from './twilio.delivery.ts';
import { assumedParties, customerLegOf, dialOutPartiesOf, isRepDialOut, partiesOf, type TwilioCall } from './twilio.parties.ts';
import { twilioBodyMatches, twilioSignatureMatches } from './twilio.signature.ts';

export type { TwilioConfig } from './twilio.config.ts';

/**
 * Twilio recording status callbacks (`recordingStatusCallback`), as a form POST, a GET or a JSON body
 * with `bodySHA256`, signed with the account's auth token. Twilio signs no timestamp, so nothing is
 * stale: a replay is the same recording (RecordingSid), hence the same call.
 */
export const twilioTelephony: TelephonyModule<TwilioConfig> = {
  provider: 'twilio',
  configFromEnv: twilioConfigFromEnv,
  variables: TWILIO_VARIABLES,
  create(config) {
    return createTwilioSource(config);
  },
};

function createTwilioSource(config: TwilioConfig): TelephonySource {
  return {
    provider: 'twilio',
    allowedOrigins: [config.apiBaseUrl],

    verify(request) {
      const signature = headerOf(request.headers, 'x-twilio-signature');
      if (!signature) return refuse('WEBHOOK_SIGNATURE_MISSING', 'No X-Twilio-Signature header: this request did not come from Twilio.');
      if (headerOf(request.headers, 'x-twilio-webhooks-signature-settings')) {
        return refuse('WEBHOOK_SIGNATURE_INVALID', 'Signed with a Twilio SharedKey (X-Twilio-Webhooks-Signature-Settings); callscribe checks auth-token signatures only, so turn the SharedKey off for this webhook.');
      }
      const form = deliveryForm(request);
      const params = form === 'form' ? formParams(request.rawBody) : {};
      if (!twilioSignatureMatches(config.authToken, signature, request.url, params)) {
        return refuse('WEBHOOK_SIGNATURE_INVALID', 'X-Twilio-Signature does not match: check TWILIO_AUTH_TOKEN, and that the URL set in Twilio is PUBLIC_BASE_URL/v1/webhooks/twilio exactly.');
      }
      if (form === 'json' && !twilioBodyMatches(request.rawBody, request.url)) {
        return refuse('WEBHOOK_SIGNATURE_INVALID', 'The body does not match the bodySHA256 in the signed URL: it was changed on the way.');
      }
      return sameAccount(request, config);
    },

    parse(request) {
      return readRecordingCallback(deliveryFields(request), config, headerOf(request.headers, 'i-twilio-idempotency-token'));
    },

    async download(event, fetch) {
      const ref = event.download;
      const recordingUrl = String(ref['recordingUrl'] ?? '');
      if (!recordingUrl.startsWith(`${config.apiBaseUrl}/`)) {
        throw permanent('RECORDING_NOT_FOUND', 'The stored Twilio recording URL is not on TWILIO_API_BASE_URL; was the base URL changed since the call arrived?');
      }
      const callSid = typeof ref['callSid'] === 'string' ? ref['callSid'] : null;
      const call = callSid ? await fetchCall(config, callSid, fetch) : null;
      const dualChannel = ref['channels'] === 2;
      const warnings: SourceWarning[] = [];
      const parties = call && callSid && (await partiesWithLegs(call, callSid, event.recordingId, event.meta.startedAt, dualChannel, fetch, warnings));
      const res = await fetchRecordingWav(config, recordingUrl, event.recordingId, dualChannel ? 2 : null, fetch);
      const meta: CallMeta = {
        ...event.meta,
        startedAt: event.meta.startedAt ?? isoOrNull(call?.start_time),
        ...parties,
        // Without the call, the generic default (rep on channel 0) would be the wrong way round on most calls.
        ...(callSid && !call && dualChannel && assumedParties(callSid)),
      };
      return { body: res.body, contentType: res.headers['content-type'] ?? 'audio/x-wav', filename: `${event.recordingId}.wav`, meta, ...(warnings.length > 0 && { warnings }) };
    },
  };

  /**
   * The parties from the parent leg, or from its child legs when the parent leg is a rep dialling out (`isRepDialOut`);
   * a customer leg picked among several is added to `warnings`.
   */
  async function partiesWithLegs(call: TwilioCall, callSid: string, recordingId: string, startedAt: string | null | undefined, dualChannel: boolean, fetch: GuardedFetch, warnings: SourceWarning[]) {
    if (!isRepDialOut(call, config.reps)) return partiesOf(call, config.reps, dualChannel);
    const children = await fetchChildCalls(config, callSid, fetch);
    const chosen = customerLegOf(children, startedAt);
    if (chosen?.guessed) {
      warnings.push({
        provider: 'twilio',
        recordingId,
        code: 'CUSTOMER_LEG_GUESSED',
        message: `Call ${callSid} dialled several numbers that answered and Twilio does not say which one this recording holds: the customer is taken from the first answered leg (${chosen.leg.sid ?? 'no sid'}). Check the call's customer.`,
      });
    }
    return dialOutPartiesOf(call, chosen?.leg ?? null, config.reps, dualChannel);
  }
}

/**
 * The signature proves the sender holds our auth token; the AccountSid it signed must be ours too,
 * since the download uses our account's credentials and could not fetch another account's recording.
 */
function sameAccount(request: WebhookRequest, config: TwilioConfig): Verdict {
  let accountSid: string | undefined;
  try {
    accountSid = deliveryFields(request)['AccountSid'];
  } catch {
    return refuse('WEBHOOK_PAYLOAD_INVALID', 'Signed correctly, but the JSON body cannot be read.');
  }
  if (!accountSid) return refuse('WEBHOOK_PAYLOAD_INVALID', 'Signed correctly, but the callback has no AccountSid.');
  if (accountSid !== config.accountSid) {
    return refuse('WEBHOOK_SIGNATURE_INVALID', 'The callback is for another Twilio account than TWILIO_ACCOUNT_SID: point that account\'s webhook at its own callscribe, or fix TWILIO_ACCOUNT_SID.');
  }
  return { ok: true };
}

const refuse = (code: Exclude<Verdict, { ok: true }>['code'], reason: string): Verdict => ({ ok: false, code, reason });
