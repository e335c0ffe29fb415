import { z } from 'zod';
import { Call, CallStatus, StepName } from '../../domain/call.ts';
import { Insights, StageKey } from '../../domain/insights.ts';
import { AuditEntry, Decision, DecisionKind } from '../../domain/review.ts';
import { Transcript } from '../../domain/transcript.ts';
import { STAGE_DECISION_STATES, type CallListItem as CallListItemType } from '../../ports/call-index.ts';
import type { CallView, CrmLink as CrmLinkType } from '../../review/call-view.ts';

/**
 * The answers of the API as zod schemas, for the OpenAPI document and for tests that check real
 * answers against it. Built from the domain schemas; where a TypeScript interface is the source (the
 * call index's row, the call view), a compile-time check below fails when the two drift apart.
 */

/** Every error answer: a stable code (see `ERROR_CODES`) and a message a person can act on. */
export const ErrorBody = z.object({
  error: z.object({ code: z.string(), message: z.string() }),
});

export const CallListItem = z.object({
  id: z.string(),
  status: CallStatus,
  startedAt: z.string().nullable(),
  receivedAt: z.string(),
  rep: z.object({ name: z.string().nullable(), email: z.string().nullable() }).nullable(),
  customer: z.object({ name: z.string().nullable(), company: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  durationSec: z.number().nullable(),
  summary: z.string().nullable(),
  proposedStage: StageKey.nullable(),
  pendingDecisions: z.number().int().min(0),
  /** The kinds of the decisions waiting, each once: why the call needs someone. */
  pendingKinds: z.array(DecisionKind),
  /** How many of the waiting decisions a rep may make on their own call; the rest wait for a manager. */
  pendingForRep: z.number().int().min(0),
  /**
   * The deal-stage decision once made: approved with the stage set, rejected, or undone (approved and written, then a
   * manager's undo moved the deal back; `stage` is the stage it had set); null while it waits or when there is none.
   */
  stageDecision: z.object({ state: z.enum(STAGE_DECISION_STATES), stage: StageKey.nullable() }).nullable(),
  /** The recording's file name as uploaded, if any. */
  recordingName: z.string().nullable(),
  /** Why a call not failed waits to try its step again (the last attempt's error code); null otherwise. */
  retryingCode: z.string().nullable(),
});

/** `GET /v1/calls`: newest first (by rank with `q`); `nextCursor` fetches the next page. */
export const CallList = z.object({
  calls: z.array(CallListItem),
  nextCursor: z.string().nullable(),
  /** How many calls match the filters, over every page (a search: how many it ranks, at most 1,000); at most 10,000. */
  total: z.number().int().min(0),
  /** Present when more than 10,000 calls match: `total` is then 10,000. */
  totalLimited: z.literal(true).optional(),
  /** Present when a search matched more calls than it ranks: the results are the most relevant of the newest 1,000 matches. */
  searchLimited: z.literal(true).optional(),
  /** How many calls the reader may see have decisions waiting (whatever the filters). */
  pendingReview: z.number().int().min(0),
  /** For a rep: how many of those calls have decisions the rep may make (the others wait for a manager). */
  pendingForRep: z.number().int().min(0).optional(),
});

export const CrmLink = z.object({
  kind: z.enum(['contact', 'deal', 'call_log', 'task']),
  id: z.string(),
  label: z.string(),
  url: z.string().nullable(),
});

/** `GET /v1/calls/{id}` (and `PATCH …/insights`): the call view without its etag, which is the ETag header. */
export const CallViewBody = z.object({
  call: Call,
  transcript: Transcript.nullable(),
  insights: Insights.nullable(),
  crm: z
    .object({
      adapter: z.string(),
      contact: z.object({ id: z.string(), matchedBy: z.string() }).nullable(),
      deal: z.object({ id: z.string(), matchedBy: z.string() }).nullable(),
      callLog: z.object({ id: z.string() }).nullable(),
      tasks: z.array(z.object({ key: z.string(), id: z.string(), subject: z.string() })),
      syncedAt: z.string().nullable(),
    })
    .nullable(),
  /** The review decisions. */
  review: z.array(Decision),
  /** Who changed what, oldest first. */
  audit: z.array(AuditEntry),
  links: z.array(CrmLink),
  /** Only while the call is transcribing. */
  progress: z.object({ step: z.literal('transcribe'), chunksDone: z.number().int(), chunksTotal: z.number().int() }).optional(),
  /** Only while the call's step is queued and no worker is connected to its queue (start `callscribe work` for that step and lane). */
  noWorker: z.object({ step: StepName, lane: z.enum(['interactive', 'bulk']) }).optional(),
  /** What the reader may do now; `decide`: the ids of the pending decisions theirs to make; `undoStage`: undo the applied deal-stage move. */
  can: z.object({ review: z.boolean(), decide: z.array(z.string()), correct: z.boolean(), retry: z.boolean(), undoStage: z.boolean() }),
});

/** `POST /v1/calls/{id}/review`: the call's decisions and audit after this request, and its status (`syncing`). */
export const ReviewAnswer = z.object({ review: z.array(Decision), audit: z.array(AuditEntry), status: CallStatus });

/** `POST /v1/calls/{id}/retry`: the call, queued again. */
export const RetryAnswer = z.object({ id: z.string(), status: CallStatus });

/** `POST /v1/calls`: 202 for a new call, 200 with `duplicate: true` for a recording already received. */
export const UploadAnswer = z.object({
  id: z.string(),
  status: CallStatus,
  duplicate: z.boolean(),
  /** What was taken in but not as sent: meta keys that are not CallMeta fields, ignored. Absent when none. */
  warnings: z.array(z.string()).optional(),
});

/** `POST /v1/calls/presign`: where and how to POST the recording, and the token `complete` needs. */
export const PresignAnswer = z.object({
  /** POST a multipart/form-data body here: every field of `fields`, then the recording as the `file` part (last). */
  url: z.string(),
  fields: z.record(z.string(), z.string()),
  /** The object key the upload goes to; send it to `complete`. */
  key: z.string(),
  /** The upload must start before this instant. */
  expiresAt: z.string(),
  /** The largest recording the presigned POST accepts, in bytes. */
  maxBytes: z.number().int(),
  /** Opaque: send it to `complete` with `key`. Only the caller who presigned may complete. */
  uploadToken: z.string(),
});

export const HealthAnswer = z.object({ ok: z.literal(true) });

/** `/readyz`: each dependency checked, how long it took, and why it failed. */
export const ReadyAnswer = z.object({
  ready: z.boolean(),
  checks: z.record(z.string(), z.union([
    z.object({ ok: z.literal(true), ms: z.number() }),
    z.object({ ok: z.literal(false), ms: z.number(), error: z.string() }),
  ])),
});

/** A webhook or storage event's call: 202 for a new one, 200 with `duplicate: true` for a recording already announced. */
export const WebhookAnswer = z.object({ id: z.string(), duplicate: z.boolean() });
export type WebhookAnswer = z.infer<typeof WebhookAnswer>;

/** A verified delivery that carries no finished recording (another event, a recording in progress). */
export const WebhookIgnored = z.object({ ignored: z.literal(true), reason: z.string() });

// Compile-time: the schemas above say exactly what the interfaces say.
type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Assert<T extends true> = T;
type Flat<T> = { [K in keyof T]: T[K] };
export type CallListItemMatchesIndex = Assert<Equals<z.output<typeof CallListItem>, CallListItemType>>;
export type CrmLinkMatchesView = Assert<Equals<z.output<typeof CrmLink>, CrmLinkType>>;
export type CallViewBodyMatchesView = Assert<Equals<z.output<typeof CallViewBody>, Flat<Omit<CallView, 'etag' | 'progress' | 'noWorker'> & { progress?: NonNullable<CallView['progress']>; noWorker?: NonNullable<CallView['noWorker']> }>>>;
