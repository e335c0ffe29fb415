import type { ReadRetry } from '../adapters/crm/http/retry-read.ts';
import { toAppError } from '../errors/app-error.ts';
import type { Logger } from '../logging/logger.ts';
import type { PipelinePorts } from '../pipeline/pipeline-ports.ts';
import { transcriptionUsd } from '../pipeline/transcribe.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { Extractor } from '../ports/extractor.ts';
import type { SourceWarning } from '../ports/telephony-source.ts';
import type { Transcriber } from '../ports/transcriber.ts';
import type { Metrics, RequestOutcome } from './metrics.ts';

/** The engines and the CRM of `ports`, counted: each request by outcome, and the audio transcribed with its estimated cost. */
export function instrumentPorts<P extends Pick<PipelinePorts, 'transcriber' | 'extractor' | 'crm'>>(ports: P, metrics: Metrics): P {
  return {
    ...ports,
    transcriber: instrumentTranscriber(ports.transcriber, metrics),
    extractor: instrumentExtractor(ports.extractor, metrics),
    crm: instrumentCrm(ports.crm, metrics),
  };
}

const failed = (thrown: unknown): RequestOutcome => (toAppError(thrown).retryable ? 'retryable_error' : 'permanent_error');

/** Runs `request`, counting how it ended with `count`; `ok` may say what a success was (`not_found`). */
async function counted<T>(request: () => Promise<T>, count: (outcome: RequestOutcome) => void, ok: (result: T) => RequestOutcome = () => 'ok'): Promise<T> {
  let result: T;
  try {
    result = await request();
  } catch (thrown) {
    count(failed(thrown));
    throw thrown;
  }
  count(ok(result));
  return result;
}

export function instrumentTranscriber(transcriber: Transcriber, metrics: Metrics): Transcriber {
  const engine = transcriber.engine;
  return {
    ...transcriber,
    async transcribe(input) {
      const transcript = await counted(() => transcriber.transcribe(input), (outcome) => metrics.engineRequests.inc({ kind: 'transcription', engine, outcome }));
      const seconds = input.tracks.reduce((sum, t) => sum + t.durationSec, 0);
      const labels = { engine: transcript.engine, model: transcript.model ?? '' };
      metrics.audioSeconds.inc(labels, seconds);
      metrics.transcriptionCostUsd.inc(labels, transcriptionUsd(transcript.engine, transcript.model, seconds));
      return transcript;
    },
  };
}

export function instrumentExtractor(extractor: Extractor, metrics: Metrics): Extractor {
  const engine = extractor.engine;
  return {
    ...extractor,
    extract: (input) => counted(() => extractor.extract(input), (outcome) => metrics.engineRequests.inc({ kind: 'extraction', engine, outcome })),
  };
}

/**
 * What hears of a CRM read its client tries again: counted in `crmReadRetries` (with metrics) and logged at debug.
 * instrumentCrm cannot see these tries: it counts each operation once, by how it ended.
 */
export function crmReadRetryHook(crm: string, logger: Logger, metrics?: Metrics): (retry: ReadRetry) => void {
  return ({ error, tried, waitMs }) => {
    metrics?.crmReadRetries.inc({ crm, kind: error.kind ?? 'unavailable' });
    logger.debug({ adapter: crm, code: error.code, status: error.status, tried, waitMs }, 'CRM read failed; trying it again');
  };
}

/** Every operation the adapter has (optional ones only when it has them), counted by operation and outcome. */
export function instrumentCrm(crm: CrmAdapter, metrics: Metrics): CrmAdapter {
  const count = (operation: string) => (outcome: RequestOutcome) => metrics.crmRequests.inc({ crm: crm.kind, operation, outcome });
  const { createContact, ping, findOwner } = crm;
  return {
    kind: crm.kind,
    ...(crm.jobsPerSecond !== undefined && { jobsPerSecond: crm.jobsPerSecond }),
    findContact: (who) => counted(() => crm.findContact(who), count('findContact'), (m) => (m.kind === 'not_found' ? 'not_found' : 'ok')),
    getDeal: (id) => counted(() => crm.getDeal(id), count('getDeal'), (deal) => (deal ? 'ok' : 'not_found')),
    findOpenDeals: (contactId) => counted(() => crm.findOpenDeals(contactId), count('findOpenDeals')),
    getContact: (id) => counted(() => crm.getContact(id), count('getContact'), (contact) => (contact ? 'ok' : 'not_found')),
    updateContactField: (id, field, value, key) => counted(() => crm.updateContactField(id, field, value, key), count('updateContactField')),
    updateDealField: (id, field, value, key) => counted(() => crm.updateDealField(id, field, value, key), count('updateDealField')),
    updateTask: (id, change, key) => counted(() => crm.updateTask(id, change, key), count('updateTask'), (done) => (done ? 'ok' : 'not_found')),
    logCall: (input) => counted(() => crm.logCall(input), count('logCall')),
    updateCallLog: (id, input) => counted(() => crm.updateCallLog(id, input), count('updateCallLog')),
    createTask: (input) => counted(() => crm.createTask(input), count('createTask')),
    updateDealStage: (dealId, stage, key) => counted(() => crm.updateDealStage(dealId, stage, key), count('updateDealStage')),
    ...(createContact && { createContact: (who, key, attempt) => counted(() => crm.createContact!(who, key, attempt), count('createContact')) }),
    ...(ping && { ping: () => counted(() => crm.ping!(), count('ping')) }),
    ...(findOwner && { findOwner: (email) => counted(() => crm.findOwner!(email), count('findOwner'), (owner) => (owner ? 'ok' : 'not_found')) }),
  };
}

/**
 * What hears a telephony source's warnings (a call let through with less than it could have): logged at warn with the
 * recording id, for a person to act on, and counted in `telephonyWarnings` (with metrics).
 */
export function telephonyWarningHook(logger: Logger, metrics?: Metrics): (warning: SourceWarning) => void {
  return ({ provider, recordingId, code, message, status }) => {
    metrics?.telephonyWarnings.inc({ provider, code });
    logger.warn({ adapter: provider, recordingId, code, ...(status !== undefined && { status }) }, message);
  };
}
