import type { FastifyInstance } from 'fastify';
import { CallMeta } from '../../domain/call-meta.ts';
import { resumeStep } from '../../domain/call.ts';
import { permanent } from '../../errors/app-error.ts';
import { ingest } from '../../pipeline/ingest.ts';
import { storeUpload, type StoredUpload } from '../../pipeline/store-upload.ts';
import { identityOfRequest, requireRight } from '../auth.ts';
import type { AppDeps } from '../build-app.ts';

export async function callsRoutes(app: FastifyInstance, deps: AppDeps): Promise<void> {
  /** Multipart upload: a `file` part (the recording, streamed to storage) and an optional `meta` part (CallMeta JSON). */
  app.post('/v1/calls', { preHandler: requireRight('calls:create') }, async (request, reply) => {
    if (!request.isMultipart()) throw permanent('UPLOAD_NOT_MULTIPART', 'Send the recording as multipart/form-data with a `file` part and an optional `meta` part.');
    let upload: (StoredUpload & { filename: string; contentType: string }) | null = null;
    let ingested = false;
    try {
      let meta: CallMeta = {};
      for await (const part of request.parts()) {
        if (part.type === 'file') {
          if (part.fieldname !== 'file' || upload) {
            part.file.resume();
            throw permanent('UPLOAD_INVALID', 'Send exactly one recording, in the `file` part.');
          }
          const stored = await storeUpload(deps.blobs, part.file, deps.maxUploadBytes);
          upload = { ...stored, filename: part.filename, contentType: part.mimetype };
        } else if (part.fieldname === 'meta') {
          meta = parseMeta(String(part.value));
        }
      }
      if (!upload) throw permanent('UPLOAD_INVALID', 'The request has no `file` part with the recording.');
      if (upload.bytes === 0) throw permanent('AUDIO_EMPTY', 'The uploaded recording is empty (0 bytes).');
      const uploadedBy = identityOfRequest(request).principal;
      const { call, isNew } = await ingest({ ...upload, meta, uploadedBy }, { blobs: deps.blobs, clock: deps.clock });
      ingested = true;
      await deps.reindexCall(call.id).catch((err: unknown) => request.log.warn({ callId: call.id, err: (err as Error).message }, 'could not update the call index'));
      // A new call starts; a call already here resumes where it stopped (a live job is not doubled).
      const next = resumeStep(call, false);
      if (next) await deps.enqueue(next, call.id);
      request.log.info({ callId: call.id, bytes: upload.bytes, duplicate: !isNew, queued: next }, 'recording received');
      return reply.code(isNew ? 202 : 200).send({ id: call.id, status: isNew ? 'received' : call.status, duplicate: !isNew });
    } finally {
      // A rejected request leaves nothing behind in uploads/.
      if (upload && !ingested) await deps.blobs.delete(upload.uploadKey).catch(() => undefined);
    }
  });
}

function parseMeta(raw: string): CallMeta {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw permanent('META_INVALID', 'The `meta` part is not valid JSON.');
  }
  const parsed = CallMeta.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || 'meta'}: ${i.message}`).join('; ');
    throw permanent('META_INVALID', `The \`meta\` part does not match CallMeta: ${detail}`);
  }
  return parsed.data;
}
