import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import type { PostgresCallIndex } from '../../src/adapters/index/postgres/postgres.call-index.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { rebuildIndex } from '../../src/cli/commands/reindex.command.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import { saveSource } from '../../src/intake/source-record.ts';
import { retryable } from '../../src/errors/app-error.ts';
import { reindex, type ReindexProgress } from '../../src/pipeline/reindex.ts';
import { indexDoc } from '../helpers/index-documents.ts';
import { storeCall, syntheticCall, syntheticInsights, syntheticTranscript } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const REVIEWED = 'c_aaaaaaaaaaaaaaaaaaaaaaaa';
const RECEIVED = 'c_bbbbbbbbbbbbbbbbbbbbbbbb';
const BROKEN = 'c_cccccccccccccccccccccccc';

/** A crm.json as sync writes it, with decisions in these states. */
const crmWithDecisions = (states: ('pending' | 'approved')[]) => ({
  schemaVersion: 1, adapter: 'local', contact: null, deal: null, callLog: null, tasks: [], syncedAt: null, updatedAt: '2026-11-17T15:00:00.000Z',
  review: {
    decisions: states.map((state, i) => ({ id: `d${i}`, kind: 'deal_stage', proposed: 'contractsent', options: [], evidence: [], reason: 'r', state, createdAt: '2026-11-17T15:00:00.000Z' })),
    audit: [],
  },
});

