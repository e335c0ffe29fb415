import { createHash } from 'node:crypto';
import type { Call, CallStatus } from '../domain/call.ts';
import type { CrmRecord } from '../domain/crm-record.ts';
import { redact } from '../domain/redact.ts';
import type { DecisionKind } from '../domain/review.ts';
import { stoppedForConsent } from '../pipeline/consent.ts';

/** The statuses whose arrival is announced. */
export const NOTIFIED_STATUSES = ['needs_review', 'done', 'failed'] as const satisfies readonly CallStatus[];
export type NotifiedStatus = (typeof NOTIFIED_STATUSES)[number];
export type CallEventType = `call.${NotifiedStatus}`;

export function isNotified(status: CallStatus): status is NotifiedStatus {
  return (NOTIFIED_STATUSES as readonly CallStatus[]).includes(status);
}

/**
 * The body of an outgoing event (JSON, public contract):
 * ```
 * { "type": "call.needs_review" | "call.done" | "call.failed",
 *   "timestamp": "<ISO time the call reached the status>",
 *   "data": { "callId", "status", "url": "<PUBLIC_BASE_URL>/calls/<callId>",
 *             "rep": "<e-mail>" | null,
 *             "customer": { "name", "company" } | null,   (either may be null; null when both are, and for a call stopped for recording consent)
 *             "review": { "pending": <decisions awaiting a person> } | null,   (needs_review only)
 *             "error": { "code", "message" } | null } }   (failed only; phone numbers and e-mail addresses in the message redacted)
 * ```
 * Deliberately left out: transcript text, summaries, phone numbers and e-mail addresses of customers.
 */
export interface CallEvent {
  type: CallEventType;
  timestamp: string;
  data: {
    callId: string;
    status: NotifiedStatus;
    url: string;
    rep: string | null;
    customer: { name: string | null; company: string | null } | null;
    review: { pending: number } | null;
    error: { code: string; message: string } | null;
  };
}

/** An event with its id (the `webhook-id`) and what a Slack message adds to it. */
export interface NotifiedEvent {
  id: string;
  event: CallEvent;
  repName: string | null;
  /** Pending decisions by kind (needs_review), for saying what awaits review. */
  pendingByKind: Partial<Record<DecisionKind, number>>;
}

/**
 * When the call reached its current status: the end of the step run that set it (`needs_review` and
 * `done` are set when sync finishes), or the error's time for `failed`. Later writes to call.json that
 * leave the status alone do not change it, so an event is announced once per arrival; leaving and
 * reaching the status again (a manager's decision runs sync again) is a new arrival.
 */
export function statusEnteredAt(call: Pick<Call, 'status' | 'steps' | 'error' | 'updatedAt'>): string {
  if (call.status === 'failed') return call.error?.at ?? call.updatedAt;
  return call.steps.findLast((r) => r.finishedAt !== null)?.finishedAt ?? call.updatedAt;
}

/**
 * The event's id, the same in every process that observes the same arrival (a re-delivered index job,
 * a second API process), so receivers can deduplicate and we queue it once.
 */
export function eventId(callId: string, status: NotifiedStatus, enteredAt: string): string {
  return `msg_${createHash('sha256').update(`${callId}\n${status}\n${enteredAt}`).digest('hex').slice(0, 32)}`;
}

/** The event for the status the call is in; null when that status is not announced. */
export function callEvent(call: Call, crm: Pick<CrmRecord, 'review'> | null, publicBaseUrl: string): NotifiedEvent | null {
  const status = call.status;
  if (!isNotified(status)) return null;
  const timestamp = statusEnteredAt(call);
  const pending = crm?.review.decisions.filter((d) => d.state === 'pending') ?? [];
  const pendingByKind: NotifiedEvent['pendingByKind'] = {};
  for (const d of pending) pendingByKind[d.kind] = (pendingByKind[d.kind] ?? 0) + 1;
  // A call stopped for recording consent names nobody it was recorded without: its call.json no longer does either,
  // but one stored before it kept only what shows the stop does.
  const customer = stoppedForConsent(call) ? { name: null, company: null } : { name: call.meta.customer?.name ?? null, company: call.meta.customer?.company ?? null };
  return {
    id: eventId(call.id, status, timestamp),
    repName: call.meta.rep?.name ?? null,
    pendingByKind: status === 'needs_review' ? pendingByKind : {},
    event: {
      type: `call.${status}`,
      timestamp,
      data: {
        callId: call.id,
        status,
        url: `${publicBaseUrl}/calls/${encodeURIComponent(call.id)}`,
        rep: call.meta.rep?.email ?? null,
        customer: customer.name === null && customer.company === null ? null : customer,
        review: status === 'needs_review' ? { pending: pending.length } : null,
        // Messages may quote what a step was writing (a contact's new phone or e-mail), whatever raised them.
        error: status === 'failed' && call.error ? { code: call.error.code, message: redact(call.error.message, { contacts: true }).text } : null,
      },
    },
  };
}
