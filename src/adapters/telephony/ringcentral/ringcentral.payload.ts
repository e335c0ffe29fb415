import { z } from 'zod';
import type { CallMeta } from '../../../domain/call-meta.ts';
import { permanent } from '../../../errors/app-error.ts';
import { directoryKey, phoneOrNull } from '../webhook-utils.ts';

const text = z.union([z.string(), z.number().transform(String)]).nullish().catch(null);
const Endpoint = z.object({ phoneNumber: text, name: text, extensionId: text }).nullish().catch(null);

/** A party of a telephony session event (account-telephony-sessions event filter), fields we read. */
const Party = z.object({
  id: text,
  extensionId: text,
  direction: text,
  from: Endpoint,
  to: Endpoint,
  status: z.object({ code: text, reason: text }).nullish().catch(null),
  missedCall: z.boolean().nullish().catch(null),
  /** Present on newer payloads: the party's recordings, `active` while recording. */
  recordings: z.array(z.object({ id: text, active: z.boolean().nullish().catch(null) })).nullish().catch(null),
});
type Party = z.infer<typeof Party>;

const Notification = z.object({
  uuid: text,
  event: z.string(),
  body: z.unknown(),
});

const SessionBody = z.object({
  telephonySessionId: z.string().min(1),
  sessionId: text,
  eventTime: text,
  parties: z.array(Party),
});

export type RingCentralNotice =
  | { kind: 'session'; uuid: string | null; telephonySessionId: string; sessionId: string | null; eventTime: string | null; party: Party | null }
  | { kind: 'other'; event: string };

/**
 * Reads a notification; a telephony session event is reduced to its session ids and the party that
 * ended the call: one of ours (it has an extension) whose status is `Disconnected`, null when none.
 */
export function readNotification(json: unknown): RingCentralNotice {
  const n = Notification.safeParse(json);
  if (!n.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', 'The RingCentral notification has no "event" field.');
  if (!/\/telephony\/sessions(\?|$)/.test(n.data.event)) return { kind: 'other', event: n.data.event.replace(/\?.*$/, '') };
  const body = SessionBody.safeParse(n.data.body);
  if (!body.success) throw permanent('WEBHOOK_PAYLOAD_INVALID', 'The RingCentral telephony session event has no telephonySessionId or parties.');
  const party = body.data.parties.find((p) => p.extensionId && p.status?.code === 'Disconnected') ?? null;
  return {
    kind: 'session',
    uuid: n.data.uuid ?? null,
    telephonySessionId: body.data.telephonySessionId,
    sessionId: body.data.sessionId ?? null,
    eventTime: body.data.eventTime ?? null,
    party,
  };
}

/** Why a disconnected party has no recording to fetch, or null when it may have one. */
export function noRecordingReason(party: Party): string | null {
  if (party.missedCall) return 'a missed call has no recording';
  if (Array.isArray(party.recordings) && party.recordings.length === 0) return 'the call was not recorded';
  return null;
}

/** A direction word of RingCentral's (`Inbound` / `Outbound`) as ours. */
export const directionOf = (value: string | null | undefined) =>
  value?.toLowerCase() === 'inbound' ? ('inbound' as const) : value?.toLowerCase() === 'outbound' ? ('outbound' as const) : null;

/**
 * The call's meta from the rep's side: on an inbound party the caller (`from`) is the customer and the
 * callee (`to`) the rep, outbound the other way round. The rep's e-mail comes from the directory, by
 * extension id, then by the rep's number.
 */
export function sideMeta(
  input: { direction?: string | null; from?: z.infer<typeof Endpoint>; to?: z.infer<typeof Endpoint>; extensionId?: string | null },
  directory: Map<string, string>,
): Pick<CallMeta, 'direction' | 'rep' | 'customer'> {
  const direction = directionOf(input.direction);
  if (!direction) return { direction: null, rep: { email: (input.extensionId && directory.get(directoryKey(input.extensionId))) || null }, customer: null };
  const [rep, customer] = direction === 'inbound' ? [input.to, input.from] : [input.from, input.to];
  const repPhone = phoneOrNull(rep?.phoneNumber);
  const extensionId = input.extensionId ?? rep?.extensionId ?? null;
  const email = (extensionId && directory.get(directoryKey(extensionId))) || (repPhone && directory.get(directoryKey(repPhone))) || null;
  return { direction, rep: { email, name: rep?.name ?? null, phone: repPhone }, customer: { phone: phoneOrNull(customer?.phoneNumber) } };
}

export { Endpoint, Party };
