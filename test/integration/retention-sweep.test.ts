import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openPgliteIndex } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import { createS3BlobStore, type S3BlobStore } from '../../src/adapters/storage/s3/s3.blob-store.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { startEmbeddedS3, type EmbeddedS3 } from '../../src/embedded/s3-server.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { findCall, updateCall } from '../../src/pipeline/call-record.ts';
import { memoryCallLocks } from '../../src/review/call-lock.ts';
import type { CallIndex } from '../../src/ports/call-index.ts';
import { erasureOf } from '../../src/intake/erasure-mark.ts';
import { saveSource } from '../../src/intake/source-record.ts';
import { startNotifications } from '../../src/notify/notifications.ts';
import { refreshIndex } from '../../src/queues/index-queue.ts';
import { createStepQueues } from '../../src/queues/step-queues.ts';
import { sweepRetention, type SweepPorts } from '../../src/retention/sweep.ts';
import { keysOf, storeFullCall, testCallId } from '../helpers/stored-calls.ts';
import { capturedLogger } from '../helpers/captured-logger.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const NOW = new Date('2026-12-01T12:00:00.000Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 24 * 3600 * 1000).toISOString();

describe('retention sweep (embedded S3, PGlite index)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  let s3: EmbeddedS3;
  let redis: EmbeddedRedis;
  let blobs: S3BlobStore;
  let index: CallIndex;
  let ports: SweepPorts;

  beforeAll(async () => {
    temp = await makeTempDir();
    [s3, redis] = await Promise.all([startEmbeddedS3(join(temp.dir, 's3'), []), startEmbeddedRedis()]);
  });
  afterAll(async () => {
    await s3?.stop();
    await redis?.stop();
    await temp.cleanup();
  });
  beforeEach(async () => {
    blobs = createS3BlobStore({ endpoint: s3.endpoint, region: 'us-east-1', bucket: `retention-${randomUUID()}`, forcePathStyle: true, credentials: s3.credentials });
    await blobs.ensureBucket();
    index = await openPgliteIndex(null);
    // No notification is sent in these tests unless one says so.
    ports = { blobs, clock: () => NOW, logger: silentLogger, onCallChanged: (id) => refreshIndex(blobs, index, id), waitForDeliveries: async () => true };
  });
  afterEach(async () => {
    await index.close();
  });

  /** Stores the call and indexes it, as the pipeline would have. */
  const stored = async (n: number, createdDaysAgo: number, status: 'done' | 'needs_review' | 'failed' | 'transcribing' = 'done') => {
    const c = await storeFullCall(blobs, testCallId(n), { createdAt: daysAgo(createdDaysAgo), status });
    await refreshIndex(blobs, index, c.call.id);
    return c;
  };
  const indexed = async () => (await index.list({ limit: 100 })).calls.map((c) => c.id).sort();

  it('deletes old audio (keeping transcript, insights and the row), deletes old calls whole, and leaves young and in-progress calls alone', async () => {
    const oldAudio = await stored(1, 45, 'needs_review');
    const oldCall = await stored(2, 400);
    const young = await stored(3, 5);
    const busy = await stored(4, 500, 'transcribing');
    const failedOld = await stored(5, 40, 'failed');

    const report = await sweepRetention({ audioDays: 30, callDays: 365 }, ports, { pageSize: 2 });

    expect(report.audioRemoved.sort()).toEqual([oldAudio.call.id, failedOld.call.id].sort());
    expect(report.callsDeleted).toEqual([oldCall.call.id]);
    expect(report.inProgress).toBe(1);
    expect(report.failed).toBe(0);

    // Old audio: every audio object gone, every text artifact kept, and the record says when and why.
    expect(await keysOf(blobs, oldAudio.call.id)).toEqual([...oldAudio.text].sort());
    expect((await findCall(blobs, oldAudio.call.id))!.audioRemoved).toEqual({ at: NOW.toISOString(), reason: 'retention' });
    // Old call: nothing left, and out of the index; a mark (no personal data) keeps a replayed delivery from bringing it back.
    expect(await keysOf(blobs, oldCall.call.id)).toEqual([]);
    // It also names, by kind and id, the CRM records the call wrote, which stay in the CRM.
    const crmRemaining = {
      adapter: 'local',
      records: [{ kind: 'contact', id: 'ct-1' }, { kind: 'call_log', id: 'log-1' }, { kind: 'task', id: 'task-1' }, { kind: 'deal', id: 'deal-1' }],
    };
    expect(await erasureOf(blobs, oldCall.call.id)).toEqual({ callId: oldCall.call.id, reason: 'retention', at: NOW.toISOString(), callCreatedAt: oldCall.call.createdAt, crmRemaining });
    expect(await erasureOf(blobs, oldAudio.call.id)).toBeNull();
    // Young and in-progress calls: untouched.
    for (const c of [young, busy]) {
      expect(await keysOf(blobs, c.call.id)).toEqual([...c.audio, ...c.text].sort());
      expect((await findCall(blobs, c.call.id))!.audioRemoved).toBeUndefined();
    }
    expect(await indexed()).toEqual([oldAudio, young, busy, failedOld].map((c) => c.call.id).sort());

    // A second sweep finds nothing more to do.
    const again = await sweepRetention({ audioDays: 30, callDays: 365 }, ports);
    expect(again).toMatchObject({ audioRemoved: [], callsDeleted: [], objectsDeleted: 0, inProgress: 1 });
  });

  it("logs each call deleted whole with the CRM records it left (kinds and ids, nothing personal); a call that wrote nothing to the CRM names none, nor does one whose crm.json is damaged (it is still deleted, with a warning)", async () => {
    const { logger, lines } = capturedLogger('info');
    const wrote = await stored(6, 400);
    const none = await stored(7, 400);
    await blobs.delete(`calls/${none.call.id}/crm.json`);
    const damaged = await stored(8, 400);
    await blobs.put(`calls/${damaged.call.id}/crm.json`, '{"adapter":1}');
    await sweepRetention({ audioDays: null, callDays: 365 }, { ...ports, logger });

    const deleted = (id: string) => lines.find((l) => l.callId === id && String(l.msg).startsWith('call deleted'));
    expect(deleted(wrote.call.id)).toMatchObject({
      crmRemaining: { adapter: 'local', records: [{ kind: 'contact', id: 'ct-1' }, { kind: 'call_log', id: 'log-1' }, { kind: 'task', id: 'task-1' }, { kind: 'deal', id: 'deal-1' }] },
    });
    expect(JSON.stringify(deleted(wrote.call.id))).not.toContain('Send the contract');
    expect(deleted(none.call.id)).toMatchObject({ crmRemaining: null });
    expect((await erasureOf(blobs, none.call.id))?.crmRemaining).toBeUndefined();
    expect(deleted(damaged.call.id)).toMatchObject({ crmRemaining: null });
    expect(lines.find((l) => l.callId === damaged.call.id && l.level === 40)).toMatchObject({ code: 'SCHEMA_INVALID', msg: expect.stringMatching(/crm\.json could not be read/) });
    expect(await keysOf(blobs, damaged.call.id)).toEqual([]);
  });

  it('keeps a call still not settled a day past RETENTION_CALL_DAYS and reports it (id, status, dates; nothing personal); one just past it is only in progress', async () => {
    const { logger, lines } = capturedLogger('info');
    const stuck = await stored(9, 400, 'transcribing');
    await updateCall(blobs, stuck.call.id, (c) => {
      c.status = 'syncing';
    }, new Date(daysAgo(390)));
    const late = await stored(10, 365.5, 'transcribing');

    const report = await sweepRetention({ audioDays: null, callDays: 365 }, { ...ports, logger });

    expect(report).toMatchObject({ callsDeleted: [], inProgress: 2, stuck: [stuck.call.id] });
    const warned = lines.filter((l) => l.level === 40);
    expect(warned).toEqual([expect.objectContaining({ callId: stuck.call.id, status: 'syncing', createdAt: daysAgo(400), updatedAt: daysAgo(390), msg: expect.stringMatching(/still not settled/) })]);
    expect(lines.find((l) => l.msg === 'retention sweep finished')).toMatchObject({ stuck: 1, inProgress: 2 });
    for (const c of [stuck, late]) expect(await keysOf(blobs, c.call.id)).toEqual([...c.audio, ...c.text].sort());
  });

  it('deletes what an ingest left without a record once it has been so for a day; a record that turns up, or an announced call, keeps its objects', async () => {
    const orphan = testCallId(41);
    const late = testCallId(42);
    const announced = testCallId(43);
    for (const id of [orphan, late]) {
      await blobs.put(`calls/${id}/original.wav`, Buffer.from('RIFF....WAVE'));
      await blobs.put(`calls/${id}/provided-transcript.vtt`, Buffer.from('WEBVTT'));
    }
    await saveSource(blobs, announced, { kind: 'storage', key: 'inbox/x.wav', bytes: 12, meta: {}, receivedAt: daysAgo(5) });
    const at = (days: number) => ({ ...ports, clock: () => new Date(NOW.getTime() + days * 24 * 3600 * 1000) });

    // First seen now: kept, with a note of when.
    expect((await sweepRetention({ audioDays: 30, callDays: null }, ports)).orphansDeleted).toEqual([]);
    expect(await keysOf(blobs, orphan)).toEqual([`calls/${orphan}/original.wav`, `calls/${orphan}/orphan-seen.json`, `calls/${orphan}/provided-transcript.vtt`]);
    // Its record turns up (the ingest finished after all): the note goes, the objects stay.
    await storeFullCall(blobs, late, { createdAt: NOW.toISOString() });
    expect((await sweepRetention({ audioDays: 30, callDays: null }, at(0.5))).orphansDeleted).toEqual([]);
    // A day on, what still has no record goes, note last; the rest is as it was.
    const { logger, lines } = capturedLogger('info');
    const report = await sweepRetention({ audioDays: 30, callDays: null }, { ...at(1.5), logger });
    expect(report.orphansDeleted).toEqual([orphan]);
    expect(await keysOf(blobs, orphan)).toEqual([]);
    expect(await keysOf(blobs, late)).toContain(`calls/${late}/call.json`);
    expect(await keysOf(blobs, late)).not.toContain(`calls/${late}/orphan-seen.json`);
    expect(await keysOf(blobs, announced)).toEqual([`calls/${announced}/source.json`]);
    expect(lines.some((l) => l.callId === orphan && /no record deleted/.test(String(l.msg)))).toBe(true);
  });

  it('keeps the note of an orphan until the rest of it is deleted, so a deletion cut short is finished by the next sweep', async () => {
    const orphan = testCallId(44);
    await blobs.put(`calls/${orphan}/original.wav`, Buffer.from('RIFF....WAVE'));
    await blobs.put(`calls/${orphan}/transcript.provided.vtt`, Buffer.from('WEBVTT'));
    const at = (days: number) => ({ ...ports, clock: () => new Date(NOW.getTime() + days * 24 * 3600 * 1000) });
    await sweepRetention({ audioDays: 30, callDays: null }, ports);
    // The store refuses to delete the recording once: every deletion started is let finish before looking.
    const started: Promise<void>[] = [];
    let refuse = true;
    const refusing = {
      ...blobs,
      delete: (key: string) => {
        const done = refuse && key.endsWith('/original.wav') ? Promise.reject(new Error('storage refused')) : blobs.delete(key);
        if (key.endsWith('/original.wav')) refuse = false;
        started.push(done.catch(() => undefined));
        return done;
      },
    };
    const cut = await sweepRetention({ audioDays: 30, callDays: null }, { ...at(1.5), blobs: refusing });
    await Promise.all(started);
    expect(cut.failed).toBe(1);
    expect(await keysOf(blobs, orphan)).toContain(`calls/${orphan}/orphan-seen.json`);
    // The next sweep, the same day, finishes it.
    expect((await sweepRetention({ audioDays: 30, callDays: null }, { ...at(1.6), blobs: refusing })).orphansDeleted).toEqual([orphan]);
    expect(await keysOf(blobs, orphan)).toEqual([]);
  });

  it('deletes the recording a failed ingest left in uploads/ (named by its call.json), once', async () => {
    const { call } = await stored(13, 90, 'failed');
    for await (const key of blobs.list!(`calls/${call.id}/`)) if (key !== `calls/${call.id}/call.json`) await blobs.delete(key);
    const upload = `uploads/${randomUUID()}`;
    await blobs.put(upload, Buffer.from('RIFF'));
    await blobs.put(`calls/${call.id}/call.json`, Buffer.from(JSON.stringify({ ...call, audio: null, recording: { ...call.recording!, key: upload } })));

    const report = await sweepRetention({ audioDays: 30, callDays: null }, ports);
    expect(report.audioRemoved).toEqual([call.id]);
    expect(await blobs.head(upload)).toBeNull();
    expect((await findCall(blobs, call.id))?.audioRemoved).toMatchObject({ reason: 'retention' });
    expect(await sweepRetention({ audioDays: 30, callDays: null }, ports)).toMatchObject({ calls: 0, audioRemoved: [] });
  });

  it('deletes the inbox object of a storage event whose recording was never copied (its event named the size), and only that object', async () => {
    const { call } = await stored(15, 90, 'failed');
    const { call: renamed } = await stored(16, 90, 'failed');
    for (const c of [call, renamed]) {
      for await (const key of blobs.list!(`calls/${c.id}/`)) if (key !== `calls/${c.id}/call.json`) await blobs.delete(key);
      await blobs.put(`calls/${c.id}/call.json`, Buffer.from(JSON.stringify({ ...c, audio: null, recording: null })));
    }
    await saveSource(blobs, call.id, { kind: 'storage', key: 'inbox/too-long.wav', bytes: 4, meta: {}, receivedAt: daysAgo(90) });
    await blobs.put('inbox/too-long.wav', Buffer.from('RIFF'));
    await blobs.put('inbox/too-long.meta.json', Buffer.from('{}'));
    // Another recording dropped since under the name the second call's event gave: not that call's to delete.
    await saveSource(blobs, renamed.id, { kind: 'storage', key: 'inbox/reused.wav', bytes: 4, meta: {}, receivedAt: daysAgo(90) });
    await blobs.put('inbox/reused.wav', Buffer.from('a newer recording under the same name'));

    const report = await sweepRetention({ audioDays: 30, callDays: null }, ports);
    expect(report.audioRemoved).toEqual([call.id]);
    expect(await blobs.head('inbox/too-long.wav')).toBeNull();
    expect(await blobs.head('inbox/too-long.meta.json')).toBeNull();
    expect(await blobs.head('inbox/reused.wav')).not.toBeNull();
    expect((await findCall(blobs, renamed.id))?.audioRemoved).toBeUndefined();
    expect(await sweepRetention({ audioDays: 30, callDays: null }, ports)).toMatchObject({ calls: 0, audioRemoved: [] });
  });

  it('under the review locks, a call a manager retries while the sweep reaches it is read again and left alone', async () => {
    const { call, audio } = await stored(14, 400);
    const locks = memoryCallLocks();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    // A retry holds the call's lock, and moves it back into the pipeline before letting go.
    const retry = locks.withLock(call.id, async () => {
      await held;
      await updateCall(blobs, call.id, (c) => void (c.status = 'preparing'), NOW);
    });
    const sweep = sweepRetention({ audioDays: 30, callDays: 365 }, { ...ports, locks });
    await new Promise((r) => setTimeout(r, 300)); // the sweep has read the call as done and waits for the lock
    release();
    await retry;
    const report = await sweep;
    expect(report).toMatchObject({ callsDeleted: [], audioRemoved: [], inProgress: 1 });
    expect(await keysOf(blobs, call.id)).toEqual(expect.arrayContaining(audio));
  });

  it('with only RETENTION_CALL_DAYS keeps audio of calls younger than that; unset keeps everything', async () => {
    const a = await stored(11, 45);
    const b = await stored(12, 400);
    expect(await sweepRetention({ audioDays: null, callDays: null }, ports)).toMatchObject({ calls: 0, objectsDeleted: 0 });
    const report = await sweepRetention({ audioDays: null, callDays: 365 }, ports);
    expect(report.callsDeleted).toEqual([b.call.id]);
    expect(report.audioRemoved).toEqual([]);
    expect(await keysOf(blobs, a.call.id)).toEqual([...a.audio, ...a.text].sort());
    expect(await keysOf(blobs, b.call.id)).toEqual([]);
  });

  it('deletes a call whole only once a notification of it already being sent has ended, as an erasure does: nothing of the call goes out after', async () => {
    // The call reached its status just now (so it is announced), but was received long enough ago to be deleted.
    const { call } = await storeFullCall(blobs, testCallId(17), { createdAt: daysAgo(400), updatedAt: new Date().toISOString(), steps: [], meta: { rep: { email: 'priya@example.com' } } });
    const prefix = `test-${randomUUID()}`;
    const queues = createStepQueues({ connection: redis.connection, prefix, attempts: 1 });
    const order: string[] = [];
    let requestStarted!: () => void;
    const started = new Promise<void>((r) => (requestStarted = r));
    let endRequest!: () => void;
    const held = new Promise<void>((r) => (endRequest = r));
    const notifications = startNotifications({
      config: { webhook: { url: 'https://hooks.example.com/in', secret: `whsec_${Buffer.from('retention-test-key-0123456789ab').toString('base64')}` }, slack: null, publicBaseUrl: 'https://callscribe.example.com' },
      connection: redis.connection, prefix, blobs, logger: silentLogger,
      // The delivery has looked at the call and its request is on its way, until the test lets it end.
      fetch: async (_url, init) => (requestStarted(), await held, order.push(`sent ${String(init?.body).includes('priya@example.com') ? 'with' : 'without'} the rep`), new Response('ok')),
      delivery: { attempts: 1, backoff: { baseMs: 60_000, maxMs: 60_000 }, timeoutMs: 5000 },
    });
    let sweepWaits!: () => void;
    const waiting = new Promise<void>((r) => (sweepWaits = r));
    try {
      await notifications.observe(call.id);
      await started;

      const sweeping = sweepRetention({ audioDays: null, callDays: 365 }, {
        ...ports,
        onCallChanged: async (id) => void order.push(`deleted ${id === call.id ? 'the call' : id}`),
        waitForDeliveries: (id) => (sweepWaits(), queues.waitForDeliveries(id, 30_000)),
      });
      // The request ends once the sweep waits for it, or once the sweep finished without waiting.
      await Promise.race([waiting, sweeping]);
      endRequest();

      expect((await sweeping).callsDeleted).toEqual([call.id]);
      expect(order).toEqual(['sent with the rep', 'deleted the call']);
      expect(await keysOf(blobs, call.id)).toEqual([]);
    } finally {
      await notifications.close();
      await queues.close();
    }
  });
});