describe('reindex from the fs blob store', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let blobs: BlobStore;
  let index: PostgresCallIndex;
  let pending: Promise<unknown>[];

  beforeEach(async () => {
    pending = [];
    temp = await makeTempDir();
    blobs = createFsBlobStore(temp.dir);
    index = await openPgliteIndex(null);
    await storeCall(blobs, syntheticCall(REVIEWED, { uploadedBy: 'sam@example.com' }), {
      insights: syntheticInsights('The customer agreed to the pricing.'),
      transcript: syntheticTranscript('we went through the prices line by line'),
      crm: crmWithDecisions(['pending', 'approved', 'pending']),
    });
    await storeCall(blobs, syntheticCall(RECEIVED, { status: 'received', audio: null, meta: {} }));
    await blobs.put(`calls/${RECEIVED}/original.ogg`, 'not audio');
    await blobs.put(`calls/${BROKEN}/call.json`, '{ "schemaVersion": 1, "id": ');
    await index.upsert(indexDoc(1, { id: 'c_stale' }));
  });
  afterEach(async () => {
    await index.close();
    await temp.cleanup();
  });

  it('replaces the index with every readable call and reports the unreadable one', async () => {
    const progress: ReindexProgress[] = [];
    const result = await reindex(blobs, index, { onProgress: (p) => progress.push(p) });

    expect(result.indexed).toBe(2);
    expect(result.skipped).toEqual([{ callId: BROKEN, code: 'ARTIFACT_UNREADABLE', reason: expect.stringContaining(`calls/${BROKEN}/call.json`) }]);
    expect(progress.at(-1)).toEqual({ seen: 3, indexed: 2, skipped: 1 });

    const page = await index.list({ limit: 10 });
    expect(page.calls).toEqual([
      {
        id: RECEIVED,
        status: 'received',
        startedAt: null,
        receivedAt: '2026-11-17T15:00:00.000Z',
        rep: null,
        customer: null,
        durationSec: null,
        summary: null,
        proposedStage: null,
        pendingDecisions: 0,
        pendingKinds: [],
        pendingForRep: 0,
        stageDecision: null,
        recordingName: 'call.ogg',
        retryingCode: null,
      },
      {
        id: REVIEWED,
        status: 'needs_review',
        startedAt: '2026-11-17T14:00:00.000Z',
        receivedAt: '2026-11-17T15:00:00.000Z',
        rep: { name: 'Priya Raman', email: 'priya@example.com' },
        customer: { name: 'Elena Novak', company: 'Brightline Foods', phone: null },
        durationSec: 95.5,
        summary: 'The customer agreed to the pricing.',
        proposedStage: 'contractsent',
        pendingDecisions: 2,
        pendingKinds: ['deal_stage'],
        pendingForRep: 0,
        stageDecision: { state: 'approved', stage: 'contractsent' },
        recordingName: 'call.ogg',
        retryingCode: null,
      },
    ]);
    expect(page.calls.map((c) => c.id)).not.toContain('c_stale');
    expect((await index.list({ limit: 10, q: 'price' })).calls.map((c) => c.id)).toEqual([REVIEWED]);
    expect((await index.list({ limit: 10, visibleTo: ['sam@example.com'] })).calls.map((c) => c.id)).toEqual([REVIEWED]);
  });

  it('prints the totals and names each skipped call (the `reindex` command)', async () => {
    const lines: string[] = [];
    await rebuildIndex(blobs, index, { stdout: (line) => lines.push(line) });
    expect(lines[0]).toMatch(/^reindex: rebuilding pglite:memory from dir /);
    expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^reindex: skipped ${BROKEN}: ARTIFACT_UNREADABLE: `)));
    expect(lines.at(-1)).toMatch(/^reindex: done, 2 calls indexed, 1 skipped, in \d+\.\d s$/);
  });

  it('with resume, queues each unfinished call at its step and an announced call with no record yet at ingest', async () => {
    const ANNOUNCED = 'c_dddddddddddddddddddddddd';
    await saveSource(blobs, ANNOUNCED, { kind: 'storage', key: 'incoming/a.wav', meta: {}, receivedAt: '2026-11-17T15:00:00.000Z' });
    // A source next to a record is an ingest that ran: the record decides.
    await saveSource(blobs, RECEIVED, { kind: 'storage', key: 'incoming/b.wav', meta: {}, receivedAt: '2026-11-17T15:00:00.000Z' });
    const queued: [string, string][] = [];
    const result = await reindex(blobs, index, { resume: async (step, callId) => void queued.push([step, callId]) });
    expect(queued.sort()).toEqual([['ingest', ANNOUNCED], ['prepare', RECEIVED]]);
    expect(result.requeued).toEqual(expect.arrayContaining([{ callId: ANNOUNCED, step: 'ingest' }, { callId: RECEIVED, step: 'prepare' }]));
    expect(result.indexed).toBe(2);
    // Without resume nothing is queued, and the announcement is no call in the index.
    expect((await reindex(blobs, index)).requeued).toEqual([]);
    expect((await index.list({ limit: 10 })).calls.map((c) => c.id)).not.toContain(ANNOUNCED);
  });

  it('never empties the list: every call stays listed while the rebuild runs, and only calls gone from the store leave at the end', async () => {
    await reindex(blobs, index);
    await index.upsert(indexDoc(1, { id: 'c_stale' }));
    const listedDuringRebuild: string[][] = [];
    const LIVE = 'c_eeeeeeeeeeeeeeeeeeeeeeee';
    const result = await reindex(blobs, index, {
      concurrency: 1,
      onProgress: () => {
        listedDuringRebuild.push([]);
        const slot = listedDuringRebuild.at(-1)!;
        pending.push(index.list({ limit: 10 }).then((page) => slot.push(...page.calls.map((c) => c.id).sort())));
        // An upload `serve` indexes while the rebuild runs (its key already passed by the listing).
        if (listedDuringRebuild.length === 1) pending.push(index.upsert(indexDoc(2, { id: LIVE })));
      },
    });
    await Promise.all(pending);
    expect(listedDuringRebuild.length).toBe(3);
    for (const listed of listedDuringRebuild) expect(listed).toEqual(expect.arrayContaining([REVIEWED, RECEIVED, 'c_stale'].sort()));
    expect(result.removed).toBe(1);
    expect((await index.list({ limit: 10 })).calls.map((c) => c.id).sort()).toEqual([LIVE, RECEIVED, REVIEWED].sort());
  });

  it('leaves every call listed when the rebuild stops half way', async () => {
    await reindex(blobs, index);
    await index.upsert(indexDoc(1, { id: 'c_stale' }));
    const failing: BlobStore = {
      ...blobs,
      async *list(prefix) {
        let n = 0;
        for await (const key of blobs.list!(prefix)) {
          if (key.endsWith('/call.json') && ++n === 2) throw retryable('STORE_UNAVAILABLE', 'the store stopped answering');
          yield key;
        }
      },
    };
    await expect(reindex(failing, index, { concurrency: 1 })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    // Nothing is removed before the store was read to the end: not even the call it no longer holds.
    expect((await index.list({ limit: 10 })).calls.map((c) => c.id).sort()).toEqual([REVIEWED, RECEIVED, 'c_stale'].sort());
  });

  it('with redactStored, first redacts numbers a transcript stored before redaction held, so the rebuilt row holds none either', async () => {
    const OLD = 'c_dddddddddddddddddddddddd';
    const said = 'sure, the card is 5555 5555 5555 4444 and that is all';
    await storeCall(blobs, syntheticCall(OLD, {}), { transcript: syntheticTranscript(said) });
    const lines: string[] = [];
    const result = await rebuildIndex(blobs, index, { stdout: (l) => lines.push(l) }, undefined, { redactStored: true });
    expect(result.redacted).toBe(1);
    expect(lines).toContain("reindex: 1 calls' stored transcripts had card numbers or national ids redacted");
    expect((await blobs.getBuffer(`calls/${OLD}/transcript.json`))!.toString('utf8')).not.toMatch(/5555|4444/);
    expect((await index.list({ limit: 10, q: '4444' })).calls).toEqual([]);
    expect((await index.list({ limit: 10, q: 'card' })).calls.map((c) => c.id)).toEqual([OLD]);
    // A second run finds nothing left to redact.
    expect((await rebuildIndex(blobs, index, { stdout: () => undefined }, undefined, { redactStored: true })).redacted).toBe(0);
  });

  it('refuses a store that cannot list its keys', async () => {
    const { list: _list, ...unlistable } = blobs;
    await expect(reindex(unlistable, index)).rejects.toMatchObject({ code: 'STORE_NOT_LISTABLE' });
    expect((await index.list({ limit: 10 })).calls.map((c) => c.id)).toEqual(['c_stale']);
  });
});
