import type { SourceWarning, TelephonyModule, TelephonySource, Verdict, WebhookOutcome, WebhookRequest } from '../../../ports/telephony-source.ts';
import { permanent } from '../../../errors/app-error.ts';
import { originsOf } from '../origins.ts';
import { recordingExtension, recordingFilename } from '../recording-file.ts';
import { headerOf, parseJsonBody } from '../webhook-utils.ts';
import { assertAllowedUrl, createZoomClient } from './zoom.client.ts';
import { zoomConfigFromEnv, type ZoomConfig, ZOOM_VARIABLES } from './zoom.config.ts';
import { plainTokenOf, recordingsOf, repUserId, ZOOM_RECORDING_EVENTS, ZoomEnvelope, zoomMeta } from './zoom.payload.ts';
import { verifyZoomSignature, zoomEncryptedToken } from './zoom.signature.ts';

/**
 * Zoom Phone: signed webhooks (`x-zm-signature`), `endpoint.url_validation` answered here, and
 * `phone.recording_completed` downloaded with a Server-to-Server OAuth token.
 *
 * One delivery can list several recordings: each becomes its own call.
 */
export const zoomTelephony: TelephonyModule<ZoomConfig> = {
  provider: 'zoom',
  configFromEnv: zoomConfigFromEnv,
  variables: ZOOM_VARIABLES,
  create(config, { clock }): TelephonySource {
    const client = createZoomClient(config, clock);
    // The API host, and zoom.us where the token endpoint and the recordings' download URLs live.
    const allowedOrigins = originsOf(config.apiBaseUrl, config.oauthBaseUrl);

    return {
      provider: 'zoom',
      allowedOrigins,
      verify(request, now) {
        const signed = verifyZoomSignature(config.webhookSecret, request, now);
        return signed.ok ? sameAccount(request, config.accountId) : signed;
      },

      parse(request): WebhookOutcome {
        const envelope = ZoomEnvelope.safeParse(parseJsonBody(request.rawBody, 'Zoom'));
        if (!envelope.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', 'The Zoom delivery has no "event" field.');
        const { event, payload } = envelope.data;
        if (event === 'endpoint.url_validation') {
          const plainToken = plainTokenOf(payload);
          return { kind: 'reply', status: 200, body: { plainToken, encryptedToken: zoomEncryptedToken(config.webhookSecret, plainToken) } };
        }
        if (!(ZOOM_RECORDING_EVENTS as readonly string[]).includes(event)) return { kind: 'ignored', reason: `Zoom event ${event} carries no finished recording.` };
        const recordings = recordingsOf(payload);
        if (recordings.length === 0) return { kind: 'ignored', reason: `Zoom ${event} listed no recordings.` };
        const events = recordings.map((rec) => {
          assertAllowedUrl(rec.download_url, allowedOrigins);
          return {
            provider: 'zoom',
            deliveryId: headerOf(request.headers, 'x-zm-trackingid') ?? rec.id,
            recordingId: rec.id,
            download: { downloadUrl: rec.download_url, userId: repUserId(rec), callId: rec.call_id ?? null },
            meta: zoomMeta(rec, rec.id, config.repEmails),
          };
        });
        return events.length === 1 ? { kind: 'recording', event: events[0]! } : { kind: 'recordings', events };
      },

      async download(event, fetch) {
        const downloadUrl = event.download.downloadUrl;
        if (typeof downloadUrl !== 'string') throw permanent('RECORDING_NOT_FOUND', 'The stored Zoom event has no download URL.');
        assertAllowedUrl(downloadUrl, allowedOrigins);
        // The directory (ZOOM_REP_EMAILS) wins; else the e-mail Zoom has for the recording's owner.
        const userId = event.download.userId;
        const knownEmail = event.meta.rep?.email;
        const lookup = !knownEmail && typeof userId === 'string' && userId ? await client.userEmail(fetch, userId) : null;
        const warnings: SourceWarning[] = lookup?.refused
          ? [{ provider: 'zoom', recordingId: event.recordingId, code: 'REP_LOOKUP_REFUSED', status: lookup.refused.status, message: lookup.refused.message }]
          : [];
        const email = lookup?.email;
        const res = await client.recording(fetch, downloadUrl);
        const contentType = res.headers['content-type'] ?? null;
        return {
          body: res.body,
          contentType,
          // Zoom Phone records MP3.
          filename: recordingFilename(`zoom-${event.recordingId}`, recordingExtension(downloadUrl, contentType, '.mp3')),
          ...(email && { meta: { rep: { ...event.meta.rep, email } } }),
          ...(warnings.length > 0 && { warnings }),
        };
      },
    };
  },
};

/**
 * The signature proves the sender holds our app's secret token; an app can be installed in several Zoom
 * accounts under one token, and the download uses ZOOM_ACCOUNT_ID's credentials, so a delivery naming
 * another account (`payload.account_id`) is refused like a wrong signature. One naming none (the
 * url_validation handshake) is left to `parse`; so is a body that is not JSON.
 */
function sameAccount(request: WebhookRequest, accountId: string): Verdict {
  let named: unknown;
  try {
    named = (JSON.parse(request.rawBody.toString('utf8')) as { payload?: { account_id?: unknown } } | null)?.payload?.account_id;
  } catch {
    return { ok: true };
  }
  if (named === undefined || named === null || String(named) === accountId) return { ok: true };
  return {
    ok: false,
    code: 'WEBHOOK_SIGNATURE_INVALID',
    reason: "The delivery is for another Zoom account than ZOOM_ACCOUNT_ID: subscribe that account's app to its own callscribe, or fix ZOOM_ACCOUNT_ID.",
  };
}
