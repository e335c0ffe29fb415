import { describe, expect, it } from 'vitest';
import { dealClaims } from '../../../src/domain/deal-claims.ts';

const speakers = [{ id: 'rep', role: 'rep' as const }, { id: 'customer', role: 'customer' as const }];
const said = (...lines: [speaker: string, text: string][]) => ({
  language: 'en',
  speakers,
  segments: lines.map(([speaker, text], i) => ({ speaker, text, startSec: i * 10, endSec: i * 10 + 9 })),
});
// A Monday afternoon in New York: "Friday" is 2026-11-20, "end of next month" 2026-12-31.
const WHEN = { startedAt: '2026-11-16T19:00:00Z', timezone: 'America/New_York' };
const amountOf = (t: ReturnType<typeof said>) => dealClaims(t, WHEN).amount?.value ?? null;
const dateOf = (t: ReturnType<typeof said>) => dealClaims(t, WHEN).closeDate?.value ?? null;

describe("the deal's amount as agreed in the call", () => {
  it('reads a total the customer states, in figures or in words, quoted and timed', () => {
    const t = said(['rep', 'Where did finance land?'], ['customer', 'Finance signed off on it. The annual subscription comes to $62,400 all in.']);
    expect(dealClaims(t, WHEN).amount).toEqual({
      value: 62400,
      precision: 1,
      currency: 'USD',
      evidence: [{ quote: 'The annual subscription comes to $62,400 all in.', speaker: 'customer', startSec: 10 }],
    });
    expect(amountOf(said(['customer', 'So the order is seventy-one thousand euros in total.']))).toBe(71000);
    expect(amountOf(said(['customer', 'Our contract will be 58k a year.']))).toBe(58000);
  });

  it("takes the rep's figure only when the customer's next turn assents, with both quotes", () => {
    const agreed = said(['rep', 'For the three sites the contract totals ninety-two thousand dollars.'], ['customer', 'Yes, that matches what we approved.']);
    expect(dealClaims(agreed, WHEN).amount).toMatchObject({ value: 92000, evidence: [{ speaker: 'rep', startSec: 0 }, { speaker: 'customer', quote: 'Yes, that matches what we approved.' }] });
    expect(amountOf(said(['rep', 'For the three sites the contract totals ninety-two thousand dollars.'], ['customer', 'Hmm, I need to think about it.']))).toBeNull();
    expect(amountOf(said(['rep', 'For the three sites the contract totals ninety-two thousand dollars.'], ['customer', 'Okay, but that is more than we hoped.']))).toBeNull();
    expect(amountOf(said(['rep', 'For the three sites the contract totals ninety-two thousand dollars.']))).toBeNull();
  });

  it("never takes a competitor's price, a budget, an old price or a price per seat or month", () => {
    for (const text of [
      'The other vendor quoted us $55,000 for the same contract.',
      'Their offer for the whole deal was 50k.',
      'Our budget for this contract is $80,000.',
      'Last year the renewal was $45,000.',
      'The price is $35 per seat per month for the subscription.',
      'It works out to $1,900 a month on the contract.',
    ]) expect(amountOf(said(['customer', text])), text).toBeNull();
  });

  it('takes the total next to a per-seat price, but not a discount, a difference or a rough figure', () => {
    expect(amountOf(said(['customer', 'Eighty seats at $600 each, so $48,000 in total.']))).toBe(48000);
    for (const text of [
      'You are giving us a discount of $6,000 on the contract.',
      'The renewal is 12k more than this year.',
      'The total will be around 70k.',
      'The contract is somewhere between $60,000 and $70,000.',
    ]) expect(amountOf(said(['customer', text])), text).toBeNull();
  });

  it('reads a decimal comma, and takes no range for a total', () => {
    expect(amountOf(said(['customer', 'The agreement totals 2,4 million euros.']))).toBe(2400000);
    for (const text of [
      'The contract total is seventy, eighty thousand dollars.',
      'The order comes to 70 to 80 thousand dollars in total.',
      'The renewal lands at three or four hundred thousand.',
    ]) expect(amountOf(said(['customer', text])), text).toBeNull();
  });

  it('ignores a total the speaker doubts or passes on from someone else', () => {
    for (const text of [
      'I doubt the order total is ninety thousand dollars.',
      "I'm not sure, the order total is ninety thousand dollars.",
      "I don't think the order total is ninety thousand dollars.",
      'Our procurement lead believes the contract is ninety thousand dollars.',
      'Priya said the contract is ninety thousand dollars.',
      'I was told the subscription totals ninety thousand dollars.',
      'Apparently the deal is ninety thousand dollars all in.',
    ]) expect(amountOf(said(['customer', text])), text).toBeNull();
    // What the speakers said themselves still counts, and so does a total said beside a doubt about something else.
    expect(amountOf(said(['customer', 'As I said, the order total is ninety thousand dollars.']))).toBe(90000);
    expect(amountOf(said(['customer', "I'm unsure about the colour scheme, but the order total is ninety thousand dollars."]))).toBe(90000);
    expect(amountOf(said(['customer', "The order total is ninety thousand dollars, I don't think that moves."]))).toBe(90000);
    for (const tag of ['my partner says', 'apparently', "I'm not sure", 'or so I was told']) {
      expect(amountOf(said(['customer', `The order total is ninety thousand dollars, ${tag}.`])), tag).toBeNull();
    }
  });

  it('ignores hypotheticals and questions', () => {
    for (const text of ['If the contract were 40k we could sign this week.', "Let's say the total is 40k, would that work?", 'Could the total come down to $40,000?']) {
      expect(amountOf(said(['customer', text])), text).toBeNull();
    }
  });

  it('lets the later statement win, and a retraction or a negated restatement withdraw it', () => {
    const revised = said(['customer', 'The order total is $52,000.'], ['rep', 'Noted.'], ['customer', 'Sorry, I misspoke, the total is $50,500.']);
    expect(amountOf(revised)).toBe(50500);
    expect(dealClaims(revised, WHEN).amount?.evidence[0]?.startSec).toBe(20);
    expect(amountOf(said(['customer', 'The order total is $52,000.'], ['customer', 'Scratch that, we still have to agree on the scope.']))).toBeNull();
    expect(amountOf(said(['customer', 'The order total is $52,000.'], ['customer', "It's not $52,000 anymore, the total is $49,000."]))).toBe(49000);
    expect(amountOf(said(['customer', 'The order total is $52,000.'], ['customer', "No, the total isn't $52,000."]))).toBeNull();
  });

  it('reads nothing without speaker roles, or in another language', () => {
    const t = said(['customer', 'The contract comes to $62,400 in total.']);
    expect(dealClaims({ ...t, speakers: [{ id: 'customer', role: null as never }] }, WHEN).amount).toBeNull();
    expect(dealClaims({ ...t, language: 'es' }, WHEN).amount).toBeNull();
  });
});

