import { PGlite } from '@electric-sql/pglite';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { openPgliteIndex, pgliteIndexOn } from '../../src/adapters/index/postgres/pglite.call-index.ts';
import { openPostgresIndex } from '../../src/adapters/index/postgres/pg-pool.call-index.ts';
import type { PostgresCallIndex } from '../../src/adapters/index/postgres/postgres.call-index.ts';
import { SEARCH_VERSION } from '../../src/adapters/index/postgres/postgres.schema.ts';
import { AppError } from '../../src/errors/app-error.ts';
import type { CallIndex, CallIndexDocument, CallListQuery } from '../../src/ports/call-index.ts';
import { emptyWorkCounts } from '../../src/domain/time-saved.ts';
import { indexDoc, listItemOf } from '../helpers/index-documents.ts';
import { startPostgresServer, type PostgresServer } from '../helpers/postgres-server.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

interface OpenOptions {
  searchCandidates?: number;
  totalCounted?: number;
}

/** One backend: a fresh, empty index per test (`open`), and the same index opened a second time (`reopen`). */
interface Backend {
  start(): Promise<void>;
  open(opts?: OpenOptions): Promise<PostgresCallIndex>;
  /** One statement against what `open` made; `{calls}` stands for its table. */
  sql<R>(text: string): Promise<R[]>;
  reopen(): Promise<PostgresCallIndex>;
  /** What `open` made, opened a second time (as a service started again on the same database does). */
  openSame(): Promise<PostgresCallIndex>;
  /** Drops what `open` made. */
  cleanup(): Promise<void>;
  stop(): Promise<void>;
}

/** One in-memory PGlite per suite (it takes seconds to start), a fresh schema in it per test. */
function pgliteBackend(): Backend {
  let db: PGlite;
  let schema: string | null = null;
  let temp: Awaited<ReturnType<typeof makeTempDir>> | null = null;
  return {
    start: async () => {
      db = await PGlite.create();
    },
    open: (opts = {}) => pgliteIndexOn(db, { ...opts, schema: (schema = `t_${randomUUID().replaceAll('-', '')}`) }),
    openSame: () => pgliteIndexOn(db, { schema: schema! }),
    sql: async <R>(text: string) => (await db.query<R>(text.replaceAll('{calls}', `"${schema}".call_index`))).rows,
    // Reopening goes through openPgliteIndex on a directory, as the service does.
    reopen: async () => {
      temp ??= await makeTempDir('callscribe-pglite-');
      return openPgliteIndex(temp.dir);
    },
    cleanup: async () => {
      if (schema) await db.exec(`DROP SCHEMA "${schema}" CASCADE`);
      schema = null;
      await temp?.cleanup();
      temp = null;
    },
    stop: () => db.close(),
  };
}

function serverBackend(): Backend {
  let server: PostgresServer;
  let url: string | null = null;
  const database = async () => (url ??= await server.createDatabase());
  return {
    start: async () => {
      server = await startPostgresServer();
    },
    open: async (opts = {}) => openPostgresIndex(await database(), opts),
    sql: async <R>(text: string) => {
      const client = new pg.Client({ connectionString: await database() });
      await client.connect();
      try {
        return (await client.query(text.replaceAll('{calls}', 'public.call_index'))).rows as R[];
      } finally {
        await client.end();
      }
    },
    reopen: async () => openPostgresIndex(await database()),
    openSame: async () => openPostgresIndex(await database()),
    cleanup: async () => {
      if (url) await server.dropDatabase(url);
      url = null;
    },
    stop: () => server.stop(),
  };
}

const backends: Record<string, () => Backend> = { pglite: pgliteBackend, postgres: serverBackend };

const ids = (page: { calls: { id: string }[] }) => page.calls.map((c) => c.id);

/** Every page of a list, following `nextCursor`. */
async function allPages(index: CallIndex, query: Omit<CallListQuery, 'cursor'>): Promise<{ ids: string[]; pages: number }> {
  const seen: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await index.list({ ...query, ...(cursor ? { cursor } : {}) });
    expect(page.calls.length).toBeLessThanOrEqual(query.limit);
    seen.push(...ids(page));
    cursor = page.nextCursor ?? undefined;
    pages++;
  } while (cursor && pages < 1000);
  return { ids: seen, pages };
}

async function expectAppError(work: Promise<unknown>, code: string): Promise<void> {
  const err = await work.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  expect((err as AppError).retryable).toBe(false);
}

