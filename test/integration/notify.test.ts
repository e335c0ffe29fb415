import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { Queue } from 'bullmq';
import { pino } from 'pino';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { loadConfig } from '../../src/config/env.ts';
import type { Call } from '../../src/domain/call.ts';
import { startEmbeddedRedis, type EmbeddedRedis } from '../../src/embedded/redis-server.ts';
import { silentLogger, type Logger } from '../../src/logging/logger.ts';
import { notifyQueueName, startNotifications } from '../../src/notify/notifications.ts';
import { markErased } from '../../src/intake/erasure-mark.ts';
import { deleteCallObjects } from '../../src/retention/call-objects.ts';
import type { BlobStore } from '../../src/ports/blob-store.ts';
import type { CallIndex } from '../../src/ports/call-index.ts';
import { notifyCallChanged } from '../../src/pipeline/run-step.ts';
import { createIndexNotifier, indexQueueName } from '../../src/queues/index-queue.ts';
import { startReviewRuntime } from '../../src/runtime/review-runtime.ts';
import { closeServer, startFakeServer, type FakeReply, type RecordedRequest } from '../helpers/fakes/fake-server.ts';
import { storeCall, syntheticCall } from '../helpers/index-calls.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const SECRET = `whsec_${Buffer.from('callscribe-notify-test-key-0123').toString('base64')}`;
const PUBLIC = 'https://callscribe.example.com';
const SLACK_PATH = '/services/T0TEST/B0TEST/slackpathsecret';

/** A receiver of both kinds: `/hooks` (Standard Webhooks) and Slack's incoming-webhook path; answers are scripted per path. */
async function startReceiver() {
  const requests: (RecordedRequest & { raw: string })[] = [];
  const script: Record<string, number[]> = {};
  const { server, baseUrl } = await startFakeServer({
    requests: requests as RecordedRequest[],
    jsonContentType: 'application/json',
    crashed: (detail) => ({ status: 500, body: detail }),
    serve: async (_req, record, url, raw): Promise<FakeReply> => {
      Object.assign(record, { raw, body: JSON.parse(raw) as unknown });
      const status = script[url.pathname]?.shift() ?? 200;
      return { status, body: status === 200 ? 'ok' : `answer ${status}` };
    },
  });
  const at = (path: string) => requests.filter((r) => r.path === path);
  return {
    baseUrl,
    webhooks: () => at('/hooks'),
    slack: () => at(SLACK_PATH),
    answer: (path: string, ...statuses: number[]) => void (script[path] = statuses),
    close: () => closeServer(server),
  };
}
type Receiver = Awaited<ReturnType<typeof startReceiver>>;

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Until a queue has nothing waiting, running or scheduled for a retry. */
async function drained(queue: Queue): Promise<void> {
  await waitFor(`${queue.name} to drain`, async () => {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
    return Object.values(counts).every((n) => n === 0);
  });
}

const syncRun = (at: string) => ({ step: 'sync' as const, startedAt: at, finishedAt: at, durationMs: 0, attempt: 1, outcome: 'ok' as const, errorCode: null });
const pendingCrm = (kinds: string[]) => ({
  schemaVersion: 1, adapter: 'local', contact: null, deal: null, callLog: null, tasks: [], syncedAt: null, updatedAt: new Date().toISOString(),
  review: { decisions: kinds.map((kind, i) => ({ id: `d${i}`, kind, proposed: 'x', options: [], evidence: [], reason: 'r', state: 'pending', createdAt: new Date().toISOString() })), audit: [] },
});

/** A call as sync or a failed step leaves it, having just reached `status`. */
function arrivedCall(id: string, status: 'needs_review' | 'done' | 'failed', earlier: Call['steps'] = []): Call {
  const at = new Date().toISOString();
  return syntheticCall(id, {
    status,
    updatedAt: at,
    meta: { rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: 'Elena Novak', phone: '+442079460321', company: 'Brightline Foods' } },
    steps: [...earlier, syncRun(at)],
    error: status === 'failed' ? { code: 'HUBSPOT_CONTACT_NOT_FOUND', message: 'The contact is gone, so its phone was not changed to +44 20 7946 0321.', step: 'sync', retryable: false, at } : null,
  });
}

