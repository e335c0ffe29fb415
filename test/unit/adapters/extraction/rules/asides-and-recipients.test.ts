import { describe, expect, it } from 'vitest';
import { undoCausative } from '../../../../../src/adapters/extraction/rules/third-party.ts';
import { itemsOf } from './transcript-of.ts';

const texts = (lines: [string, string][]) => itemsOf(lines).map((i) => i.text);

describe('what a sentence says beside its task', () => {
  it('reads a word of approval before "she\'ll" as approval, not as the colleague who does it', () => {
    const found = texts([
      ['customer', 'Who puts the seating plan together? Our office manager usually does those.'],
      ['rep', "Lovely, she'll send it over on Thursday then."],
    ]);
    expect(found.join(' | ')).not.toMatch(/Lovely/);
    expect(found.join(' | ')).toMatch(/seating plan/);
  });

  it('ends the task where "I\'ve" starts a new clause', () => {
    const found = texts([
      ['rep', 'Could you send me the meter readings?'],
      ['customer', "I'll send them tonight, I've kept them in a folder on my desk."],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).not.toMatch(/I've|folder/);
  });

  it('takes "could we do Friday instead?" as another day for the meeting already set, not a new call', () => {
    const found = texts([
      ['rep', 'So the onboarding session is Tuesday at nine.'],
      ['customer', 'Hmm, could we do the Friday instead?'],
      ['rep', 'Friday works.'],
    ]);
    expect(found.join(' | ')).not.toMatch(/follow-up call/);
  });

  it('still takes a meeting set "instead" of something else, with its reason or named as a new one', () => {
    expect(texts([['rep', "Rather than more emails, let's meet on Wednesday instead to settle the rollout plan."]]))
      .toEqual([expect.stringMatching(/^Schedule a meeting to settle the rollout plan$/)]);
    expect(texts([['customer', 'Could we do a second demo for the finance people next Monday instead?']]))
      .toEqual([expect.stringMatching(/demo/)]);
  });

  it('drops a promise the speaker hands on in the same breath: "sorry, no, not me, the system sends it"', () => {
    expect(texts([
      ['customer', 'And the cancellation notice?'],
      ['rep', "I'll send you the cancellation notice — sorry, no, not me, our billing system sends those on its own."],
    ])).toEqual([]);
  });

  it('keeps "them" as who gets a message when the message is named after it', () => {
    const found = texts([
      ['customer', 'The proposal reads well. Our two directors will want to weigh in.'],
      ['rep', "Then I'll send them both a short summary this afternoon."],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^Send them both a short summary/);
  });

  it('still reads "them" as the things when a time follows it ("send them the next morning")', () => {
    const found = texts([
      ['customer', 'We will need the two signed waivers.'],
      ['rep', "I'll send them the next morning once legal signs."],
    ]);
    expect(found).toEqual([expect.stringMatching(/^Send the two signed waivers/)]);
  });
});

describe('work said with verbs the lists once left out', () => {
  it('winds down accounts, a trial or a workspace ("close out the trial workspace"), but closing a deal is no task', () => {
    expect(texts([['rep', "Understood. I'll close out the trial workspace on our side."]])).toEqual(['Close out the trial workspace']);
    expect(texts([['rep', "And I'll close the demo accounts once you have your export."]])).toEqual(['Close the demo accounts']);
    expect(texts([['rep', "I'd love to close the deal this quarter."], ['customer', "I'll close the door, it's noisy here."]])).toEqual([]);
  });

  it('still closes the loop with someone: a follow-up, not a deal', () => {
    expect(texts([['rep', "I'll close the loop with your procurement lead by Wednesday."]])).toEqual([expect.stringMatching(/^Close the loop with their procurement lead$/)]);
  });

  it('runs a session or a workshop', () => {
    expect(texts([['rep', "I'll run the onboarding workshop for your coordinators."]])).toEqual(['Run the onboarding workshop for their coordinators']);
  });

  it('puts something into a paper or in writing, with the thing named after the particle', () => {
    expect(texts([['customer', "I'll put the savings table in the quarterly board deck."]])).toEqual(['Put the savings table in the quarterly board deck']);
    expect(texts([['rep', "I'll put the delivery terms in writing for your buyer."]])).toEqual(['Put the delivery terms in writing for their buyer']);
  });

  it('keeps the particle with its verb when a time comes after it ("fill the claim in the morning")', () => {
    expect(texts([['customer', "I'll fill the claim form in the morning."]])).toEqual([expect.stringMatching(/^Fill in the claim form\b/)]);
    expect(texts([['rep', "I'll sort the duplicate invoices out the day after."]])).toEqual([expect.stringMatching(/^Sort out the duplicate invoices\b/)]);
  });
});

describe('what "it" is', () => {
  it('is not the team just named as who does the work, nor an event', () => {
    const found = itemsOf([
      ['customer', 'Our auditors have a supplier checklist, about sixty questions.'],
      ['rep', "I'll get our compliance team to complete it and I'll send it back by Friday."],
      ['customer', "Okay. I'll email it to you after this call."],
    ]);
    const customers = found.filter((i) => i.owner === 'customer').map((i) => i.text);
    expect(customers).toHaveLength(1);
    expect(customers[0]).toMatch(/checklist/);
    expect(found.map((i) => i.text).join(' | ')).not.toMatch(/(?:Email|Send) the compliance team/);
  });
});

describe('promises said in a roundabout way', () => {
  it('reads "what I can do is …" and "what we\'ll do is …" as promising what follows', () => {
    expect(texts([['rep', 'What I can do is send you a written rollout plan for each depot.']])).toEqual(['Send a written rollout plan for each depot']);
    expect(texts([['rep', "Right, so what we'll do is set up a test environment for your analysts."]])).toEqual(['Set up a test environment for their analysts']);
  });

  it('fills in the form the call named, however it was introduced', () => {
    expect(texts([
      ['rep', 'We run a short exit survey whenever a pilot ends. Four questions.'],
      ['customer', "Sure. I'll fill it in on Thursday."],
    ])).toEqual(['Fill in the short exit survey']);
  });

  it('does not take "yesterday" or "last week" as part of the thing named', () => {
    expect(texts([
      ['rep', 'I mailed the renewal form last week.'],
      ['customer', "Right, I'll fill it out tonight."],
    ])).toEqual(['Fill out the renewal form']);
  });
});

describe('more ways to name the work', () => {
  it('sees to it that something is done: "make sure the licences get renewed"', () => {
    expect(texts([['rep', "I'll make sure the seat licences get renewed before March."]])).toEqual(['Renew the seat licences']);
  });

  it('reads "make sure" with a participle not in "-ed" as "have it done" reads it', () => {
    expect(texts([['rep', "I'll make sure the staging tenant is set up before the workshop."]])).toEqual(['Set up the staging tenant']);
    expect(texts([['customer', "I'll make sure the tax forms are sent across by Friday."]])).toEqual([expect.stringMatching(/^Send the tax forms/)]);
  });
  it('reads every participle joined on by "and" back to its verb, not only the first', () => {
    expect(texts([['rep', "I'll have the parking permits printed and sent over to your front desk on Friday."]])).toEqual(['Print the parking permits and send it over to their front desk']);
    expect(undoCausative('get the lease redrafted and written up properly')).toBe('redraft the lease and write it up properly');
    expect(texts([['rep', "I'll make sure the deposit is refunded and sent back to your account tomorrow."]])).toEqual(['Refund the deposit and send it back to their account']);
  });

  it('names a colleague by their department: "Kim in accounts will send the remittance"', () => {
    expect(texts([['customer', 'Kim in accounts will send you the remittance advice tomorrow.']])).toEqual(['Have Kim send the remittance advice']);
  });

  it('shows a thing to someone, or takes someone off a list; not a demo on the call, nor an offer taken off the table', () => {
    expect(texts([['customer', "I'll show the pilot report to our managing partner."]])).toEqual(['Show the pilot report to their managing partner']);
    expect(texts([['rep', "I'll take you off our newsletter list this afternoon."]])).toEqual([expect.stringMatching(/^Take \S+ off our newsletter list$/)]);
    expect(texts([['rep', 'Let me show you the dashboard.'], ['rep', "Fine, I'll take the discount off the table."]])).toEqual([]);
  });

  it('refunds a deposit', () => {
    expect(texts([['rep', "Sure, I'll refund the equipment deposit."]])).toEqual(['Refund the equipment deposit']);
  });
});

describe('something had done', () => {
  it('is the doing, with participles that do not end in -ed ("have a test account set up", "get the brief written up")', () => {
    expect(texts([['rep', 'Sure. I can have a test account set up for your planners by Monday.']])).toEqual(['Set up a test account for their planners']);
    expect(texts([['rep', "I'll get the project brief written up tomorrow, going through it with you after."]])).toEqual(['Write up the project brief']);
  });
});
