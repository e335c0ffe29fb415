import type { MultipartFile, MultipartValue } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import type { Readable } from 'node:stream';
import type { CallMeta } from '../../domain/call-meta.ts';
import { AppError, permanent } from '../../errors/app-error.ts';
import type { BlobStore } from '../../ports/blob-store.ts';
import { storeTranscript, storeUpload, type StoredUpload } from '../../pipeline/store-upload.ts';
import { parseMeta } from './receive-upload.ts';

/** A `meta` part, field or file, is read whole: at most this much. */
const META_MAX_BYTES = 64 * 1024;
/** A `transcript` part (WebVTT) is read whole and checked before the call exists: at most this much (hours of talk). */
export const TRANSCRIPT_MAX_BYTES = 2 * 1024 * 1024;
/** Room in a multipart body for boundaries and part headers (and a form's short text fields), beside its parts. */
const FORM_OVERHEAD_BYTES = 64 * 1024;

/**
 * The largest multipart body an upload may declare (Content-Length): a recording within `maxUploadBytes` with its
 * meta, transcript and the parts' framing. Every route that reads an upload refuses more at once (`refuseDeclaredTooLarge`).
 */
export const maxUploadBody = (maxUploadBytes: number): number => maxUploadBytes + META_MAX_BYTES + TRANSCRIPT_MAX_BYTES + FORM_OVERHEAD_BYTES;

/** What a multipart upload carried: the recording and transcript stored under `uploads/`, and the meta. */
export interface UploadParts {
  upload: (StoredUpload & { filename: string; contentType: string }) | null;
  transcript: { uploadKey: string; bytes: number } | null;
  meta: CallMeta;
  /** Keys of the `meta` part that are not CallMeta fields (ignored). */
  metaIgnored?: string[];
}

export interface UploadPartsOptions {
  blobs: BlobStore;
  maxUploadBytes: number;
  /** Text fields allowed beside `meta` and `transcript` (the upload page's form sends one per CallMeta field). */
  fields: number;
  /** Called on every part before it is read (the upload page checks its CSRF field, the first part, and reads its text fields here). */
  onPart?: (part: MultipartFile | MultipartValue, index: number) => void;
  /**
   * A file input left empty: browsers send it as a file part named "" with no bytes. Taken as absent
   * (the upload page); otherwise an empty `file` part is an empty recording.
   */
  emptyFileIsAbsent?: boolean;
}

/**
 * Reads a multipart upload as it arrives: the `file` part (the recording) streamed to storage, an optional
 * `meta` part (CallMeta JSON, a field or a file) and an optional `transcript` part (WebVTT), refusing
 * anything else as it comes. `POST /v1/calls` and the upload page both read their bodies here. When it
 * throws, what it stored is deleted; once it returns, the caller deletes the keys if it refuses later.
 */
export async function readUploadParts(request: FastifyRequest, opts: UploadPartsOptions): Promise<UploadParts> {
  const out: UploadParts = { upload: null, transcript: null, meta: {} };
  try {
    // Room for `meta` and `transcript` as files beside the recording; anything more is refused as it arrives.
    const parts = request.parts({ limits: { files: 3, fields: opts.fields, fieldSize: TRANSCRIPT_MAX_BYTES, fileSize: opts.maxUploadBytes + 1 } });
    let index = 0;
    for await (const part of parts) {
      opts.onPart?.(part, index++);
      if (part.type === 'file' && opts.emptyFileIsAbsent && part.filename === '') {
        part.file.resume();
        continue;
      }
      if (part.fieldname === 'meta') {
        ({ meta: out.meta, ignored: out.metaIgnored } = parseMeta(await metaText(part)));
      } else if (part.fieldname === 'transcript') {
        if (out.transcript) throw permanent('UPLOAD_INVALID', 'Send at most one `transcript` part.');
        out.transcript = await storeTranscript(opts.blobs, await partText(part, TRANSCRIPT_MAX_BYTES));
      } else if (part.type === 'file') {
        if (part.fieldname !== 'file' || out.upload) {
          part.file.resume();
          throw permanent('UPLOAD_INVALID', 'Send exactly one recording, in the `file` part (and CallMeta JSON in `meta`).');
        }
        const stored = await storeUpload(opts.blobs, part.file, opts.maxUploadBytes, bodyFailure);
        out.upload = { ...stored, filename: part.filename, contentType: part.mimetype };
      }
    }
  } catch (err) {
    for (const key of [out.upload?.uploadKey, out.transcript?.uploadKey]) if (key) await opts.blobs.delete(key).catch(() => undefined);
    throw bodyFailure(err);
  }
  return out;
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
