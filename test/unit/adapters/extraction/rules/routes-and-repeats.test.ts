import { describe, expect, it } from 'vitest';
import { onlyRoutesIt } from '../../../../../src/adapters/extraction/rules/commitment-guards.ts';
import { cutClause } from '../../../../../src/adapters/extraction/rules/action-text.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { itemsOf, mondayCall, transcriptOf } from './transcript-of.ts';

describe('a forward that is only the route a thing takes', () => {
  it('is no task when the speaker has just asked for the thing to come to them', () => {
    const found = itemsOf([
      ['rep', 'Does the signed invoice go to your office or to the bookkeeper directly?'],
      ['customer', "Mail it to me, and then I'll forward it to the bookkeeper."],
      ['rep', "I'll mail you the signed invoice on Wednesday."],
    ]);
    expect(found.map((f) => f.text)).toEqual(['Mail the signed invoice']);
    expect(onlyRoutesIt('No, just to me, please, and ', 'forward it to payroll')).toBe(true);
  });

  it('is still a task when nothing was said about where the thing should go', () => {
    const found = itemsOf([
      ['rep', "I'll mail you the signed invoice on Wednesday."],
      ['customer', "Great, and I'll forward the invoice to the bookkeeper the same day."],
    ]);
    expect(found.some((f) => f.owner === 'customer' && /^Forward the invoice/.test(f.text))).toBe(true);
    expect(onlyRoutesIt('Send me the deck and ', 'review it with the team')).toBe(false);
  });
});

describe('a summing-up sentence that gives the other side their part after a comma', () => {
  it('ends the speaker\'s task where the other side\'s begins', () => {
    expect(cutClause('mail the floor plan by Thursday, you are booking the electrician for Friday')).toBe('mail the floor plan by Thursday');
    expect(cutClause("ring the depot tomorrow, you'll check the parking permit")).toBe('ring the depot tomorrow');
    expect(cutClause('post the samples on Monday, Dr. Okoro sends the lab results by Friday')).toBe('post the samples on Monday');
  });

  it('keeps a comma that only adds to the task', () => {
    expect(cutClause('post the samples on Monday, your three favourites')).toBe('post the samples on Monday, your three favourites');
  });
});

