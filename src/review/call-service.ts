import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { CONSENT_STOPS, isTerminal, resumeStep, type StepName } from '../domain/call.ts';
import type { Lane } from '../queues/lanes.ts';
import { callKeys } from '../domain/call-keys.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { Insights } from '../domain/insights.ts';
import { mayDecide, type Decision } from '../domain/review.ts';
import { STAGE_DECISION_ID, stageUndoRefusal } from '../domain/stage-undo.ts';
import { Transcript } from '../domain/transcript.ts';
import { permanent } from '../errors/app-error.ts';
import { withinRedisAnswer } from '../errors/redis-unreachable.ts';
import { getJson, type BlobStore } from '../ports/blob-store.ts';
import type { Logger } from '../logging/logger.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { CallIndex, CallListPage, CallListQuery, FailedGroup } from '../ports/call-index.ts';
import type { Call } from '../domain/call.ts';
import { findCall, newCall } from '../pipeline/call-record.ts';
import { erasureOf } from '../intake/erasure-mark.ts';
import { loadSource } from '../intake/source-record.ts';
import { canAccessCall, hasRight, visibleTo, type Identity as Reader } from '../http/identity.ts';
import type { CallLocks } from './call-lock.ts';
import type { CallView, CrmLink } from './call-view.ts';

export interface CallServiceDeps {
  blobs: BlobStore;
  index: CallIndex;
  locks: CallLocks;
  /** Queues a step for a call (BullMQ in the service), in the interactive lane unless `lane` says otherwise. */
  enqueue: (step: StepName, callId: string, opts?: { lane?: Lane }) => Promise<void>;
  /** Waits until no job of the step runs for the call, before a person's change (see StepQueues.waitUntilIdle). */
  waitUntilIdle?: (step: StepName, callId: string) => Promise<void>;
  /** Removes the call's queued jobs before it is erased (see StepQueues.removeJobs); optional. */
  removeJobs?: (callId: string) => Promise<number>;
  /** Waits while a notification of the call is being sent, after its erasure mark is written (see StepQueues.waitForDeliveries); optional. */
  waitForDeliveries?: (callId: string) => Promise<boolean>;
  /** Refreshes the call's row in the index after a change. */
  reindexCall: (callId: string) => Promise<void>;
  transcribeProgress?: (callId: string) => Promise<{ chunksDone: number; chunksTotal: number } | null>;
  /** The workers on the queue holding the call's job of a step (see StepQueues.stepWorkers); optional. */
  stepWorkers?: (step: StepName, callId: string) => Promise<{ lane: Lane; workers: number } | null>;
  /** Looks up a deal a reviewer names by id, so a typo is refused before it is applied; optional. */
  crm?: Pick<CrmAdapter, 'getDeal' | 'getContact'>;
  /** Whether the CRM can create contacts (an `unknown_contact` decision may then be approved as `create`). */
  canCreateContact: boolean;
  /** A web link to a CRM record, where the CRM has one. */
  crmRecordUrl?: (kind: CrmLink['kind'], id: string) => string | null;
  clock: () => Date;
  logger: Logger;
}

export const CALL_ID = /^c_[0-9a-f]{24}$/;
/**
 * How long a call's view waits for its transcription progress (read from the queues): the figures are
 * optional, so a Redis that is down or frozen costs the view a second and its progress, not an answer.
 */
export const PROGRESS_WAIT_MS = 1_000;
/**
 * The only types the recording is served as, by the extension it is stored under. The uploader's
 * Content-Type is never echoed: anything else is served as a download (`application/octet-stream`).
 */
const AUDIO_TYPES: Readonly<Record<string, string>> = {
  wav: 'audio/wav', mp3: 'audio/mpeg', ogg: 'audio/ogg', opus: 'audio/ogg', flac: 'audio/flac', m4a: 'audio/mp4',
  mp4: 'audio/mp4', webm: 'audio/webm', aac: 'audio/aac', amr: 'audio/amr',
};

