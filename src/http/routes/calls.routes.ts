import type { FastifyInstance } from 'fastify';
import { permanent } from '../../errors/app-error.ts';
import { requireRight } from '../auth.ts';
import type { AppDeps } from '../build-app.ts';
import { allowWork, httpTimeouts } from '../timeouts.ts';
import { presignedUploadRoutes } from './presigned-uploads.routes.ts';
import { receiver, refuseDeclaredTooLarge } from './receive-upload.ts';
import { maxUploadBody, readUploadParts } from './upload-parts.ts';

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
    refuseDeclaredTooLarge(request, reply, maxUploadBody(deps.maxUploadBytes), deps.maxUploadBytes);
    const { upload, transcript, meta, metaIgnored } = await readUploadParts(request, { blobs: deps.blobs, maxUploadBytes: deps.maxUploadBytes, fields: 4 });
    let received = false;
    try {
      if (!upload) throw permanent('UPLOAD_INVALID', 'The request has no `file` part with the recording.');
      if (upload.bytes === 0) throw permanent('AUDIO_EMPTY', 'The uploaded recording is empty (0 bytes).');
      allowWork(request, timeouts);
      const answer = await receive(request, reply, { ...upload, meta, transcript, metaIgnored });
      received = true;
      return answer;
    } finally {
      // A rejected request leaves nothing behind in uploads/.
      for (const key of received ? [] : [upload?.uploadKey, transcript?.uploadKey]) if (key) await deps.blobs.delete(key).catch(() => undefined);
    }
  });

  await presignedUploadRoutes(app, deps, receive);
}

