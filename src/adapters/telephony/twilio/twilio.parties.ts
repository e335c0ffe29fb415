import { z } from 'zod';
import type { CallMeta, Party } from '../../../domain/call-meta.ts';
import { directoryKey, phoneOrNull } from '../webhook-utils.ts';

/** The fields of Twilio's Call resource (`/Calls/CA….json`) that say who was on the call. */
export const TwilioCall = z.object({
  from: z.string().nullish(),
  to: z.string().nullish(),
  /** `inbound`, `outbound-api`, `outbound-dial`, `trunking-originating`, `trunking-terminating`. */
  direction: z.string().nullish(),
  start_time: z.string().nullish(),
});
export type TwilioCall = z.infer<typeof TwilioCall>;

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
