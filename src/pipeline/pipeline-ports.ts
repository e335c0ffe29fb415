import type { Logger } from '../logging/logger.ts';
import type { BlobStore } from '../ports/blob-store.ts';
import type { CrmAdapter } from '../ports/crm.ts';
import type { Extractor } from '../ports/extractor.ts';
import type { TelephonySource } from '../ports/telephony-source.ts';
import type { Transcriber } from '../ports/transcriber.ts';

/** Everything a step touches, passed in so each step runs the same in a worker, the CLI or a test. */
export interface PipelinePorts {
  blobs: BlobStore;
  transcriber: Transcriber;
  extractor: Extractor;
  crm: CrmAdapter;
  logger: Logger;
  clock: () => Date;
  /**
   * Told after a call's record changed (a step started, finished or failed), so the call index follows.
   * Best effort: a failure is logged, never fails the step (`callscribe reindex` repairs the index).
   */
  onCallChanged?: (callId: string) => Promise<void>;
  /**
   * Whether the queue job doing this work still holds its lock, renewing it (a job whose lock lapsed, its worker too
   * slow to renew it under load or while Redis restarted, is taken over by another worker while this one still runs).
   * Asked just before a CRM create is sent, so two runs of one job never both send it. Unset outside the queues.
   */
  holdsJob?: () => Promise<boolean>;
  /** The telephony providers configured, by name: the ingest step fetches their recordings. */
  telephony?: ReadonlyMap<string, TelephonySource>;
  /** PUBLIC_BASE_URL without a trailing slash, for links to a call's page in what is written to the CRM; null when unset. */
  publicBaseUrl?: string | null;
  /** Scratch space for audio files; every step removes what it made, also on failure. */
  tmpDir: string;
  /**
   * The niceness of the programs this job starts (ffmpeg, ffprobe): bulk work (lanes.ts) runs them at
   * BULK_CHILD_NICE so the kernel gives the CPU to interactive work first. Unset: the worker's own.
   */
  childNice?: number;
  policy: {
    dealStage: 'review' | 'auto' | 'off';
    /** A customer no contact matches: park the call for review (default) or create the contact. */
    unknownContact?: 'review' | 'create';
    /** STAGE_POLICY=auto may close deals (won / lost) too. */
    autoClose?: boolean;
    autoMinConfidence: number;
    /** STALE_DEAL_DAYS: a call's deal unchanged in the CRM this many days before the call is a hygiene finding; unset: not checked. */
    staleDealDays?: number;
    /** Recordings longer than this are rejected (AUDIO_TOO_LONG); MAX_AUDIO_SECONDS. */
    maxDurationSec: number;
    /** MIN_EVIDENCE_CONFIDENCE / TRANSCRIPT_MAX_LOW_CONFIDENCE_SHARE when set; else the engine's own thresholds. */
    quality?: Partial<import('../domain/transcript.ts').QualityThresholds>;
    /** Recordings larger than this are rejected (AUDIO_TOO_LARGE), e.g. one that reached S3 directly. */
    maxBytes: number;
    /** RECORDING_CONSENT_REQUIRED: only calls whose meta says consent was granted are processed (see `enforceConsent`). */
    consentRequired?: boolean;
  };
}

/** What a step hands back to its runner (runStep): changes to call.json and, after sync, the final status. */
export interface StepResult<T = unknown> {
  output?: T;
  patch?: Partial<import('../domain/call.ts').Call>;
  finalStatus?: 'done' | 'needs_review';
  reviewReason?: string | null;
}
