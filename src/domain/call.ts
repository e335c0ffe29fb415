import { z } from 'zod';
import { CallMeta } from './call-meta.ts';

export const CALL_STATUSES = [
  'received',
  'preparing',
  'transcribing',
  'extracting',
  'syncing',
  'needs_review',
  'done',
  'failed',
] as const;
export const CallStatus = z.enum(CALL_STATUSES);
export type CallStatus = z.infer<typeof CallStatus>;

export const STEP_NAMES = ['ingest', 'prepare', 'transcribe', 'extract', 'sync'] as const;
export const StepName = z.enum(STEP_NAMES);
export type StepName = z.infer<typeof StepName>;

/** The status a call shows while a step runs. */
export const STATUS_OF_STEP: Record<StepName, CallStatus> = {
  ingest: 'received',
  prepare: 'preparing',
  transcribe: 'transcribing',
  extract: 'extracting',
  sync: 'syncing',
};

export const StepRun = z.object({
  step: StepName,
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  durationMs: z.number().nullable(),
  attempt: z.number().int().min(1),
  outcome: z.enum(['running', 'ok', 'retrying', 'failed']),
  errorCode: z.string().nullable(),
});
export type StepRun = z.infer<typeof StepRun>;

export const CallError = z.object({
  code: z.string(),
  message: z.string(),
  step: StepName.nullable(),
  retryable: z.boolean(),
  at: z.iso.datetime(),
});
export type CallError = z.infer<typeof CallError>;

/**
 * Something a person should know about a call that did not stop it: it went on with less than it could have (a
 * telephony provider refused the rep's user lookup, `REP_LOOKUP_REFUSED`; a customer leg picked among several,
 * `CUSTOMER_LEG_GUESSED`). `code` is stable; `message` says what happened and what to do.
 */
export const CallWarning = z.object({ code: z.string(), message: z.string(), at: z.iso.datetime() });
export type CallWarning = z.infer<typeof CallWarning>;

/** At most this many warnings are kept on a call (the newest); one per code and message. */
export const MAX_CALL_WARNINGS = 10;

/** The call's warnings with `added` (each at `at`): one per code and message (the newest), the newest MAX_CALL_WARNINGS. */
export function withWarnings(kept: readonly CallWarning[] | undefined, added: readonly Pick<CallWarning, 'code' | 'message'>[], at: Date): CallWarning[] {
  const fresh = added.map((w) => ({ code: w.code, message: w.message, at: at.toISOString() }));
  const same = (a: CallWarning, b: CallWarning) => a.code === b.code && a.message === b.message;
  const older = (kept ?? []).filter((k) => !fresh.some((f) => same(f, k)));
  return [...older, ...fresh].slice(-MAX_CALL_WARNINGS);
}

/**
 * Failure codes whose cause is the recording's own content, thrown where ingest and prepare read it
 * (src/audio/probe.ts, split-tracks.ts, convert.ts; an empty upload or fetch): not audio at all, undecodable,
 * empty. The same recording fails the same way however often it is run again; only another recording gets the
 * call through. Limits (AUDIO_TOO_LONG, AUDIO_TOO_LARGE) and the meta's channels are not here: raising the
 * limit or fixing the meta lets a retry or a resend pass.
 */
export const RECORDING_CONTENT_FAILURES: ReadonlySet<string> = new Set(['AUDIO_NOT_AUDIO', 'AUDIO_CORRUPT', 'AUDIO_EMPTY']);

/**
 * Failure codes of a call stopped for recording consent (src/pipeline/consent.ts): its audio and any transcript
 * sent with it were deleted on purpose, so no retry can process it, and one would only overwrite why it stopped.
 */
export const CONSENT_STOPS: ReadonlySet<string> = new Set(['CONSENT_REFUSED', 'CONSENT_NOT_GRANTED']);

