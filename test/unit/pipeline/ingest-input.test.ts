import { describe, expect, it } from 'vitest';
import { IngestInput } from '../../../src/pipeline/ingest.ts';

const input = (uploadKey: string, transcriptKey?: string) => ({
  uploadKey,
  sha256: '0'.repeat(64),
  bytes: 4,
  filename: null,
  contentType: null,
  meta: {},
  ...(transcriptKey && { transcript: { uploadKey: transcriptKey, bytes: 1 } }),
});

describe('IngestInput', () => {
  it('takes the keys storeUpload makes: one plain name under uploads/', () => {
    expect(IngestInput.safeParse(input('uploads/0b7f3c2e-5d2a-4c59-9a4e-2f0c8e9d1a11', 'uploads/0b7f3c2e-5d2a-4c59-9a4e-2f0c8e9d1a12.vtt')).success).toBe(true);
    expect(IngestInput.safeParse(input('uploads/u-3')).success).toBe(true);
  });

  it('refuses a key that only starts with uploads/: it would copy and then delete an object elsewhere', () => {
    for (const key of ['uploads/../calls/c_000000000000000000000001/original.wav', 'uploads/a/b', 'uploads/', 'uploads/..', 'uploads/.x', 'uploads/a\\..\\b']) {
      expect(IngestInput.safeParse(input(key)).success, key).toBe(false);
      expect(IngestInput.safeParse(input('uploads/u-3', key)).success, key).toBe(false);
    }
  });
});
