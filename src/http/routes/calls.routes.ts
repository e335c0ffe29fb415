import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { Readable } from 'node:stream';
import type { CallMeta } from '../../domain/call-meta.ts';
import { AppError, permanent } from '../../errors/app-error.ts';
import { storeTranscript, storeUpload, type StoredUpload } from '../../pipeline/store-upload.ts';
import { requireRight } from '../auth.ts';
import type { AppDeps } from '../build-app.ts';
import { allowWork, httpTimeouts } from '../timeouts.ts';
import { presignedUploadRoutes } from './presigned-uploads.routes.ts';
import { parseMeta, receiver, refuseDeclaredTooLarge } from './receive-upload.ts';

/** A `meta` part, field or file, is read whole: at most this much. */
const META_MAX_BYTES = 64 * 1024;
/** A `transcript` part (WebVTT) is read whole and checked before the call exists: at most this much (hours of talk). */
const TRANSCRIPT_MAX_BYTES = 2 * 1024 * 1024;
/** Room in a multipart body for boundaries and part headers, beside its parts. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/** `POST /v1/calls` (multipart), and the presigned uploads (`presign`, `complete`). */
export async function callsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  const timeouts = httpTimeouts(deps.maxUploadBytes, deps.timeouts);
  const receive = receiver(deps);

  /**
   * Multipart upload: a `file` part (the recording, streamed to storage), an optional `meta` part
   * (CallMeta JSON, as a field or a file: `curl -F meta=@meta.json`) and an optional `transcript` part
   * (the call's WebVTT transcript from a meeting tool, used instead of a speech engine).
   */
  app.post('/v1/calls', requireRight('calls:create'), async (request, reply) => {
    if (!request.isMultipart()) throw permanent('UPLOAD_NOT_MULTIPART', 'Send the recording as multipart/form-data with a `file` part and an optional `meta` part.');
    refuseDeclaredTooLarge(request, reply, deps.maxUploadBytes + META_MAX_BYTES + TRANSCRIPT_MAX_BYTES + FORM_OVERHEAD_BYTES, deps.maxUploadBytes);
    let upload: StoredUpload & { filename: string; contentType: string } | null = null;
    let transcript: { uploadKey: string; bytes: number } | null = null;
    let received = false;
    try {
      let meta: CallMeta = {};
      try {
        // Room for `meta` and `transcript` as files beside the recording; anything more is refused as it arrives.
        const parts = request.parts({ limits: { files: 3, fields: 4, fieldSize: TRANSCRIPT_MAX_BYTES, fileSize: deps.maxUploadBytes + 1 } });
        for await (const part of parts) {
          if (part.fieldname === 'meta') {
            meta = parseMeta(await metaText(part));
          } else if (part.fieldname === 'transcript') {
            if (transcript) throw permanent('UPLOAD_INVALID', 'Send at most one `transcript` part.');
            transcript = await storeTranscript(deps.blobs, await partText(part, TRANSCRIPT_MAX_BYTES));
          } else if (part.type === 'file') {
            if (part.fieldname !== 'file' || upload) {
              part.file.resume();
              throw permanent('UPLOAD_INVALID', 'Send exactly one recording, in the `file` part (and CallMeta JSON in `meta`).');
            }
            const stored = await storeUpload(deps.blobs, part.file, deps.maxUploadBytes, bodyFailure);
            upload = { ...stored, filename: part.filename, contentType: part.mimetype };
          }
        }
      } catch (err) {
        throw bodyFailure(err);
      }
      if (!upload) throw permanent('UPLOAD_INVALID', 'The request has no `file` part with the recording.');
      if (upload.bytes === 0) throw permanent('AUDIO_EMPTY', 'The uploaded recording is empty (0 bytes).');
      allowWork(request, timeouts);
      const answer = await receive(request, reply, { ...upload, meta, transcript });
      received = true;
      return answer;
    } finally {
      // A rejected request leaves nothing behind in uploads/.
      for (const key of received ? [] : [upload?.uploadKey, transcript?.uploadKey]) if (key) await deps.blobs.delete(key).catch(() => undefined);
    }
  });

  await presignedUploadRoutes(app, deps, receive);
}

/** What a failure while reading the multipart body means for the client. */
function bodyFailure(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'FST_INVALID_JSON_FIELD_ERROR') return permanent('META_INVALID', 'The `meta` part is not valid JSON.', err);
  if (code === 'FST_REQ_FILE_TOO_LARGE') return permanent('UPLOAD_TOO_LARGE', 'The recording is larger than the upload limit (MAX_UPLOAD_BYTES).', err);
  if (code === 'FST_FILES_LIMIT' || code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') {
    return permanent('UPLOAD_INVALID', 'Send one `file` part with the recording and at most a `meta` and a `transcript` part beside it.', err);
  }
  if (code === 'FST_MP_PREMATURE_CLOSE') return permanent('UPLOAD_INVALID', 'The request ended before the recording had arrived whole.', err);
  // The parser's own words (a missing boundary, a truncated part) say what is wrong with the body.
  const detail = err instanceof Error ? ` (${err.message.slice(0, 200)})` : '';
  return permanent('UPLOAD_INVALID', `The multipart body could not be read${detail}: send it again, whole, as multipart/form-data with a boundary.`, err);
}

/** A `meta` part's text: a field's value (already parsed when typed application/json), or a file read whole. */
async function metaText(part: MultipartFile | MultipartValue): Promise<unknown> {
  // Fields may be as long as a transcript; a `meta` field is held to its own limit.
  const tooLong = part.type === 'field' && Buffer.byteLength(typeof part.value === 'string' ? part.value : JSON.stringify(part.value) ?? '') > META_MAX_BYTES;
  if (part.type === 'field' && !tooLong) return part.value;
  const text = part.type === 'file' ? await readCapped(part.file, META_MAX_BYTES) : null;
  if (text === null) throw permanent('META_INVALID', `The \`meta\` part is larger than ${META_MAX_BYTES / 1024} KiB.`);
  return text;
}

/** A `transcript` part's text, field or file, at most `maxBytes`. */
async function partText(part: MultipartFile | MultipartValue, maxBytes: number): Promise<string> {
  // A field over the parser's fieldSize arrives cut to it, flagged `valueTruncated`: refused, never taken as the whole.
  const text = part.type === 'field' ? (typeof part.value === 'string' && !part.valueTruncated ? part.value : null) : await readCapped(part.file, maxBytes);
  if (text === null || Buffer.byteLength(text) > maxBytes) throw permanent('TRANSCRIPT_INVALID', `The \`transcript\` part is larger than ${maxBytes / 1048576} MiB.`);
  return text;
}


/** A small stream's text, or null (and the rest drained) when it is over `maxBytes`. */
async function readCapped(stream: Readable, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    if (bytes > maxBytes) {
      stream.resume();
      return null;
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}