/** call.json: the durable record of one call (DESIGN.md, "Call record and S3 layout"). */
export const Call = z.preprocess(migrateStepNames, z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  status: CallStatus,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  meta: CallMeta,
  /** Who uploaded the recording (an Identity's principal: e-mail, or `key:<keyId>`); null for webhooks, storage events, the CLI and older calls. */
  uploadedBy: z.string().nullable().default(null),
  /**
   * The recording as stored. Null while a recording announced by a webhook or a storage event waits
   * for the ingest worker to fetch it (what to fetch is in `calls/{id}/source.json`).
   */
  recording: z.object({
    key: z.string(),
    filename: z.string().nullable(),
    contentType: z.string().nullable(),
    bytes: z.number().int().min(0),
    sha256: z.string(),
  }).nullable(),
  /**
   * A transcript that came with the recording (a meeting tool's WebVTT export, stored as sent at `key`):
   * the transcribe step reads it instead of sending the audio to a speech engine. Absent otherwise.
   */
  providedTranscript: z.object({ key: z.string(), format: z.literal('webvtt'), bytes: z.number().int().min(0) }).nullish(),
  audio: z
    .object({
      durationSec: z.number(),
      channels: z.number().int(),
      sampleRate: z.number().int(),
      codec: z.string().nullable(),
      tracks: z.array(
        z.object({
          speaker: z.string(),
          channel: z.number().int().nullable(),
          /** Engine-sized pieces of the track, cut at silences; stretches of pure silence have none. */
          chunks: z.array(z.object({ index: z.number().int().min(0), key: z.string(), offsetSec: z.number().min(0), durationSec: z.number().min(0) })),
        }),
      ),
    })
    .nullable(),
  steps: z.array(StepRun),
  engines: z.object({
    transcriber: z.object({ engine: z.string(), model: z.string().nullable() }).nullable(),
    extractor: z.object({ engine: z.string(), model: z.string().nullable(), promptVersion: z.string().nullable() }).nullable(),
    crm: z.string().nullable(),
  }),
  /**
   * What the recording turned out to be, from who spoke: a `conversation`, a `voicemail` (only one side
   * spoke on a dual-channel call), or `no_speech`. Null until transcribed.
   */
  disposition: z.enum(['conversation', 'voicemail', 'no_speech']).nullable().default(null),
  /**
   * Set once the call's audio objects (the recording, the prepared audio, voice clips) were deleted: by
   * retention (`retention`, RETENTION_AUDIO_DAYS) or because recording consent was refused
   * (`consent_refused`). Transcript, insights and the CRM record stay. Absent while the audio is stored.
   */
  audioRemoved: z.object({ at: z.iso.datetime(), reason: z.enum(['retention', 'consent_refused']) }).nullish(),
  review: z.object({ reason: z.string() }).nullable(),
  error: CallError.nullable(),
  /**
   * What a person should know about the call that did not stop it (see `CallWarning`), oldest first; kept when the
   * call is processed again. Absent when there are none.
   */
  warnings: z.array(CallWarning).optional().describe('What a person should know about the call that did not stop it (a refused rep lookup, a guessed customer leg): code, message, when; oldest first; absent when none.'),
  cost: z.object({ audioSeconds: z.number(), estimatedUsd: z.number() }),
}));
export type Call = z.infer<typeof Call>;

/**
 * call.json files written before the pipeline's steps were renamed (they were "stages", a word the
 * deal's stage keeps) name the run list `stages` and a run's or an error's step `stage`.
 */
function migrateStepNames(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object' || !('stages' in raw) || 'steps' in raw) return raw;
  const { stages, error, ...rest } = raw as { stages: unknown; error?: unknown };
  const renamed = (o: unknown) => {
    if (!o || typeof o !== 'object' || !('stage' in o)) return o;
    const { stage, ...others } = o as { stage: unknown };
    return { ...others, step: stage };
  };
  return { ...rest, steps: Array.isArray(stages) ? stages.map(renamed) : stages, error: renamed(error) };
}

export type ProcessingStep = Exclude<StepName, 'ingest'>;
/** The steps after ingest, in order. */
export const PROCESSING_STEPS: readonly ProcessingStep[] = ['prepare', 'transcribe', 'extract', 'sync'];

export function nextStep(step: StepName): ProcessingStep | null {
  if (step === 'ingest') return 'prepare';
  return PROCESSING_STEPS[PROCESSING_STEPS.indexOf(step) + 1] ?? null;
}

/**
 * The step to queue so a call moves on: the one its status says is queued or running (a lost job is
 * queued again; a live one is not doubled, as job ids are per call and step), the step that failed for
 * a failed call, and for a finished call nothing — or prepare when it is to be processed again.
 * A call whose recording is still to be fetched (a webhook's) resumes at ingest.
 */
export function resumeStep(call: Pick<Call, 'status' | 'error'> & { recording?: Call['recording'] }, reprocess: boolean): StepName | null {
  if (call.recording === null && (call.status === 'received' || call.status === 'failed')) return 'ingest';
  switch (call.status) {
    case 'received':
    case 'preparing':
      return 'prepare';
    case 'transcribing':
      return 'transcribe';
    case 'extracting':
      return 'extract';
    case 'syncing':
      return 'sync';
    case 'failed':
      return call.error?.step && call.error.step !== 'ingest' ? call.error.step : 'prepare';
    case 'done':
    case 'needs_review':
      return reprocess ? 'prepare' : null;
  }
}

export const TERMINAL_STATUSES: readonly CallStatus[] = ['needs_review', 'done', 'failed'];

export function isTerminal(status: CallStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
