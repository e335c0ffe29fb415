import { describe, expect, it } from 'vitest';
import { itemsOf } from './transcript-of.ts';

/** Talk about other things, long enough that no paper named before it is still near. */
const chatter: [string, string][] = [
  ['rep', 'How was the conference last week?'],
  ['customer', 'Busy. Lots of walking. The venue was huge.'],
  ['rep', 'Ha. Did you see the keynote?'],
  ['customer', 'Only half of it. The coffee queue was long.'],
  ['rep', 'Same every year. And the weather?'],
  ['customer', 'Rain, mostly. Warm rain, though.'],
  ['rep', 'Better than cold rain.'],
];
const texts = (lines: [string, string][]) => itemsOf(lines).map((i) => i.text);

describe('what a task points back to', () => {
  it('signs the one paper the call names in words, even when it travels by e-signature', () => {
    expect(texts([
      ['rep', 'The licence agreement is drafted, forty users.'],
      ['customer', 'Fine.'],
      ['rep', 'It goes out through DocuSign as we speak.'],
      ['customer', 'There, an email from DocuSign.'],
      ['rep', 'Good. Who else needs to sign?'],
      ['customer', 'My partner and I.'],
      ['rep', 'Both, then.'],
      ...chatter,
      ['customer', 'She is away until Thursday, so we will have it signed by Friday.'],
    ])).toEqual(['Sign the agreement']);
    // Several papers named: the envelope is the contract, as before.
    expect(texts([
      ['rep', 'The contract is the order form plus the terms.'],
      ['customer', 'Yes, the order form came through DocuSign, and the envelope is here.'],
      ...chatter,
      ['customer', 'I will get it signed by Friday.'],
    ])).toEqual(['Sign the contract']);
  });
});
