import type { CallMeta } from '../domain/call-meta.ts';

/** A verified webhook delivery, reduced to what ingest needs. */
export interface TelephonyEvent {
  provider: string;
  deliveryId: string;
  recordingId: string;
  recordingUrl: string;
  meta: CallMeta;
}

/**
 * A telephony provider that sends signed webhooks (Twilio, Zoom Phone, Aircall, RingCentral, generic HMAC).
 * `verify` checks the signature in constant time on the raw body and rejects stale timestamps;
 * `parse` returns null for events that carry no recording. Recording downloads are restricted to the
 * provider's own hosts. No adapter is implemented yet: webhooks come with their own issue.
 */
export interface TelephonySource {
  readonly provider: string;
  verify(rawBody: Buffer, headers: Record<string, string | string[] | undefined>, url: string): boolean;
  parse(rawBody: Buffer, headers: Record<string, string | string[] | undefined>): TelephonyEvent | null;
  /** Hosts recordings may be downloaded from. */
  readonly recordingHosts: readonly string[];
}
