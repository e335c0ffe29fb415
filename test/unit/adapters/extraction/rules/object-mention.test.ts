import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { bareObject, borrowedWords, fullerMention, saysWhichOne } from '../../../../../src/adapters/extraction/rules/object-mention.ts';
import { mondayCall, transcriptOf } from './transcript-of.ts';

const itemsWithQuotes = (lines: [string, string][]) =>
  extractWithRules(transcriptOf(lines), mondayCall, {}, null).actionItems.map((a) => ({ text: a.text, quotes: a.evidence.map((e) => e.quote) }));

describe('the earlier, fuller mention of a task\'s thing', () => {
  it('finds the bare head of a task\'s object after its verb, a particle or the person it goes to', () => {
    expect(bareObject('Send the map by Thursday')).toEqual(['map']);
    expect(bareObject('Send over the signed waiver')).toEqual(['signed', 'waiver']);
    expect(bareObject('Email you the roster tonight')).toEqual(['roster']);
    // A particle after the thing is not its head.
    expect(bareObject('Post the brochure out')).toEqual(['brochure']);
    expect(bareObject('Push the invoice through')).toEqual(['invoice']);
    expect(bareObject('Pass the menu along')).toEqual(['menu']);
    // Named in full already, a pronoun, or no determiner: nothing to look for.
    expect(bareObject('Send the revised floor plan drawings')).toBeNull();
    expect(bareObject('Send it over')).toBeNull();
    expect(bareObject('Call Dmitri')).toBeNull();
  });

  it('takes a mention with a word of its own before the head, or after it through "of" / "for" / "with"', () => {
    expect(fullerMention('We still need the boiler inspection report.', 'report', ['report'])).toBe(true);
    expect(fullerMention('Could we get a map of the loading bays?', 'map', ['map'])).toBe(true);
    expect(fullerMention('I saw the map yesterday.', 'map', ['map'])).toBe(false);
    // A word said before a comma does not describe the thing after it.
    expect(fullerMention('To be frank, quote approval is slow here.', 'quote', ['quote'])).toBe(false);
    expect(fullerMention('The depot, with its loading bays, is busy.', 'depot', ['depot'])).toBe(true);
    // A day or a count after the head says when or how many, not which thing.
    expect(fullerMention('There is an inspection on Monday.', 'inspection', ['inspection'])).toBe(false);
    expect(fullerMention('It lists the quotes for all four suppliers.', 'quotes', ['quotes'])).toBe(false);
    // The head as a verb, or inside a set phrase, names no thing.
    expect(fullerMention('Our board must review the pricing sheet first.', 'review', ['review'])).toBe(false);
    expect(fullerMention('We want to review the pricing sheet first.', 'review', ['review'])).toBe(false);
    expect(fullerMention('In terms of payment, we are flexible.', 'terms', ['terms'])).toBe(false);
    expect(fullerMention('The payment terms of the lease are odd.', 'terms', ['terms'])).toBe(true);
  });

  it('finds the words of a task\'s text that none of its quotes says, leaving out the two parties\' names', () => {
    expect(borrowedWords('Send the gate access codes to Ruth', ["I'll send you the codes tonight."], ['ruth'])).toEqual(['gate', 'access']);
    expect(borrowedWords('Send the codes', ["I'll send you the codes tonight."])).toEqual([]);
    // A preposition the rules wrote to join the task to its topic is no word taken from anyone.
    expect(borrowedWords('Ask about the onboarding fee', ['Is there any room on the onboarding fee?'])).toEqual([]);
  });

  it('quotes where a task\'s text took the words its promise left out', () => {
    const found = itemsWithQuotes([
      ['customer', 'Our insurer keeps asking for the fire door certificates before renewal.'],
      ['rep', 'Understood.'],
      ['rep', "I'll dig them out and send you the certificates by Wednesday."],
    ]);
    const sent = found.find((f) => /certificates/.test(f.text));
    expect(sent?.quotes.join(' | ')).toMatch(/fire door certificates/);
  });

  it('quotes the other side\'s fuller description beside a promise that names the thing by its head alone', () => {
    const found = itemsWithQuotes([
      ['customer', 'We would also need a quote for the second depot in Derby.'],
      ['rep', 'Noted. How many drivers work there?'],
      ['customer', 'About thirty.'],
      ['rep', "I'll send you the quote on Thursday."],
    ]);
    const quote = found.find((f) => /quote/.test(f.text));
    expect(quote?.text).toBe('Send the quote');
    expect(quote?.quotes).toEqual([expect.stringMatching(/send you the quote/), expect.stringMatching(/second depot in Derby/)]);
  });

  it('quotes no sentence for a word the rules wrote themselves', () => {
    const found = itemsWithQuotes([
      ['rep', 'Rollout takes about three weeks from signature.'],
      ['customer', 'Fine.'],
      ['customer', 'Is there any room on the onboarding fee?'],
      ['rep', "I can't promise, but I'll ask."],
    ]);
    const ask = found.find((f) => /onboarding fee/.test(f.text));
    expect(ask?.quotes.join(' | ')).not.toMatch(/three weeks/);
  });
  it('adds nothing when the promise already says which thing, or nothing earlier says more', () => {
    const said = itemsWithQuotes([
      ['rep', 'We talked about the pallet labels last time.'],
      ['rep', "I'll send you the pallet label template tomorrow."],
    ]);
    expect(said.find((f) => /template/.test(f.text))?.quotes).toHaveLength(1);
    const bare = itemsWithQuotes([
      ['customer', 'Do you have a brochure?'],
      ['rep', "Sure, I'll email the brochure tonight."],
    ]);
    expect(bare.find((f) => /brochure/.test(f.text))?.quotes.join(' ')).not.toMatch(/Do you have/);
  });
});

