/**
 * The queue settings every process must agree on: the prefix of every queue name (the API, the workers
 * and the demo find each other's queues by it), how many attempts a step's job gets and the backoff
 * between them (Retry-After wins when the other side sent one; see retryDelayMs). The one place they are
 * set; `callscribe process` retries in-process with the same attempts and backoff. Callers pass other
 * values only in tests.
 */
export const QUEUE_DEFAULTS = { prefix: 'callscribe', attempts: 5, backoff: { baseMs: 1000, maxMs: 60_000 } } as const;
