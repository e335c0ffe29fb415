import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };
const items = (lines: [string, string][]) =>
  findActionItems(toSentences(transcriptOf(lines)), ctx).map(({ text, owner, dueDate }) => ({ text, owner, dueDate }));

describe('commitments made for a colleague', () => {
  it('gives a named colleague\'s task to the speaker\'s side and names the colleague', () => {
    expect(items([['customer', 'Tariq, our controller, will send you the audited accounts.']])).toEqual([
      { text: 'Have Tariq send the audited accounts', owner: 'customer', dueDate: null },
    ]);
    expect(items([['rep', "Our implementation lead, Nadia, she'll set up the sandbox by Thursday."]])).toEqual([
      { text: 'Have Nadia set up the sandbox', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });

  it('ends a colleague\'s task before ", I checked with her" and a promise before "and I\'ll…"', () => {
    expect(items([['rep', 'She will send you the audit report by Thursday, I asked her this morning.']]).map((i) => i.text)).toEqual(['Send the audit report']);
    expect(items([['rep', "Let me check with my director and I'll get back to you by Friday."]]).map((i) => i.text)).toEqual([
      'Check with my director and get back to Elena',
    ]);
  });

  it('keeps a colleague called by title and surname ("Ms. Varga") in one sentence', () => {
    expect(items([['customer', 'Ms. Varga from procurement will send you the supplier form by Wednesday.']])).toEqual([
      { text: 'Have Ms. Varga send the supplier form', owner: 'customer', dueDate: '2026-11-18' },
    ]);
  });

  it('reads a colleague named after their title, with a comma before "will" or an acronym in the title', () => {
    expect(items([['customer', 'Our finance analyst, Ruth, will get you the monthly usage figures by Thursday.']])).toEqual([
      { text: 'Have Ruth send the monthly usage figures', owner: 'customer', dueDate: '2026-11-19' },
    ]);
    expect(items([['rep', 'Then Omar, our QA engineer, is going to run the load tests by Friday.']])).toEqual([
      { text: 'Have Omar run the load tests', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    expect(items([['customer', 'Speaking of audits, Dana, our IT risk lead, she is going to send you our vendor checklist.']])).toEqual([
      { text: 'Have Dana send their vendor checklist', owner: 'customer', dueDate: null },
    ]);
  });

  it('reads "I\'ll have X do it" as X\'s task, every verb after included', () => {
    expect(items([['customer', "I'll have Bram, our site manager, count the scanners and box them up by Friday."]])).toEqual([
      { text: 'Have Bram count the scanners and box them up', owner: 'customer', dueDate: '2026-11-20' },
    ]);
  });

  it('joins "she\'ll…" to the colleague just named, so the date said later lands on the same task', () => {
    expect(items([
      ['rep', 'Oskar, our data engineer, will reach out to map your fields.'],
      ['rep', "He'll reach out by Wednesday."],
    ])).toEqual([{ text: 'Have Oskar reach out to map their fields', owner: 'rep', dueDate: '2026-11-18' }]);
  });

  it('does not take a requirement, or a vague undated question, for a colleague\'s promise', () => {
    expect(items([['customer', 'Ingrid will need to approve it, she holds the budget.']])).toEqual([]);
    expect(items([['customer', 'The first thing Ingrid will ask about is uptime.']])).toEqual([]);
    expect(items([['customer', 'It will take a while. Everything will be fine.']])).toEqual([]);
  });
});

describe('what "it" and "that" stand for', () => {

  it('reads "get you that roster" as sending the roster named a few turns back, and "send \'em" as a pronoun', () => {
    const got = items([
      ['rep', 'To start, I need a roster of your shift leads, with phone numbers, so I can create the logins.'],
      ['customer', 'Okay. How many logins is that, twenty?'],
      ['rep', 'Twenty, right.'],
      ['customer', 'Fine.'],
      ['customer', "I'll get you that roster by Friday."],
    ]);
    expect(got).toEqual([{ text: 'Send the roster of the shift leads', owner: 'customer', dueDate: '2026-11-20' }]);
    expect(items([['rep', 'We still need the floor plans.'], ['customer', "Right, I'll send 'em over tomorrow."]])).toEqual([
      { text: 'Send the floor plans', owner: 'customer', dueDate: '2026-11-17' },
    ]);
  });
  it('is the thing just asked for or handed over', () => {
    expect(items([
      ['customer', 'Our auditors still need the penetration test summary.'],
      ['rep', "Right. I'll get that to you by Wednesday."],
    ])).toEqual([{ text: 'Send the penetration test summary', owner: 'rep', dueDate: '2026-11-18' }]);
    expect(items([
      ['customer', "I'll dig out the old maintenance agreement, so you can see the renewal clause. I'll send it over by Thursday."],
    ])).toEqual([{ text: 'Send the old maintenance agreement', owner: 'customer', dueDate: '2026-11-19' }]);
  });

  it('merges a restated hand-over ("I\'ll email you X. I\'ll send that today.") into one task', () => {
    expect(items([['rep', "I'll email you the shipping manifest. I'll send that today."]])).toEqual([
      { text: 'Email the shipping manifest', owner: 'rep', dueDate: '2026-11-16' },
    ]);
  });

  it('does not read "when could you send it?" as a new request', () => {
    expect(items([['customer', 'When could you send it?']])).toEqual([]);
  });

  it('finds who "she" is past a product name and a sentence-opening word, and joins the colleague\'s restated task', () => {
    expect(items([['rep', "Lena, our integration engineer, will reach out about connecting your Okta directory. Also, she'll reach out by Thursday."]])).toEqual([
      { text: 'Have Lena reach out about connecting their Okta directory', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });

  it('reads a named colleague trying the product, and the feedback after, as one task', () => {
    expect(items([['customer', "Joon, my teammate, is going to try the sketch plugin on Wednesday. Then she is going to send you her feedback by Friday."]])).toEqual([
      { text: 'Have Joon try the sketch plugin and send her feedback', owner: 'customer', dueDate: '2026-11-20' },
    ]);
    expect(items([['customer', "Ha, I'll try."]])).toEqual([]);
  });
});

describe('a colleague\'s promise passed on, and tasks the speaker has done by others', () => {
  it('reads "she said she\'d…" / "he reckons he can…" with a date as the colleague\'s task on the speaker\'s side', () => {
    expect(items([['customer', "Our auditor, Greta, is thorough. And she said she'd return the marked-up terms by Thursday."]])).toEqual([
      { text: 'Have Greta return the marked-up terms', owner: 'customer', dueDate: '2026-11-19' },
    ]);
    expect(items([['rep', 'I asked Tomasz about the export. He reckons he can get the export back to you by Friday.']])).toEqual([
      { text: 'Have Tomasz send the export', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    // Passed on without a date it is a guess about someone else.
    expect(items([['customer', "Greta said she'd look at the terms."]])).toEqual([]);
  });

  it('finds who "she" is a few of the speaker\'s sentences back, and never a place', () => {
    expect(items([
      ['customer', 'Bronwyn, our head of ops, has the final say.'],
      ['rep', 'Got it.'],
      ['customer', "She's at a conference in Denver this week. She'll approve it by Friday."],
    ])).toEqual([{ text: 'Have Bronwyn approve it', owner: 'customer', dueDate: '2026-11-20' }]);
  });

  it('turns "have it done", "have it back" and "make sure Name does it" into who does what', () => {
    expect(items([['rep', "I'll have the old accounts deactivated and removed by Friday."]]).map((i) => i.text)).toEqual(['Deactivate the old accounts and remove']);
    expect(items([['customer', "Our network admin, Kofi, said he'll have the firewall rule updated by Thursday."]])).toEqual([
      { text: 'Have Kofi update the firewall rule', owner: 'customer', dueDate: '2026-11-19' },
    ]);
    expect(items([['customer', "I'll make sure Lorenzo countersigns the order form by Wednesday."]])).toEqual([
      { text: 'Have Lorenzo countersign the order form', owner: 'customer', dueDate: '2026-11-18' },
    ]);
    // A phrasal verb stays as it is.
    expect(items([['rep', "We'll get the budget signed off by Friday."]]).map((i) => i.text)).toEqual(['Get the budget signed off']);
  });

  it('resolves what a colleague is asked to hand over ("ask her to send it"), but not "get her to do it"', () => {
    expect(items([['customer', "There's a floor plan of the depot somewhere. I'll ask Marisol to email it by Thursday."]]).map((i) => i.text)).toEqual(['Ask Marisol to email the floor plan of the depot']);
    expect(items([['customer', "Our planner has a route sheet. I'll ask him to forward it tomorrow."]]).map((i) => i.text)).toEqual(['Ask him to forward the route sheet']);
    expect(items([['customer', "There's a floor plan of the depot somewhere. I'll get Marisol to do it by Thursday."]]).map((i) => i.text)).not.toContain('Get Marisol to do the floor plan');
  });

  it('never takes a company named on its paper for who "she" is, but still a person handed one or whose it is', () => {
    expect(items([
      ['customer', 'Got it, here it is: Norvale Freight subscription agreement.'],
      ['customer', "She'll sign it by Friday."],
    ]).map((i) => i.text)).toEqual(['Sign the agreement']);
    expect(items([
      ['customer', 'Okay, Imogen from our legal team has the Norvale agreement.'],
      ['customer', "She'll sign it by Friday."],
    ]).map((i) => i.text)).toEqual(['Have Imogen sign the Norvale agreement']);
    expect(items([
      ['customer', 'I passed Rohan the order form this morning.'],
      ['customer', "He'll sign it by Friday."],
    ]).map((i) => i.text)).toEqual(['Have Rohan sign the order form']);
    expect(items([
      ['customer', "Rohan's contract queue is short this week."],
      ['customer', "He'll sign it by Friday."],
    ]).map((i) => i.text)).toEqual(['Have Rohan sign the contract']);
  });
});
