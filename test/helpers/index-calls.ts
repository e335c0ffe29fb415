import type { Call } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Insights } from '../../src/domain/insights.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import { putJson, type BlobStore } from '../../src/ports/blob-store.ts';

/** A call.json as the pipeline writes it (built the way synthetic-calls.ts does), with `overrides` on top. */
export function syntheticCall(id: string, overrides: Partial<Call> = {}): Call {
  const now = '2026-11-17T15:00:00.000Z';
  return {
    schemaVersion: 1,
    id,
    status: 'needs_review',
    createdAt: now,
    updatedAt: now,
    meta: { direction: 'outbound', startedAt: '2026-11-17T14:00:00Z', rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: 'Elena Novak', company: 'Brightline Foods' } },
    recording: { key: `calls/${id}/original.ogg`, filename: 'call.ogg', contentType: null, bytes: 1, sha256: '0'.repeat(64) },
    audio: { durationSec: 95.5, channels: 2, sampleRate: 16000, codec: 'opus', tracks: [] },
    steps: [],
    engines: { transcriber: null, extractor: null, crm: null },
    disposition: 'conversation',
    review: null,
    error: null,
    cost: { audioSeconds: 95.5, estimatedUsd: 0 },
    uploadedBy: null,
    ...overrides,
  };
}

export function syntheticInsights(summary: string): Insights {
  return {
    schemaVersion: 1,
    engine: 'rules',
    model: null,
    promptVersion: null,
    summary,
    keyPoints: [],
    actionItems: [],
    dealStage: { current: 'decisionmakerboughtin', proposed: 'contractsent', confidence: 0.9, rationale: 'Contract goes out today.', evidence: [] },
    followUpEmail: null,
    redactions: [],
    warnings: [],
  };
}

export function syntheticTranscript(text: string): Transcript {
  return {
    schemaVersion: 1,
    engine: 'local',
    model: null,
    language: 'en',
    durationSec: 95.5,
    speakers: [{ id: 'rep', role: 'rep' }],
    segments: [{ speaker: 'rep', startSec: 0, endSec: 5, text }],
    text,
  };
}

/** Writes a call's artifacts as they sit in the store (call.json verbatim, so fields its schema lacks survive). */
export async function storeCall(
  blobs: BlobStore,
  call: Call,
  artifacts: { insights?: Insights; transcript?: Transcript; crm?: unknown } = {},
): Promise<void> {
  await putJson(blobs, callKeys.call(call.id), call);
  if (artifacts.insights) await putJson(blobs, callKeys.insights(call.id), artifacts.insights);
  if (artifacts.transcript) await putJson(blobs, callKeys.transcript(call.id), artifacts.transcript);
  if (artifacts.crm !== undefined) await putJson(blobs, callKeys.crm(call.id), artifacts.crm);
}
