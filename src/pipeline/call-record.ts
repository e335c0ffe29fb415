import { Call, nextStep, STATUS_OF_STEP, type StepName } from '../domain/call.ts';
import { callKeys } from '../domain/call-keys.ts';
import { permanent, type AppError } from '../errors/app-error.ts';
import { getJson, putJson, type BlobStore } from '../ports/blob-store.ts';
import type { StepResult } from './pipeline-ports.ts';

export async function loadCall(blobs: BlobStore, callId: string): Promise<Call> {
  const call = await findCall(blobs, callId);
  if (!call) throw permanent('CALL_NOT_FOUND', `Call ${callId} has no call.json in ${blobs.describe}.`);
  return call;
}

export function findCall(blobs: BlobStore, callId: string): Promise<Call | null> {
  return getJson(blobs, callKeys.call(callId), (raw) => Call.parse(raw));
}

export async function saveCall(blobs: BlobStore, call: Call): Promise<void> {
  await putJson(blobs, callKeys.call(call.id), Call.parse(call));
}

/** A new call record: what the source said (meta, the recording if there is one yet), nothing run. */
export function newCall(init: Pick<Call, 'id' | 'meta' | 'recording'> & Partial<Pick<Call, 'status' | 'uploadedBy' | 'error' | 'providedTranscript'>>, now: Date): Call {
  const at = now.toISOString();
  return {
    schemaVersion: 1,
    status: 'received',
    uploadedBy: null,
    error: null,
    ...init,
    createdAt: at,
    updatedAt: at,
    audio: null,
    steps: [],
    engines: { transcriber: null, extractor: null, crm: null },
    disposition: null,
    review: null,
    cost: { audioSeconds: 0, estimatedUsd: 0 },
  };
}

/**
 * Read-modify-write of call.json. Writers do not race: one step of a call runs at a time (job ids are
 * per call and step), and people's changes (review, corrections, retry) are made only while no step
 * runs, under the call's lock.
 */
export async function updateCall(blobs: BlobStore, callId: string, change: (call: Call) => void, now: Date): Promise<Call> {
  const call = await loadCall(blobs, callId);
  change(call);
  call.updatedAt = now.toISOString();
  await saveCall(blobs, call);
  return call;
}

export function markStepStarted(call: Call, step: StepName, attempt: number, now: Date): void {
  call.status = STATUS_OF_STEP[step];
  call.error = null;
  call.steps.push({ step, startedAt: now.toISOString(), finishedAt: null, durationMs: null, attempt, outcome: 'running', errorCode: null });
}

export function markStepFinished(call: Call, step: StepName, result: StepResult, now: Date): void {
  Object.assign(call, result.patch ?? {});
  closeRun(call, step, 'ok', null, now);
  // The status moves on to the next step as soon as this one is done: it is queued from here on.
  const next = nextStep(step);
  if (result.finalStatus) call.status = result.finalStatus;
  else if (next) call.status = STATUS_OF_STEP[next];
  if (result.reviewReason !== undefined) call.review = result.reviewReason ? { reason: result.reviewReason } : null;
}

/** Records a failed attempt; when it is the last one the call ends `failed` with the error's code. */
export function markStepFailed(call: Call, step: StepName, err: AppError, final: boolean, now: Date): void {
  closeRun(call, step, final ? 'failed' : 'retrying', err.code, now);
  call.error = { code: err.code, message: err.message, step, retryable: err.retryable, at: now.toISOString() };
  if (final) call.status = 'failed';
}

function closeRun(call: Call, step: StepName, outcome: 'ok' | 'failed' | 'retrying', errorCode: string | null, now: Date): void {
  const run = call.steps.findLast((r) => r.step === step && r.outcome === 'running');
  if (!run) return;
  run.finishedAt = now.toISOString();
  run.durationMs = now.getTime() - Date.parse(run.startedAt);
  run.outcome = outcome;
  run.errorCode = errorCode;
}
