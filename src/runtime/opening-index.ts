import { AppError } from '../errors/app-error.ts';
import type { CallIndex } from '../ports/call-index.ts';

/** What a client is asked to wait (Retry-After) before it asks again while the call index migrates. */
export const INDEX_MIGRATING_RETRY_MS = 5_000;

/** The message of INDEX_MIGRATING, which `/readyz` shows as the index's check: it starts "call index migrating". */
export const INDEX_MIGRATING_MESSAGE =
  'call index migrating: this version is opening the call index and bringing it to its schema (a search-column rebuild takes about 30 s per 100,000 calls); ' +
  'the call list, searches, reports and the retry of failed calls by cause answer 503 INDEX_MIGRATING until it is done; uploads, webhooks, decisions and erasures are taken meanwhile';

export const indexMigrating = () => new AppError('INDEX_MIGRATING', INDEX_MIGRATING_MESSAGE, { retryable: true, retryAfterMs: INDEX_MIGRATING_RETRY_MS, kind: 'unavailable' });

/**
 * The call index while it is opened in the background (`serve` listens first: migrating an index can hold
 * its table for half a minute, during which a load balancer must still see the process alive). Until the
 * opening `open` started resolves, every operation fails with retryable `INDEX_MIGRATING` (answered 503 with
 * Retry-After); from then on each is the opened index's. `start` begins the opening (once; later calls
 * return the same promise), which the caller watches: when it fails, operations keep failing as migrating
 * and the process should stop with its error. `close` waits for an opening under way to end (a migration
 * is never cut short), then closes what it opened.
 */
export function openingIndex(open: () => Promise<CallIndex>): { index: CallIndex; start(): Promise<CallIndex>; isOpen(): boolean; settled(): Promise<void> } {
  let opened: CallIndex | null = null;
  let opening: Promise<CallIndex> | null = null;
  const start = () => {
    if (!opening) {
      opening = open().then((index) => (opened = index));
      // The caller watches the opening, maybe only later: not an unhandled rejection before.
      opening.catch(() => undefined);
    }
    return opening;
  };
  const current = async (): Promise<CallIndex> => {
    if (!opened) throw indexMigrating();
    return opened;
  };
  return {
    start,
    isOpen: () => opened !== null,
    /** Resolves once an opening under way has ended, either way (at once when none was started). */
    settled: async () => void (await opening?.catch(() => null)),
    index: {
      upsert: async (doc) => (await current()).upsert(doc),
      remove: async (id) => (await current()).remove(id),
      list: async (query) => (await current()).list(query),
      countPendingReview: async (visibleTo) => (await current()).countPendingReview(visibleTo),
      countPendingForRep: async (visibleTo) => (await current()).countPendingForRep(visibleTo),
      countFailedByCode: async () => (await current()).countFailedByCode(),
      workByRepAndWeek: async (query) => (await current()).workByRepAndWeek(query),
      markRebuild: async () => (await current()).markRebuild(),
      removeStale: async (mark, present) => (await current()).removeStale(mark, present),
      async close() {
        const index = opening ? await opening.catch(() => null) : null;
        await index?.close();
      },
      get describe() {
        return opened?.describe ?? 'call index (opening)';
      },
    },
  };
}
