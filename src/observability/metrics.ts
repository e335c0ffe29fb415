import type { Queue } from 'bullmq';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { Logger } from '../logging/logger.ts';
import { registerQueueWorkersGauge } from './queue-workers-gauge.ts';

/** Job states reported per queue (BullMQ's getJobCounts). */
export const JOB_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'completed', 'failed'] as const;

/** How a job attempt ended: done, thrown for a retry, given up for good, or parked (rate limit, paused CRM, references pending). */
export type JobOutcome = 'completed' | 'retry' | 'failed' | 'waiting';
/** How one adapter operation ended; errors by whether they are retried (the code is on the step failure). */
export type RequestOutcome = 'ok' | 'not_found' | 'retryable_error' | 'permanent_error';

/**
 * The Prometheus metrics of one process, in a registry of its own (never prom-client's global one, so
 * tests and several apps in one process do not share counters). Names start with `callscribe_`.
 * Which process reports what: see the README, "Operating it".
 */
export interface Metrics {
  readonly registry: Registry;
  /** `callscribe_step_duration_seconds{queue,step,outcome}`: each job attempt of a step (and of a transcription chunk). */
  readonly stepDuration: Histogram<'queue' | 'step' | 'outcome'>;
  /** `callscribe_step_failures_total{queue,step,code,final}`: failed attempts by error code; `final="true"` ended the call `failed`. */
  readonly stepFailures: Counter<'queue' | 'step' | 'code' | 'final'>;
  /** `callscribe_crm_requests_total{crm,operation,outcome}`: one per CRM adapter operation (a lookup may be several HTTP requests). */
  readonly crmRequests: Counter<'crm' | 'operation' | 'outcome'>;
  /**
   * `callscribe_crm_read_retries_total{crm,kind}`: failed tries of a CRM read that its client tried again after a
   * short wait (`kind` rate_limit or unavailable). crm_requests_total counts the operation once, by how its last try
   * ended, so these tries are counted only here.
   */
  readonly crmReadRetries: Counter<'crm' | 'kind'>;
  /** `callscribe_engine_requests_total{kind,engine,outcome}`: transcription (one per chunk) and extraction requests. */
  readonly engineRequests: Counter<'kind' | 'engine' | 'outcome'>;
  /** `callscribe_audio_transcribed_seconds_total{engine,model}`: audio sent to a transcription engine and transcribed. */
  readonly audioSeconds: Counter<'engine' | 'model'>;
  /** `callscribe_transcription_cost_usd_total{engine,model}`: its estimated price (the rates of the call's cost estimate). */
  readonly transcriptionCostUsd: Counter<'engine' | 'model'>;
  /**
   * `callscribe_webhook_deliveries_total{provider,verdict}`: telephony webhook deliveries and storage events (provider
   * `s3`), by what became of them; `error` is one answered 5xx (verified but not recorded). The README's metrics table
   * lists every verdict.
   */
  readonly webhookDeliveries: Counter<'provider' | 'verdict'>;
  /**
   * `callscribe_telephony_warnings_total{provider,code}`: calls a telephony download let through with less than it
   * could have (`REP_LOOKUP_REFUSED`: no rep e-mail because the provider refused the user lookup;
   * `CUSTOMER_LEG_GUESSED`). Each is also logged at warn with the recording id.
   */
  readonly telephonyWarnings: Counter<'provider' | 'code'>;
  /**
   * Reports `callscribe_queue_jobs{queue,state}` and `callscribe_queue_workers{queue}` for these queues,
   * read from Redis at each scrape; not while `down()` says Redis is away (its outage state).
   */
  watchQueues(queues: readonly Queue[], down?: () => boolean): void;
}

export interface MetricsOptions {
  /** Also the process's own metrics (CPU, memory, event loop lag, GC), prefixed `callscribe_`: for `serve`, `work` and `demo`, not tests. */
  processMetrics?: boolean;
  /** Where a failed queue count is reported (the scrape goes on without that queue). */
  logger?: Logger;
  /** How long a scrape waits for the queues' job counts before answering without them (Redis down or frozen); 2 s by default. */
  queueCountMs?: number;
}

