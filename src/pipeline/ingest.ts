import { isDeepStrictEqual } from 'node:util';
import { z } from 'zod';
import { CallMeta } from '../domain/call-meta.ts';
import type { Call } from '../domain/call.ts';
import { permanent, type AppError } from '../errors/app-error.ts';
import { callIdFromSha256, callKeys, recordingExtension } from '../domain/call-keys.ts';
import { redactWebVtt } from '../domain/redact/webvtt.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import { findCall, newCall, saveCall, updateCall } from './call-record.ts';
import { consentStopStands, refusedTooLate, stoppedForConsent } from './consent.ts';

/**
 * A key `storeUpload` makes: one plain name under `uploads/`. Ingest copies from it and deletes it, so a
 * key that only starts with the prefix (`uploads/../calls/…`) would move another call's recording.
 */
const UploadKey = z.string().regex(/^uploads\/[A-Za-z0-9][A-Za-z0-9._-]*$/, 'must be one plain name under uploads/');

export const IngestInput = z.object({
  uploadKey: UploadKey,
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().min(0),
  filename: z.string().nullable(),
  contentType: z.string().nullable(),
  meta: CallMeta,
  /** A transcript sent with the recording (WebVTT), stored under `uploads/` like it; it moves to the call with it. */
  transcript: z.object({ uploadKey: UploadKey, bytes: z.number().int().min(0) }).nullish(),
  /** The uploader's principal (an HTTP upload); null for other sources. */
  uploadedBy: z.string().nullable().default(null),
  /** The uploading rep's e-mail (an upload by a rep's key that names one): the call's rep when the meta names no rep e-mail. */
  uploaderRepEmail: z.string().nullable().default(null),
  /** The uploader's role (an HTTP upload); null for other sources. A rep's meta may name no rep e-mail but their own. */
  uploaderRole: z.enum(['rep', 'manager']).nullable().default(null),
  /** Run the pipeline again for a recording already ingested, once its last run has ended (demo, re-submits). */
  reprocess: z.boolean().default(false),
});
export type IngestInput = z.input<typeof IngestInput>;

/**
 * Turns a stored upload into a call: the id comes from the content hash, the recording moves to
 * `calls/{id}/original.{ext}` and call.json is written with status `received`. The same recording
 * ingested twice is the same call: the existing record is returned with `isNew: false`. A failed call
 * sent again with a meta of its own that differs takes that meta (a wrong channel or contact is fixed by
 * sending the recording again with the fixed meta); a call not failed keeps its meta, and an empty meta
 * changes nothing, and a call the consent gate stopped is not changed at all (`consentStopStands`); a refusal of consent
 * sent for a call not failed is refused (`refusedTooLate`: only an erasure honours it). A meta that names no rep e-mail takes the uploading rep's (`uploaderRepEmail`), so an
 * upload without meta is the uploader's call; a rep's meta naming another rep's e-mail (or any, from a rep
 * key without one) is refused with AppError `REP_NOT_YOURS` before anything is stored or changed.
 * `mayChangeMeta` says whether the sender may change the existing call (a rep only their own:
 * the meta names the rep the call belongs to); without it, whoever queued the ingest may.
 */
export async function ingest(
  input: IngestInput,
  ports: { blobs: BlobStore; clock: () => Date },
  mayChangeMeta: (existing: Call) => boolean = () => true,
): Promise<{ call: Call; isNew: boolean }> {
  const { blobs } = ports;
  assertRepIsUploader(input);
  const id = callIdFromSha256(input.sha256);
  const existing = await findCall(blobs, id);
  if (existing && !(existing.status === 'failed' && existing.error?.step === 'ingest')) {
    await blobs.delete(input.uploadKey);
    if (input.transcript) await blobs.delete(input.transcript.uploadKey);
    const sent = CallMeta.parse(input.meta);
    const meta = withUploaderRep(sent, input.uploaderRepEmail);
    const fixesMeta = existing.status === 'failed' && Object.keys(sent).length > 0 && !isDeepStrictEqual(meta, existing.meta) && mayChangeMeta(existing);
    const tooLate = existing.status !== 'failed' && mayChangeMeta(existing) ? refusedTooLate(existing, sent) : null;
    if (tooLate) throw tooLate;
    if (!fixesMeta) return { call: existing, isNew: false };
    if (stoppedForConsent(existing)) throw consentStopStands(existing);
    return { call: await updateCall(blobs, id, (c) => { c.meta = meta; }, ports.clock()), isNew: false };
  }
  const key = callKeys.original(id, recordingExtension(input.filename));
  await blobs.copy(input.uploadKey, key);
  // The transcript is in place before call.json names it.
  if (input.transcript) await storeProvidedTranscript(blobs, input.transcript.uploadKey, callKeys.providedTranscript(id));
  // A call whose ingest failed is made again from this upload; whom it belongs to changes only for a sender who may change it.
  const keeps = existing && !mayChangeMeta(existing) ? { meta: existing.meta, uploadedBy: existing.uploadedBy, uploaderRepEmail: null } : {};
  const call = callOfUpload({ ...input, ...keeps }, key, ports.clock());
  await saveCall(blobs, call);
  await blobs.delete(input.uploadKey);
  if (input.transcript) await blobs.delete(input.transcript.uploadKey);
  // An earlier ingest of the same recording that failed left its upload (named by the record just replaced):
  // nothing names it any more, so retention and erasure would never find it.
  for (const left of [existing?.recording?.key, existing?.providedTranscript?.key]) {
    if (left?.startsWith('uploads/') && left !== input.uploadKey && left !== input.transcript?.uploadKey) await blobs.delete(left);
  }
  return { call, isNew: true };
}