describe("the deal's close date as agreed in the call", () => {
  it('reads when the contract will be signed, resolved against the call day', () => {
    expect(dealClaims(said(['customer', 'Our CFO is going to countersign the agreement by Friday.']), WHEN).closeDate).toEqual({
      value: '2026-11-20',
      evidence: [{ quote: 'Our CFO is going to countersign the agreement by Friday.', speaker: 'customer', startSec: 0 }],
    });
    expect(dateOf(said(['customer', 'We expect to close the deal by the end of next month.']))).toBe('2026-12-31');
    expect(dateOf(said(['customer', 'Legal will have it signed on January the eleventh.']))).toBe('2027-01-11');
    expect(dateOf(said(['customer', 'The subscription starts on December 1st.']))).toBe('2026-12-01');
  });

  it('does not take a follow-up meeting date for a close date', () => {
    for (const text of [
      "Let's meet on Thursday to go through the contract before we sign.",
      'I will call you on Wednesday once the contract is signed.',
      'We can sign after the demo on Tuesday.',
    ]) expect(dateOf(said(['customer', text])), text).toBeNull();
    // A meeting in its own clause leaves the signing date alone.
    expect(dateOf(said(['customer', 'We will sign by the end of next month, and we can talk again on Friday.']))).toBe('2026-12-31');
  });

  it('ignores past, negated, vague, conditional and other-document dates', () => {
    for (const text of [
      'We signed the paperwork last Tuesday.',
      'We are not able to sign before January 15th.',
      'We will sign next month.',
      'If procurement agrees we will sign on Friday.',
      'I will sign the NDA tomorrow.',
      'Can you sign by Friday?',
    ]) expect(dateOf(said(['customer', text])), text).toBeNull();
  });

  it('reads offsets and corrections of the signing date, and not a date the speaker doubts or passes on', () => {
    expect(dateOf(said(['customer', 'Legal will countersign a week from Thursday.']))).toBe('2026-11-26');
    expect(dateOf(said(['customer', 'We plan to sign the agreement the Thursday after next.']))).toBe('2026-11-26');
    expect(dateOf(said(['customer', 'We sign three days before the end of the month.']))).toBe('2026-11-27');
    expect(dateOf(said(['customer', 'We will sign the order by Wednesday, sorry, I mean Tuesday.']))).toBe('2026-11-17');
    expect(dateOf(said(['customer', 'We will sign the order a few days after Thursday.']))).toBeNull();
    for (const text of [
      'Our controller thinks we will sign the order by Friday.',
      'I doubt we can sign the order by Friday.',
      'Apparently legal will sign the order on Friday.',
    ]) expect(dateOf(said(['customer', text])), text).toBeNull();
    expect(dateOf(said(['customer', 'We will sign the order by Friday, I was told the budget is through.']))).toBe('2026-11-20');
    expect(dateOf(said(['customer', 'We will sign the order by Friday, or so our controller says.']))).toBeNull();
  });

  it("takes the rep's date when the customer assents, and the later date when it moves", () => {
    expect(dateOf(said(['rep', 'So you will countersign by the 30th.'], ['customer', 'Correct.']))).toBe('2026-11-30');
    expect(dateOf(said(['rep', 'So you will countersign by the 30th.'], ['customer', 'Not quite.']))).toBeNull();
    const moved = said(['customer', 'We will sign by Friday.'], ['customer', 'Actually our board meets late, so we will sign on December 4th.']);
    expect(dateOf(moved)).toBe('2026-12-04');
    expect(dateOf(said(['customer', 'We will sign by Friday.'], ['customer', "We won't sign on Friday after all, we will sign on December 4th."]))).toBe('2026-12-04');
    expect(dateOf(said(['customer', 'We will sign by Friday.'], ['customer', "Sorry, we won't sign on Friday."]))).toBeNull();
  });
});
