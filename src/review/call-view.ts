import type { Call, StepName } from '../domain/call.ts';
import type { Lane } from '../queues/lanes.ts';
import type { Insights } from '../domain/insights.ts';
import type { AuditEntry, Decision } from '../domain/review.ts';
import type { Transcript } from '../domain/transcript.ts';

/** A link to a record callscribe wrote in the CRM (deep links where the CRM has them). */
export interface CrmLink {
  kind: 'contact' | 'deal' | 'call_log' | 'task';
  id: string;
  label: string;
  /** Null when the CRM has no web page for it (the local CRM). */
  url: string | null;
}

/** Everything a call page or `GET /v1/calls/:id` shows about one call, as its reader may see it. */
export interface CallView {
  call: Call;
  transcript: Transcript | null;
  insights: Insights | null;
  /** What was written to the CRM (ids), or null before sync. */
  crm: {
    adapter: string;
    contact: { id: string; matchedBy: string } | null;
    deal: { id: string; matchedBy: string } | null;
    callLog: { id: string } | null;
    tasks: { key: string; id: string; subject: string }[];
    syncedAt: string | null;
  } | null;
  /** What waits for, or was decided by, a person. */
  review: Decision[];
  /** Who changed what on this call, oldest first (append-only). */
  audit: AuditEntry[];
  links: CrmLink[];
  /** Changes whenever anything shown changes; send it back as If-Match with a decision or a correction. */
  etag: string;
  /** Chunk jobs done of all while the call is transcribing. */
  progress: { step: 'transcribe'; chunksDone: number; chunksTotal: number } | null;
  /**
   * Set while the call's current step has its job queued and no worker at all is connected to that queue
   * (in that lane): the call waits until a `work` process taking the step starts. Null otherwise, and when
   * the queues could not be read in time.
   */
  noWorker: { step: StepName; lane: Lane } | null;
  /**
   * What the reader may do now: decide pending decisions (`decide`: the ids of those theirs to decide),
   * correct the insights, retry a failed call, undo the applied deal-stage move (`undoStage`: a manager, on a settled
   * call whose move may be undone, see `stageUndoRefusal`).
   */
  can: { review: boolean; decide: string[]; correct: boolean; retry: boolean; undoStage: boolean };
}
