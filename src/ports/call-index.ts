import type { CallStatus } from '../domain/call.ts';
import type { DecisionKind } from '../domain/review.ts';
import type { StageKey } from '../domain/insights.ts';
import type { WorkCounts } from '../domain/time-saved.ts';

/**
 * One call as the index holds it: what the call list shows, what its filters match and what its
 * search reads. Built from the call's S3 artifacts (`indexDocument`), which stay the durable record.
 */
export interface CallIndexDocument {
  id: string;
  status: CallStatus;
  /** When the call happened (meta.startedAt), else null. */
  startedAt: string | null;
  /** When callscribe received the recording (call.createdAt). */
  receivedAt: string;
  updatedAt: string;
  rep: { name: string | null; email: string | null } | null;
  /** `phone` is E.164 (`+442079460321`) as the source gave it: a telephony call often knows no name. */
  customer: { name: string | null; company: string | null; phone: string | null } | null;
  /** The customer's e-mail address from the call's meta: searched (a person's calls are found by it), not listed. */
  customerEmail: string | null;
  /** Who sent the recording in: the uploading key's identity (an e-mail, or `key:<id>` for a key without one). */
  uploadedBy: string | null;
  durationSec: number | null;
  summary: string | null;
  proposedStage: StageKey | null;
  /** Review decisions still waiting for a person. */
  pendingDecisions: number;
  /**
   * The kinds of the decisions still waiting (every pending decision, CRM hygiene findings too), each
   * once, in DECISION_KINDS order: why the call needs someone. Empty for rows indexed before the index
   * kept them, until the call is written again or `callscribe reindex`.
   */
  pendingKinds: DecisionKind[];
  /** How many of the waiting decisions a rep may make on their own call (`mayDecide`); the rest wait for a manager. */
  pendingForRep: number;
  /**
   * The deal-stage decision once made: approved with the stage set (the proposal, or another a reviewer
   * chose), rejected (`stage` null), or undone: approved and applied, then a manager's undo moved the deal
   * back (`stage` the stage it had set). Null while it waits, when there is none, and for rows indexed before
   * the index kept it (until the call is written again or `callscribe reindex`).
   */
  stageDecision: { state: StageDecisionState; stage: StageKey | null } | null;
  /** The recording's file name as uploaded, when there was one: names a call that knows no customer. */
  recordingName: string | null;
  /** The transcript's plain text, searched with the summary; never returned by `list`. */
  transcriptText: string | null;
  /** What callscribe wrote to the CRM for the call and what people corrected (`countWork`); null before sync wrote anything. */
  work: WorkCounts | null;
  /** Why a failed call failed (`call.error.code`, e.g. OPENAI_QUOTA_EXCEEDED); null while the call is not failed. */
  errorCode: string | null;
  /**
   * Why a call not failed waits to try its step again (`call.error.code` of a retryable error, e.g. NETWORK while a
   * recording download waits between attempts); null otherwise, and for rows indexed before the index kept it.
   */
  retryingCode: string | null;
}

/** What became of a decided deal-stage move, as the call list shows it. */
export const STAGE_DECISION_STATES = ['approved', 'rejected', 'undone'] as const;
export type StageDecisionState = (typeof STAGE_DECISION_STATES)[number];

/** A row of the call list: the document without its transcript. */
export type CallListItem = Omit<CallIndexDocument, 'transcriptText' | 'updatedAt' | 'uploadedBy' | 'work' | 'errorCode' | 'customerEmail'>;

/** How many failed calls failed with one error code. */
export interface FailedGroup {
  /** The error code; null for failed calls indexed before the index kept codes (until `reindex`). */
  code: string | null;
  calls: number;
}

/** Which calls' work `workByRepAndWeek` adds up: the list's filters of the same names. */
export interface WorkQuery {
  rep?: string;
  from?: string;
  to?: string;
  visibleTo?: readonly string[];
}

/** The work of one rep's calls in one week (weeks start on Monday, UTC, by when the call happened). */
export interface WorkGroup {
  /** The rep's e-mail, lower-cased; null for calls that came with none. */
  repEmail: string | null;
  repName: string | null;
  /** The Monday the week starts on, `YYYY-MM-DD`. */
  weekStart: string;
  /** Calls with a call log in the CRM. */
  callsLogged: number;
  work: WorkCounts;
}