/** Reading calls as a given reader may: the list, one call's view, its recording. */
export function createCallReader(deps: CallServiceDeps) {
  async function load(reader: Reader, id: string) {
    const call = CALL_ID.test(id) ? ((await findCall(deps.blobs, id)) ?? (await announced(id))) : null;
    if (!call) throw permanent('CALL_NOT_FOUND', `No call with id ${id}.`);
    if (!canAccessCall(reader, call)) throw permanent('CALL_FORBIDDEN', `Call ${id} belongs to another rep; a rep sees only their own calls.`);
    return call;
  }

  /**
   * A call a webhook or a storage event announced, whose ingest job has not run yet: the API answered once its
   * source was stored and its job queued, so the call is shown, at `received`, from what the delivery said.
   * Nothing is written: the ingest worker makes call.json. An erased call's leftover source shows nothing.
   */
  async function announced(id: string): Promise<Call | null> {
    const source = await loadSource(deps.blobs, id);
    if (!source || (await erasureOf(deps.blobs, id))) return null;
    return newCall({ id, meta: source.meta, recording: null }, new Date(source.receivedAt));
  }

  async function view(reader: Reader, id: string): Promise<CallView> {
    const call = await load(reader, id);
    const [transcript, insights, crm] = await Promise.all([
      getJson(deps.blobs, callKeys.transcript(id), (raw) => Transcript.parse(raw)),
      getJson(deps.blobs, callKeys.insights(id), (raw) => Insights.parse(raw)),
      getJson(deps.blobs, callKeys.crm(id), (raw) => CrmRecord.parse(raw)),
    ]);
    // The step the call waits for: at received, ingest (a recording still to fetch) or prepare (an
    // upload's recording stored, not yet being prepared), as the stranded-calls sweep reads it.
    const step = isTerminal(call.status) ? null : resumeStep(call, false);
    const [progress, workers] = await Promise.all([
      call.status === 'transcribing' && deps.transcribeProgress ? withinRedisAnswer(deps.transcribeProgress(id), PROGRESS_WAIT_MS).catch(() => null) : null,
      step && deps.stepWorkers ? withinRedisAnswer(deps.stepWorkers(step, id), PROGRESS_WAIT_MS).catch(() => null) : null,
    ]);
    const settled = call.status === 'done' || call.status === 'needs_review';
    const body = {
      call,
      transcript,
      insights,
      crm: crm && { adapter: crm.adapter, contact: crm.contact, deal: crm.deal, callLog: crm.callLog && { id: crm.callLog.id }, tasks: crm.tasks.map(({ key, id: taskId, subject }) => ({ key, id: taskId, subject })), syncedAt: crm.syncedAt },
      review: (crm?.review.decisions ?? []).map((d) => withRecordLinks(d, deps.crmRecordUrl)),
      audit: crm?.review.audit ?? [],
      links: crm ? linksOf(crm, call, deps.crmRecordUrl) : [],
    };
    return {
      ...body,
      etag: etagOf(body),
      progress: progress && { step: 'transcribe', ...progress },
      noWorker: step && workers?.workers === 0 ? { step, lane: workers.lane } : null,
      can: {
        review: settled,
        decide: settled ? body.review.filter((d) => d.state === 'pending' && mayDecide(reader.role, d)).map((d) => d.id) : [],
        correct: settled && insights !== null,
        retry: reader.role === 'manager' && call.status === 'failed' && !CONSENT_STOPS.has(call.error?.code ?? ''),
        undoStage: reader.role === 'manager' && settled && stageUndoRefusal(crm?.review.decisions.find((d) => d.id === STAGE_DECISION_ID), crm?.deal?.id ?? null) === null,
      },
    };
  }

  return {
    load,
    view,
    async list(reader: Reader, query: Omit<CallListQuery, 'visibleTo'>): Promise<CallListPage & { pendingReview: number; pendingForRep?: number }> {
      const scope = visibleTo(reader);
      // A rep also hears how many of those calls have decisions they may make themselves (the rest wait for a manager).
      const [page, pendingReview, pendingForRep] = await Promise.all([
        deps.index.list({ ...query, visibleTo: scope }),
        deps.index.countPendingReview(scope),
        reader.role === 'rep' ? deps.index.countPendingForRep(scope) : undefined,
      ]);
      return { ...page, pendingReview, ...(pendingForRep !== undefined && { pendingForRep }) };
    },
    /** Every failed call counted by error code, for a reader who may retry them (`retryFailed`): managers. */
    async failedByCode(reader: Reader): Promise<FailedGroup[]> {
      if (!hasRight(reader, 'calls:retry')) throw permanent('AUTH_FORBIDDEN', 'Only a manager may see and retry the failed calls by cause.');
      return deps.index.countFailedByCode();
    },
    /**
     * The recording as received, whole or a byte range, for the call page's player. A recording stored
     * under a known audio extension is served as that audio type; anything else as a `download`
     * (`application/octet-stream`). A range outside the recording answers `unsatisfiable` (416), with no stream.
     */
    async audio(reader: Reader, id: string, requested: ByteRange | null): Promise<RecordingAnswer> {
      const call = await load(reader, id);
      if (!call.recording) throw permanent('AUDIO_MISSING', `The recording of call ${id} has not been fetched from its source yet.`);
      if (call.audioRemoved) throw permanent('AUDIO_MISSING', `The recording of call ${id} was deleted on ${call.audioRemoved.at} (${call.audioRemoved.reason === 'retention' ? 'retention policy' : 'recording consent refused'}).`);
      const head = await deps.blobs.head(call.recording.key);
      if (!head) throw permanent('AUDIO_MISSING', `The recording of call ${id} is no longer stored (removed by retention, or never stored).`);
      const ext = /\.([a-z0-9]+)$/.exec(call.recording.key)?.[1] ?? '';
      const known = Object.hasOwn(AUDIO_TYPES, ext);
      const served = { bytes: head.bytes, contentType: known ? AUDIO_TYPES[ext]! : 'application/octet-stream', download: !known };
      const range = requested && fitRange(requested, head.bytes);
      if (range === 'unsatisfiable') return { ...served, unsatisfiable: true };
      // Deleted between the two reads (retention, an erasure): the same answer as when `head` found nothing, never the store's own words.
      const stream = await deps.blobs.getStream(call.recording.key, range ?? undefined).catch((err: unknown) => {
        if ((err as { code?: unknown }).code === 'BLOB_NOT_FOUND') throw permanent('AUDIO_MISSING', `The recording of call ${id} is no longer stored (removed by retention, or never stored).`);
        throw err;
      });
      return { ...served, unsatisfiable: false, range, stream };
    },
  };
}

