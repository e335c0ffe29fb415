import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callIdFromSha256 } from '../../src/domain/call-keys.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import { ingest, recordIngestFailure, type IngestInput } from '../../src/pipeline/ingest.ts';
import { storeUpload } from '../../src/pipeline/store-upload.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

describe('ingest: the call record of an upload', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  const clock = () => new Date('2026-11-17T15:00:00Z');

  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
  });
  afterEach(() => temp.cleanup());

  const upload = async (): Promise<IngestInput> => ({
    ...(await storeUpload(blobs, Readable.from([Buffer.from('RIFF not really audio')]), 1e6)),
    filename: 'call.wav',
    contentType: 'audio/wav',
    meta: { direction: 'outbound', customer: { name: 'Elena Novak' } },
    uploadedBy: 'rep:priya@example.com',
  });

  it('a failed ingest and its retry write the same record, but for where the recording is and the outcome', async () => {
    const input = await upload();
    await recordIngestFailure(input, new AppError('S3_UNAVAILABLE', 'storage refused the copy', { retryable: true }), { blobs, clock });
    const failed = await findCall(blobs, callIdFromSha256(input.sha256));
    expect(failed).toMatchObject({ status: 'failed', error: { code: 'S3_UNAVAILABLE', step: 'ingest' }, recording: { key: input.uploadKey } });

    const { call, isNew } = await ingest(input, { blobs, clock });
    expect(isNew).toBe(true);
    expect(call).toMatchObject({ id: failed!.id, status: 'received', error: null });
    expect(call.recording!.key).toBe(`calls/${call.id}/original.wav`);
    const { recording: a, status: _s1, error: _e1, ...restFailed } = failed!;
    const { recording: b, status: _s2, error: _e2, ...restIngested } = call;
    expect(restIngested).toEqual(restFailed);
    expect({ ...b, key: null }).toEqual({ ...a, key: null });
    expect(await findCall(blobs, call.id)).toEqual(call);
  });

  it('the same recording sent again after its ingest failed: the first upload, named only by the replaced record, is deleted', async () => {
    const first = await upload();
    await recordIngestFailure(first, new AppError('S3_UNAVAILABLE', 'storage refused the copy', { retryable: false }), { blobs, clock });
    const again = await upload();
    expect(again.uploadKey).not.toBe(first.uploadKey);
    const { call } = await ingest(again, { blobs, clock });
    expect(call.recording!.key).toBe(`calls/${call.id}/original.wav`);
    expect(await blobs.head(first.uploadKey)).toBeNull();
    expect(await blobs.head(again.uploadKey)).toBeNull();
  });

  it('the same recording sent again refusing consent, once its call was taken in under another consent, is refused with CONSENT_REFUSED_TOO_LATE naming the erasure', async () => {
    const { call } = await ingest(await upload(), { blobs, clock });
    const refusing = { ...(await upload()), meta: { recordingConsent: 'refused' as const } };
    await expect(ingest(refusing, { blobs, clock })).rejects.toMatchObject({ code: 'CONSENT_REFUSED_TOO_LATE', retryable: false, message: expect.stringContaining(`DELETE /v1/calls/${call.id}`) });
    expect(await blobs.head(refusing.uploadKey)).toBeNull();
    expect((await findCall(blobs, call.id))?.meta.recordingConsent).toBeUndefined();
  });

  it('the same recording ingested twice is one call', async () => {
    const first = await ingest(await upload(), { blobs, clock });
    const second = await ingest(await upload(), { blobs, clock });
    expect(second).toEqual({ call: first.call, isNew: false });
  });
});