describe('the same thing handed over twice in one call', () => {
  it('is one task, even when each time it is described by other words', () => {
    const found = itemsOf([
      ['customer', 'We would need the price in writing before the board sits.'],
      ['rep', "Of course. I'll email you a revised estimate that holds until March by Thursday."],
      ['customer', 'Good, with the brochure too if you can.'],
      ['rep', "Sure. So I'll send the revised estimate with the brochure by Thursday."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toHaveLength(1);
  });

  it('stays two tasks when the two things only share a general word', () => {
    const found = itemsOf([
      ['rep', "I'll send you the invite for the pilot review on Tuesday."],
      ['rep', "And I'll send the invite for the security workshop on Thursday."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toHaveLength(2);
  });
});

describe('"it" after a question about whether someone has a thing', () => {
  it('is the thing asked about', () => {
    const found = itemsOf([
      ['rep', "I'll send the meeting invite tonight."],
      ['rep', 'And does your engineer have the wiring diagram for the plant room?'],
      ['customer', 'She has it, yes. She is going to mail it across on Friday.'],
    ]);
    expect(found).toContainEqual({ text: expect.stringMatching(/wiring diagram/), owner: 'customer', dueDate: '2026-11-20' });
  });
});

describe('a check promised in answer to a question, naming no topic', () => {
  const evidenceOf = (lines: [string, string][]) => extractWithRules(transcriptOf(lines), mondayCall).actionItems.map((a) => [a.text, a.evidence.map((e) => e.quote)] as const);

  it('keeps the question it answers as its evidence', () => {
    const found = evidenceOf([
      ['customer', 'Next thing. Which warehouse would the spare parts ship from? Our fleet manager will want to know.'],
      ['rep', "Good point, I'd rather not guess. I'll check with our logistics people and ring you back on Thursday."],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]![1]).toContain('Which warehouse would the spare parts ship from?');
  });

  it('does so for "ask our team" and for "check on that" too', () => {
    const asked = evidenceOf([
      ['customer', 'Can the tablets run the app offline in the cold store?'],
      ['rep', "Not sure, honestly. I'll ask our engineering team and report back."],
    ]);
    expect(asked[0]![1]).toContain('Can the tablets run the app offline in the cold store?');
    const pointed = evidenceOf([
      ['customer', 'Does the licence cover the second site in Ghent?'],
      ['rep', 'Let me check on that and circle back tomorrow.'],
    ]);
    expect(pointed[0]![1]).toContain('Does the licence cover the second site in Ghent?');
  });

  it('takes no question that only asks when', () => {
    const found = evidenceOf([
      ['customer', 'So when could we expect to hear back from you?'],
      ['rep', "I'll check with my manager and circle back on Friday."],
    ]);
    expect(found[0]![1]).not.toContain('So when could we expect to hear back from you?');
  });
});

describe('things listed after one verb', () => {
  it('reads "and email addresses" in a list of what is needed as a thing, not a second task', () => {
    const found = itemsOf([
      ['rep', "For the accounts we'll need a sheet of the drivers, with phone numbers and email addresses."],
      ['customer', "I'll send you the sheet by Thursday."],
    ]);
    expect(found.map((f) => f.text)).not.toContain('Email addresses');
    expect(found).toContainEqual({ text: expect.stringMatching(/^Send the sheet/), owner: 'customer', dueDate: '2026-11-19' });
  });

  it('splits "the plan today, the budget by Friday" into two tasks with a day each', () => {
    const found = itemsOf([['rep', "So I'll send the rollout plan today, the budget sheet by Friday, and we meet again next week."]]);
    expect(found).toContainEqual({ text: 'Send the rollout plan', owner: 'rep', dueDate: '2026-11-16' });
    expect(found).toContainEqual({ text: 'Send the budget sheet', owner: 'rep', dueDate: '2026-11-20' });
  });

  it('does not read "the pallets ship Monday" after a comma as a second thing sent', () => {
    const found = itemsOf([['rep', "So I'm mailing you the invoice today, the four pallets ship Monday to the depot."]]);
    expect(found.map((f) => f.text).some((t) => /pallets/.test(t) && /^Mail/.test(t))).toBe(false);
  });
});

describe('two invites for one meeting', () => {
  it('is one task once "an invite for it" is known to be for that meeting', () => {
    const found = itemsOf([
      ['rep', "So we'll hold the training workshop on Thursday at nine. Expect a calendar invite for it from me, I'll send a calendar invitation for it."],
      ['customer', 'Perfect.'],
      ['rep', "And I'll send the invite for the training workshop to your two supervisors as well."],
    ]);
    expect(found.filter((f) => /invit/i.test(f.text))).toHaveLength(1);
  });
});

describe('word passed to someone with nothing said of what', () => {
  it('is no task', () => {
    const found = itemsOf([
      ['rep', 'Would your site lead be free to join us?'],
      ['customer', "Not sure, I'll ask him. And I'll tell Moana."],
    ]);
    expect(found).toEqual([]);
  });

  it('is a task when the call says what to ask', () => {
    const found = itemsOf([
      ['customer', "I'll ask our site lead whether the loading bay is free on Friday."],
    ]);
    expect(found.map((f) => f.text)).toEqual([expect.stringMatching(/^Ask their site lead whether the loading bay is free/)]);
  });
});

describe('offers and answers about the same hand-over', () => {
  it('reads "could I get the list over to you?" as an offer, not as asking the other side for something', () => {
    const found = itemsOf([
      ['rep', 'It would help to see your current price list before we quote.'],
      ['customer', 'I can export it. Could I get the list over to you on Friday?'],
      ['rep', 'Friday is perfect.'],
      ['customer', "Okay, I'll send the price list by Friday."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toEqual([]);
    expect(found.filter((f) => f.owner === 'customer')).toHaveLength(1);
  });

  it('joins a request for "that" on a day and the promise in reply to send a thing on that day', () => {
    const found = itemsOf([
      ['rep', 'To build the route plan, we start from your drivers and their licence classes.'],
      ['customer', "Drivers and classes. That's easy."],
      ['rep', 'Can you mail that over by Wednesday?'],
      ['customer', "Wednesday suits, I'll mail the driver list on Wednesday."],
    ]);
    expect(found.filter((f) => f.owner === 'customer')).toEqual([{ text: 'Mail the driver list', owner: 'customer', dueDate: '2026-11-18' }]);
  });
});

describe('what "it" stands for', () => {
  it('is the thing someone said they need ("what we need is …")', () => {
    const found = itemsOf([
      ['rep', 'Right, and what we need is the, uh, the weekly pallet counts per store, so we can plan the routes.'],
      ['customer', 'Fine, easy. I send you Thursday.'],
    ]);
    expect(found).toContainEqual({ text: expect.stringMatching(/^Send the weekly pallet counts per store/), owner: 'customer', dueDate: '2026-11-19' });
  });

  it('is the thing named on its own after a dash ("oh — wait, the permit.")', () => {
    const found = itemsOf([
      ['customer', 'Also — oh, the stamped permit. That never reached me, right?'],
      ['rep', "No, it's still at the office. I'll mail it over today."],
    ]);
    expect(found).toEqual([{ text: 'Mail the stamped permit', owner: 'rep', dueDate: '2026-11-16' }]);
  });
});

describe('"get it countersigned and back"', () => {
  it('is signing the paper and sending it back', () => {
    const found = itemsOf([
      ['rep', 'The lease agreement went to you this morning.'],
      ['customer', "Our director will, um, we'll get it countersigned and back to you on Friday."],
    ]);
    expect(found).toContainEqual({ text: expect.stringMatching(/^Countersign the (?:lease )?agreement and send it back/), owner: 'customer', dueDate: '2026-11-20' });
  });
});

describe('a present-tense account of the business', () => {
  it('is no run-through of tasks because "I dunno" is in it', () => {
    const found = itemsOf([['customer', 'So, um, basically, we run four depots, and every winter, like, I dunno, we take on forty drivers.']]);
    expect(found).toEqual([]);
  });
});