export type CallReader = ReturnType<typeof createCallReader>;

/** A strong ETag over everything the view shows (not progress, which moves by itself). */
export function etagOf(body: unknown): string {
  return `"${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** One requested byte range: `first-last` (`last` null: to the end), or the last `suffix` bytes. */
export type ByteRange = { first: number; last: number | null } | { suffix: number };

/** What `audio()` answers: the recording's size and how it is served, then its bytes (whole or a range) or `unsatisfiable`. */
export type RecordingAnswer = { bytes: number; contentType: string; download: boolean } & (
  | { unsatisfiable: false; range: { start: number; end: number } | null; stream: Readable }
  | { unsatisfiable: true }
);

/** Clamps a requested range to the object (RFC 9110 §14.1.2): one starting past the end, or an empty suffix, is unsatisfiable (416). */
function fitRange(requested: ByteRange, size: number): { start: number; end: number } | 'unsatisfiable' {
  if ('suffix' in requested) return requested.suffix > 0 && size > 0 ? { start: Math.max(0, size - requested.suffix), end: size - 1 } : 'unsatisfiable';
  if (requested.first >= size) return 'unsatisfiable';
  return { start: requested.first, end: Math.min(requested.last ?? size - 1, size - 1) };
}

/** The CRM records a decision offers (contacts or deals to choose, duplicates found), each linked to its page in the CRM. */
function withRecordLinks(d: Decision, url: CallServiceDeps['crmRecordUrl']): Decision {
  const kind: CrmLink['kind'] | null =
    d.kind === 'choose_contact' || d.finding?.type === 'duplicate_contacts' ? 'contact' : d.kind === 'choose_deal' || d.finding?.type === 'duplicate_deals' ? 'deal' : null;
  if (!kind || !url || !d.options.length) return d;
  return { ...d, options: d.options.map((o) => ({ ...o, url: o.url ?? url(kind, o.value) })) };
}

/**
 * The records written for the call, each by the best name callscribe holds without asking the CRM: the deal's name
 * as read when it was matched, the label the CRM gave the record among a decision's options, else (a contact) the
 * customer's name from the call, else its id.
 */
function linksOf(crm: CrmRecord, call: Call, url: CallServiceDeps['crmRecordUrl']): CrmLink[] {
  const link = (kind: CrmLink['kind'], id: string, label: string): CrmLink => ({ kind, id, label, url: url?.(kind, id) ?? null });
  const optionLabel = (id: string) => crm.review.decisions.flatMap((d) => d.options).find((o) => o.value === id)?.label;
  const customer = [call.meta.customer?.name, call.meta.customer?.company].filter(Boolean).join(', ');
  return [
    ...(crm.contact ? [link('contact', crm.contact.id, optionLabel(crm.contact.id) ?? (customer || crm.contact.id))] : []),
    ...(crm.deal ? [link('deal', crm.deal.id, crm.deal.name ?? optionLabel(crm.deal.id) ?? crm.deal.id)] : []),
    ...(crm.callLog ? [link('call_log', crm.callLog.id, 'This call')] : []),
    ...crm.tasks.map((t) => link('task', t.id, t.subject)),
  ];
}
