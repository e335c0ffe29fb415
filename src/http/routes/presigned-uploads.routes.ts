import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createHash, randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CallMeta, droppedKeys } from '../../domain/call-meta.ts';
import { permanent } from '../../errors/app-error.ts';
import { redisWaitBudget, WEBHOOK_REDIS_ANSWER_MS, type RedisWait } from '../../errors/redis-unreachable.ts';
import { memoryDeliveryLedger } from '../../intake/delivery-ledger.ts';
import { uploadTooLarge } from '../../pipeline/store-upload.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { identityOfRequest, requireRight } from '../auth.ts';
import type { AppDeps } from '../build-app.ts';
import { deriveSessionSecret } from '../session.ts';
import { allowWork, httpTimeouts } from '../timeouts.ts';
import { uploadTokens } from '../upload-token.ts';
import type { ReceiveUpload } from './receive-upload.ts';
import { parseOr } from './review.routes.ts';

/** How long a presigned POST may be started. */
export const PRESIGN_TTL_SEC = 15 * 60;
/**
 * How long after that `complete` still accepts its token: S3 checks the policy when the POST starts,
 * so a big recording on a slow link may land well after it expired.
 */
const COMPLETE_GRACE_SEC = 6 * 3600;

const JSON_BODY_LIMIT = 64 * 1024;
/** The keys `presign` makes: `uploads/{uuid}`. */
const UPLOAD_KEY = /^uploads\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Nothing yet: the key, size limit and expiry are the server's. */
export const PresignRequest = z.object({}).strict();

export const CompleteRequest = z
  .object({
    /** The `key` the presign answer gave. */
    key: z.string().regex(UPLOAD_KEY, 'must be the key the presign answer gave'),
    uploadToken: z.string().max(200),
    /** CallMeta, as for a multipart upload. */
    meta: CallMeta.optional(),
    /** The recording's file name; its extension names the stored recording (`original.mp3`). */
    filename: z.string().min(1).max(255).nullable().optional(),
  })
  .strict();

/**
 * Presigned uploads, for recordings that should not pass through this server: `POST /v1/calls/presign`
 * gives a presigned S3 POST for a key we choose and a token bound to the caller; the client posts the
 * file to S3, then `POST /v1/calls/complete` turns the object into a call exactly as an upload would.
 */
export async function presignedUploadRoutes(app: FastifyInstance, deps: AppDeps, receive: ReceiveUpload): Promise<void> {
  const tokens = uploadTokens(deps.session?.secret ?? deriveSessionSecret(deps.apiKeys));
  const timeouts = httpTimeouts(deps.maxUploadBytes, deps.timeouts);
  const ledger = deps.deliveries ?? memoryDeliveryLedger();

  app.post('/v1/calls/presign', { ...requireRight('calls:create'), bodyLimit: JSON_BODY_LIMIT }, async (request) => {
    parseOr(PresignRequest, request.body, 'BODY_INVALID');
    if (!deps.blobs.presignPost) {
      throw permanent('PRESIGN_UNSUPPORTED', 'This server stores recordings in a local directory, not S3, so it cannot presign uploads: send the recording to POST /v1/calls instead.');
    }
    const key = `uploads/${randomUUID()}`;
    const expiresAt = new Date(deps.clock().getTime() + PRESIGN_TTL_SEC * 1000);
    const { url, fields } = await deps.blobs.presignPost(key, { maxBytes: deps.maxUploadBytes, expiresSec: PRESIGN_TTL_SEC });
    const tokenExpiry = new Date(expiresAt.getTime() + COMPLETE_GRACE_SEC * 1000);
    const uploadToken = tokens.issue(key, identityOfRequest(request).principal, tokenExpiry);
    request.log.info({ key }, 'upload presigned');
    return { url, fields, key, expiresAt: expiresAt.toISOString(), maxBytes: deps.maxUploadBytes, uploadToken };
  });

  app.post('/v1/calls/complete', { ...requireRight('calls:create'), bodyLimit: JSON_BODY_LIMIT }, async (request, reply) => {
    const body = parseOr(CompleteRequest, request.body, 'BODY_INVALID');
    if (!tokens.valid(body.uploadToken, body.key, identityOfRequest(request).principal, deps.clock())) {
      throw permanent('UPLOAD_TOKEN_INVALID', 'The upload token does not fit this key and caller, or it has expired: presign again and upload the recording again.');
    }
    allowWork(request, timeouts);
    // One call per token: the presigned POST stays open after a complete, so the key can hold another
    // recording; the key's completion is remembered (in Redis, shared by every API process) for longer
    // than the token lives. A complete that fails gives the claim back, so the client can try again.
    //
    // Its waits on Redis (the claim, the call's lock, the queuing) share one bound, as a webhook's do: with Redis
    // down or frozen the client has 503 NETWORK within about WEBHOOK_REDIS_ANSWER_MS, and its claim is given back
    // (once Redis answers again), so calling complete again takes the recording.
    const withinRedis = redisWaitBudget(WEBHOOK_REDIS_ANSWER_MS);
    // A claim Redis has not answered may still be made once it does: the ledger gives it back behind it (on the same
    // connection, so in order), or calling complete again would be refused as busy until the claim expired.
    const claim = await ledger.claim(`upload:${body.key}`, { waitMs: WEBHOOK_REDIS_ANSWER_MS / 2, within: withinRedis });
    if (claim === 'duplicate') throw notFound();
    try {
      const answer = await completeUpload(request, reply, body, withinRedis);
      await withinRedis(ledger.stored(claim));
      return answer;
    } catch (err) {
      await withinRedis(ledger.release(claim)).catch(() => undefined);
      throw err;
    }
  });

  const completeUpload = async (request: FastifyRequest, reply: FastifyReply, body: z.infer<typeof CompleteRequest>, withinRedis: RedisWait) => {
    const head = await deps.blobs.head(body.key);
    if (!head) throw notFound();
    if (head.bytes > deps.maxUploadBytes) {
      await deps.blobs.delete(body.key);
      throw uploadTooLarge(deps.maxUploadBytes);
    }
    if (head.bytes === 0) {
      await deps.blobs.delete(body.key);
      throw permanent('AUDIO_EMPTY', 'The uploaded recording is empty (0 bytes); it was removed.');
    }
    const { sha256, bytes } = await hashObject(deps.blobs, body.key, deps.maxUploadBytes);
    const sent = (request.body as { meta?: unknown } | undefined)?.meta;
    const metaIgnored = droppedKeys(sent, body.meta ?? {});
    return receive(request, reply, { uploadKey: body.key, sha256, bytes, filename: body.filename ?? null, contentType: null, meta: body.meta ?? {}, metaIgnored }, withinRedis);
  };
}

const notFound = () => permanent('UPLOAD_NOT_FOUND', 'Nothing has been uploaded under this key (or it was completed already): POST the recording to the presigned URL first.');

/** The object's SHA-256, streamed (never held whole); over `maxBytes` it is removed (it grew since `head`). */
async function hashObject(blobs: BlobStore, key: string, maxBytes: number): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  // Gone since `head`: as if it had never been there.
  const stream = await blobs.getStream(key).catch((err: unknown) => {
    if ((err as { code?: unknown }).code === 'BLOB_NOT_FOUND') throw notFound();
    throw err;
  });
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      stream.destroy();
      await blobs.delete(key);
      throw uploadTooLarge(maxBytes);
    }
    hash.update(chunk);
  }
  return { sha256: hash.digest('hex'), bytes };
}
