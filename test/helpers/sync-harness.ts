import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import type { Call } from '../../src/domain/call.ts';
import type { CallMeta } from '../../src/domain/call-meta.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import type { Insights, StageKey } from '../../src/domain/insights.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { putJson } from '../../src/ports/blob-store.ts';
import type { CrmAdapter } from '../../src/ports/crm.ts';
import { saveCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { sync } from '../../src/pipeline/sync.ts';
import { syntheticCall } from './index-calls.ts';

/**
 * Runs the real sync step for one call against a CRM adapter (a fake's, over HTTP), with its artifacts in a
 * directory: the call at `syncing` with the given meta, and insights with one action item per owner and,
 * when given, a proposed stage.
 */
export async function syncCall(dir: string, crm: CrmAdapter, meta: CallMeta, opts: { proposed?: StageKey | null; callId?: string } = {}) {
  const blobs = createFsBlobStore(dir);
  const id = opts.callId ?? 'c_0123456789abcdef01234567';
  const now = '2026-11-17T15:00:00.000Z';
  const call: Call = syntheticCall(id, {
    status: 'syncing',
    meta: { direction: 'outbound', startedAt: now, ...meta },
    audio: null,
    cost: { audioSeconds: 0, estimatedUsd: 0 },
  });
  const proposed = opts.proposed === undefined ? null : opts.proposed;
  const evidence = (quote: string, speaker: string) => [{ quote, speaker, startSec: 5 }];
  const insights: Insights = {
    schemaVersion: 1,
    engine: 'rules',
    model: null,
    promptVersion: null,
    summary: 'The customer approved the proposal; the rep sends the contract.',
    keyPoints: [],
    actionItems: [
      { text: 'Send the contract', owner: 'rep', dueDate: '2026-11-20', evidence: evidence('I will send the contract', 'rep') },
      { text: "Share the signer's name", owner: 'customer', dueDate: null, evidence: evidence('I will tell you who signs', 'customer') },
    ],
    dealStage: { current: 'decisionmakerboughtin', proposed, confidence: 0.9, rationale: 'r', evidence: proposed ? evidence('I will send the contract', 'rep') : [] },
    followUpEmail: null,
    redactions: [],
    warnings: [],
  };
  await saveCall(blobs, call);
  await putJson(blobs, callKeys.insights(id), insights);
  const ports = {
    blobs,
    crm,
    logger: silentLogger,
    clock: () => new Date('2026-11-17T15:30:00Z'),
    publicBaseUrl: null,
    policy: { dealStage: 'review', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 },
  } as unknown as PipelinePorts;
  return sync({ callId: id }, ports);
}
