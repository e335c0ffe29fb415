import { describe, expect, it } from 'vitest';
import { mergeRestated, type ActionDraft } from '../../../../../src/adapters/extraction/rules/merge-items.ts';
import type { Sentence } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { itemsOf } from './transcript-of.ts';

/** A draft said by the customer in its own turn `at`. */
function draft(text: string, at: number, dueDate: string | null = null, owner: ActionDraft['owner'] = 'customer'): ActionDraft {
  const sentence: Sentence = { text, said: text, saidAt: [], segmentIndex: at, speaker: owner, role: owner === 'unknown' ? 'unknown' : owner, startSec: at * 5, addressedToSystem: false };
  return { text, owner, dueDate, evidence: [{ sentence, quote: text }], at };
}
const texts = (drafts: readonly ActionDraft[]) => drafts.map((d) => [d.text, d.dueDate]);

describe('a task said again in other words', () => {
  it('is one task, with the day said and both quotes, when a colleague is to look at something and later to review it', () => {
    expect(itemsOf([
      ['customer', "I'll get Ola to look at the lease terms."],
      ['rep', 'Great, thank you.'],
      ['customer', 'We also talked about the forklift rental.'],
      ['rep', "Yes, that's a separate thing."],
      ['customer', 'So Ola will review the lease terms by Thursday.'],
    ])).toEqual([{ text: 'Have Ola look at the lease terms', owner: 'customer', dueDate: '2026-11-19' }]);
    const merged = mergeRestated([draft('Have Ola look at the lease terms', 0), draft('Have Ola review the lease terms', 4, '2026-11-19')]);
    expect(merged.map((d) => d.evidence.length)).toEqual([2]);
  });

  it('is not a different step with the same thing: handing it over and taking people through it, reading it and signing it', () => {
    expect(texts(mergeRestated([draft('Send the rollout handbook', 0, '2026-11-17'), draft('Walk their supervisors through the rollout handbook', 5)]))).toEqual([
      ['Send the rollout handbook', '2026-11-17'],
      ['Walk their supervisors through the rollout handbook', null],
    ]);
    expect(texts(mergeRestated([draft('Read through the hosting addendum', 0), draft('Sign the hosting addendum', 5, '2026-11-20')]))).toEqual([
      ['Read through the hosting addendum', null],
      ['Sign the hosting addendum', '2026-11-20'],
    ]);
  });

  it('is not one task when the one word shared is only what the other goes along with', () => {
    expect(texts(mergeRestated([draft('Send the lease', 0, '2026-11-17'), draft('Send the parking form along with the lease', 6, '2026-11-17')]))).toEqual([
      ['Send the lease', '2026-11-17'],
      ['Send the parking form along with the lease', '2026-11-17'],
    ]);
    expect(texts(mergeRestated([draft('Send the lease', 0, '2026-11-17'), draft('Send the signed lease', 6, '2026-11-17')]))).toHaveLength(1);
  });

  it('is two asks of the same person when each says what it is about', () => {
    expect(texts(mergeRestated([draft('Ask Rosa about the budget for next year', 0), draft('Ask Rosa to send over the floor plans', 6, '2026-11-20')]))).toHaveLength(2);
  });

  it('is one task when both reach the same person the same way and at most one has a day', () => {
    expect(texts(mergeRestated([draft('Ask Rosa', 0), draft('Ask Rosa for the sign-off', 6, '2026-11-20')]))).toEqual([['Ask Rosa for the sign-off', '2026-11-20']]);
    // Another way of reaching her, or two days said, are two tasks.
    expect(texts(mergeRestated([draft('Ask Rosa', 0), draft('Call Rosa about the sign-off', 6, '2026-11-20')]))).toHaveLength(2);
    expect(texts(mergeRestated([draft('Call Rosa', 0, '2026-11-17'), draft('Call Rosa', 6, '2026-11-20')]))).toHaveLength(2);
  });

  it('keeps the text that names more', () => {
    expect(texts(mergeRestated([draft('Send the wiring diagrams', 0, '2026-11-20'), draft('Email the wiring diagrams for both floors', 6)]))).toEqual([
      ['Email the wiring diagrams for both floors', '2026-11-20'],
    ]);
  });

  it('stays two tasks when the shared words are told apart, the days differ, or the owners differ', () => {
    expect(mergeRestated([draft('Send the pricing for the starter plan', 0), draft('Send the pricing for the enterprise plan', 2)])).toHaveLength(2);
    expect(mergeRestated([draft('Send the signed lease copy', 0, '2026-11-16'), draft('Send the lease copy again', 3, '2026-11-23')])).toHaveLength(2);
  });

  it('is one task when the words told apart only say it is the latest version ("revised", "updated")', () => {
    expect(mergeRestated([draft('Send the amended schedule with two crews', 0, '2026-11-20'), draft('Send the corrected schedule with two crews', 4, '2026-11-20')])).toHaveLength(1);
    expect(mergeRestated([draft('Send the amended schedule with two crews', 0, '2026-11-20'), draft('Send the weekend schedule with two crews', 4, '2026-11-20')])).toHaveLength(2);
    expect(mergeRestated([draft('Send the signed lease copy', 0), draft('Send the signed lease copy', 3, null, 'rep')])).toHaveLength(2);
  });

  it('stays two tasks when one is a meeting or an invite and the other is not, or a text joins two tasks', () => {
    expect(mergeRestated([draft('Hold the quarterly review', 0, '2026-12-01', 'rep'), draft('Send an invite for the quarterly review', 2, null, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Hold the site walkthrough', 0), draft('Send the site walkthrough notes', 2)])).toHaveLength(2);
    expect(mergeRestated([draft('Dig out the floor plans and ask Tom to join', 0), draft('Ask Tom to join about the floor plans', 2)])).toHaveLength(2);
  });

  it('is one task when both are due the same day and share one word naming a thing, but not a general one', () => {
    expect(texts(mergeRestated([draft('Send the pricing', 0, '2026-11-20', 'rep'), draft('Send pricing for the three depots', 3, '2026-11-20', 'rep')]))).toEqual([
      ['Send pricing for the three depots', '2026-11-20'],
    ]);
    expect(mergeRestated([draft('Send the pricing', 0, '2026-11-20', 'rep'), draft('Send pricing for the three depots', 3, null, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Send the calendar invite', 0, '2026-11-20', 'rep'), draft('Send the invite and the brochure', 3, '2026-11-20', 'rep')])).toHaveLength(2);
  });

  it('does not take a person, people or a general word cut short by the stem for the one word two tasks share', () => {
    const due = '2026-11-20';
    expect(mergeRestated([draft('Call Petra', 0, due, 'rep'), draft('Email Petra the price list', 3, due, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Email Dr. Okafor about the lease', 0, due, 'rep'), draft('Ring Okafor to move the visit', 3, due, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Brief the team', 0, due, 'rep'), draft('Send the rate card to the team', 3, due, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Send the workshop notes', 0, due, 'rep'), draft('Add the notes to the tracker', 3, due, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Send the invites', 0, due, 'rep'), draft('Print the invites for the gala', 3, due, 'rep')])).toHaveLength(2);
    // Reaching one person twice on one day is one task.
    expect(texts(mergeRestated([draft('Call Petra', 0, due, 'rep'), draft('Give Petra a ring about it', 3, due, 'rep')]))).toEqual([['Give Petra a ring about it', due]]);
  });

  it('reads setting up an account or a sandbox as the same task as having it ready, not as a meeting', () => {
    expect(texts(mergeRestated([draft('Set up the demo sandbox account', 0, null, 'rep'), draft('Have the demo sandbox account ready', 3, '2026-11-20', 'rep')]))).toEqual([
      ['Have the demo sandbox account ready', '2026-11-20'],
    ]);
    expect(mergeRestated([draft('Set up the demo call', 0, null, 'rep'), draft('Send the demo call notes', 3, '2026-11-20', 'rep')])).toHaveLength(2);
  });

  it('does not take "and get back to …" or "and let … know" for a second task joined on', () => {
    expect(mergeRestated([draft('Check with Odile on the rebate and get back to Sam', 0, '2026-11-20', 'rep'), draft('Check the rebate with Odile', 3, '2026-11-20', 'rep')])).toHaveLength(1);
    expect(mergeRestated([draft('Ask Odile about the rebate and let Sam know', 0, '2026-11-20', 'rep'), draft('Check the rebate with Odile', 3, '2026-11-20', 'rep')])).toHaveLength(1);
    expect(mergeRestated([draft('Talk to Odile and send the rebate terms', 0, '2026-11-20', 'rep'), draft('Talk to Odile about the rebate', 3, '2026-11-20', 'rep')])).toHaveLength(2);
  });

  it('still takes "and set up…", "and send back…", "and follow up with" someone else for a second task joined on', () => {
    const due = '2026-11-20';
    expect(mergeRestated([draft('Mail the rate card and set up the workspace', 0, due, 'rep'), draft('Mail the revised rate card for the northern and southern regions', 3, due, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Sign the lease and send back the form', 0, due), draft('Sign the lease for the corner unit on the high street', 3, due)])).toHaveLength(2);
    expect(mergeRestated([draft('Read the draft and follow up with legal', 0, due, 'rep'), draft('Read the draft order form for the clinic group', 3, due, 'rep')])).toHaveLength(2);
    expect(mergeRestated([draft('Read the draft and follow up with you', 0, due, 'rep'), draft('Read the draft order form for the clinic group', 3, due, 'rep')])).toHaveLength(1);
  });

  it('is one task when one side makes a thing and then says it will send that thing', () => {
    expect(texts(mergeRestated([draft('Pull an export of the spring orders', 0), draft('Send the export', 3, '2026-11-20')]))).toEqual([
      ['Pull an export of the spring orders', '2026-11-20'],
    ]);
    expect(mergeRestated([draft('Pull an export of the spring orders', 0), draft('Send the price sheet', 3, '2026-11-20')])).toHaveLength(2);
  });

  it('does not count words of reporting back as what the task is about', () => {
    expect(mergeRestated([draft('Check with security, then come back to Gareth', 0, null, 'rep'), draft('Ask the product team, then come back to Gareth', 2, null, 'rep')])).toHaveLength(2);
  });
});

describe('what reaches someone, in a recap', () => {
  it('is the giver\'s task: the speaker\'s to "you", the other side\'s to someone of the speaker\'s, never the receiver\'s', () => {
    expect(itemsOf([
      ['customer', 'Our facilities lead, Dana, will want the fire safety checklist.'],
      ['rep', 'No problem at all.'],
      ['rep', 'So to sum up: I send the floor plan today, and Dana gets the fire safety checklist by Friday.'],
      ['customer', 'Perfect.'],
    ])).toEqual([
      { text: 'Send the floor plan', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Send the fire safety checklist to Dana', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    expect(itemsOf([['rep', 'So, quick recap: you get the updated price list on Thursday, and I book the installers.']])).toEqual([
      { text: 'Send the updated price list', owner: 'rep', dueDate: '2026-11-19' },
      { text: 'Book the installers', owner: 'rep', dueDate: null },
    ]);
  });

  it('is still the doer\'s own step when they get something done or handed over', () => {
    expect(itemsOf([['rep', 'So to recap: you get the signed form back to me by Friday, and I book the installers.']])[0]).toEqual(
      { text: 'Send the signed form back', owner: 'customer', dueDate: '2026-11-20' },
    );
  });
});

describe('a follow-up call and the reason for it', () => {
  it('keeps the reason said after a comma with "just"', () => {
    expect(itemsOf([
      ['customer', 'The committee meets again in the spring.'],
      ['rep', "Understood. I'll phone you on Monday, just to hear whether the committee has met."],
    ])).toEqual([{ text: expect.stringMatching(/^(?:Call|Phone) \S+ to hear whether the committee has met$/), owner: 'rep', dueDate: expect.any(String) }]);
  });

  it('leaves out a hedge after the comma ("just to be safe"): no reason for the task', () => {
    expect(itemsOf([['rep', "I'll resend the signed order form tonight, just to be on the safe side."]]).map((i) => i.text))
      .toEqual(['Resend the signed order form']);
  });

  it('is one call when the same person is promised a call again without the reason, on the day said last', () => {
    const items = itemsOf([
      ['rep', "I'll call you in two weeks to find out where the freeze stands."],
      ['customer', "Two weeks is too soon, I'm travelling. After the eighteenth, maybe."],
      ['rep', "Okay, then I'll call you on the twentieth."],
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]!.text).toMatch(/to find out where the freeze stands$/);
  });

  it('is still two calls for two reasons', () => {
    expect(itemsOf([
      ['rep', "I'll call you on Tuesday to go through the pricing."],
      ['customer', 'Fine.'],
      ['rep', "And I'll call you on Friday to walk your accountant through the export."],
    ])).toHaveLength(2);
  });
});

describe('a task handed to the same colleague twice', () => {
  it('is one task when the second names at most one thing, or a thing the first named', () => {
    expect(texts(mergeRestated([draft('Have Wiremu configure the staging tenant', 0), draft('Have Wiremu email the login', 6, '2026-11-18')]))).toEqual([
      ['Have Wiremu configure the staging tenant', '2026-11-18'],
    ]);
    expect(texts(mergeRestated([draft('Have Dr. Osei check the dosing tables', 0), draft('Have Dr. Osei send the dosing tables with her notes', 6)]))).toEqual([
      ['Have Dr. Osei send the dosing tables with her notes', null],
    ]);
  });

  it('is two tasks when the second names other things, or the two are handed to different people', () => {
    expect(texts(mergeRestated([draft('Have Wiremu draft the floor plan', 0), draft('Have Wiremu measure the cable runs in the basement', 6)]))).toHaveLength(2);
    expect(texts(mergeRestated([draft('Have Wiremu email the login', 0), draft('Have Anahera email the login', 6)]))).toHaveLength(2);
    expect(texts(mergeRestated([draft("Have Wiremu's team email the login", 0), draft("Have Wiremu's team call the bank", 6)]))).toHaveLength(2);
    expect(texts(mergeRestated([draft('Have Wiremu reset the staging password', 0), draft('Have Wiremu reset the production password', 6)]))).toHaveLength(2);
  });
});

describe('word asked for and promised in the next turn', () => {
  it('is one task: the promise that says what the word will be about', () => {
    const items = itemsOf([
      ['customer', 'Could your system read our tachograph files? Let me know by Thursday, because if it is not possible, my partner needs to hear it first.'],
      ['rep', "By Thursday. I'll ask our integrations lead about the tachograph files and let you know."],
    ]);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ owner: 'rep', dueDate: '2026-11-19' });
    expect(items[0]!.text).toMatch(/tachograph/);
  });

  it('leaves two tasks when the reply promises something else', () => {
    expect(itemsOf([
      ['customer', 'Let me know by Thursday whether the discount holds.'],
      ['rep', "I'll send the brochure for the trailers tomorrow."],
    ])).toHaveLength(2);
  });
});