function verified(request: { raw: string; headers: Record<string, string> }) {
  return new Webhook(SECRET).verify(request.raw, request.headers) as { type: string; timestamp: string; data: Record<string, unknown> };
}

describe('notifications from the API process', () => {
  let redis: EmbeddedRedis;
  const cleanups: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    redis = await startEmbeddedRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  afterEach(async () => {
    for (const fn of cleanups.splice(0).reverse()) await fn();
  });

  /** A context per test: its own queues (prefix), store and receiver. */
  async function setup() {
    const prefix = `test-${randomUUID()}`;
    const temp = await makeTempDir();
    cleanups.push(temp.cleanup);
    const receiver = await startReceiver();
    cleanups.push(receiver.close);
    const blobs = createFsBlobStore(`${temp.dir}/store`);
    const env = { NOTIFY_WEBHOOK_URL: `${receiver.baseUrl}/hooks`, NOTIFY_WEBHOOK_SECRET: SECRET, NOTIFY_SLACK_WEBHOOK_URL: `${receiver.baseUrl}${SLACK_PATH}` };
    let processes = 0;
    /** One API process (its own index under its own DATA_DIR), sharing Redis and the store. */
    const apiProcess = async (logger: Logger = silentLogger, wrapIndex?: (index: CallIndex) => CallIndex) => {
      const config = loadConfig({ DATA_DIR: `${temp.dir}/api-${++processes}`, PUBLIC_BASE_URL: PUBLIC });
      const runtime = await startReviewRuntime({
        config, blobs, connection: redis.connection, prefix, crm: { getDeal: async () => null, getContact: async () => null }, logger, env,
        notify: { delivery: { attempts: 3, backoff: { baseMs: 50, maxMs: 200 }, timeoutMs: 5000 } },
        ...(wrapIndex ? { wrapIndex } : {}),
      });
      cleanups.push(runtime.close);
      return runtime;
    };
    const workers = createIndexNotifier(redis.connection, prefix);
    cleanups.push(workers.close);
    const notifyQueue = new Queue(notifyQueueName(prefix), { connection: redis.connection });
    const indexQueue = new Queue(indexQueueName(prefix), { connection: redis.connection });
    cleanups.push(() => notifyQueue.close(), () => indexQueue.close());
    return { blobs: blobs as BlobStore, receiver, apiProcess, workers, notifyQueue, indexQueue, prefix };
  }

  it('sends one signed event when a call reaches needs_review, done (after a decision) or failed, and Slack hears of the review with a link', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'debug' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const { blobs, receiver, apiProcess, workers } = await setup();
    await apiProcess(logger);
    const reviewed = 'c_aaaaaaaaaaaaaaaaaaaaaaaa';
    const broken = 'c_bbbbbbbbbbbbbbbbbbbbbbbb';

    // A worker's sync leaves a call awaiting review; another call fails. Workers report changes to the index queue.
    const awaiting = arrivedCall(reviewed, 'needs_review');
    await storeCall(blobs, awaiting, { crm: pendingCrm(['deal_stage', 'choose_contact']) });
    await workers.notify(reviewed);
    await storeCall(blobs, arrivedCall(broken, 'failed'));
    await workers.notify(broken);
    await waitFor('two events', () => receiver.webhooks().length >= 2);

    // A manager's decision runs sync again, which ends the call done.
    await new Promise((r) => setTimeout(r, 5));
    await storeCall(blobs, arrivedCall(reviewed, 'done', awaiting.steps), { crm: pendingCrm([]) });
    await workers.notify(reviewed);
    await waitFor('the done event', () => receiver.webhooks().length >= 3);

    const events = receiver.webhooks().map(verified);
    const byType = Object.fromEntries(events.map((e) => [e.type, e]));
    expect(Object.keys(byType).sort()).toEqual(['call.done', 'call.failed', 'call.needs_review']);
    expect(byType['call.needs_review']).toEqual({
      type: 'call.needs_review',
      timestamp: awaiting.updatedAt,
      data: {
        callId: reviewed, status: 'needs_review', url: `${PUBLIC}/calls/${reviewed}`, rep: 'priya@example.com',
        customer: { name: 'Elena Novak', company: 'Brightline Foods' }, review: { pending: 2 }, error: null,
      },
    });
    expect(byType['call.done']!.data).toMatchObject({ callId: reviewed, status: 'done', review: null, error: null });
    expect(byType['call.failed']!.data).toMatchObject({ callId: broken, status: 'failed', error: { code: 'HUBSPOT_CONTACT_NOT_FOUND', message: 'The contact is gone, so its phone was not changed to [REDACTED PHONE].' } });
    expect(new Set(receiver.webhooks().map((r) => r.headers['webhook-id'])).size).toBe(3);
    expect(receiver.webhooks().map((r) => r.raw).join('\n')).not.toContain('+44');

    await waitFor('the Slack message', () => receiver.slack().length >= 1);
    expect(receiver.slack()).toHaveLength(1);
    expect(receiver.slack()[0]!.body).toEqual({
      text: `Call by Priya Raman with Elena Novak (Brightline Foods) awaits review: 1 deal stage change, 1 contact to choose. <${PUBLIC}/calls/${reviewed}|Open the call>`,
    });
    const logged = lines.join('');
    expect(logged).toContain('notification delivered');
    expect(logged).not.toContain('slackpathsecret');
    expect(logged).not.toContain(receiver.baseUrl);
  });

  it('sends an arrival once, however often and by however many API processes it is observed', async () => {
    const { blobs, receiver, apiProcess, workers, notifyQueue, indexQueue } = await setup();
    const first = await apiProcess();
    const second = await apiProcess();
    const id = 'c_cccccccccccccccccccccccc';
    await storeCall(blobs, arrivedCall(id, 'needs_review'), { crm: pendingCrm(['deal_stage']) });
    // Both processes refresh their index from a review action's path, and the index queue delivers the change twice.
    await Promise.all([first.deps.reindexCall(id), second.deps.reindexCall(id), workers.notify(id), workers.notify(id)]);
    await drained(indexQueue);
    await drained(notifyQueue);
    // A later write that leaves the status alone is the same arrival.
    await storeCall(blobs, { ...arrivedCall(id, 'needs_review'), steps: (await blobs.getBuffer(`calls/${id}/call.json`).then((b) => JSON.parse(String(b)) as Call)).steps }, { crm: pendingCrm(['deal_stage']) });
    await second.deps.reindexCall(id);
    await drained(notifyQueue);

    expect(receiver.webhooks()).toHaveLength(1);
    expect(receiver.slack()).toHaveLength(1);
    expect(verified(receiver.webhooks()[0]!)).toMatchObject({ type: 'call.needs_review', data: { callId: id } });
  });

  /** The index as it is while its database is failing: `failures` upserts throw (every one when omitted), then it works again. */
  const failingUpserts = (failures = Infinity) => (index: CallIndex): CallIndex => ({
    ...index,
    upsert: async (doc) => {
      if (failures-- > 0) throw new Error('connection to the index database lost');
      return index.upsert(doc);
    },
  });

  it('announces a step\'s change whose index update failed in the single-process stack, and the index worker repairs the row', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const { blobs, receiver, apiProcess, indexQueue, notifyQueue } = await setup();
    const runtime = await apiProcess(logger, failingUpserts(1));
    const id = 'c_hhhhhhhhhhhhhhhhhhhhhhhh';
    await storeCall(blobs, arrivedCall(id, 'needs_review'), { crm: pendingCrm(['deal_stage']) });
    // What a step run by the single-process stack (`demo`) does once it saved call.json: its ports' onCallChanged is reindexCall.
    await notifyCallChanged({ logger, onCallChanged: runtime.deps.reindexCall }, id);
    await drained(indexQueue);
    await drained(notifyQueue);

    expect(receiver.webhooks().map((r) => verified(r))).toMatchObject([{ type: 'call.needs_review', data: { callId: id } }]);
    expect(receiver.slack()).toHaveLength(1);
    expect((await runtime.deps.index.list({ limit: 10 })).calls.map((c) => c.id)).toEqual([id]);
    expect(lines.join('')).toContain('could not update the call index; the index worker tries again');
  });

  it('announces a change whose index refresh failed every attempt: an index that stays down delays the event, never drops it', async () => {
    const { blobs, receiver, apiProcess, workers, indexQueue, notifyQueue } = await setup();
    const runtime = await apiProcess(silentLogger, failingUpserts());
    const id = 'c_iiiiiiiiiiiiiiiiiiiiiiii';
    await storeCall(blobs, arrivedCall(id, 'failed'));
    await workers.notify(id);
    await drained(indexQueue);
    await drained(notifyQueue);

    expect(await indexQueue.getJobCounts('failed')).toEqual({ failed: 1 });
    expect(receiver.webhooks().map((r) => verified(r))).toMatchObject([{ type: 'call.failed', data: { callId: id } }]);
    expect((await runtime.deps.index.list({ limit: 10 })).calls).toEqual([]);
  });

  it('delivers on a retry after a 503, with the same webhook-id and body', async () => {
    const { blobs, receiver, apiProcess, workers } = await setup();
    await apiProcess();
    receiver.answer('/hooks', 503);
    const id = 'c_dddddddddddddddddddddddd';
    await storeCall(blobs, arrivedCall(id, 'done'));
    await workers.notify(id);
    await waitFor('the retry to succeed', () => receiver.webhooks().some((r) => r.status === 200));

    const [refused, delivered] = receiver.webhooks();
    expect(receiver.webhooks()).toHaveLength(2);
    expect(refused!.status).toBe(503);
    expect(delivered!.headers['webhook-id']).toBe(refused!.headers['webhook-id']);
    expect(delivered!.raw).toBe(refused!.raw);
    expect(verified(delivered!)).toMatchObject({ type: 'call.done', data: { callId: id } });
  });

  it('sends nothing for a call deleted while its delivery waited for a retry, and says so in the log', async () => {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const { blobs, receiver, notifyQueue, prefix } = await setup();
    const notifications = startNotifications({
      config: { webhook: { url: `${receiver.baseUrl}/hooks`, secret: SECRET }, slack: null, publicBaseUrl: PUBLIC },
      connection: redis.connection, prefix, blobs, logger,
      delivery: { attempts: 3, backoff: { baseMs: 1000, maxMs: 1000 }, timeoutMs: 5000 },
    });
    cleanups.push(() => notifications.close());
    receiver.answer('/hooks', 503);
    const id = 'c_gggggggggggggggggggggggg';
    await storeCall(blobs, arrivedCall(id, 'done'));
    await notifications.observe(id);
    await waitFor('the 503', () => receiver.webhooks().length >= 1);
    // Retention deletes the call before the retry (an erasure would also have removed the queued job).
    await deleteCallObjects(blobs, id, null, { reason: 'retention', at: new Date().toISOString() });
    await waitFor('the retry to be handled', async () => ((await notifyQueue.getJobCounts('completed')).completed ?? 0) >= 1);

    expect(receiver.webhooks()).toHaveLength(1);
    expect(lines.join('')).toContain('notification not sent: the call was erased or deleted');
  });

  /** Notifications alone (no index), on `blobs`, with a logger whose lines the test reads. */
  function notificationsOn(ctx: Awaited<ReturnType<typeof setup>>, blobs: BlobStore) {
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) }));
    const notifications = startNotifications({
      config: { webhook: { url: `${ctx.receiver.baseUrl}/hooks`, secret: SECRET }, slack: null, publicBaseUrl: PUBLIC },
      connection: redis.connection, prefix: ctx.prefix, blobs, logger,
      delivery: { attempts: 3, backoff: { baseMs: 50, maxMs: 200 }, timeoutMs: 5000 },
    });
    cleanups.push(() => notifications.close());
    return { notifications, lines };
  }

  it('sends nothing when the call is erased after the delivery first found it there, before its request', async () => {
    const ctx = await setup();
    const id = 'c_jjjjjjjjjjjjjjjjjjjjjjjj';
    // The erasure runs, start to end, while the delivery is between its look at call.json and whatever follows.
    let erasures = 0;
    const erasedMeanwhile: BlobStore = {
      ...ctx.blobs,
      head: async (key) => {
        const found = await ctx.blobs.head(key);
        if (key === `calls/${id}/call.json` && found && erasures++ === 0) await deleteCallObjects(ctx.blobs, id, null, { reason: 'erased', at: new Date().toISOString() });
        return found;
      },
    };
    const { notifications, lines } = notificationsOn(ctx, erasedMeanwhile);
    await storeCall(ctx.blobs, arrivedCall(id, 'needs_review'), { crm: pendingCrm(['deal_stage']) });
    await notifications.observe(id);
    await drained(ctx.notifyQueue);

    expect(erasures).toBeGreaterThan(0);
    expect(ctx.receiver.webhooks()).toEqual([]);
    expect(lines.join('')).toContain('notification not sent: the call was erased or deleted');
  });

  it('sends nothing when the call is erased before its request by a process whose clock runs an hour behind the worker that announced it', async () => {
    const ctx = await setup();
    const id = 'c_mmmmmmmmmmmmmmmmmmmmmmmm';
    let erasures = 0;
    const erasedMeanwhile: BlobStore = {
      ...ctx.blobs,
      head: async (key) => {
        const found = await ctx.blobs.head(key);
        // The erasure's mark is stamped an hour before the call reached its status, by the eraser's clock.
        if (key === `calls/${id}/call.json` && found && erasures++ === 0) await deleteCallObjects(ctx.blobs, id, null, { reason: 'erased', at: new Date(Date.now() - 3600_000).toISOString() });
        return found;
      },
    };
    const { notifications, lines } = notificationsOn(ctx, erasedMeanwhile);
    await storeCall(ctx.blobs, arrivedCall(id, 'done'));
    await notifications.observe(id);
    await drained(ctx.notifyQueue);

    expect(erasures).toBeGreaterThan(0);
    expect(ctx.receiver.webhooks()).toEqual([]);
    expect(lines.join('')).toContain('notification not sent: the call was erased or deleted');
  });

  it('announces a recording uploaded again after its call was erased: a mark of the earlier call stops nothing, whatever clock stamped it', async () => {
    const ctx = await setup();
    const id = 'c_kkkkkkkkkkkkkkkkkkkkkkkk';
    const legacy = 'c_llllllllllllllllllllllll';
    // Stamped by a process whose clock runs an hour ahead: its time is later than the new call's arrival.
    await markErased(ctx.blobs, { callId: id, reason: 'erased', at: new Date(Date.now() + 3600_000).toISOString(), callCreatedAt: '2026-01-05T09:00:00.000Z' });
    // A mark written before marks named the call they deleted.
    await markErased(ctx.blobs, { callId: legacy, reason: 'retention', at: new Date(Date.now() - 3600_000).toISOString() });
    const { notifications } = notificationsOn(ctx, ctx.blobs);
    for (const callId of [id, legacy]) {
      await storeCall(ctx.blobs, arrivedCall(callId, 'done'));
      await notifications.observe(callId);
    }
    await drained(ctx.notifyQueue);

    const announced = ctx.receiver.webhooks().map((r) => verified(r));
    expect(announced.map((e) => e.data.callId).sort()).toEqual([id, legacy].sort());
    expect(announced.every((e) => e.type === 'call.done')).toBe(true);
  });

  it('stops for good on 410 Gone: no retry of that event, nothing more to that receiver', async () => {
    const { blobs, receiver, apiProcess, workers, notifyQueue } = await setup();
    await apiProcess();
    receiver.answer('/hooks', 410, 200, 200);
    const gone = 'c_eeeeeeeeeeeeeeeeeeeeeeee';
    await storeCall(blobs, arrivedCall(gone, 'done'));
    await workers.notify(gone);
    await waitFor('the 410', () => receiver.webhooks().length >= 1);
    await drained(notifyQueue);
    const later = 'c_ffffffffffffffffffffffff';
    await storeCall(blobs, arrivedCall(later, 'failed'));
    await workers.notify(later);
    await waitFor('the later event to be handled', async () => ((await notifyQueue.getJobCounts('completed')).completed ?? 0) >= 1);
    await drained(notifyQueue);

    expect(receiver.webhooks().map((r) => r.status)).toEqual([410]);
    expect(await notifyQueue.getJobCounts('failed')).toEqual({ failed: 1 });
  });
});
