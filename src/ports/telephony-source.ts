import type { Readable } from 'node:stream';
import type { CallMeta } from '../domain/call-meta.ts';

export type WebhookHeaders = Record<string, string | string[] | undefined>;

/** A webhook delivery as it reached us, before anything in it is parsed. */
export interface WebhookRequest {
  method: 'GET' | 'POST' | 'HEAD';
  /**
   * The URL the sender addressed, as it signed it: PUBLIC_BASE_URL's origin (a proxy rewrites host and
   * scheme) + the path and query as received.
   */
  url: string;
  /** Header names in lower case, as Node gives them. */
  headers: WebhookHeaders;
  /** The body's bytes exactly as received (empty for GET). */
  rawBody: Buffer;
}

/** Why a delivery was refused; `code` is stable (API answers, metrics), `reason` is for a person. */
export type RefusalCode =
  /** A signature, token or timestamp header the provider always sends is absent. */
  | 'WEBHOOK_SIGNATURE_MISSING'
  /** The signature or token does not match the configured secret. */
  | 'WEBHOOK_SIGNATURE_INVALID'
  /** The signed timestamp is outside the allowed window (replay protection). */
  | 'WEBHOOK_STALE'
  /** Signed correctly, but the body is not what the provider sends (not JSON, fields missing). */
  | 'WEBHOOK_PAYLOAD_INVALID';

export type Verdict = { ok: true } | { ok: false; code: RefusalCode; reason: string };

/** What a verified delivery asks of us. */
export type WebhookOutcome =
  /** A handshake the provider answers itself (Zoom's url_validation, RingCentral's Validation-Token). */
  | { kind: 'reply'; status: number; body?: unknown; headers?: Record<string, string> }
  /** Verified, but no finished recording in it (another event, a recording still in progress, absent). */
  | { kind: 'ignored'; reason: string }
  | { kind: 'recording'; event: TelephonyEvent }
  /** Several finished recordings in one delivery (a Zoom event can list more than one): a call each. */
  | { kind: 'recordings'; events: TelephonyEvent[] };

/** A verified delivery announcing a finished recording, reduced to what ingest needs. */
export interface TelephonyEvent {
  provider: string;
  /** The provider's id of this delivery, where it has one (logs); else the recording id. */
  deliveryId: string;
  /**
   * The provider's stable id of the recording. The call id derives from provider + this id, so a
   * retried or replayed delivery is the same call.
   */
  recordingId: string;
  /**
   * What `download` needs later, stored with the call (calls/{id}/source.json) and never shown in an
   * answer or a log: e.g. the recording URL, or the provider's call id to look the URL up again.
   * No credentials: those come from the adapter's config when it downloads.
   */
  download: Record<string, string | number | null>;
  /** Who is on the call: the rep (mapped from the provider's user or number) and the customer's number. */
  meta: CallMeta;
}

/** A response from the guarded fetch: the body is a stream, to be read once. */
export interface GuardedResponse {
  status: number;
  headers: Record<string, string>;
  body: Readable;
  /** Reads the whole body as JSON (small API answers only; capped). */
  json(): Promise<unknown>;
}

/**
 * How an adapter reaches the provider: only its configured origins, never loopback, link-local,
 * private or ULA addresses unless that origin was configured so, redirects followed only within the
 * allowed origins, timeouts, 429/5xx retried with backoff. Throws AppError (never with the URL in it).
 */
export interface GuardedFetch {
  (url: string, init?: { method?: 'GET' | 'POST'; headers?: Record<string, string>; body?: string }): Promise<GuardedResponse>;
}

/** The recording as the provider serves it. */
export interface RecordingDownload {
  body: Readable;
  contentType: string | null;
  /** A filename with the recording's extension (`.wav`, `.mp3`), for the stored key. */
  filename: string;
  /** Known after the download (Twilio's channel order), merged into the call's meta. */
  meta?: CallMeta;
  /** What the download let through with less than it could have: kept on the call (`Call.warnings`), logged and counted. */
  warnings?: SourceWarning[];
}

/**
 * A telephony provider that sends signed webhooks (Twilio, Zoom Phone, Aircall, RingCentral, generic
 * Standard Webhooks). The webhook route calls `verify` on the raw bytes before anything is parsed,
 * then `parse`; the ingest worker calls `download` later, so the webhook answers within the
 * provider's deadline.
 */
export interface TelephonySource {
  readonly provider: string;
  /** Origins (`https://api.twilio.com`) the adapter may fetch from; GuardedFetch enforces them. */
  readonly allowedOrigins: readonly string[];
  /** Checks the signature (or token) in constant time and the timestamp's age; says why it refused. */
  verify(request: WebhookRequest, now: Date): Verdict;
  /** Reads a verified delivery. Throws AppError `WEBHOOK_PAYLOAD_INVALID` for a body it cannot read. */
  parse(request: WebhookRequest): WebhookOutcome;
  /** Fetches the recording named by a stored event, with the provider's credentials; says what it let through with less than it could have (`warnings`). */
  download(event: Pick<TelephonyEvent, 'recordingId' | 'download' | 'meta'>, fetch: GuardedFetch): Promise<RecordingDownload>;
}

/**
 * Something a person should know about a call that did not stop its download: the call goes on with less
 * than it could have (no rep e-mail because a lookup was refused, a customer picked among several legs).
 */
export interface SourceWarning {
  provider: string;
  /** The provider's recording id (TelephonyEvent.recordingId), which names the call. */
  recordingId: string;
  /** Stable, for metrics and log searches: `REP_LOOKUP_REFUSED`, `CUSTOMER_LEG_GUESSED`. */
  code: 'REP_LOOKUP_REFUSED' | 'CUSTOMER_LEG_GUESSED';
  /** What happened and what to do about it, for a person. */
  message: string;
  /** The provider's HTTP status, when an answer caused it. */
  status?: number;
}

export interface TelephonyDeps {
  publicBaseUrl: string | null;
  clock: () => Date;
  /** Hears every warning of every download (`RecordingDownload.warnings`): the runtime logs and counts them. Called by the registry, not by adapters. */
  warn?: (warning: SourceWarning) => void;
}

/**
 * A provider's adapter module, one per folder under `src/adapters/telephony/`, listed once in the
 * telephony registry: it owns its env variables.
 */
export interface TelephonyModule<C> {
  readonly provider: string;
  /** Reads the provider's variables; null when the provider is not configured (off). Throws ConfigError naming bad variables. */
  configFromEnv(env: Record<string, string | undefined>): C | null;
  /** Every variable configFromEnv reads: a set name close to one of them is warned about as a likely typo. */
  readonly variables: readonly string[];
  /** Warnings are returned with each download (`RecordingDownload.warnings`); the registry hands them to `deps.warn`. */
  create(config: C, deps: TelephonyDeps): TelephonySource;
}