export function createMetrics(opts: MetricsOptions = {}): Metrics {
  const registry = new Registry();
  const queueCountMs = opts.queueCountMs ?? 2_000;
  if (opts.processMetrics) {
    collectDefaultMetrics({ register: registry, prefix: 'callscribe_' });
    // Prometheus keeps `_total` for counters. prom-client's defaults include gauges named so (the active
    // handles, requests and resources), each the sum of the gauge of the same name without `_total`, which
    // counts them by type: they are left out, as `sum(callscribe_nodejs_active_handles)` is the same number.
    for (const metric of registry.getMetricsAsArray()) if (metric instanceof Gauge && metric.name.endsWith('_total')) registry.removeSingleMetric(metric.name);
  }
  const registers = [registry];
  let watched: readonly Queue[] = [];
  let downs: Array<() => boolean> = [];
  // One count at a time: BullMQ holds the commands of a count Redis has not answered until it does, so
  // a count per scrape during an outage would pile them up (and the memory they hold).
  let counting: Promise<Counted> | null = null;
  // One warning per outage: set when a scrape leaves the counts out, cleared by the next count that answers.
  let warned = false;
  const leaveOut = (why: string) => {
    if (warned) return;
    warned = true;
    opts.logger?.warn({ queues: watched.length, timeoutMs: queueCountMs, why }, 'Redis does not answer: /metrics leaves out the queue job counts until it does');
  };
  new Gauge({
    name: 'callscribe_queue_jobs',
    help: 'Jobs per queue and state, read from Redis when scraped.',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      this.reset();
      if (downs.some((down) => down())) return leaveOut('Redis is down');
      if (counting) return leaveOut('the last count is still waiting for Redis');
      const started = countJobs(watched, opts.logger).finally(() => (counting = null));
      counting = started;
      const counted = await withinMs(started, queueCountMs);
      if (counted === 'late') return leaveOut('no answer in time');
      warned = false;
      for (const { queue, counts } of counted) {
        for (const state of JOB_STATES) this.set({ queue: queue.name, state }, counts[state] ?? 0);
      }
    },
  });
  registerQueueWorkersGauge({ registry, watched: () => watched, down: () => downs.some((down) => down()), boundMs: queueCountMs, logger: opts.logger });
  return {
    registry,
    stepDuration: new Histogram({
      name: 'callscribe_step_duration_seconds',
      help: 'Time of each job attempt of a pipeline step, by how it ended.',
      labelNames: ['queue', 'step', 'outcome'],
      // Steps range from a CRM write (sub-second) to transcribing an hour of audio locally.
      buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600, 1800],
      registers,
    }),
    stepFailures: new Counter({ name: 'callscribe_step_failures_total', help: 'Failed step attempts by error code; final="true" when the call ended failed.', labelNames: ['queue', 'step', 'code', 'final'], registers }),
    crmRequests: new Counter({ name: 'callscribe_crm_requests_total', help: 'CRM adapter operations by outcome.', labelNames: ['crm', 'operation', 'outcome'], registers }),
    crmReadRetries: new Counter({ name: 'callscribe_crm_read_retries_total', help: 'Failed tries of CRM reads that the client tried again, by kind of failure.', labelNames: ['crm', 'kind'], registers }),
    engineRequests: new Counter({ name: 'callscribe_engine_requests_total', help: 'Transcription and extraction engine requests by outcome.', labelNames: ['kind', 'engine', 'outcome'], registers }),
    audioSeconds: new Counter({ name: 'callscribe_audio_transcribed_seconds_total', help: 'Seconds of audio transcribed.', labelNames: ['engine', 'model'], registers }),
    transcriptionCostUsd: new Counter({ name: 'callscribe_transcription_cost_usd_total', help: 'Estimated transcription cost in USD.', labelNames: ['engine', 'model'], registers }),
    webhookDeliveries: new Counter({ name: 'callscribe_webhook_deliveries_total', help: 'Telephony webhook deliveries and storage events (provider s3) by provider and verdict.', labelNames: ['provider', 'verdict'], registers }),
    telephonyWarnings: new Counter({ name: 'callscribe_telephony_warnings_total', help: 'Telephony downloads let through with less than they could have (a refused rep lookup, a guessed customer leg), by provider and code.', labelNames: ['provider', 'code'], registers }),
    watchQueues(queues, down) {
      watched = [...watched, ...queues];
      if (down) downs = [...downs, down];
    },
  };
}

type Counted = Array<{ queue: Queue; counts: Record<string, number> }>;

/** Each queue's job counts; a queue whose count fails is logged and left out. */
async function countJobs(queues: readonly Queue[], logger: Logger | undefined): Promise<Counted> {
  const counted = await Promise.all(queues.map(async (queue) => {
    try {
      return { queue, counts: await queue.getJobCounts(...JOB_STATES) };
    } catch (err) {
      logger?.warn({ queue: queue.name, err: (err as Error).message }, 'could not count the jobs of a queue for /metrics');
      return null;
    }
  }));
  return counted.filter((c) => c !== null);
}

/** 'late' when Redis has not answered within `ms`: BullMQ holds commands while Redis is away, which would hold the whole scrape. */
async function withinMs<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ms)));
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