for (const [name, makeBackend] of Object.entries(backends)) {
  describe(`CallIndex contract: ${name}`, () => {
    const backend = makeBackend();
    let index: PostgresCallIndex;
    const put = (docs: CallIndexDocument[]) => index.upsertMany(docs);
    /** Replaces this test's index with one ranking at most `searchCandidates` matches. */
    const reopenWith = async (opts: OpenOptions) => {
      await index.close();
      await backend.cleanup();
      index = await backend.open(opts);
    };

    beforeAll(() => backend.start());
    afterAll(() => backend.stop());
    beforeEach(async () => {
      index = await backend.open();
    });
    afterEach(async () => {
      await index.close();
      await backend.cleanup();
    });

    it('lists newest first (startedAt, else receivedAt; then id), without transcript, updatedAt or uploader', async () => {
      const a = indexDoc(1, { startedAt: '2026-12-01T10:00:00.000Z' });
      const b = indexDoc(2);
      const c = indexDoc(3, { startedAt: '2026-10-01T10:00:00.000Z', uploadedBy: 'sam@example.com' });
      const d = indexDoc(4, { receivedAt: b.receivedAt }); // same instant as b: the larger id first
      await put([a, b, c, d]);
      const page = await index.list({ limit: 10 });
      expect(ids(page)).toEqual([a.id, d.id, b.id, c.id]);
      expect(page.calls[0]).toEqual(listItemOf(a));
      expect(page.calls.find((x) => x.id === c.id)).toEqual(listItemOf(c));
      expect(page.nextCursor).toBeNull();
    });

    it('keeps a null rep, customer, duration and summary null', async () => {
      const bare = indexDoc(1, { rep: null, customer: null, durationSec: null, summary: null, transcriptText: null, proposedStage: null });
      await index.upsert(bare);
      expect((await index.list({ limit: 5 })).calls).toEqual([listItemOf(bare)]);
    });

    it('filters by status, pending review, rep (case-insensitive) and an inclusive date range, alone and combined', async () => {
      const docs = [
        indexDoc(1, { status: 'needs_review', pendingDecisions: 2 }),
        indexDoc(2, { status: 'done' }),
        indexDoc(3, { status: 'needs_review', pendingDecisions: 1, rep: { name: 'Sam', email: 'Sam@Example.com' } }),
        indexDoc(4, { status: 'failed', rep: { name: 'Sam', email: 'sam@example.com' } }),
        indexDoc(5, { status: 'done', pendingDecisions: 1, rep: null }),
      ];
      await put(docs);
      const idOf = (n: number) => docs[n - 1]!.id;
      const list = async (q: Omit<CallListQuery, 'limit'>) => ids(await index.list({ limit: 50, ...q }));
      expect(await list({ status: 'needs_review' })).toEqual([idOf(3), idOf(1)]);
      expect(await list({ reviewPending: true })).toEqual([idOf(5), idOf(3), idOf(1)]);
      expect(await list({ reviewPending: false })).toHaveLength(5);
      expect(await list({ rep: 'SAM@example.COM' })).toEqual([idOf(4), idOf(3)]);
      expect(await list({ from: docs[1]!.receivedAt, to: docs[3]!.receivedAt })).toEqual([idOf(4), idOf(3), idOf(2)]);
      expect(await list({ from: docs[3]!.receivedAt })).toEqual([idOf(5), idOf(4)]);
      expect(await list({ to: docs[0]!.receivedAt })).toEqual([idOf(1)]);
      expect(await list({ status: 'needs_review', rep: 'sam@example.com' })).toEqual([idOf(3)]);
      expect(await list({ reviewPending: true, rep: 'priya@example.com' })).toEqual([idOf(1)]);
      expect(await list({ reviewPending: true, from: docs[2]!.receivedAt, to: docs[3]!.receivedAt })).toEqual([idOf(3)]);
      expect(await list({ status: 'done', reviewPending: true, rep: 'priya@example.com' })).toEqual([]);
    });

    it('counts every call the filters match, the same on every page, within what the reader may see', async () => {
      const docs = Array.from({ length: 7 }, (_, i) =>
        indexDoc(i, { status: i < 5 ? 'done' : 'failed', rep: i % 2 ? { name: 'Sam', email: 'sam@example.com' } : { name: 'Priya', email: 'priya@example.com' }, summary: i < 3 ? 'pricing talk' : 'other' }),
      );
      await put(docs);
      const first = await index.list({ limit: 2, status: 'done' });
      const second = await index.list({ limit: 2, status: 'done', cursor: first.nextCursor! });
      expect([first.total, second.total, first.calls.length]).toEqual([5, 5, 2]);
      expect((await index.list({ limit: 50 })).total).toBe(7);
      expect((await index.list({ limit: 50, rep: 'sam@example.com', status: 'done' })).total).toBe(2);
      expect((await index.list({ limit: 1, visibleTo: ['sam@example.com'] })).total).toBe(3);
      expect((await index.list({ limit: 1, q: 'pricing' })).total).toBe(3);
      expect((await index.list({ limit: 1, q: 'pricing', visibleTo: ['sam@example.com'] })).total).toBe(1);
      expect((await index.list({ limit: 5, status: 'needs_review' })).total).toBe(0);
      expect((await index.list({ limit: 5 }))).not.toHaveProperty('totalLimited');
      // Past the bound, the count stops there and says so.
      await reopenWith({ totalCounted: 4 });
      await put(docs);
      expect(await index.list({ limit: 2 })).toMatchObject({ total: 4, totalLimited: true });
      expect(await index.list({ limit: 2, status: 'done' })).toMatchObject({ total: 4, totalLimited: true });
      expect(await index.list({ limit: 2, status: 'failed' })).not.toHaveProperty('totalLimited');
    });

    it('filters by the rep’s name or the start of their e-mail, case-insensitively, as well as by their whole e-mail', async () => {
      const owen = indexDoc(1, { rep: { name: 'Owen Park', email: 'owen.park@example.com' } });
      const parker = indexDoc(2, { rep: { name: 'Ana Parker', email: 'ana@example.com' } });
      const nameless = indexDoc(3, { rep: { name: null, email: 'owen@example.org' } });
      const other = indexDoc(4, { rep: { name: 'Rosa_Hastings', email: 'rosa@example.com' } });
      await put([owen, parker, nameless, other]);
      const list = async (rep: string) => ids(await index.list({ limit: 50, rep }));
      expect(await list('Owen Park')).toEqual([owen.id]);
      expect(await list('owen')).toEqual([nameless.id, owen.id]);
      expect(await list('PARK')).toEqual([parker.id, owen.id]);
      expect(await list('owen.p')).toEqual([owen.id]);
      expect(await list('OWEN.PARK@example.com')).toEqual([owen.id]);
      // A whole e-mail is that rep's alone; what someone types is never a pattern.
      expect(await list('owen@example')).toEqual([]);
      expect(await list('%')).toEqual([]);
      expect(await list('rosa_')).toEqual([other.id]);
      expect(await list('ros_')).toEqual([]);
    });

    it('keeps why a call waits and how many decisions a rep may make, and counts the calls with decisions for a rep', async () => {
      const forRep = indexDoc(1, { pendingDecisions: 2, pendingKinds: ['deal_stage', 'choose_contact'], pendingForRep: 1, rep: { name: 'Sam', email: 'sam@example.com' } });
      const managerOnly = indexDoc(2, { pendingDecisions: 1, pendingKinds: ['deal_stage'], pendingForRep: 0, rep: { name: 'Sam', email: 'sam@example.com' } });
      const othersRep = indexDoc(3, { pendingDecisions: 1, pendingKinds: ['rerun_action_item'], pendingForRep: 1, stageDecision: { state: 'approved', stage: 'closedlost' }, recordingName: 'call one.mp3' });
      await put([forRep, managerOnly, othersRep]);
      expect((await index.list({ limit: 10 })).calls).toEqual([othersRep, managerOnly, forRep].map(listItemOf));
      expect(await index.countPendingForRep()).toBe(2);
      expect(await index.countPendingForRep(['sam@example.com'])).toBe(1);
      expect(await index.countPendingReview(['sam@example.com'])).toBe(2);
    });

    it('keeps an undone stage move and why a call waits to try its step again', async () => {
      const undone = indexDoc(1, { proposedStage: 'contractsent', stageDecision: { state: 'undone', stage: 'contractsent' } });
      const retrying = indexDoc(2, { status: 'received', retryingCode: 'RECORDING_DOWNLOAD_SLOW' });
      await put([undone, retrying]);
      expect((await index.list({ limit: 10 })).calls).toEqual([retrying, undone].map(listItemOf));
    });

    it('restricts a rep to calls they were on or uploaded (visibleTo), in lists, searches and counts', async () => {
      const mine = indexDoc(1, { rep: { name: 'Sam', email: 'Sam@example.com' }, pendingDecisions: 1, summary: 'pricing talk' });
      const uploaded = indexDoc(2, { uploadedBy: 'sam@example.com', pendingDecisions: 1, summary: 'pricing talk' });
      const byKey = indexDoc(3, { uploadedBy: 'key:k1' });
      const others = indexDoc(4, { pendingDecisions: 3, summary: 'pricing talk' });
      await put([mine, uploaded, byKey, others]);
      expect(ids(await index.list({ limit: 10, visibleTo: ['sam@example.com'] }))).toEqual([uploaded.id, mine.id]);
      expect(ids(await index.list({ limit: 10, visibleTo: ['sam@example.com', 'key:k1'] }))).toEqual([byKey.id, uploaded.id, mine.id]);
      expect(ids(await index.list({ limit: 10, visibleTo: [] }))).toEqual([]);
      expect(ids(await index.list({ limit: 10, q: 'pricing', visibleTo: ['sam@example.com'] })).sort()).toEqual([mine.id, uploaded.id]);
      expect(ids(await index.list({ limit: 10, rep: 'priya@example.com', visibleTo: ['sam@example.com'] }))).toEqual([uploaded.id]);
      expect(await index.countPendingReview()).toBe(3);
      expect(await index.countPendingReview(['SAM@example.com'])).toBe(2);
      expect(await index.countPendingReview(['nobody@example.com'])).toBe(0);
    });

    it('pages through 250 calls, 20 at a time, with no duplicate or gap, also where many share one instant', async () => {
      const shared = '2026-11-05T12:00:00.000Z';
      const docs = Array.from({ length: 250 }, (_, i) =>
        indexDoc(i, { startedAt: i % 5 === 0 ? shared : null, status: i % 3 === 0 ? 'needs_review' : 'done' }),
      );
      await put(docs);
      const order = (list: CallIndexDocument[]) =>
        [...list].sort((x, y) => (y.startedAt ?? y.receivedAt).localeCompare(x.startedAt ?? x.receivedAt) || y.id.localeCompare(x.id)).map((d) => d.id);
      const all = await allPages(index, { limit: 20 });
      expect(all.pages).toBe(13);
      expect(all.ids).toEqual(order(docs));
      const filtered = await allPages(index, { limit: 20, status: 'needs_review' });
      expect(filtered.ids).toEqual(order(docs.filter((d) => d.status === 'needs_review')));
      // A call that arrives while someone pages neither shifts nor repeats what follows.
      const first = await index.list({ limit: 20 });
      await index.upsert(indexDoc(999, { startedAt: '2027-01-01T00:00:00.000Z' }));
      const second = await index.list({ limit: 20, cursor: first.nextCursor! });
      expect(ids(second)).toEqual(order(docs).slice(20, 40));
    });

    it('searches summaries and transcripts with English stemming, summary mentions ranked first', async () => {
      const inTranscript = indexDoc(1, { summary: 'Intro call.', transcriptText: 'we could talk about prices later, anyway the weather is nice' });
      const inSummary = indexDoc(2, { summary: 'The customer pushed back on pricing.', transcriptText: 'hello and goodbye' });
      const unrelated = indexDoc(3, { summary: 'Demo scheduled.', transcriptText: 'see you on friday' });
      await put([inTranscript, inSummary, unrelated]);
      expect(ids(await index.list({ limit: 10, q: 'pricing' }))).toEqual([inSummary.id, inTranscript.id]);
      expect(ids(await index.list({ limit: 10, q: 'price' }))).toEqual([inSummary.id, inTranscript.id]);
      expect(ids(await index.list({ limit: 10, q: 'weather -prices' }))).toEqual([]);
      expect(ids(await index.list({ limit: 10, q: '"pushed back"' }))).toEqual([inSummary.id]);
      expect(ids(await index.list({ limit: 10, q: 'demo OR friday' }))).toEqual([unrelated.id]);
      expect(ids(await index.list({ limit: 10, q: 'pricing', status: 'failed' }))).toEqual([]);
    });

    it('lists a customer known by phone alone and finds the call by the number, written with or without + and separators', async () => {
      const byPhone = indexDoc(1, { customer: { name: null, company: null, phone: '+442079460321' }, transcriptText: 'hello' });
      const other = indexDoc(2, { customer: { name: 'Sam Okafor', company: null, phone: '+14155550101' }, transcriptText: 'call me on 2079' });
      await put([byPhone, other]);
      expect((await index.list({ limit: 10 })).calls.find((c) => c.id === byPhone.id)?.customer).toEqual({ name: null, company: null, phone: '+442079460321' });
      for (const q of ['+442079460321', '442079460321', '+44 20 7946 0321', '+44 (20) 7946-0321', '44.20.7946.0321']) {
        expect(ids(await index.list({ limit: 10, q })), q).toEqual([byPhone.id]);
      }
      expect(ids(await index.list({ limit: 10, q: '+1 415 555 0101' }))).toEqual([other.id]);
      // As dialled at home (trunk 0, or no country code) or from abroad (00 for +).
      for (const q of ['020 7946 0321', '(020) 7946-0321', '2079460321', '0044 20 7946 0321']) {
        expect(ids(await index.list({ limit: 10, q })), q).toEqual([byPhone.id]);
      }
      expect(ids(await index.list({ limit: 10, q: '(415) 555-0101' }))).toEqual([other.id]);
      // Part of a number is not the number; a short run of digits stays a word of the text.
      expect(ids(await index.list({ limit: 10, q: '7946 0321' }))).toEqual([]);
      expect(ids(await index.list({ limit: 10, q: '5550101' }))).toEqual([]);
      // A number in the words of a call is found as written, a leading 0 or 00 kept.
      const byOrder = indexDoc(3, { transcriptText: 'your order number is 0123456789', summary: 'Customer quoted PO 0047112233.' });
      await put([byOrder]);
      for (const q of ['0123456789', '0047112233']) expect(ids(await index.list({ limit: 10, q })), q).toEqual([byOrder.id]);
      expect(ids(await index.list({ limit: 10, q: '2079' }))).toEqual([other.id]);
    });

    it('finds a call by its customer, company and rep names, ranked above calls that only mention them', async () => {
      const named = indexDoc(1, {
        customer: { name: 'Elena Lindqvist', company: 'Juniper Freight', phone: null },
        rep: { name: 'Rosa Hastings', email: 'rosa@example.com' },
        summary: 'Renewal terms agreed.',
      });
      // Newer, so only its lower rank puts it second.
      const mention = indexDoc(2, {
        customer: { name: 'Sam Okafor', company: 'Brightline Foods', phone: null },
        transcriptText: 'we met Elena Lindqvist from Juniper Freight, and Rosa Hastings too',
      });
      const other = indexDoc(3, { customer: { name: 'Sam Okafor', company: 'Brightline Foods', phone: null } });
      await put([named, mention, other]);
      // English stemming changes some names ("Hastings"), not others; the query and the names agree either way.
      for (const q of ['Juniper', 'juniper freight', 'elena', 'Lindqvist', 'Rosa', 'Hastings', 'Elena Lindqvist', '"Juniper Freight"']) {
        expect(ids(await index.list({ limit: 10, q })), q).toEqual([named.id, mention.id]);
      }
      // A name with the call's other words, and a name no call mentions but as its rep.
      expect(ids(await index.list({ limit: 10, q: 'Juniper renewal' }))).toEqual([named.id]);
      expect(ids(await index.list({ limit: 10, q: 'Priya' }))).toEqual([other.id, mention.id]);
      expect(ids(await index.list({ limit: 10, q: 'Okafor -Juniper' }))).toEqual([other.id]);
    });

    it('finds a name English drops as a stop word, among names only', async () => {
      const don = indexDoc(1, { rep: { name: 'Don Will', email: 'don@example.com' } });
      const saying = indexDoc(2, { summary: 'They will decide; we don\'t know when.' });
      await put([don, saying]);
      expect(ids(await index.list({ limit: 10, q: 'Don' }))).toEqual([don.id]);
      expect(ids(await index.list({ limit: 10, q: 'don will' }))).toEqual([don.id]);
      // Inside quotes English reads a phrase of the text, its stop words standing between the other words.
      expect(ids(await index.list({ limit: 10, q: '"will decide"' }))).toEqual([saying.id]);
      // Unquoted in lower case too: "will" is the word there, not the name.
      expect(ids(await index.list({ limit: 10, q: 'will decide' }))).toEqual([saying.id]);
    });

    it('counts every word of a search: a stop-word name with other words needs both, the name among the names', async () => {
      const donOnPricing = indexDoc(1, { rep: { name: 'Don Will', email: 'don@example.com' }, summary: 'Pricing agreed.' });
      const pricingOnly = indexDoc(2, { summary: 'The customer pushed back on pricing.', transcriptText: "we don't know, we will see" });
      const donElsewhere = indexDoc(3, { rep: { name: 'Don Will', email: 'don@example.com' }, summary: 'Demo scheduled.' });
      await put([donOnPricing, pricingOnly, donElsewhere]);
      expect(ids(await index.list({ limit: 10, q: 'Don pricing' }))).toEqual([donOnPricing.id]);
      expect(ids(await index.list({ limit: 10, q: 'pricing Will' }))).toEqual([donOnPricing.id]);
      expect(ids(await index.list({ limit: 10, q: 'pricing -Don' }))).toEqual([pricingOnly.id]);
      expect(ids(await index.list({ limit: 10, q: 'Don demo' }))).toEqual([donElsewhere.id]);
      expect(ids(await index.list({ limit: 10, q: 'Don pricing OR demo' }))).toEqual([donElsewhere.id, donOnPricing.id]);
      // A capitalised stop word no name holds matches nothing, whatever the text says.
      expect(ids(await index.list({ limit: 10, q: 'We pricing' }))).toEqual([]);
      // In lower case a stop word is the word, left out as English leaves it; so is a contraction.
      expect(ids(await index.list({ limit: 10, q: 'we pricing' })).sort()).toEqual([donOnPricing.id, pricingOnly.id]);
      expect(ids(await index.list({ limit: 10, q: 'pricing will' })).sort()).toEqual([donOnPricing.id, pricingOnly.id]);
      expect(ids(await index.list({ limit: 10, q: "don't pricing" })).sort()).toEqual([donOnPricing.id, pricingOnly.id]);
    });

    it('matches a phrase within one field (a name, the company, the summary, the transcript), never across two', async () => {
      const doc = indexDoc(1, {
        customer: { name: 'Elena Lindqvist', company: 'Juniper Freight', phone: null },
        rep: { name: 'Rosa Hastings', email: 'rosa@example.com' },
        summary: 'Renewal terms agreed.',
        transcriptText: 'terms were discussed at length',
      });
      await put([doc]);
      for (const q of ['"Juniper Freight"', '"Rosa Hastings"', '"renewal terms"', '"terms were discussed"', 'Freight renewal']) {
        expect(ids(await index.list({ limit: 10, q })), q).toEqual([doc.id]);
      }
      // The end of one field and the start of the next, for every pair of neighbours in the vector.
      for (const q of ['"Lindqvist Juniper"', '"Freight Rosa"', '"Hastings Elena"', '"Hastings renewal"', '"Freight renewal"', 'freight-renewal', '"agreed terms"', '"agreed, terms were"']) {
        expect(ids(await index.list({ limit: 10, q })), q).toEqual([]);
      }
    });

    it('pages a search with its own cursor, then newest among equal ranks', async () => {
      const docs = Array.from({ length: 45 }, (_, i) => indexDoc(i, { summary: i % 2 ? 'renewal discussed' : 'nothing new' }));
      await put(docs);
      const matching = docs.filter((d) => d.summary === 'renewal discussed').map((d) => d.id).reverse();
      const all = await allPages(index, { limit: 10, q: 'renewals' });
      expect(all.ids).toEqual(matching);
      expect(all.pages).toBe(3);
    });

    it('ranks only the newest matches when more match, says so (searchLimited), and pages them without duplicate or gap', async () => {
      await reopenWith({ searchCandidates: 6 });
      // 10 matches (n = 0..9, newer as n grows): the summary mentions in 1 and 8 outrank the rest, but 1
      // is older than the newest 6 (4..9), so only 8 comes first; 0..3 are left out.
      const docs = Array.from({ length: 10 }, (_, i) =>
        indexDoc(i, i === 1 || i === 8 ? { summary: 'Renewal terms agreed.' } : { transcriptText: 'we will talk about the renewal later' }),
      );
      await put([...docs, indexDoc(20, { summary: 'Unrelated.', transcriptText: 'weather' })]);
      const first = await index.list({ limit: 4, q: 'renewal' });
      expect(first.searchLimited).toBe(true);
      const all = await allPages(index, { limit: 4, q: 'renewal' });
      expect(all.ids).toEqual([8, 9, 7, 6, 5, 4].map((n) => indexDoc(n).id));
      expect(all.pages).toBe(2);
      // The filters apply before the newest are taken: 7 matches from n = 3 on, still the newest 6 ranked.
      const narrowed = await index.list({ limit: 10, q: 'renewal', from: indexDoc(3).receivedAt });
      expect(ids(narrowed)).toEqual([8, 9, 7, 6, 5, 4].map((n) => indexDoc(n).id));
      expect(narrowed.searchLimited).toBe(true);
      // Narrowed to 6 matches, nothing is left out and the page does not say so.
      const few = await index.list({ limit: 10, q: 'renewal', to: indexDoc(5).receivedAt });
      expect(ids(few)).toEqual([1, 5, 4, 3, 2, 0].map((n) => indexDoc(n).id));
      expect(few).not.toHaveProperty('searchLimited');
      expect(await index.list({ limit: 10, q: 'zephyr' })).toEqual({ calls: [], nextCursor: null, total: 0 });
      // A search ranking part of its matches counts what it ranks.
      expect(first.total).toBe(6);
    });

    it('finds a phrase where its words stand together, among the newest calls that have all its words', async () => {
      await reopenWith({ searchCandidates: 2 });
      // A phrase is checked among 5 × 2 = 10 of the newest calls having all its words: n = 0..11 all do,
      // the words stand together in 0 and 11 only, and in the wrong order in 5.
      const docs = Array.from({ length: 12 }, (_, i) =>
        indexDoc(i, { transcriptText: i === 0 || i === 11 ? 'the security review is booked' : i === 5 ? 'we review security yearly' : 'security asked the team to review it' }),
      );
      await put(docs);
      const newest = await index.list({ limit: 10, q: '"security review"' });
      expect(ids(newest)).toEqual([indexDoc(11).id]);
      expect(newest.searchLimited).toBe(true);
      const older = await index.list({ limit: 10, q: '"security review"', to: indexDoc(9).receivedAt });
      expect(ids(older)).toEqual([indexDoc(0).id]);
      expect(older).not.toHaveProperty('searchLimited');
      // Without quotes the words need not stand together.
      expect((await index.list({ limit: 20, q: 'security review', to: indexDoc(1).receivedAt })).calls).toHaveLength(2);
    });

    it('pages a search over the same candidates while newer matching calls arrive', async () => {
      await reopenWith({ searchCandidates: 6 });
      const docs = Array.from({ length: 10 }, (_, i) => indexDoc(i, { summary: i % 3 === 0 ? 'Renewal signed.' : 'A renewal call.' }));
      await put(docs);
      const before = await allPages(index, { limit: 4, q: 'renewal' });
      const first = await index.list({ limit: 4, q: 'renewal' });
      expect(ids(first)).toEqual(before.ids.slice(0, 4));
      // Newer calls that would rank first (and push older calls out of the newest 6) arrive mid-way.
      await put([indexDoc(30, { summary: 'Renewal renewal renewal.' }), indexDoc(31, { summary: 'Renewal, renewal.' })]);
      const second = await index.list({ limit: 4, q: 'renewal', cursor: first.nextCursor! });
      expect(ids(second)).toEqual(before.ids.slice(4));
      expect(second.nextCursor).toBeNull();
      expect(second.searchLimited).toBe(true);
      // A new search sees them.
      expect(ids(await index.list({ limit: 2, q: 'renewal' }))).toEqual([indexDoc(30).id, indexDoc(31).id]);
    });

    it('keeps planner statistics current: analyzed when opened, again in the background after many writes, and by maintain()', async () => {
      const reltuples = async () => Number((await backend.sql<{ n: number }>(`SELECT reltuples::float8 AS n FROM pg_class WHERE oid = '{calls}'::regclass`))[0]!.n);
      expect(await reltuples()).toBeGreaterThanOrEqual(0); // -1: never analyzed
      await put(Array.from({ length: 700 }, (_, i) => indexDoc(i, { summary: i % 2 ? 'pricing' : 'renewal' })));
      await vi.waitFor(async () => expect(await reltuples()).toBe(700), { timeout: 10_000, interval: 50 });
      const lexemes = await backend.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pg_stats WHERE attname = 'search' AND most_common_elems IS NOT NULL AND tablename = 'call_index'`);
      expect(lexemes[0]!.n).toBeGreaterThan(0);
      await put([indexDoc(900)]);
      await index.maintain();
      expect(await reltuples()).toBe(701);
      await index.removeStale(await index.markRebuild(), new Set());
      await index.maintain();
      expect(await reltuples()).toBe(0);
    });

    it('stores the search vector in the row (STORAGE MAIN), not out of line', async () => {
      const storage = await backend.sql<{ s: string }>(`SELECT attstorage AS s FROM pg_attribute WHERE attrelid = '{calls}'::regclass AND attname = 'search'`);
      expect(storage[0]!.s).toBe('m');
    });

    it('records which search expression a new index has, and opening it again does not rebuild the column', async () => {
      const attnum = async () => (await backend.sql<{ n: number }>(`SELECT attnum AS n FROM pg_attribute WHERE attrelid = '{calls}'::regclass AND attname = 'search'`))[0]!.n;
      const before = await attnum();
      expect(await backend.sql(`SELECT value FROM {calls}_meta WHERE key = 'search_version'`)).toEqual([{ value: String(SEARCH_VERSION) }]);
      const again = await backend.openSame();
      await again.close();
      expect(await attnum()).toBe(before);
    });

    it('matches nothing for a search with no searchable word, and ignores a blank one', async () => {
      await put([indexDoc(1), indexDoc(2)]);
      expect(await index.list({ limit: 10, q: '!!! ?? &|' })).toEqual({ calls: [], nextCursor: null, total: 0 });
      // Only stop words: looked for in the names, none of which has it.
      expect(await index.list({ limit: 10, q: 'the' })).toEqual({ calls: [], nextCursor: null, total: 0 });
      expect(ids(await index.list({ limit: 10, q: '   ' }))).toHaveLength(2);
    });

    it('upserts idempotently and never goes back to an older document', async () => {
      const v1 = indexDoc(1, { status: 'transcribing', updatedAt: '2026-11-01T10:00:00.000Z' });
      const v2 = indexDoc(1, { status: 'needs_review', pendingDecisions: 1, summary: 'Stage change proposed.', updatedAt: '2026-11-01T10:05:00.000Z' });
      await index.upsert(v1);
      await index.upsert(v2);
      await index.upsert(v2);
      await index.upsert(v1); // a late, older update
      expect((await index.list({ limit: 10 })).calls).toEqual([listItemOf(v2)]);
      expect(ids(await index.list({ limit: 10, q: 'stage' }))).toEqual([v1.id]);
      await index.upsertMany([v1, indexDoc(1, { ...v2, status: 'done', updatedAt: '2026-11-01T10:06:00.000Z' }), v2]);
      expect((await index.list({ limit: 10 })).calls.map((c) => c.status)).toEqual(['done']);
    });

    it('removes one call', async () => {
      await put([indexDoc(1), indexDoc(2), indexDoc(3)]);
      await index.remove(indexDoc(2).id);
      await index.remove('c_missing');
      expect(ids(await index.list({ limit: 10 }))).toEqual([indexDoc(3).id, indexDoc(1).id]);
    });

    it('ends a rebuild by removing only the calls it did not find and nobody wrote since it started', async () => {
      const stale = indexDoc(1);
      const found = indexDoc(2);
      const foundOlder = indexDoc(3, { updatedAt: '2026-11-01T10:05:00.000Z' });
      await put([stale, found, foundOlder]);
      const mark = await index.markRebuild();
      expect(ids(await index.list({ limit: 10 })).sort()).toEqual([stale.id, found.id, foundOlder.id].sort());
      await index.upsert(found);
      // The rebuild read an older document than the one stored (it changed since): ignored, yet found.
      await index.upsert({ ...foundOlder, updatedAt: '2026-11-01T10:00:00.000Z' });
      // Written during the rebuild, by someone else, after the listing passed its key.
      const live = indexDoc(4);
      await index.upsert(live);
      expect(await index.removeStale(mark, new Set([found.id, foundOlder.id]))).toBe(1);
      expect(ids(await index.list({ limit: 10 })).sort()).toEqual([found.id, foundOlder.id, live.id].sort());
    });

    it('refuses a malformed or mismatched cursor and a bad date with a permanent AppError', async () => {
      await put(Array.from({ length: 5 }, (_, i) => indexDoc(i, { summary: 'pricing' })));
      await expectAppError(index.list({ limit: 2, cursor: 'not a cursor!' }), 'CURSOR_INVALID');
      await expectAppError(index.list({ limit: 2, cursor: Buffer.from('{"a":["yesterday","x"]}').toString('base64url') }), 'CURSOR_INVALID');
      await expectAppError(index.list({ limit: 2, cursor: Buffer.from('[1,2').toString('base64url') }), 'CURSOR_INVALID');
      const searchCursor = (await index.list({ limit: 2, q: 'pricing' })).nextCursor!;
      const listCursor = (await index.list({ limit: 2 })).nextCursor!;
      await expectAppError(index.list({ limit: 2, cursor: searchCursor }), 'CURSOR_INVALID');
      await expectAppError(index.list({ limit: 2, q: 'pricing', cursor: listCursor }), 'CURSOR_INVALID');
      await expectAppError(index.list({ limit: 2, from: 'last tuesday' }), 'QUERY_INVALID');
    });

    it('creates its schema once: opening the same index again keeps its calls', async () => {
      const first = await backend.reopen();
      await first.upsert(indexDoc(7));
      await first.close();
      const again = await backend.reopen();
      try {
        expect(ids(await again.list({ limit: 10 }))).toEqual([indexDoc(7).id]);
      } finally {
        await again.close();
      }
    });

    it('gives an index made before the work counts their column when it opens, keeping its calls (counted after a reindex)', async () => {
      const first = await backend.reopen();
      await first.upsert(indexDoc(8));
      await first.close();
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN work`);
      const again = await backend.reopen();
      try {
        expect(ids(await again.list({ limit: 10 }))).toEqual([indexDoc(8).id]);
        expect(await again.workByRepAndWeek({})).toEqual([]);
        const work = emptyWorkCounts();
        work.written.callLog = 1;
        await again.upsert(indexDoc(8, { updatedAt: '2026-11-02T00:00:00.000Z', work }));
        expect((await again.workByRepAndWeek({})).map((g) => g.callsLogged)).toEqual([1]);
      } finally {
        await again.close();
      }
    });

    it('counts the failed calls per error code, most first, whatever rep, leaving out calls that are not failed', async () => {
      const failed = (n: number, errorCode: string | null) => indexDoc(n, { status: 'failed', errorCode });
      await put([
        failed(1, 'AUDIO_UNREADABLE'),
        failed(2, 'OPENAI_QUOTA_EXCEEDED'),
        indexDoc(3, { status: 'failed', errorCode: 'OPENAI_QUOTA_EXCEEDED', rep: { name: 'Tom Baker', email: 'tom@example.com' } }),
        failed(4, 'CRM_AUTH'),
        failed(5, null),
        indexDoc(6, { status: 'done' }),
        indexDoc(7, { status: 'transcribing', errorCode: null }),
      ]);
      expect(await index.countFailedByCode()).toEqual([
        { code: 'OPENAI_QUOTA_EXCEEDED', calls: 2 },
        { code: 'AUDIO_UNREADABLE', calls: 1 },
        { code: 'CRM_AUTH', calls: 1 },
        { code: null, calls: 1 },
      ]);
      // The list narrows to a code, keeping the failed calls indexed with none (the caller checks those).
      expect(ids(await index.list({ failedWith: 'OPENAI_QUOTA_EXCEEDED', limit: 10 })).sort()).toEqual([indexDoc(2).id, indexDoc(3).id, indexDoc(5).id].sort());
      // A call retried (no longer failed) leaves its code's count.
      await put([indexDoc(2, { status: 'transcribing', errorCode: null, updatedAt: '2026-11-02T00:00:00.000Z' })]);
      expect((await index.countFailedByCode())[0]).toEqual({ code: 'AUDIO_UNREADABLE', calls: 1 });
    });

    it('gives an index made before error codes their column when it opens: its failed calls count under no code until written again', async () => {
      await index.upsert(indexDoc(9, { status: 'failed', errorCode: 'AUDIO_UNREADABLE' }));
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN error_code`);
      const again = await backend.openSame();
      try {
        expect(ids(await again.list({ limit: 10 }))).toEqual([indexDoc(9).id]);
        expect(await again.countFailedByCode()).toEqual([{ code: null, calls: 1 }]);
        await again.upsert(indexDoc(9, { status: 'failed', errorCode: 'AUDIO_UNREADABLE', updatedAt: '2026-11-02T00:00:00.000Z' }));
        expect(await again.countFailedByCode()).toEqual([{ code: 'AUDIO_UNREADABLE', calls: 1 }]);
      } finally {
        await again.close();
      }
    });

    it('rebuilds the search column of an index made before names were searched, once, keeping its calls, storage and statistics', async () => {
      // Transcripts of many distinct words, each said three times, stored uncompressed (EXTERNAL): each leaves
      // the row, and so does its vector unless kept there (MAIN), which it is small enough for.
      let seed = 7;
      const letter = () => String.fromCharCode(97 + Math.floor(((seed = (seed * 16807) % 2147483647) / 2147483647) * 26));
      const transcript = () => {
        const words = Array.from({ length: 200 }, () => Array.from({ length: 7 }, letter).join('')).join(' ');
        return `${words} ${words} ${words}`;
      };
      const docs = Array.from({ length: 20 }, (_, i) => indexDoc(i, { customer: { name: 'Elena Lindqvist', company: 'Juniper Freight', phone: null }, transcriptText: transcript() }));
      await backend.sql(`ALTER TABLE {calls} ALTER COLUMN transcript_text SET STORAGE EXTERNAL`);
      await put(docs);
      // The shape version 1 shipped with: summary and transcript only, no search_version.
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN search`);
      await backend.sql(
        `ALTER TABLE {calls} ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(summary, '')), 'A') || setweight(to_tsvector('english', coalesce(transcript_text, '')), 'B')) STORED`,
      );
      await backend.sql(`CREATE INDEX call_index_search_idx ON {calls} USING gin (search)`);
      await backend.sql(`DELETE FROM {calls}_meta WHERE key = 'search_version'`);
      expect(await index.list({ limit: 30, q: 'Juniper' })).toEqual({ calls: [], nextCursor: null, total: 0 });
      const column = async () => (await backend.sql<{ attnum: number; attstorage: string }>(`SELECT attnum, attstorage FROM pg_attribute WHERE attrelid = '{calls}'::regclass AND attname = 'search'`))[0]!;
      const toast = (await backend.sql<{ t: string }>(`SELECT reltoastrelid::regclass::text AS t FROM pg_class WHERE oid = '{calls}'::regclass`))[0]!.t;
      /** Values stored out of the row: the transcripts, and the vectors too when they are not kept in it. */
      const outOfRow = async () => (await backend.sql<{ n: number }>(`SELECT count(DISTINCT chunk_id)::int AS n FROM ${toast}`))[0]!.n;
      expect(await outOfRow()).toBe(2 * docs.length);
      const again = await backend.openSame();
      try {
        expect(ids(await again.list({ limit: 30, q: 'Juniper' }))).toEqual(docs.map((d) => d.id).reverse());
        const rebuilt = await column();
        expect(rebuilt.attstorage).toBe('m');
        expect(await outOfRow()).toBe(docs.length);
        const gin = `SELECT 1 FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = '{calls}'::regclass AND c.relname = 'call_index_search_idx' AND i.indkey[0] = ${rebuilt.attnum}`;
        expect(await backend.sql(gin)).toHaveLength(1);
        const stats = await backend.sql(`SELECT 1 FROM pg_statistic WHERE starelid = '{calls}'::regclass AND staattnum = ${rebuilt.attnum}`);
        expect(stats).toHaveLength(1);
        expect(await backend.sql(`SELECT value FROM {calls}_meta WHERE key = 'search_version'`)).toEqual([{ value: String(SEARCH_VERSION) }]);
        // Opened again, it is left as it is.
        const third = await backend.openSame();
        await third.close();
        expect((await column()).attnum).toBe(rebuilt.attnum);
      } finally {
        await again.close();
      }
    });

    it('rebuilds the search column of an index made before each field had its own positions (search version 2), once', async () => {
      const doc = indexDoc(1, { customer: { name: 'Elena Lindqvist', company: 'Juniper Freight', phone: null }, rep: null, summary: 'Renewal terms agreed.' });
      await put([doc]);
      // Version 2's expression: the names as one text in both forms, then the summary and the transcript, back to back.
      const names = `coalesce(customer_name, '') || ' ' || coalesce(customer_company, '') || ' ' || coalesce(rep_name, '')`;
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN search`);
      await backend.sql(
        `ALTER TABLE {calls} ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', ${names}), 'A') || setweight(to_tsvector('simple', ${names}), 'A') || ` +
          `setweight(to_tsvector('english', coalesce(summary, '')), 'A') || setweight(to_tsvector('english', coalesce(transcript_text, '')), 'B')) STORED`,
      );
      await backend.sql(`UPDATE {calls}_meta SET value = '2' WHERE key = 'search_version'`);
      expect(ids(await index.list({ limit: 10, q: '"Freight renewal"' }))).toEqual([doc.id]);
      const again = await backend.openSame();
      try {
        expect(ids(await again.list({ limit: 10, q: '"Freight renewal"' }))).toEqual([]);
        expect(ids(await again.list({ limit: 10, q: '"Juniper Freight" renewal' }))).toEqual([doc.id]);
        expect(await backend.sql(`SELECT value FROM {calls}_meta WHERE key = 'search_version'`)).toEqual([{ value: String(SEARCH_VERSION) }]);
      } finally {
        await again.close();
      }
    });

    it("finds a person's calls by the e-mail address the call's meta gives for them, whole, in any case; never lists it", async () => {
      const jonas = indexDoc(1, { customer: { name: 'Jonas Keller', company: null, phone: null }, customerEmail: 'jonas.keller@kunde.example' });
      const other = indexDoc(2, { customer: { name: 'Jonas Brandt', company: null, phone: null }, customerEmail: 'j.brandt@kunde.example' });
      await put([jonas, other]);
      for (const q of ['jonas.keller@kunde.example', 'Jonas.Keller@Kunde.Example']) {
        expect(ids(await index.list({ limit: 10, q })), q).toEqual([jonas.id]);
      }
      expect(ids(await index.list({ limit: 10, q: 'kunde.example' }))).toEqual([]);
      expect(Object.keys((await index.list({ limit: 10 })).calls[0]!)).not.toContain('customerEmail');
    });

    it('gives an index made before e-mail addresses were searched (search version 4) the column, once; its rows find them once written again', async () => {
      const doc = indexDoc(1, { customerEmail: 'jonas.keller@kunde.example' });
      await put([doc]);
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN search`);
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN customer_email`);
      await backend.sql(`ALTER TABLE {calls} ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(summary, '')), 'A')) STORED`);
      await backend.sql(`UPDATE {calls}_meta SET value = '4' WHERE key = 'search_version'`);
      const again = await backend.openSame();
      try {
        expect(ids(await again.list({ limit: 10, q: 'jonas.keller@kunde.example' }))).toEqual([]);
        await again.upsert({ ...doc, updatedAt: '2026-11-02T00:00:00.000Z' });
        expect(ids(await again.list({ limit: 10, q: 'jonas.keller@kunde.example' }))).toEqual([doc.id]);
        expect(await backend.sql(`SELECT value FROM {calls}_meta WHERE key = 'search_version'`)).toEqual([{ value: String(SEARCH_VERSION) }]);
      } finally {
        await again.close();
      }
    });

    it('gives an index made before phone numbers were searched (search version 3) the column and the digits, once', async () => {
      const doc = indexDoc(1, { customer: { name: null, company: null, phone: '+442079460321' } });
      await put([doc]);
      await backend.sql(`ALTER TABLE {calls} DROP COLUMN search`);
      await backend.sql(`ALTER TABLE {calls} ADD COLUMN search tsvector GENERATED ALWAYS AS (setweight(to_tsvector('english', coalesce(summary, '')), 'A')) STORED`);
      await backend.sql(`UPDATE {calls}_meta SET value = '3' WHERE key = 'search_version'`);
      expect(ids(await index.list({ limit: 10, q: '+442079460321' }))).toEqual([]);
      const again = await backend.openSame();
      try {
        expect(ids(await again.list({ limit: 10, q: '+442079460321' }))).toEqual([doc.id]);
        expect(await backend.sql(`SELECT value FROM {calls}_meta WHERE key = 'search_version'`)).toEqual([{ value: String(SEARCH_VERSION) }]);
      } finally {
        await again.close();
      }
    });

    it('adds up the work counts per rep (case-insensitive) and ISO week of the call, with the list filters and visibility', async () => {
      const work = (callLog: number, word: number, edit: number) => {
        const w = emptyWorkCounts();
        w.written.callLog = callLog;
        w.written.word = word;
        w.corrected.edit = edit;
        return w;
      };
      const tom = { name: 'Tom Baker', email: 'Tom@Example.com' };
      await put([
        indexDoc(1, { startedAt: '2026-11-16T09:00:00.000Z', work: work(1, 100, 1) }), // Monday, week of 16 Nov
        indexDoc(2, { startedAt: '2026-11-22T23:59:00.000Z', work: work(1, 50, 0) }), // Sunday, same week
        indexDoc(3, { startedAt: '2026-11-23T00:00:00.000Z', work: work(0, 0, 2) }), // next week, not logged
        indexDoc(4, { startedAt: '2026-11-17T10:00:00.000Z', rep: tom, work: work(1, 10, 0) }),
        indexDoc(5, { startedAt: '2026-11-17T11:00:00.000Z', work: null }), // not synced: left out
      ]);
      const groups = await index.workByRepAndWeek({});
      expect(groups.map((g) => [g.weekStart, g.repEmail, g.callsLogged, g.work.written.word, g.work.corrected.edit])).toEqual([
        ['2026-11-16', 'priya@example.com', 2, 150, 1],
        ['2026-11-16', 'tom@example.com', 1, 10, 0],
        ['2026-11-23', 'priya@example.com', 0, 0, 2],
      ]);
      expect(groups[1]!.repName).toBe('Tom Baker');
      expect((await index.workByRepAndWeek({ rep: 'TOM@example.com' })).map((g) => g.repEmail)).toEqual(['tom@example.com']);
      expect((await index.workByRepAndWeek({ from: '2026-11-23T00:00:00.000Z' })).map((g) => g.weekStart)).toEqual(['2026-11-23']);
      expect((await index.workByRepAndWeek({ visibleTo: ['tom@example.com'] })).map((g) => g.repEmail)).toEqual(['tom@example.com']);
      expect(await index.workByRepAndWeek({ visibleTo: [] })).toEqual([]);
    });

    it('describes itself without a password', () => {
      expect(index.describe).toMatch(name === 'pglite' ? /^pglite:/ : /^postgres:\/\/127\.0\.0\.1:\d+\/\w+$/);
    });
  });
}

describe('openPostgresIndex', () => {
  let server: PostgresServer;
  beforeAll(async () => {
    server = await startPostgresServer();
  });
  afterAll(() => server.stop());

  it('keeps the password out of describe', async () => {
    const url = await server.createDatabase();
    // The test server trusts every local login, so any password connects.
    const index = await openPostgresIndex(url.replace('postgres@', 'postgres:s3cret-pw@'));
    try {
      expect(index.describe).not.toContain('s3cret-pw');
      expect(index.describe).not.toContain('postgres@');
    } finally {
      await index.close();
      await server.dropDatabase(url);
    }
  });

  it('is a retryable INDEX_UNAVAILABLE when the server cannot be reached', async () => {
    const err = await openPostgresIndex(`postgres://postgres@127.0.0.1:${server.port + 1}/none`).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('INDEX_UNAVAILABLE');
    expect((err as AppError).retryable).toBe(true);
  });
});
