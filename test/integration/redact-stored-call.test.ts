import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { getJson, putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { redactStoredCall } from '../../src/pipeline/transcribe-redact-stored.ts';
import { syntheticCall, syntheticTranscript } from '../helpers/index-calls.ts';
import { testCallId } from '../helpers/stored-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// Calls transcribed before transcripts were redacted when stored: the one-off pass redacts what they hold in
// place, and a second pass changes nothing. Test numbers only.

const SECRETS = /5555|4444|219.?09.?9999|58139264756/;
const seg = (speaker: string, startSec: number, text: string) => ({ speaker, startSec, endSec: startSec + 2, text, confidence: 0.9 });

describe('redactStoredCall', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  beforeEach(async () => {
    temp = await makeTempDir();
    blobs = createFsBlobStore(join(temp.dir, 'data'));
  });
  afterEach(() => temp.cleanup());

  it('redacts an engine call\'s parts (a card across their border too) and its transcript.json, once', async () => {
    const id = testCallId(1);
    const chunk = (index: number, offsetSec: number) => ({ index, key: callKeys.chunk(id, 'customer', index), offsetSec, durationSec: 10 });
    await putJson(blobs, callKeys.call(id), syntheticCall(id, {
      status: 'done',
      audio: { durationSec: 20, channels: 1, sampleRate: 16000, codec: 'pcm_s16le', tracks: [{ speaker: 'customer', channel: 0, chunks: [chunk(0, 0), chunk(1, 10)] }] },
    }));
    const part = (index: number, offsetSec: number, segments: ReturnType<typeof seg>[]) =>
      putJson(blobs, callKeys.chunkTranscript(id, 'customer', index), { speaker: 'customer', index, offsetSec, engine: 'local', model: null, language: 'en', segments });
    await part(0, 0, [seg('customer', 1, 'my steuer id is 58139264756'), seg('customer', 7, 'and the card is 5555 5555')]);
    await part(1, 10, [seg('customer', 11, '5555 4444 thanks')]);
    const raw = syntheticTranscript('x');
    await putJson(blobs, callKeys.transcript(id), {
      ...raw,
      segments: [seg('customer', 1, 'my steuer id is 58139264756'), seg('customer', 7, 'and the card is 5555 5555'), seg('customer', 11, '5555 4444 thanks')],
      text: 'my steuer id is 58139264756\nand the card is 5555 5555\n5555 4444 thanks',
    });

    const changed = await redactStoredCall(blobs, id);
    expect(changed.sort()).toEqual([callKeys.chunkTranscript(id, 'customer', 0), callKeys.chunkTranscript(id, 'customer', 1), callKeys.transcript(id)].sort());
    for (const key of changed) expect((await blobs.getBuffer(key))!.toString('utf8')).not.toMatch(SECRETS);
    const transcript = (await getJson(blobs, callKeys.transcript(id), (r) => Transcript.parse(r)))!;
    expect(transcript.segments.map((s) => [s.text, s.startSec, s.endSec])).toEqual([
      ['my steuer id is [REDACTED ID]', 1, 3],
      ['and the card is [REDACTED CARD] thanks', 7, 13],
    ]);
    expect(transcript.redactions).toEqual([{ kind: 'payment_card', count: 1 }, { kind: 'de_tax_id', count: 1 }]);
    expect(await redactStoredCall(blobs, id)).toEqual([]);
  });

  it('redacts the stored copy of a transcript file sent with the call', async () => {
    const id = testCallId(2);
    const key = callKeys.providedTranscript(id);
    await putJson(blobs, callKeys.call(id), syntheticCall(id, { status: 'done', providedTranscript: { key, format: 'webvtt', bytes: 10 } }));
    await blobs.put(key, 'WEBVTT\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>my social is 219-09-9999\n');
    expect(await redactStoredCall(blobs, id)).toEqual([key]);
    expect((await blobs.getBuffer(key))!.toString('utf8')).toBe('WEBVTT\n\nNOTE callscribe redacted: us_ssn 1\n\n00:00:01.000 --> 00:00:03.000\n<v Ana Ruiz>my social is [REDACTED ID]\n');
    expect(await redactStoredCall(blobs, id)).toEqual([]);
  });

  it('leaves an object rewritten after it was read (a reprocess storing a new transcript) as that write made it', async () => {
    const id = testCallId(3);
    const key = callKeys.transcript(id);
    await putJson(blobs, callKeys.call(id), syntheticCall(id, { status: 'done' }));
    await putJson(blobs, key, { ...syntheticTranscript('x'), segments: [seg('customer', 1, 'the card is 5555 5555 5555 4444')], text: 'the card is 5555 5555 5555 4444' });
    const newer = { ...syntheticTranscript('x'), segments: [seg('customer', 1, 'a new transcript, redacted as stored now')], text: 'a new transcript, redacted as stored now' };
    // The store as the pass sees it, while a reprocess writes transcript.json just after the pass has read it.
    let rewritten = false;
    const busy: BlobStore = Object.create(blobs, {
      getBuffer: {
        value: async (k: string) => {
          const buf = await blobs.getBuffer(k);
          if (k === key && !rewritten) {
            rewritten = true;
            await putJson(blobs, key, newer);
          }
          return buf;
        },
      },
    });
    expect(await redactStoredCall(busy, id)).toEqual([]);
    expect((await getJson(blobs, key, (r) => Transcript.parse(r)))!.text).toBe(newer.text);
  });
});
