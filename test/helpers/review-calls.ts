import type { Call } from '../../src/domain/call.ts';
import type { Insights } from '../../src/domain/insights.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { storeCall, syntheticCall, syntheticInsights } from './index-calls.ts';

const AT = '2026-11-17T15:00:00.000Z';

/** A pending decision as sync proposes it. */
const pending = (d: { id: string; kind: string; proposed: string | null; from?: string | null; reason: string }) => ({
  from: null, options: [], evidence: [], state: 'pending', createdAt: AT, ...d,
});

/**
 * Stores a call awaiting review, as sync leaves one whose customer the CRM does not know: a pending
 * `unknown_contact` decision (a text field when "existing" is chosen) and a pending deal stage, a
 * two-line summary, two action items and a transcript of four lines (0–4 s, 4–8 s, …). `recording`:
 * where its audio is stored (the caller puts the bytes there).
 */
export async function storeCallAwaitingReview(blobs: BlobStore, id: string, opts: { recording?: Call['recording']; durationSec?: number } = {}): Promise<void> {
  const durationSec = opts.durationSec ?? 16;
  const lines = ['Thanks for taking the call.', 'We read the proposal.', 'Legal wants a week.', 'Then we sign.'];
  const transcript: Transcript = {
    schemaVersion: 1, engine: 'local', model: null, language: 'en', durationSec,
    speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
    segments: lines.map((text, i) => ({ speaker: i % 2 ? 'customer' : 'rep', startSec: i * 4, endSec: i * 4 + 4, text })),
    text: lines.join(' '),
  };
  const insights: Insights = {
    ...syntheticInsights('The buyer read the proposal.\nLegal reviews it for a week, then they sign.'),
    actionItems: [
      { text: 'Send the contract', owner: 'rep', dueDate: null, evidence: [{ quote: 'We read the proposal.', speaker: 'customer', startSec: 4 }] },
      { text: 'Book the legal review', owner: 'customer', dueDate: '2026-11-24', evidence: [{ quote: 'Legal wants a week.', speaker: 'rep', startSec: 8 }] },
    ],
  };
  const crm = {
    schemaVersion: 1, adapter: 'local', contact: null, deal: null, callLog: null, tasks: [],
    review: {
      decisions: [
        pending({ id: 'contact', kind: 'unknown_contact', proposed: 'create', reason: 'No contact matches the customer.' }),
        pending({ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'decisionmakerboughtin', reason: 'The customer will sign.' }),
      ],
      audit: [],
    },
    syncedAt: null, updatedAt: AT,
  };
  const call = syntheticCall(id, {
    ...(opts.recording !== undefined && { recording: opts.recording }),
    audio: { durationSec, channels: 1, sampleRate: 16000, codec: 'pcm_s16le', tracks: [] },
  });
  await storeCall(blobs, call, { transcript, insights, crm });
}
