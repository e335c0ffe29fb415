import { describe, expect, it } from 'vitest';
import { contactClaims, samePhone } from '../../../src/domain/contact-claims.ts';

const speakers = [{ id: 'rep', role: 'rep' as const }, { id: 'customer', role: 'customer' as const }];
const said = (...lines: [speaker: string, text: string][]) => ({
  speakers,
  segments: lines.map(([speaker, text], i) => ({ speaker, text, startSec: i * 10, endSec: i * 10 + 9 })),
});
const claim = (t: ReturnType<typeof said>, field: string, opts?: { repPhone?: string }) => contactClaims(t, opts).find((c) => c.field === field);

describe('what the customer says about their own contact details', () => {
  it('reads a new e-mail written out or spelled aloud, quoted and timed', () => {
    const written = said(['rep', 'Anything else before we hang up?'], ['customer', 'Yes, please update your records. My work email is now r.okafor@tidewater.example.org, the old one bounces.']);
    expect(claim(written, 'email')).toEqual({
      field: 'email',
      value: 'r.okafor@tidewater.example.org',
      evidence: { quote: 'My work email is now r.okafor@tidewater.example.org, the old one bounces.', speaker: 'customer', startSec: 10 },
    });
    const spoken = said(['customer', 'you can reach me at r dot okafor at tidewater dot example dot org from now on']);
    expect(claim(spoken, 'email')?.value).toBe('r.okafor@tidewater.example.org');
  });

  it('never takes an e-mail spelled for someone else, or said by the rep', () => {
    for (const text of [
      "My assistant's email is jo.bright@tidewater.example.org, copy her in.",
      'Her email is jo.bright@tidewater.example.org.',
      'Send the invoice to our controller, his email is jo.bright@tidewater.example.org.',
    ]) expect(claim(said(['customer', text]), 'email'), text).toBeUndefined();
    expect(claim(said(['rep', 'My email is sam.rep@vendor.example.com if you need me.']), 'email')).toBeUndefined();
  });

  it('reads a new direct line in digits or words', () => {
    expect(claim(said(['customer', 'My direct line is 617 555 0199, use that one.']), 'phone')?.value).toBe('6175550199');
    expect(claim(said(['customer', 'Call me on plus one six one seven five five five zero one nine nine.']), 'phone')?.value).toBe('+16175550199');
    expect(claim(said(['customer', 'My number is the same as before.']), 'phone')).toBeUndefined();
  });

  it("does not take the rep's own number read out, or read back by the customer", () => {
    const repPhone = '+1 617 555 0123';
    expect(claim(said(['customer', 'Sure, call me at 617 555 0123 tomorrow.']), 'phone', { repPhone })).toBeUndefined();
    expect(claim(said(['customer', 'So your number is 617 555 0123, got it.']), 'phone', { repPhone })).toBeUndefined();
    expect(claim(said(['rep', 'My number is 617 555 0123.']), 'phone')).toBeUndefined();
  });

  it('reads a new title and a new employer, not everyday phrases that look alike', () => {
    expect(claim(said(['customer', "I've been promoted to VP of Operations, so I sign off now."]), 'title')?.value).toBe('VP of Operations');
    expect(claim(said(['customer', "I'm now the head of purchasing and I own this budget."]), 'title')?.value).toBe('head of purchasing');
    expect(claim(said(['customer', "I'm now ready to sign."]), 'title')).toBeUndefined();
    expect(claim(said(['customer', "I've joined Tidewater Logistics as of last month."]), 'company')?.value).toBe('Tidewater Logistics');
    expect(claim(said(['customer', "I've moved to the next step with legal."]), 'company')).toBeUndefined();
  });

  it('reads nothing when the speakers have no roles', () => {
    const t = { speakers: [{ id: 'S1', role: 'unknown' as const }], segments: [{ speaker: 'S1', text: 'My email is a@b.example.com.', startSec: 0, endSec: 3 }] };
    expect(contactClaims(t)).toEqual([]);
  });

  it('compares phone numbers with or without the country code', () => {
    expect(samePhone('+16175550123', '617-555-0123')).toBe(true);
    expect(samePhone('+16175550123', '6175550199')).toBe(false);
  });
});
