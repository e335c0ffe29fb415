/**
 * The queue settings every process must agree on: the prefix of every queue name (the API, the workers
 * and the demo find each other's queues by it) and how many attempts a step's job gets. The one place
 * they are set; callers pass other values only in tests.
 */
export const QUEUE_DEFAULTS = { prefix: 'callscribe', attempts: 5 } as const;
