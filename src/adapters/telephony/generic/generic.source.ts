import { z } from 'zod';
import { CallMeta } from '../../../domain/call-meta.ts';
import { permanent } from '../../../errors/app-error.ts';
import type { TelephonyModule, TelephonySource, WebhookOutcome, WebhookRequest } from '../../../ports/telephony-source.ts';
import { answerError } from '../provider-answer.ts';
import { recordingExtension, recordingFilename } from '../recording-file.ts';
import { verifyStandardWebhook } from '../standard-webhooks.ts';
import { describeIssues, headerOf, parseJsonBody } from '../webhook-utils.ts';
import { genericConfigFromEnv, type GenericConfig, GENERIC_VARIABLES } from './generic.config.ts';

/**
 * Any sender that signs with Standard Webhooks and posts
 * `{ "recordingUrl": "https://…", "meta": CallMeta, "recordingId"?: "…" }`. The recording is fetched
 * later with a plain GET (no credentials), so the URL must work without them for as long as the
 * queue may take (a presigned URL of some hours, or a public one), and be on GENERIC_RECORDING_ORIGINS.
 */

const PROVIDER = 'generic';

const GenericDelivery = z.object({
  recordingUrl: z.string().min(1),
  recordingId: z.string().trim().min(1).max(200).optional(),
  meta: CallMeta.optional(),
});

/** Why a recording URL is not fetchable under `origins`, or null when it is. */
function urlProblem(text: string, origins: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'recordingUrl is not an absolute URL.';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'recordingUrl must be http(s).';
  if (url.username || url.password) return 'recordingUrl must not carry a user or password.';
  if (!origins.includes(url.origin)) {
    return `recordingUrl is on ${url.origin}, which GENERIC_RECORDING_ORIGINS does not list (allowed: ${origins.join(', ')}).`;
  }
  return null;
}

function parseDelivery(request: WebhookRequest, config: GenericConfig): WebhookOutcome {
  const parsed = GenericDelivery.safeParse(parseJsonBody(request.rawBody, PROVIDER));
  if (!parsed.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', `The generic delivery is not {recordingUrl, meta, recordingId?}: ${describeIssues(parsed.error)}`);
  const { recordingUrl, meta = {} } = parsed.data;
  const problem = urlProblem(recordingUrl, config.recordingOrigins);
  if (problem) throw permanent('WEBHOOK_PAYLOAD_INVALID', problem);
  const deliveryId = headerOf(request.headers, 'webhook-id') ?? '';
  const recordingId = parsed.data.recordingId ?? meta.source?.recordingId ?? deliveryId;
  return {
    kind: 'recording',
    event: {
      provider: PROVIDER,
      deliveryId: deliveryId || recordingId,
      recordingId,
      download: { url: recordingUrl },
      meta: { ...meta, source: { kind: PROVIDER, recordingId } },
    },
  };
}

export const genericTelephony: TelephonyModule<GenericConfig> = {
  provider: PROVIDER,
  configFromEnv: genericConfigFromEnv,
  variables: GENERIC_VARIABLES,
  create(config): TelephonySource {
    return {
      provider: PROVIDER,
      allowedOrigins: config.recordingOrigins,
      verify: (request, now) => verifyStandardWebhook(config.secret, request.headers, request.rawBody, now),
      parse: (request) => parseDelivery(request, config),
      async download(event, fetch) {
        const url = event.download.url;
        if (typeof url !== 'string') throw permanent('RECORDING_NOT_FOUND', 'The stored generic event has no recording URL.');
        const problem = urlProblem(url, config.recordingOrigins);
        if (problem) throw permanent('TELEPHONY_ORIGIN_NOT_ALLOWED', problem);
        const res = await fetch(url, { method: 'GET', headers: { accept: 'audio/*, */*;q=0.5' } });
        if (res.status !== 200) {
          throw answerError(
            {
              provider: `The recording host ${new URL(url).origin}`,
              authFix: 'callscribe sends no credentials: the sender must give a URL that works without them until the recording is fetched (public, or presigned for some hours).',
            },
            'the recording download',
            res,
          );
        }
        const contentType = res.headers['content-type'] ?? null;
        return { body: res.body, contentType, filename: recordingFilename(event.recordingId, recordingExtension(url, contentType, '.bin')) };
      },
    };
  },
};
