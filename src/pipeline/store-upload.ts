import { createHash, randomUUID } from 'node:crypto';
import { Transform, type Readable } from 'node:stream';
import { redactWebVtt } from '../domain/redact/webvtt.ts';
import { parseWebVtt } from '../domain/webvtt.ts';
import { permanent, toAppError, type AppError } from '../errors/app-error.ts';
import type { BlobStore } from '../ports/blob-store.ts';

export interface StoredUpload {
  uploadKey: string;
  sha256: string;
  bytes: number;
}

/**
 * Streams a recording into the store under `uploads/{uuid}` while hashing it, so the call id (from the
 * content hash) is known when the last byte lands and the recording is never held in memory.
 * Over `maxBytes` the upload is aborted and removed: `UPLOAD_TOO_LARGE`. When `source` fails (a client
 * gone mid-body, a malformed body) the upload is aborted and removed too, and the failure is the
 * source's, classified by `sourceFailed` (what it means depends on where the bytes came from).
 */
export async function storeUpload(blobs: BlobStore, source: Readable, maxBytes: number, classifySourceError: (err: unknown) => AppError = toAppError): Promise<StoredUpload> {
  const uploadKey = `uploads/${randomUUID()}`;
  const hash = createHash('sha256');
  let bytes = 0;
  const meter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) {
        done(uploadTooLarge(maxBytes));
        return;
      }
      hash.update(chunk);
      done(null, chunk);
    },
  });
  let sourceError: unknown = null;
  const onSourceError = (err: unknown) => {
    sourceError ??= err;
    meter.destroy(err as Error);
  };
  source.on('error', onSourceError);
  // A source can be destroyed before it gets here (a multipart part cut short) or without an error:
  // either way it never ends, and waiting on it would hang.
  const cutShort = () => source.errored ?? new Error('the recording ended before it was whole');
  source.on('close', () => {
    if (!source.readableEnded) onSourceError(cutShort());
  });
  if (source.destroyed && !source.readableEnded) onSourceError(cutShort());
  // The meter may fail before the store starts reading; the store's own pipeline reports it then.
  meter.on('error', () => undefined);
  try {
    await blobs.put(uploadKey, source.pipe(meter));
  } catch (err) {
    await blobs.delete(uploadKey).catch(() => undefined);
    if (bytes > maxBytes) throw uploadTooLarge(maxBytes, err);
    // Not the store's failure, whatever the store made of it.
    if (sourceError) throw classifySourceError(sourceError);
    throw err;
  }
  return { uploadKey, sha256: hash.digest('hex'), bytes };
}

/** `UPLOAD_TOO_LARGE`, with the limit in words. */
export function uploadTooLarge(maxBytes: number, cause?: unknown) {
  const limit = maxBytes >= 1048576 ? `${Math.round(maxBytes / 1048576)} MiB` : `${Math.round(maxBytes / 1024)} KiB`;
  return permanent('UPLOAD_TOO_LARGE', `The recording is larger than the ${limit} limit (MAX_UPLOAD_BYTES). Split it, or raise the limit.`, cause);
}

/**
 * Checks a transcript sent with a recording (WebVTT) and stores it, redacted (`redactWebVtt`), under `uploads/`
 * beside it, until ingest moves both to the call. Not WebVTT, or without a cue of text: `TRANSCRIPT_INVALID`, saying what is wrong.
 */
export async function storeTranscript(blobs: BlobStore, text: string): Promise<{ uploadKey: string; bytes: number }> {
  const read = parseWebVtt(text);
  if ('problem' in read) throw permanent('TRANSCRIPT_INVALID', `The transcript is not a usable WebVTT transcript: ${read.problem}`);
  const uploadKey = `uploads/${randomUUID()}.vtt`;
  // Not even the upload holds a card or national id in clear (a failed ingest's record names it).
  const stored = redactWebVtt(text).text;
  await blobs.put(uploadKey, stored, { contentType: 'text/vtt; charset=utf-8' });
  return { uploadKey, bytes: Buffer.byteLength(stored) };
}
