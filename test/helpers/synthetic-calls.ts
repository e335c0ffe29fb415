import type { Call } from '../../src/domain/call.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Insights } from '../../src/domain/insights.ts';
import { putJson, type BlobStore } from '../../src/ports/blob-store.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { HubSpotFake } from './fakes/hubspot.fake.ts';

/** E.164 number of synthetic customer `i` (UK range reserved for drama). */
export const customerPhone = (i: number) => `+4420794600${String(i).padStart(2, '0')}`;

/**
 * `n` calls ready to sync (call.json + insights.json in `blobs`), each with its own customer, two action
 * items and a proposed stage move; and, when a HubSpot fake is given, the matching contacts, deals and
 * the rep as owner there.
 */
export async function seedSyncableCalls(blobs: BlobStore, n: number, hubspot?: HubSpotFake): Promise<string[]> {
  if (hubspot) {
    hubspot.seed({ owners: [{ id: '5001', email: 'rep@example.com', firstName: 'Sam', lastName: 'Rep' }] });
    const { contacts } = hubspot.seed({ contacts: Array.from({ length: n }, (_, i) => ({ firstname: `Customer${i}`, phone: customerPhone(i) })) });
    hubspot.seed({ deals: contacts.map((id, i) => ({ dealname: `Deal ${i}`, dealstage: 'decisionmakerboughtin', contactIds: [id] })) });
  }
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    const id = `c_${String(i).padStart(24, 'a')}`;
    const now = '2026-11-17T15:00:00.000Z';
    const call: Call = {
      schemaVersion: 1,
      id,
      status: 'syncing',
      createdAt: now,
      updatedAt: now,
      meta: { direction: 'outbound', startedAt: now, rep: { email: 'rep@example.com' }, customer: { name: `Customer${i}`, phone: customerPhone(i) } },
      uploadedBy: null,
      recording: { key: `calls/${id}/original.ogg`, filename: 'call.ogg', contentType: null, bytes: 1, sha256: '0'.repeat(64) },
      audio: { durationSec: 60, channels: 2, sampleRate: 16000, codec: 'opus', tracks: [] },
      steps: [],
      engines: { transcriber: null, extractor: null, crm: null },
      disposition: 'conversation',
      review: null,
      error: null,
      cost: { audioSeconds: 60, estimatedUsd: 0 },
    };
    const evidence = (quote: string, speaker: string) => [{ quote, speaker, startSec: 5 }];
    const insights: Insights = {
      schemaVersion: 1,
      engine: 'rules',
      model: null,
      promptVersion: null,
      summary: `Call ${i}: the customer approved the proposal.`,
      keyPoints: ['Proposal approved'],
      actionItems: [
        { text: `Send the contract to customer ${i}`, owner: 'rep', dueDate: '2026-11-20', evidence: evidence('I will send the contract', 'rep') },
        { text: `Share the signer's name for deal ${i}`, owner: 'customer', dueDate: null, evidence: evidence('I will tell you who signs', 'customer') },
      ],
      dealStage: { current: 'decisionmakerboughtin', proposed: 'contractsent', confidence: 0.9, rationale: 'Contract goes out today.', evidence: evidence('I will send the contract', 'rep') },
      followUpEmail: null,
      redactions: [],
      warnings: [],
    };
    await saveCall(blobs, call);
    await putJson(blobs, callKeys.insights(id), insights);
    ids.push(id);
  }
  return ids;
}
