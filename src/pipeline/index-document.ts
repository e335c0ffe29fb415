import { Call } from '../domain/call.ts';
import { CrmRecord } from '../domain/crm-record.ts';
import { callKeys } from '../domain/call-keys.ts';
import { Insights, StageKey } from '../domain/insights.ts';
import { Transcript } from '../domain/transcript.ts';
import { countWork } from './count-work.ts';
import { AppError, permanent, toAppError } from '../errors/app-error.ts';
import { DECISION_KINDS, mayDecide, type DecisionKind } from '../domain/review.ts';
import { moveUndone } from '../domain/stage-undo.ts';
import { getJson, type BlobStore } from '../ports/blob-store.ts';
import type { CallIndexDocument } from '../ports/call-index.ts';

/** The little of crm.json the index reads: its review decisions and their states (old files are migrated by CrmRecord). */
export type CrmReviewView = {
  review?: {
    decisions?: readonly {
      state: string; kind?: string; options?: readonly unknown[]; finding?: { type: string } | null; proposed?: string | null; value?: string | null;
      undo?: { applied?: { wrote?: unknown } | null } | null;
    }[];
  } | null;
} | null;

export interface IndexSources {
  call: Call;
  insights: Insights | null;
  crm: CrmRecord | CrmReviewView;
  transcript: Transcript | null;
}

const orNull = <T>(v: T | null | undefined): T | null => v ?? null;

/** The call-list document of one call, from its parsed artifacts (any but call.json may be missing yet). */
export function indexDocument({ call, insights, crm, transcript }: IndexSources): CallIndexDocument {
  const rep = call.meta.rep;
  const customer = call.meta.customer;
  const repDoc = { name: orNull(rep?.name), email: orNull(rep?.email) };
  const customerDoc = { name: orNull(customer?.name), company: orNull(customer?.company), phone: orNull(customer?.phone) };
  return {
    id: call.id,
    status: call.status,
    startedAt: orNull(call.meta.startedAt),
    receivedAt: call.createdAt,
    updatedAt: call.updatedAt,
    // A party the source knows nothing about is no party: the list shows null rather than empty names.
    rep: repDoc.name === null && repDoc.email === null ? null : repDoc,
    customer: customerDoc.name === null && customerDoc.company === null && customerDoc.phone === null ? null : customerDoc,
    customerEmail: orNull(customer?.email?.trim() || null),
    uploadedBy: call.uploadedBy,
    durationSec: call.audio?.durationSec ?? transcript?.durationSec ?? null,
    summary: insights?.summary ?? null,
    proposedStage: insights?.dealStage.proposed ?? null,
    // Every decision still waiting for a person counts, hygiene findings too: a call whose findings do not hold it
    // (`done`) must still be found in the review queue until each is decided.
    pendingDecisions: crm?.review?.decisions?.filter((d) => d.state === 'pending').length ?? 0,
    transcriptText: transcript?.text ?? null,
    work: crm && 'tasks' in crm ? countWork({ call, insights, crm, decisions: crm.review.decisions, audit: crm.review.audit }) : null,
    // A retried call keeps its last error until it succeeds: only a failed call counts under its code.
    errorCode: call.status === 'failed' ? (call.error?.code ?? null) : null,
    // Between the attempts of a step the call keeps its step's status, and the last attempt's error.
    retryingCode: call.status !== 'failed' && call.error?.retryable ? call.error.code : null,
    ...waitingFor(crm),
    stageDecision: stageDecisionOf(crm),
    recordingName: call.recording?.filename ?? null,
  };
}

/** Why the call waits (the kinds of its pending decisions) and how many of those a rep may make. */
function waitingFor(crm: IndexSources['crm']): { pendingKinds: DecisionKind[]; pendingForRep: number } {
  const pending = crm?.review?.decisions?.filter((d) => d.state === 'pending') ?? [];
  const kinds = new Set(pending.map((d) => d.kind));
  const forRep = pending.filter((d) => (DECISION_KINDS as readonly string[]).includes(d.kind ?? '') && mayDecide('rep', { kind: d.kind as DecisionKind, options: (d.options ?? []) as never[], finding: (d.finding ?? null) as never })).length;
  return { pendingKinds: DECISION_KINDS.filter((k) => kinds.has(k)), pendingForRep: forRep };
}

/**
 * The deal-stage decision once made: the stage set when approved (another than proposed when a reviewer chose it);
 * `undone` (with the stage it had set) once a manager's undo moved the deal back.
 */
function stageDecisionOf(crm: IndexSources['crm']): CallIndexDocument['stageDecision'] {
  const d = crm?.review?.decisions?.find((x) => x.kind === 'deal_stage' && (x.state === 'approved' || x.state === 'rejected'));
  if (!d) return null;
  if (d.state === 'rejected') return { state: 'rejected', stage: null };
  const stage = StageKey.safeParse(d.value ?? d.proposed);
  return { state: moveUndone(d) ? 'undone' : 'approved', stage: stage.success ? stage.data : null };
}

/** Reads and parses one artifact; one that does not parse is `ARTIFACT_UNREADABLE`, an unreachable store stays retryable. */
async function read<T>(blobs: BlobStore, key: string, parse: (raw: unknown) => T): Promise<T | null> {
  try {
    return await getJson(blobs, key, parse);
  } catch (err) {
    const e = toAppError(err);
    if (e.retryable) throw e;
    throw new AppError('ARTIFACT_UNREADABLE', `${key} cannot be read: ${e.message}`, { cause: err });
  }
}

/**
 * Reads a call's four JSON artifacts from the store and builds its document; null when the call has
 * no call.json. An artifact that exists but does not parse is `ARTIFACT_UNREADABLE` (permanent); a
 * store that cannot be reached stays retryable.
 */
export async function loadIndexDocument(blobs: BlobStore, callId: string): Promise<CallIndexDocument | null> {
  const call = await read(blobs, callKeys.call(callId), (raw) => Call.parse(raw));
  if (!call) return null;
  if (call.id !== callId) throw permanent('ARTIFACT_UNREADABLE', `${callKeys.call(callId)} holds call ${call.id}, not ${callId}.`);
  const [insights, transcript, crm] = await Promise.all([
    read(blobs, callKeys.insights(callId), (raw) => Insights.parse(raw)),
    read(blobs, callKeys.transcript(callId), (raw) => Transcript.parse(raw)),
    read(blobs, callKeys.crm(callId), (raw) => CrmRecord.parse(raw)),
  ]);
  return indexDocument({ call, insights, transcript, crm });
}