export interface CallListQuery {
  status?: CallStatus;
  /** Only calls with at least one pending review decision. */
  reviewPending?: boolean;
  /**
   * Failed calls that may have failed with this error code: those the index holds it for, and those it holds
   * no code for (indexed before codes were kept), for the caller to check on the call's record.
   */
  failedWith?: string;
  /**
   * The rep: an e-mail address (with an @) matches that rep's e-mail exactly, case-insensitively; any
   * other text matches the start of the rep's name, of a word of the name, or of their e-mail,
   * case-insensitively ("Owen Park", "owen", "park").
   */
  rep?: string;
  /** Calls that happened (startedAt, else receivedAt) at or after / before these instants (ISO). */
  from?: string;
  to?: string;
  /**
   * Full-text search over the customer's name, company and phone number (its digits: `+44 20 7946 0321`,
   * `442079460321` and `+442079460321` all find it), the rep's name, the summary and the transcript (English stemming); results ranked by relevance, names and summary above the transcript,
   * among the newest `SEARCH_CANDIDATES` matches (see `CallListPage.searchLimited`). Every word outside
   * quotes counts, a capitalised stop word English ignores ("Don", "Will") among the names (in lower
   * case it is the word, and ignored); a phrase matches
   * within one of those fields, never across two.
   */
  q?: string;
  /** Opaque, from the previous page's `nextCursor`. */
  cursor?: string;
  limit: number;
  /**
   * Restricts the list to what one rep may see: calls whose rep e-mail or uploader is one of these.
   * Unset for a manager (every call).
   */
  visibleTo?: readonly string[];
}

export interface CallListPage {
  calls: CallListItem[];
  nextCursor: string | null;
  /**
   * How many calls match the query's filters (and `visibleTo`), on every page alike. On a search, how many it
   * ranks: at most `SEARCH_CANDIDATES`, with `searchLimited` set when more match. At most `TOTAL_COUNTED`, with
   * `totalLimited` set when more match. Always set by the index.
   */
  total?: number;
  /** Set (true) only when more calls match than `TOTAL_COUNTED`: `total` is then that bound, not the count. */
  totalLimited?: true;
  /**
   * Set (true) only on a search (`q`) that matched more calls than the index ranks at once: the page
   * then ranks the newest `SEARCH_CANDIDATES` matches (newest by startedAt, else receivedAt), not all
   * of them, and older matches are left out. The UI should say so, e.g. "showing the most relevant of
   * the newest 1,000 matches; narrow the search or the dates". A phrase (`"security review"`) is
   * looked for among the newest 5 × `SEARCH_CANDIDATES` calls having all its words; more such calls
   * than that also set it. Absent otherwise.
   */
  searchLimited?: true;
}

/**
 * How many matches a search ranks at most: the newest this many (after the filters), so a word found
 * in most calls costs the same as a rare one. Paging a search never leaves this set.
 */
export const SEARCH_CANDIDATES = 1000;

/** How many matching calls a list counts at most (`CallListPage.total`), so counting costs the same at any volume. */
export const TOTAL_COUNTED = 10_000;

/** When a rebuild started, among the index's writes (opaque: only `removeStale` reads it). */
export interface RebuildMark {
  readonly at: string;
}

/**
 * The call index: list, filter and search calls fast at any volume (Postgres: PGlite in process, or a
 * server by DATABASE_URL). It is a cache of S3, never the record: every write is an idempotent upsert
 * of a whole document, a document older than the one stored (`updatedAt`) is ignored, and `reindex`
 * rebuilds it from S3. Without `q` the list is newest first (startedAt, else receivedAt; then id); with
 * `q`, by rank, then newest, within the newest `SEARCH_CANDIDATES` matches. Deliberately left out: transcript segments, artifacts, review details —
 * read those from S3 by id.
 */
export interface CallIndex {
  upsert(doc: CallIndexDocument): Promise<void>;
  remove(id: string): Promise<void>;
  list(query: CallListQuery): Promise<CallListPage>;
  /**
   * The work counts of the calls matching the query, added up per rep and week, in week then rep order;
   * calls without counts (not synced, or indexed before the counts existed: run `reindex`) are left out.
   * One aggregate statement: as many rows as reps × weeks, whatever the number of calls.
   */
  workByRepAndWeek(query: WorkQuery): Promise<WorkGroup[]>;
  /**
   * The failed calls counted per error code, most calls first, then by code (null last). Over every
   * failed call, whatever rep: it answers what a manager may retry at once. One aggregate statement:
   * as many rows as codes, whatever the number of calls.
   */
  countFailedByCode(): Promise<FailedGroup[]>;
  /** How many calls (visible to `visibleTo`, as in `list`) have pending decisions. */
  countPendingReview(visibleTo?: readonly string[]): Promise<number>;
  /** How many calls (visible to `visibleTo`) have pending decisions a rep may make (`pendingForRep` above 0). */
  countPendingForRep(visibleTo?: readonly string[]): Promise<number>;
  /**
   * Starts a rebuild (`reindex`): a mark after every write so far, to hand to `removeStale` once every
   * call in the store has been upserted. Nothing is removed when a rebuild starts, so the list keeps answering in full
   * while it runs.
   */
  markRebuild(): Promise<RebuildMark>;
  /**
   * Ends a rebuild: removes the calls that are not in `present` (the ids the rebuild found in the store)
   * and were not written since `mark`; returns how many. A call written meanwhile (an upload while the
   * rebuild ran, whose key the listing had passed) is kept.
   */
  removeStale(mark: RebuildMark, present: ReadonlySet<string>): Promise<number>;
  close(): Promise<void>;
  /** For logs: `pglite:/path` or `postgres://host/db` (no password). */
  readonly describe: string;
}
