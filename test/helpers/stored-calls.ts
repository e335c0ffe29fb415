import { callKeys } from '../../src/domain/call-keys.ts';
import type { Call } from '../../src/domain/call.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { syntheticCall, syntheticInsights, syntheticTranscript, storeCall } from './index-calls.ts';

/** A call id for test number `n`. */
export const testCallId = (n: number) => `c_${String(n).padStart(24, '0')}`;

/**
 * Stores a settled call with every kind of object the pipeline writes under its prefix: the recording,
 * a prepared chunk, a voice clip and its manifest, a transcript part, the transcript, insights,
 * crm.json and source.json. Returns the call and its keys, audio and text apart.
 */
export async function storeFullCall(blobs: BlobStore, id: string, overrides: Partial<Call> = {}) {
  const audio = [
    `calls/${id}/original.wav`,
    callKeys.chunk(id, 'rep', 0),
    callKeys.chunk(id, 'customer', 0),
    callKeys.speakerReferenceClip(id, 'mixed', 'S1'),
  ];
  const call = syntheticCall(id, {
    status: 'done',
    recording: { key: audio[0]!, filename: 'call.wav', contentType: 'audio/wav', bytes: 4, sha256: '0'.repeat(64) },
    audio: {
      durationSec: 10, channels: 2, sampleRate: 16000, codec: 'pcm_s16le',
      tracks: [
        { speaker: 'rep', channel: 0, chunks: [{ index: 0, key: audio[1]!, offsetSec: 0, durationSec: 10 }] },
        { speaker: 'customer', channel: 1, chunks: [{ index: 0, key: audio[2]!, offsetSec: 0, durationSec: 10 }] },
      ],
    },
    ...overrides,
  });
  const crm = {
    schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'created' }, deal: { id: 'deal-1', matchedBy: 'open_deal' },
    callLog: { id: 'log-1', stale: false }, tasks: [{ key: 'k1', id: 'task-1', subject: 'Send the contract', aliases: [] }],
    review: {
      decisions: [{
        id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'presentationscheduled', options: [], evidence: [], reason: 'r', state: 'approved',
        value: 'contractsent', decidedBy: 'lee@example.com', decidedAt: '2026-11-18T10:00:00.000Z', applied: { at: '2026-11-18T10:01:00.000Z', result: 'deal moved to contractsent' }, createdAt: '2026-11-17T15:00:00.000Z',
      }],
      audit: [],
    },
    syncedAt: '2026-11-18T10:01:00.000Z', updatedAt: '2026-11-18T10:01:00.000Z',
  };
  await storeCall(blobs, call, { insights: syntheticInsights(`Summary of ${id}`), transcript: syntheticTranscript(`We talked about ${id}`), crm });
  for (const key of audio) await blobs.put(key, Buffer.from('RIFF'), { contentType: 'audio/wav' });
  const text = [
    callKeys.call(id), callKeys.transcript(id), callKeys.insights(id), callKeys.crm(id),
    callKeys.speakerReferences(id, 'mixed'), callKeys.chunkTranscript(id, 'rep', 0), `calls/${id}/source.json`,
  ];
  await blobs.put(text[4]!, '{}');
  await blobs.put(text[5]!, '{}');
  await blobs.put(text[6]!, '{}');
  return { call, audio, text };
}

/** Every key under the call's prefix. */
export async function keysOf(blobs: BlobStore, id: string): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of blobs.list!(`calls/${id}/`)) keys.push(key);
  return keys.sort();
}
