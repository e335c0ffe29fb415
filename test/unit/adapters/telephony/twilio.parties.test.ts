import { describe, expect, it } from 'vitest';
import { customerLegOf, directionOf, isRepDialOut, partiesOf } from '../../../../src/adapters/telephony/twilio/twilio.parties.ts';
import { parseRepDirectory } from '../../../../src/adapters/telephony/webhook-utils.ts';

const REP_NUMBER = '+14155550100';
const CUSTOMER = '+442079460321';
const reps = parseRepDirectory('TWILIO_REP_NUMBERS', `${REP_NUMBER}=priya@example.com,+14155550101=sam@example.com`);

describe('twilio parties and channels', () => {
  it('inbound: the customer called the rep\'s number; the caller (parent leg) is on channel 0, the rep on 1', () => {
    expect(partiesOf({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' }, reps, true)).toEqual({
      direction: 'inbound',
      rep: { email: 'priya@example.com', phone: REP_NUMBER, channel: 1 },
      customer: { phone: CUSTOMER, channel: 0 },
    });
  });

  it('outbound from the rep\'s number: the called customer (parent leg) is on channel 0, the rep on 1', () => {
    expect(partiesOf({ from: REP_NUMBER, to: CUSTOMER, direction: 'outbound-api' }, reps, true)).toEqual({
      direction: 'outbound',
      rep: { email: 'priya@example.com', phone: REP_NUMBER, channel: 1 },
      customer: { phone: CUSTOMER, channel: 0 },
    });
  });

  it('outbound to the rep first (click-to-call): the rep is the called party, so the rep is on channel 0', () => {
    expect(partiesOf({ from: CUSTOMER, to: '+1 (415) 555-0101', direction: 'outbound-api' }, reps, true)).toEqual({
      direction: 'outbound',
      rep: { email: 'sam@example.com', phone: '+14155550101', channel: 0 },
      customer: { phone: CUSTOMER, channel: 1 },
    });
  });

  it('counts outbound-dial as outbound, and SIP trunk origination as inbound', () => {
    expect(directionOf('outbound-dial')).toBe('outbound');
    expect(directionOf('outbound-api')).toBe('outbound');
    expect(directionOf('inbound')).toBe('inbound');
    expect(directionOf('trunking-originating')).toBe('inbound');
    expect(directionOf('trunking-terminating')).toBe('outbound');
    expect(directionOf('something-new')).toBeNull();
  });

  it('takes our side of the call as the rep when no number is in the directory', () => {
    expect(partiesOf({ from: CUSTOMER, to: '+14155550199', direction: 'inbound' }, reps, true)).toEqual({
      direction: 'inbound',
      rep: { email: null, phone: '+14155550199', channel: 1 },
      customer: { phone: CUSTOMER, channel: 0 },
    });
  });

  it('assigns no channel to a mono recording, nor when the direction is unknown', () => {
    expect(partiesOf({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' }, reps, false)).toMatchObject({ rep: { channel: null }, customer: { channel: null } });
    expect(partiesOf({ from: CUSTOMER, to: REP_NUMBER, direction: null }, reps, true)).toEqual({
      direction: null,
      rep: { email: 'priya@example.com', phone: REP_NUMBER, channel: null },
      customer: { phone: CUSTOMER, channel: null },
    });
    expect(partiesOf({ from: CUSTOMER, to: '+14155550199', direction: null }, reps, true)).toEqual({ direction: null, rep: null, customer: null });
  });

  it('keeps an anonymous caller as an unknown customer number', () => {
    expect(partiesOf({ from: 'anonymous', to: REP_NUMBER, direction: 'inbound' }, reps, true)).toMatchObject({ customer: { phone: null, channel: 0 }, rep: { channel: 1 } });
  });

  it('a rep dial-out is an inbound parent leg from a rep number to a number that is not a rep\'s', () => {
    expect(isRepDialOut({ from: REP_NUMBER, to: '+14155550999', direction: 'inbound' }, reps)).toBe(true);
    expect(isRepDialOut({ from: REP_NUMBER, to: CUSTOMER, direction: 'outbound-api' }, reps)).toBe(false);
    expect(isRepDialOut({ from: CUSTOMER, to: REP_NUMBER, direction: 'inbound' }, reps)).toBe(false);
    expect(isRepDialOut({ from: REP_NUMBER, to: '+14155550101', direction: 'inbound' }, reps)).toBe(false);
  });

  it('picks the answered child leg, never one that rang out', () => {
    const legs = [
      { sid: 'CA1', to: '+1', status: 'no-answer', start_time: 'Tue, 04 Mar 2025 15:00:01 +0000' },
      { sid: 'CA2', to: '+2', status: 'completed', start_time: 'Tue, 04 Mar 2025 15:00:02 +0000', end_time: 'Tue, 04 Mar 2025 15:01:02 +0000' },
    ];
    expect(customerLegOf(legs, '2025-03-04T15:00:05Z')).toEqual({ leg: legs[1], guessed: false });
    expect(customerLegOf([legs[0]!], '2025-03-04T15:00:05Z')).toBeNull();
  });
});
