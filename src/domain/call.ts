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

export const STAGES = ['ingest', 'prepare', 'transcribe', 'extract', 'sync'] as const;
export const Stage = z.enum(STAGES);
export type Stage = z.infer<typeof Stage>;

/** The status a call shows while a stage runs. */
export const STATUS_OF_STAGE: Record<Stage, CallStatus> = {
  ingest: 'received',
  prepare: 'preparing',
  transcribe: 'transcribing',
  extract: 'extracting',
  sync: 'syncing',
};

export const StageRun = z.object({
  stage: Stage,
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  durationMs: z.number().nullable(),
  attempt: z.number().int().min(1),
  outcome: z.enum(['running', 'ok', 'retrying', 'failed']),
  errorCode: z.string().nullable(),
});
export type StageRun = z.infer<typeof StageRun>;

export const CallError = z.object({
  code: z.string(),
  message: z.string(),
  stage: Stage.nullable(),
  retryable: z.boolean(),
  at: z.iso.datetime(),
});
export type CallError = z.infer<typeof CallError>;

/** call.json: the durable record of one call (DESIGN.md, "Call record and S3 layout"). */
export const Call = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  status: CallStatus,
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  meta: CallMeta,
  recording: z.object({
    key: z.string(),
    filename: z.string().nullable(),
    contentType: z.string().nullable(),
    bytes: z.number().int().min(0),
    sha256: z.string(),
  }),
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
  stages: z.array(StageRun),
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
  review: z.object({ reason: z.string() }).nullable(),
  error: CallError.nullable(),
  cost: z.object({ audioSeconds: z.number(), estimatedUsd: z.number() }),
});
export type Call = z.infer<typeof Call>;

export type ProcessingStage = Exclude<Stage, 'ingest'>;
/** The stages after ingest, in order. */
export const PROCESSING_STAGES: readonly ProcessingStage[] = ['prepare', 'transcribe', 'extract', 'sync'];

export function nextStage(stage: Stage): ProcessingStage | null {
  if (stage === 'ingest') return 'prepare';
  return PROCESSING_STAGES[PROCESSING_STAGES.indexOf(stage) + 1] ?? null;
}

/**
 * The stage to queue so a call moves on: the one its status says is queued or running (a lost job is
 * queued again; a live one is not doubled, as job ids are per call and stage), the stage that failed for
 * a failed call, and for a finished call nothing — or prepare when it is to be processed again.
 */
export function resumeStage(call: Pick<Call, 'status' | 'error'>, reprocess: boolean): ProcessingStage | null {
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
      return call.error?.stage && call.error.stage !== 'ingest' ? call.error.stage : 'prepare';
    case 'done':
    case 'needs_review':
      return reprocess ? 'prepare' : null;
  }
}

export const TERMINAL_STATUSES: readonly CallStatus[] = ['needs_review', 'done', 'failed'];

export function isTerminal(status: CallStatus): boolean {
  return TERMINAL_STATUSES.includes(status);
}