describe('a mention beside the sentences where tasks were said', () => {
  it('is quoted, but weighs in the summary no more than any other sentence', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['rep', 'Thanks for making time today, Elena.'],
        ['customer', 'Sure. Mostly kitchen checklist stuff, to be honest.'],
        ['customer', 'Our budget for the new system is approved for this quarter.'],
        ['customer', 'We want to decide by the end of the month, and the owner signs off.'],
        ['rep', 'Great, the pricing for three sites is two hundred a month.'],
        ['rep', "I'll send the checklist tomorrow."],
      ]),
      mondayCall,
      {},
      null,
    );
    expect(insights.actionItems[0]?.evidence.map((e) => e.quote)).toContain('Mostly kitchen checklist stuff, to be honest.');
    expect(insights.summary).not.toMatch(/kitchen checklist/);
  });
});

describe('an afterthought that says which thing was named', () => {
  it('is a short fragment opening on a preposition or a determiner, or a list, with no verb, hedge, reply or day', () => {
    expect(saysWhichOne('For the cold room.')).toBe(true);
    expect(saysWhichOne('The signed one.')).toBe(true);
    expect(saysWhichOne('Serial numbers and the install dates.')).toBe(true);
    expect(saysWhichOne('Part numbers, quantities, unit prices.')).toBe(true);
    expect(saysWhichOne('The one by Friday.')).toBe(false);
    expect(saysWhichOne('For the cold room?')).toBe(false);
    expect(saysWhichOne('The boss wants it.')).toBe(false);
    expect(saysWhichOne('Sounds good.')).toBe(false);
    expect(saysWhichOne('Spreadsheets.')).toBe(false);
    expect(saysWhichOne('For the two of us, obviously, and then probably the whole team next year.')).toBe(false);
  });

  it('is quoted with the mention it follows, so the task shows which thing it is about', () => {
    const found = itemsWithQuotes([
      ['customer', 'Our auditor keeps asking for the certificate. For the cold room. The newer one.'],
      ['rep', 'Understood.'],
      ['rep', "I'll send you the certificate on Thursday."],
    ]);
    const sent = found.find((f) => /certificate/.test(f.text));
    expect(sent?.quotes).toEqual([expect.stringMatching(/send you the certificate/), expect.stringMatching(/asking for the certificate/), 'For the cold room.', 'The newer one.']);
  });

  it('still shows which thing a task is about when the task was said three times', () => {
    const found = itemsWithQuotes([
      ['customer', 'We will need the floor plans. For both warehouses.'],
      ['rep', "Sure, I'll send the plans on Thursday."],
      ['customer', 'Thursday, great, you send the plans.'],
      ['rep', 'So, to sum up: I send the plans Thursday.'],
    ]);
    const sent = found.find((f) => /plans/.test(f.text));
    expect(sent?.quotes.join(' | ')).toMatch(/For both warehouses/);
    expect(sent?.quotes.filter((q) => /send the plans/i.test(q)).length).toBeGreaterThanOrEqual(2);
  });
});
