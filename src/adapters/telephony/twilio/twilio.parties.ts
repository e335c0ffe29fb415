import { z } from 'zod';
import type { CallMeta, Party } from '../../../domain/call-meta.ts';
import { directoryKey, phoneOrNull } from '../webhook-utils.ts';

/** The fields of Twilio's Call resource (`/Calls/CA….json`) that say who was on the call. */
export const TwilioCall = z.object({
  sid: z.string().nullish(),
  from: z.string().nullish(),
  to: z.string().nullish(),
  /** `inbound`, `outbound-api`, `outbound-dial`, `trunking-originating`, `trunking-terminating`. */
  direction: z.string().nullish(),
  /** `queued`, `ringing`, `in-progress`, `completed`, `busy`, `no-answer`, `canceled`, `failed`. */
  status: z.string().nullish(),
  start_time: z.string().nullish(),
  end_time: z.string().nullish(),
});
export type TwilioCall = z.infer<typeof TwilioCall>;

/** A page of Twilio's Calls list (`/Calls.json?ParentCallSid=…`): the child legs of one call. */
export const TwilioCallPage = z.object({ calls: z.array(TwilioCall) });

/** Twilio's direction in CallMeta's words: every `outbound-*` is outbound; SIP trunk origination comes in from the PSTN. */
export function directionOf(direction: string | null | undefined): 'inbound' | 'outbound' | null {
  if (direction === 'inbound' || direction === 'trunking-originating') return 'inbound';
  if (direction?.startsWith('outbound') || direction === 'trunking-terminating') return 'outbound';
  return null;
}

/**
 * Who is who on the call, and on which channel.
 *
 * The rep is the party whose number is in the rep directory (TWILIO_REP_NUMBERS); when neither or both
 * are, the rep is our side of the call: the number called (`to`) on an inbound call, the caller ID
 * (`from`) on an outbound one. The customer is the other party.
 *
 * Channels: a dual-channel Twilio recording of a two-leg call holds the parent leg on channel 1 and
 * the child leg on channel 2 (CallMeta counts from 0, so 0 and 1). The recording's CallSid is the
 * parent leg, and the parent leg's audio is its far end: the caller (`from`) when the parent call is
 * inbound, the called party (`to`) when it is outbound. So the party at that far end is on channel 0,
 * the other on channel 1; an inbound call puts the customer on 0 and the rep on 1, and so does an
 * outbound call placed from the rep's number to the customer. Mono recordings and calls of unknown
 * direction get no channel.
 */
export function partiesOf(call: TwilioCall, reps: Map<string, string>, dualChannel: boolean): Pick<CallMeta, 'direction' | 'rep' | 'customer'> {
  const direction = directionOf(call.direction);
  const from = phoneOrNull(call.from);
  const to = phoneOrNull(call.to);
  const emailOf = (phone: string | null) => (phone ? (reps.get(directoryKey(phone)) ?? null) : null);
  const ourSide: 'from' | 'to' | null = direction === 'inbound' ? 'to' : direction === 'outbound' ? 'from' : null;
  const listed = [emailOf(from) && 'from', emailOf(to) && 'to'].filter((s): s is 'from' | 'to' => !!s);
  const repSide = listed.length === 1 ? listed[0]! : ourSide;
  if (!repSide) return { direction, rep: null, customer: null };

  const farEnd = direction === 'inbound' ? 'from' : direction === 'outbound' ? 'to' : null;
  const channelOf = (side: 'from' | 'to') => (dualChannel && farEnd ? (side === farEnd ? 0 : 1) : null);
  const customerSide = repSide === 'from' ? 'to' : 'from';
  const repPhone = repSide === 'from' ? from : to;
  const rep: Party = { email: emailOf(repPhone), phone: repPhone, channel: channelOf(repSide) };
  const customer: Party = { phone: customerSide === 'from' ? from : to, channel: channelOf(customerSide) };
  return { direction, rep, customer };
}

/**
 * Whether the call is a rep dialling out through our number: the parent leg comes in (`inbound`) from a
 * number in the rep directory to one that is not, and `<Dial>` connects the customer on a child leg. The
 * parent leg then holds only the rep and our own number; the customer is in the child leg.
 * An outbound parent leg from the rep's number already has the customer as `to`, so it is not one.
 */
export function isRepDialOut(call: TwilioCall, reps: Map<string, string>): boolean {
  const listed = (value: string | null | undefined) => {
    const phone = phoneOrNull(value);
    return phone !== null && reps.has(directoryKey(phone));
  };
  return directionOf(call.direction) === 'inbound' && listed(call.from) && !listed(call.to);
}

/** A child leg that connected; the ones that rang out (busy, no-answer, canceled, failed) never held the customer. */
const ANSWERED = new Set(['completed', 'in-progress']);

/**
 * The child leg that holds the customer of a rep dial-out. Twilio does not say which leg a `<Dial>`
 * recording belongs to, so: the answered leg whose time span holds the recording's start when exactly one
 * does, else the first answered leg (`guessed`, when other answered legs were left out). Null when no leg
 * was answered.
 */
export function customerLegOf(children: readonly TwilioCall[], recordingStartedAt: string | null | undefined): { leg: TwilioCall; guessed: boolean } | null {
  const time = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN);
  const answered = children
    .filter((c) => ANSWERED.has(c.status ?? ''))
    .sort((a, b) => (time(a.start_time) || 0) - (time(b.start_time) || 0));
  if (answered.length === 0) return null;
  const at = time(recordingStartedAt);
  const holding = Number.isFinite(at) ? answered.filter((c) => time(c.start_time) <= at && !(time(c.end_time) < at)) : [];
  if (holding.length === 1) return { leg: holding[0]!, guessed: false };
  return { leg: answered[0]!, guessed: answered.length > 1 };
}

/**
 * The parties of a rep dial-out (`isRepDialOut`): an outbound call from the rep (the parent leg's caller)
 * to the customer (the child leg's called number, null when no child leg is known). On a dual-channel
 * recording the parent leg's audio, the rep, is on channel 0 and the child leg's, the customer, on 1.
 */
export function dialOutPartiesOf(parent: TwilioCall, child: TwilioCall | null, reps: Map<string, string>, dualChannel: boolean): Pick<CallMeta, 'direction' | 'rep' | 'customer'> {
  const repPhone = phoneOrNull(parent.from);
  return {
    direction: 'outbound',
    rep: { email: repPhone ? (reps.get(directoryKey(repPhone)) ?? null) : null, phone: repPhone, channel: dualChannel ? 0 : null },
    customer: { phone: phoneOrNull(child?.to), channel: dualChannel ? 1 : null },
  };
}

/**
 * The channels of a dual-channel two-leg recording whose call Twilio would not show (`fetchCall` found
 * none): where `partiesOf` puts them on an inbound call and on an outbound call from the rep's number,
 * the customer on 0 and the rep on 1. It is a guess (a call that first rang the rep is the other way
 * round), so it says so in `channelsAssumed`; no numbers and no direction, since nothing says them.
 */
export function assumedParties(callSid: string): Pick<CallMeta, 'rep' | 'customer' | 'channelsAssumed'> {
  return {
    rep: { channel: 1 },
    customer: { channel: 0 },
    channelsAssumed:
      `Twilio answered 404 for call ${callSid}, so who was on which channel is not known: the usual layout of a Twilio ` +
      'two-leg recording is assumed, the customer (the far end of an inbound call, or of an outbound call from the rep\'s number) on channel 0 and the rep on 1.',
  };
}