/**
 * Records an ingest that could not finish (storage refused the copy, the upload vanished): a `failed`
 * call.json under the id the recording would have had, so the failure is visible and nothing vanishes.
 */
export async function recordIngestFailure(input: IngestInput, err: AppError, ports: { blobs: BlobStore; clock: () => Date }): Promise<void> {
  if (await findCall(ports.blobs, callIdFromSha256(input.sha256))) return;
  const now = ports.clock();
  const error = { code: err.code, message: err.message, step: 'ingest' as const, retryable: err.retryable, at: now.toISOString() };
  // The recording never reached its place under the call: the record points at the upload (and its transcript's).
  await saveCall(ports.blobs, callOfUpload(input, input.uploadKey, now, { status: 'failed', error }, input.transcript?.uploadKey));
}

/** The record of a call made from an upload, in its one shape: id from the content hash, the uploader's meta, the recording at `key`. */
function callOfUpload(input: IngestInput, key: string, now: Date, outcome: Partial<Pick<Call, 'status' | 'error'>> = {}, transcriptKey?: string): Call {
  const id = callIdFromSha256(input.sha256);
  const recording = { key, filename: input.filename, contentType: input.contentType, bytes: input.bytes, sha256: input.sha256 };
  const providedTranscript = input.transcript ? { key: transcriptKey ?? callKeys.providedTranscript(id), format: 'webvtt' as const, bytes: input.transcript.bytes } : null;
  return newCall({ id, meta: withUploaderRep(input.meta, input.uploaderRepEmail), uploadedBy: input.uploadedBy ?? null, recording, providedTranscript, ...outcome }, now);
}

/** The transcript sent with the recording, stored under the call with cards and national ids redacted (`redactWebVtt`). */
async function storeProvidedTranscript(blobs: BlobStore, uploadKey: string, key: string): Promise<void> {
  const sent = await blobs.getBuffer(uploadKey);
  if (!sent) return blobs.copy(uploadKey, key);
  await blobs.put(key, redactWebVtt(sent.toString('utf8')).text, { contentType: 'text/vtt' });
}

/**
 * A rep files calls under their own e-mail only: the rep e-mail decides whose list a call is in, who owns
 * its CRM records and whose report counts it, so a rep naming another rep would act in that rep's name.
 * It is refused rather than replaced by the uploader's, so the sender learns the meta was not taken.
 * Managers and other sources (telephony, storage events) may name any rep; a rep name alone is a label.
 */
function assertRepIsUploader(input: IngestInput): void {
  if (input.uploaderRole !== 'rep') return;
  const named = input.meta.rep?.email?.trim().toLowerCase();
  if (!named) return;
  const own = input.uploaderRepEmail?.trim().toLowerCase() ?? null;
  if (named === own) return;
  throw permanent(
    'REP_NOT_YOURS',
    own
      ? "The meta's rep.email is another rep's: a rep's upload is filed under their own e-mail. Leave rep.email out (or give yours), or have a manager upload it."
      : "The meta names a rep e-mail, but this rep key has none in API_KEYS, so it may not file calls under a rep. Leave rep.email out, give the key an e-mail (rep:EMAIL:KEY), or have a manager upload it.",
  );
}

/** The meta with the uploading rep as its rep when it names no rep e-mail (the rep's name and channel, if given, stay). */
function withUploaderRep(meta: CallMeta, uploaderRepEmail: string | null | undefined): CallMeta {
  if (!uploaderRepEmail || meta.rep?.email?.trim()) return meta;
  return { ...meta, rep: { ...meta.rep, email: uploaderRepEmail } };
}
