// `npm run chaos`: a batch of calls synced through BullMQ workers (private Redis) into the local HubSpot
// fake while it fails 30% of requests on purpose (429 with Retry-After, 500/502/503, some of them after
// the write happened). Prints calls, requests, injected failures, retries and duplicates.
// Options: --calls N (default 50), --rate R (default 0.3), --seed S.
// `--pipeline`: the whole pipeline under faults instead (scripts/bench/pipeline-chaos.ts).
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { createHubSpotCrm } from '../../src/adapters/crm/hubspot/hubspot.adapter.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { startEmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall } from '../../src/pipeline/call-record.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { startQueueRuntime } from '../../src/runtime/workers-runtime.ts';
import { startHubSpotFake } from '../../test/helpers/fakes/hubspot.fake.ts';
import { seedSyncableCalls } from '../../test/helpers/synthetic-calls.ts';

if (process.argv.includes('--pipeline')) {
  await import('./pipeline-chaos.ts');
  process.exit();
}
const { values } = parseArgs({ options: { calls: { type: 'string' }, rate: { type: 'string' }, seed: { type: 'string' } } });
const n = Number(values.calls ?? 50);
const rate = Number(values.rate ?? 0.3);
const dir = await mkdtemp(join(tmpdir(), 'callscribe-chaos-'));
const redis = await startEmbeddedRedis();
// HubSpot's real burst limits stay on; Retry-After is shortened to keep the run short.
const hubspot = await startHubSpotFake({ retryAfterSec: 1 });
try {
  const blobs = createFsBlobStore(dir);
  const ids = await seedSyncableCalls(blobs, n, hubspot);
  const setupRequests = hubspot.requests.length;
  hubspot.chaos({ rate, statuses: [429, 500, 502, 503], seed: Number(values.seed ?? 42), commit: 0.3 });
  const crm = createHubSpotCrm({ accessToken: hubspot.accessToken, baseUrl: hubspot.baseUrl, searchSettleMs: 1000 });
  const ports = { blobs, crm, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'auto', autoMinConfidence: 0.8, maxDurationSec: 3600, maxBytes: 1e9 } } as unknown as PipelinePorts;
  const runtime = startQueueRuntime(['sync'], ports, silentLogger, { connection: redis.connection, prefix: `chaos-${randomUUID()}`, concurrency: 4, backoff: { baseMs: 200, maxMs: 5000 } });
  const started = performance.now();
  for (const id of ids) await runtime.queues.enqueue('sync', id, { callId: id });
  let calls = [];
  let lastShown = -1;
  for (;;) {
    calls = await Promise.all(ids.map((id) => findCall(blobs, id)));
    const finished = calls.filter((c) => c && (c.status === 'done' || c.status === 'failed' || c.status === 'needs_review')).length;
    if (finished !== lastShown) process.stderr.write(`  ${(lastShown = finished)}/${n} calls finished\n`);
    if (finished === n) break;
    await sleep(500);
  }
  const seconds = (performance.now() - started) / 1000;
  await runtime.close();
  const requests = hubspot.requests.slice(setupRequests);
  const failed = requests.filter((r) => (r.status ?? 0) >= 429).length;
  const runs = calls.reduce((sum, c) => sum + c!.steps.filter((s) => s.step === 'sync').length, 0);
  const count = (type: 'calls' | 'tasks') => hubspot.objects(type).length;
  const distinct = (type: 'calls' | 'tasks') => new Set(hubspot.objects(type).map((o) => o.properties.callscribe_key)).size;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  out(`calls: ${n} synced in ${seconds.toFixed(1)} s — ${calls.filter((c) => c!.status === 'done').length} done, ${calls.filter((c) => c!.status === 'failed').length} failed`);
  out(`HubSpot requests: ${requests.length}, of which answered with an injected or real 429/5xx: ${failed} (${((100 * failed) / requests.length).toFixed(0)}%)`);
  out(`sync runs: ${runs} for ${n} calls (${runs - n} re-runs after a 429 or 5xx; a rate-limit wait re-queues the job without spending one of its attempts)`);
  out(`HubSpot calls: ${count('calls')} (${count('calls') - distinct('calls')} duplicates), tasks: ${count('tasks')} for ${2 * n} action items (${count('tasks') - distinct('tasks')} duplicates)`);
  const failures = calls.filter((c) => c!.status === 'failed').map((c) => `${c!.id}: ${c!.error?.code}`);
  if (failures.length) out(`failed: ${failures.join(', ')}`);
  out(`deals moved to contractsent: ${hubspot.objects('deals').filter((d) => d.properties.dealstage === 'contractsent').length}/${n}`);
} finally {
  await hubspot.close();
  await redis.stop();
  await rm(dir, { recursive: true, force: true });
}
