import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { describingList } from '../../../../../src/adapters/extraction/rules/object-mention.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { mondayCall, transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };

const items = (lines: [string, string][]) =>
  findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
const quotesOf = (lines: [string, string][]) =>
  extractWithRules(transcriptOf(lines), mondayCall, {}, null).actionItems.map((a) => ({ text: a.text, quotes: a.evidence.map((e) => e.quote) }));

describe('a promise the speaker doubts', () => {
  it('is no task: "I don\'t think I can", "I doubt we\'ll", "I\'m not sure I can"', () => {
    expect(items([['rep', "Our legal desk is closed this week, so I don't think I can have the redlines back to you by Wednesday."]])).toEqual([]);
    expect(items([['customer', "Honestly, I doubt we'll send the usage export before the holidays."]])).toEqual([]);
    expect(items([['rep', "I'm not sure I can get the pilot quote over by Friday."]])).toEqual([]);
    expect(items([['rep', "I don't think she'll sign the order form this week."]])).toEqual([]);
  });

  it('leaves the promise said plainly, and one said after a doubt about something else', () => {
    expect(items([['rep', 'I can send you the pilot quote by Friday.']]).map((i) => i.text)).toEqual(['Send the pilot quote']);
    expect(items([['rep', "I don't think the board meets this month, but I'll send the pilot quote by Friday."]]).map((i) => i.text)).toEqual(['Send the pilot quote']);
  });
});

describe('what the speaker does while the other side holds the line', () => {
  it('is no task: "hang on, let me…", "bear with me, I\'ll…"', () => {
    expect(items([['customer', 'Sorry, the signal is bad in here. Hang on, let me get out of the cold room.']])).toEqual([]);
    expect(items([['customer', 'Bear with me, I will ask Dana to join us.']])).toEqual([]);
  });

  it('is no task when where the speaker is comes between: "hold on, I\'m in the yard, let me…", "hang on, let me just—"', () => {
    expect(items([['customer', "Yes, hold on, I'm in the loading yard, let me get away from the forklifts."]])).toEqual([]);
    expect(items([['customer', "Speaking. Hang on, let me just— let me find a quiet room."]])).toEqual([]);
  });

  it('leaves the promise said without one', () => {
    expect(items([['rep', 'Sure. I will open a ticket for the broken scanner today.']]).map((d) => d.text)).toEqual(['Open a ticket for the broken scanner']);
  });
});

describe('a promise taken back after the other side was cut off', () => {
  it('is no task, though the cut-off reply ran longer than a short one', () => {
    const lines: [string, string][] = [
      ['customer', "And I'll send you the vendor number by Thursday, procurement will —"],
      ['rep', 'Oh, hang on, for an order this small do you —'],
      ['customer', 'Actually, scratch that. Below ten thousand we need no vendor number at all.'],
    ];
    expect(items(lines)).toEqual([]);
  });

  it('stays a task when the long reply was not cut off', () => {
    const lines: [string, string][] = [
      ['customer', "And I'll send you the vendor number by Thursday."],
      ['rep', 'Oh, that is fine, for an order of this size it helps us a lot.'],
      ['customer', 'Actually, scratch that, I mean Friday is likelier.'],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Send the vendor number']);
  });
});

describe('a task cut off by the other side', () => {
  it('ends before the clause that was cut off ("…, accounts will —")', () => {
    const lines: [string, string][] = [
      ['customer', "I'll send you the tax certificate by Friday, accounts will —"],
      ['rep', 'Perfect.'],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Send the tax certificate']);
  });
});

describe('who "he" or "him" is', () => {
  it('is not a sentence opening on a verb and its object ("Make it…", "Thank you", "Let me…")', () => {
    const lines: [string, string][] = [
      ['customer', 'Our director Ruslan signs for us. He is away on Tuesday, so the signature slips.'],
      ['rep', 'Understood.'],
      ['customer', "Make it Wednesday then. He'll sign the order form by Wednesday."],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Have Ruslan sign the order form']);
  });

  it('is the name without the "\'s" it was said with ("Ruslan\'s away")', () => {
    const lines: [string, string][] = [
      ['customer', "Ruslan's away until Tuesday."],
      ['rep', 'Okay.'],
      ['customer', "He'll review the terms by Thursday."],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Have Ruslan review the terms']);
  });

  it('in "I\'ll get him to…" / "I\'ll have her…" is the colleague named last, and the task is theirs as with a name', () => {
    const lines: [string, string][] = [
      ['customer', 'Billing is all Noor on our side.'],
      ['rep', 'Good to know.'],
      ['customer', "I'll get her to send the remittance details by Friday."],
    ];
    expect(items(lines)).toEqual([{ text: 'Have Noor send the remittance details', owner: 'customer', dueDate: '2026-11-20' }]);
  });

  it('is not read into "I\'ll have her notes back", where "her" says whose the notes are', () => {
    const lines: [string, string][] = [
      ['customer', 'Noor is reading the draft now.'],
      ['rep', 'Great.'],
      ['customer', "She said she'll have her notes back by Friday."],
    ];
    expect(items(lines).map((i) => i.text)).not.toContain('Have Noor notes back');
  });
});

describe('what "it" or "them" is', () => {
  it('is a topic named alone before a dash ("And the floor plans — that\'s Ravi.")', () => {
    const lines: [string, string][] = [
      ['rep', 'We need the staff rota and the floor plans before we start.'],
      ['customer', "The staff rota I'll export tomorrow. And the floor plans — that's Ravi, our facilities lead. I'll get him to send them over by Friday."],
    ];
    expect(items(lines).map((i) => i.text)).toContain('Have Ravi send the floor plans');
  });

  it('is not a meeting named with its day ("the board meeting Thursday morning")', () => {
    const lines: [string, string][] = [
      ['rep', "I'll send the rollout plan on Friday."],
      ['customer', 'Hmm, the rollout plan — we have the board meeting Thursday morning and I want to show it there. Could you send it Wednesday?'],
      ['rep', 'Wednesday, sure.'],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Send the rollout plan']);
  });
});

describe('what a task\'s thing holds, said around it', () => {
  it('reads a short list of nouns as a description, not a day, a question, a hedge or a sentence', () => {
    expect(describingList('Part numbers, quantities, unit prices.')).toBe(true);
    expect(describingList('Addresses, phone numbers, which manager.')).toBe(true);
    expect(describingList('Thursday, first thing.')).toBe(false);
    expect(describingList('With Omar, ideally?')).toBe(false);
    expect(describingList('Well, if the files come tonight.')).toBe(false);
    expect(describingList('Okay, I will check the numbers.')).toBe(false);
    expect(describingList('Vouchers.')).toBe(false);
  });

  it('quotes the list said right after the promise', () => {
    const lines: [string, string][] = [
      ['customer', "I'll send you the parts list by Monday. Part numbers, quantities, unit prices."],
      ['rep', 'Monday works.'],
    ];
    expect(quotesOf(lines)).toEqual([{ text: 'Send the parts list', quotes: ["I'll send you the parts list by Monday.", 'Part numbers, quantities, unit prices.'] }]);
  });

  it('quotes, of the earlier sentences the text took words from, the one that also names what the promise said', () => {
    const lines: [string, string][] = [
      ['rep', 'It would help to have a spreadsheet of the branches, with the headcount per branch. Then the demo can use your real branches instead of made-up ones.'],
      ['customer', "Sure. I'll send you the spreadsheet by Friday."],
    ];
    const [task] = quotesOf(lines);
    expect(task!.text).toBe('Send the spreadsheet of the branches');
    expect(task!.quotes).toContain('It would help to have a spreadsheet of the branches, with the headcount per branch.');
  });
});

describe('the day a task just promised gets done', () => {
  it('is the day of "I\'ll do it / I can do that <day>" said next in the same turn', () => {
    expect(items([['customer', "I'll pass your proposal to our controller, Ines. I'll do that tomorrow, first thing."]])).toEqual([
      { text: 'Pass the proposal to their controller, Ines', owner: 'customer', dueDate: '2026-11-17' },
    ]);
    expect(items([['rep', "I'll extend the sandbox to the end of January. Thursday, I can do it Thursday."]])[0]!.dueDate).toBe('2026-11-19');
    // "Do that and …" is a second task joined on, not a day for the first.
    expect(items([['rep', "I must approve the change order. I'll do that and mail the result tomorrow."]]).map((i) => i.text)).toEqual(['Approve the change order and mail the result']);
  });

  it('moves when the speaker later names the thing alone and puts a new day in place ("The floor plans. … Let\'s say Monday.")', () => {
    const filler: [string, string][] = Array.from({ length: 8 }, (_, k) => [k % 2 ? 'customer' : 'rep', `Point number ${k + 1} is fine.`]);
    const lines: [string, string][] = [
      ['customer', "I'll send you the floor plans for both sites by Wednesday."],
      ...filler,
      ['customer', "Oh, one change. The floor plans. Wednesday is too soon, the architect is away. Let's say Monday."],
      ['rep', 'Monday works.'],
    ];
    expect(items(lines)).toEqual([{ text: 'Send the floor plans for both sites', owner: 'customer', dueDate: '2026-11-23' }]);
  });
});

describe('a day said in place of one said against it ("by Monday, not Thursday")', () => {
  it('moves the task that had the day taken back, when the sentence names it too', () => {
    const lines: [string, string][] = [
      ['rep', "I'll ask our pricing desk about the volume discount and get back to you by Thursday."],
      ['customer', 'Thursday, good.'],
      ['rep', 'Hmm, the pricing desk is closed this week, I just saw.'],
      ['rep', "So I'll get back to you on the volume discount by Monday, not Thursday."],
    ];
    expect(items(lines)[0]).toMatchObject({ text: 'Ask our pricing desk about the volume discount and get back to Elena', dueDate: '2026-11-23' });
  });

  it('takes the task from the turn so far ("One change on the signed copy. … Friday, not tomorrow.")', () => {
    const lines: [string, string][] = [
      ['rep', "I'll send you the signed copy tomorrow."],
      ['customer', 'Lovely.'],
      ['rep', 'Oh, one change on the signed copy. Our director is away tomorrow. So it will be Friday, not tomorrow.'],
    ];
    expect(items(lines)[0]!.dueDate).toBe('2026-11-20');
  });

  it('after "instead", moves the task its own words name, and no other', () => {
    const lines: [string, string][] = [
      ['customer', 'Our lawyer will check the data agreement by Wednesday.'],
      ['rep', 'Good.'],
      ['customer', 'Ah, she is out. She will check the agreement by Friday instead.'],
    ];
    expect(items(lines)[0]!.dueDate).toBe('2026-11-20');
    const meeting: [string, string][] = [
      ['customer', 'I will send the usage report by Wednesday.'],
      ['rep', 'And the demo, Tuesday at two?'],
      ['customer', 'Could we do Thursday instead?'],
    ];
    expect(items(meeting).find((i) => i.text.startsWith('Send'))!.dueDate).toBe('2026-11-18');
  });

  it('leaves a task with that day that the sentence does not name', () => {
    const lines: [string, string][] = [
      ['rep', "I'll send the onboarding guide by Thursday."],
      ['customer', 'Great.'],
      ['rep', 'And the workshop is Monday, not Thursday, as we said.'],
    ];
    expect(items(lines).map((i) => i.dueDate)).toEqual(['2026-11-19']);
  });
});

describe('the day of a session someone runs, and of a task handed on', () => {
  it('is the day the session is held, for a task that runs or gives it', () => {
    expect(items([['rep', 'Kofi will run the onboarding workshop on the twenty-fourth, at your plant.']])[0]!.dueDate).toBe('2026-11-24');
    expect(items([['rep', "I'll give the pricing workshop on Thursday."]])[0]!.dueDate).toBe('2026-11-19');
  });

  it('is the day said next in the turn for what the colleague does with the thing ("She can post them by Friday")', () => {
    const lines: [string, string][] = [['customer', "I'll get Marta to dig out the old invoices. She can post them to you by Friday."]];
    expect(items(lines)).toEqual([{ text: 'Have Marta dig out the old invoices', owner: 'customer', dueDate: '2026-11-20' }]);
    // About something else, the next sentence dates nothing.
    expect(items([['customer', "I'll get Marta to dig out the old invoices. She is off on Friday though."]])[0]!.dueDate).toBeNull();
  });

  it('keeps the next sentence a task of its own when it is another step', () => {
    const found = items([['customer', "I'll get Ines to check the lease. She'll sign it and send it back by Friday."]]).map((i) => i.text);
    expect(found.filter((t) => t.startsWith('Have Ines sign'))).toHaveLength(1);
    expect(found).toHaveLength(2);
  });

  it('makes that next sentence no task of its own when it only says the thing comes back by then', () => {
    const lines: [string, string][] = [['rep', "I'll get Tomás in billing to credit the setup fee to your account. He'll have it back to you by next Friday."]];
    expect(items(lines)).toEqual([{ text: 'Get Tomás in billing to credit the setup fee to their account', owner: 'rep', dueDate: '2026-11-27' }]);
  });
});

describe('a day said before a promise', () => {
  it('is another clause\'s when someone or something else is its doer', () => {
    const dueOf = (line: string, starts: string) => items([['rep', line]]).find((i) => i.text.startsWith(starts))!.dueDate;
    expect(dueOf("And the board review is Thursday the nineteenth, I'll send the agenda.", 'Send the agenda')).toBeNull();
    expect(dueOf("You get the form back to us by Wednesday, and I'll send the welcome pack.", 'Send the welcome pack')).toBeNull();
    expect(dueOf("Anika sends the logo files tomorrow, and I'll send the proofs.", 'Send the proofs')).toBeNull();
  });

  it('is the promise\'s when it opens the sentence, or belongs to the speaker\'s own promise before', () => {
    const dueOf = (line: string, starts: string) => items([['rep', line]]).find((i) => i.text.startsWith(starts))!.dueDate;
    expect(dueOf("Tomorrow, I'll send the proofs.", 'Send the proofs')).toBe('2026-11-17');
    expect(items([['rep', "I'll have the old records wiped by Friday, and I'll send you a written confirmation."]])).toEqual([
      { text: 'Wipe the old records and send a written confirmation', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });
});

describe('what "it" is, said after an event', () => {
  it('is not a thing had on a day ("we have an audit on Thursday"), which is an event', () => {
    const lines: [string, string][] = [
      ['rep', 'I can send you the rollout plan.'],
      ['customer', 'Great. We have an audit on Thursday, so no rush.'],
      ['rep', "Then I'll send it Monday."],
    ];
    expect(items(lines).map((i) => i.text)).toContain('Send the rollout plan');
    expect(items(lines).map((i) => i.text)).not.toContain('Send the audit');
  });
});

describe('a thing named first, before a comma', () => {
  it('is what "it" or "them" is in the promise after it, a task of its own', () => {
    expect(items([['rep', "I'll send you the invoice today. And the W-9, I'll get it over to you by Friday."]])).toEqual([
      { text: 'Send the invoice', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Send the W-9', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    expect(items([['customer', 'The signed lease, I will scan it and mail it back tomorrow.']]).map((i) => i.text)).toEqual(['Scan the signed lease and mail it back']);
  });
});

describe('what "it" or "them" stands for, named before', () => {
  it('is a thing of up to seven words, one someone makes, or one of last year\'s', () => {
    const long: [string, string][] = [
      ['customer', 'I can send you the last six quarters of regional sales data.'],
      ['rep', 'That would be great.'],
      ['customer', "I'll send it tomorrow."],
    ];
    expect(items(long).map((i) => i.text)).toContain('Send the last six quarters of regional sales data');
    const made: [string, string][] = [['customer', 'And our IT lead, Ravi, he asked which ports you need. He makes a list of the open ports and he sends it to you next Wednesday.']];
    expect(items(made).map((i) => i.text)).toEqual(['Have Ravi send the list of the open ports']);
    expect(items([['customer', "I can send you last year's maintenance logs. I'll send them tonight."]]).map((i) => i.text)).toEqual(["Send last year's maintenance logs"]);
  });

  it('is not the case someone makes ("to make the case to her")', () => {
    const lines: [string, string][] = [['rep', "To make the case to my director I need your volumes. I'll send it over once I have them."]];
    expect(items(lines).map((i) => i.text)).not.toContain('Send the case over');
  });
});

describe('a thing said again with a new day', () => {
  it('moves its task when the speaker says it in their next turn, with or without "the" after "so"', () => {
    const lines: [string, string][] = [
      ['rep', 'I can get the signed NDA back to you by Monday.'],
      ['customer', 'Monday is a bit soon for our lawyer.'],
      ['rep', 'Great, so NDA by next Wednesday.'],
    ];
    expect(items(lines)).toEqual([{ text: 'Send the signed NDA', owner: 'rep', dueDate: '2026-11-25' }]);
  });
});

describe('a day the other side asks for', () => {
  it('is the task\'s day when its owner takes it, and not when they turn it down', () => {
    const asked = (answer: string): [string, string][] => [
      ['rep', "I'll send you the updated rate card. I can do that by Thursday."],
      ['customer', 'Thursday is late for us. Could you do it tomorrow?'],
      ['rep', answer],
    ];
    expect(items(asked('Tomorrow, yes, that works.'))[0]!.dueDate).toBe('2026-11-17');
    expect(items(asked('I really cannot, sorry.'))[0]!.dueDate).toBe('2026-11-19');
  });
});

describe('a day the other side asks for, not taken', () => {
  const asked = (question: string, answer: string): [string, string][] => [
    ['rep', "I'll send you the updated rate card by Wednesday."],
    ['customer', question],
    ['rep', answer],
  ];

  it('leaves the day when the answer names another day or puts the asked one off', () => {
    expect(items(asked('Could you do it tomorrow?', 'Thursday works better for me.'))[0]!.dueDate).toBe('2026-11-18');
    expect(items(asked('Could you do it tomorrow?', "Tomorrow's hard, I'm on site."))[0]!.dueDate).toBe('2026-11-18');
    expect(items(asked('Could you do it tomorrow?', 'Tomorrow I am at a conference.'))[0]!.dueDate).toBe('2026-11-18');
  });

  it('leaves the day when "it" is a thing named since', () => {
    const lines = asked('We also keep a vendor checklist. Could you get that filled in by Friday?', 'Sure thing.');
    expect(items(lines).find((i) => i.text === 'Send the updated rate card')!.dueDate).toBe('2026-11-18');
  });
});

describe('a clause before the comma, not a thing', () => {
  it('is not what "it" is in the promise after it', () => {
    const lines: [string, string][] = [
      ['rep', 'I have attached the draft order form.'],
      ['customer', 'Okay, the delivery window looks fine to us, I will countersign it on Friday.'],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Countersign the order form']);
    expect(items([['customer', "The vendor's W-9, I'll get it over to you by Friday."]]).map((i) => i.text)).toEqual(["Send the vendor's W-9"]);
  });
});

describe('a day said after "so" that is not a thing said again', () => {
  it('leaves the task\'s day: a clause after "so", or an event the task only names', () => {
    expect(items([['rep', "I'll share the review checklist by Friday."], ['rep', 'So we can review it by Thursday.']])[0]!.dueDate).toBe('2026-11-20');
    const event: [string, string][] = [
      ['rep', "I'll send you the webinar invite by Friday."],
      ['customer', 'Fine. When is it held?'],
      ['rep', 'Right, so webinar on the 9th.'],
    ];
    expect(items(event).find((i) => i.text === 'Send the webinar invite')!.dueDate).toBe('2026-11-20');
  });
});

describe('a change made to a thing', () => {
  it('leaves "it" standing for the thing changed, not the change', () => {
    expect(items([['customer', 'Our buyer will make a few small edits to the purchase order. I will return it on Thursday.']]).map((i) => i.text)).toEqual(['Return the purchase order']);
    expect(items([['customer', 'Finance made a tweak to your payment schedule. I can send it over tonight.']]).map((i) => i.text)).not.toContain('Send the tweak');
  });
});

describe('a thing said with "\'s" for "is" before the comma', () => {
  it('is no fronted thing', () => {
    expect(items([['rep', "The redlined MSA's with our counsel, I'll chase it on Wednesday."]]).map((i) => i.text)).not.toContain("Chase the redlined MSA's with our counsel");
  });
});

describe('the other side\'s day said back', () => {
  it('does not move the speaker\'s own task on the same thing', () => {
    const lines: [string, string][] = [
      ['rep', "I'll email the order form tomorrow."],
      ['customer', "Fine, we'll fill it in and return it Thursday."],
      ['rep', 'Lovely, the order form on Thursday then.'],
    ];
    expect(items(lines).find((i) => i.owner === 'rep')!.dueDate).toBe('2026-11-17');
  });
});

describe('a colleague with a few words about them between commas, before "to"', () => {
  it('is handed the task, whole', () => {
    expect(quotesOf([['customer', "Okay. I'll get Marguerite, she runs our warehouse on weekdays, to send you the stock report by Thursday."]])).toEqual([
      { text: 'Have Marguerite send the stock report', quotes: ["I'll get Marguerite, she runs our warehouse on weekdays, to send you the stock report by Thursday."] },
    ]);
    expect(items([['customer', "I'll get Marguerite, who looks after our stock, to send you the stock report by Thursday."]]).map((i) => i.text)).toEqual(['Have Marguerite send the stock report']);
  });

  it('still ends a promise at another person\'s own step', () => {
    expect(quotesOf([['rep', "I'll send the floor plan tonight, she checks it on Monday."]])[0]!.quotes).toEqual(["I'll send the floor plan tonight"]);
  });

  it('whatever the form of the colleague\'s name', () => {
    for (const name of ['Jean-Luc', 'MacLeod', "O'Hara", 'Tove Lindqvist']) {
      expect(items([['customer', `I'll ask ${name}, he keeps the rota, to email you the shift plan by Thursday.`]]).map((i) => i.text)).toEqual([`Ask ${name} to email Priya the shift plan`]);
    }
  });
});

describe('a bare share of the price in a call about a discount', () => {
  it('is that discount', () => {
    const lines: [string, string][] = [
      ['customer', 'We would need twelve percent off to make this work.'],
      ['rep', "I can't sign that off alone. I'll run the twelve percent past Gunnar and call you back on Thursday."],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Run the twelve percent discount past Gunnar and call Elena back']);
  });

  it('stays as said when the call spoke of no discount, or the task names it already', () => {
    expect(items([['rep', "Uptime was ninety percent last month. I'll send the twelve percent breakdown on Thursday."]]).map((i) => i.text)[0]).not.toMatch(/discount/);
    expect(items([['customer', 'Any discount?'], ['rep', "I'll ask Gunnar about a discount, the twelve percent, by Thursday."]]).map((i) => i.text)[0]).not.toMatch(/discount.*discount/);
  });

  it('is not a share of something else, nor a share said without "the" or "about" before it', () => {
    const said = (line: string) => items([['customer', 'Is there any discount for paying yearly?'], ['rep', line]]).map((i) => i.text);
    expect(said("I'll confirm the four percent yearly price cap in writing on Thursday.")).toEqual(['Confirm the four percent yearly price cap in writing']);
    expect(said("I'll check if the 3% card surcharge can be dropped by Thursday.")[0]).not.toMatch(/discount/);
    expect(said("I'll send the study where usage reached eighty percent by Thursday.")[0]).not.toMatch(/discount/);
    expect(said("I'll invoice the outstanding forty percent on Thursday.")[0]).not.toMatch(/discount/);
    expect(said("I'll take the 18 percent to Gunnar by Thursday.")).toEqual(['Take the 18 percent discount to Gunnar']);
  });
});

describe('who "she" is, after a sentence opening on a word like "Because"', () => {
  it('is the colleague named before, and her word back stays word back', () => {
    const lines: [string, string][] = [
      ['customer', 'Our lawyer, Marisa, has to read the data terms.'],
      ['rep', 'Which part worries her?'],
      ['customer', 'The storage. Because the trucks report where the drivers are.'],
      ['rep', 'Understood.'],
      ['customer', "And she says she'll get back to you by Friday."],
    ];
    expect(items(lines)).toContainEqual({ text: 'Have Marisa get back to Priya', owner: 'customer', dueDate: '2026-11-20' });
  });
});

describe('a thing the speaker makes, then sends two sentences on', () => {
  it('is one task, with the day it goes out', () => {
    const lines: [string, string][] = [
      ['rep', 'I could send you our renewal checklist, too.'],
      ['customer', "I'll write up a short summary of the trial. For your finance people. I'll send it on Friday."],
    ];
    expect(items(lines).filter((i) => i.owner === 'customer')).toEqual([
      { text: 'Write up a short summary of the trial and send it', owner: 'customer', dueDate: '2026-11-20' },
    ]);
  });
});

describe('an invite for a meeting\'s day, sent today', () => {
  it('is due today, and its text keeps no "for the" before the day taken out', () => {
    expect(items([['rep', "Great. I'll send you and Tomasz a calendar invite for the Thursday this afternoon."]])).toEqual([
      { text: 'Send Elena and Tomasz a calendar invite', owner: 'rep', dueDate: '2026-11-16' },
    ]);
    expect(items([['rep', "I'll send you a calendar invite for Thursday this afternoon."]])[0]!.dueDate).toBe('2026-11-16');
  });

  it('keeps the "for the" when the day only says which meeting a thing is for', () => {
    expect(items([['rep', "I'll share the handouts for the Tuesday training tomorrow."]])).toEqual([
      { text: 'Share the handouts for the training', owner: 'rep', dueDate: '2026-11-17' },
    ]);
    expect(items([['customer', "I'll email the parking details for the Friday visit."]]).map((i) => i.text)).toEqual(['Email the parking details for the visit']);
  });
});

describe('an offer the other side turns down, or the speaker later says they will not do again', () => {
  it('is no task', () => {
    expect(items([['rep', 'I could email you our onboarding checklist, if it helps—'], ['customer', "No, honestly, don't. We have our own."]])).toEqual([]);
    expect(items([
      ['rep', 'I can send you the spec sheet again.'],
      ['customer', 'You sent it in March, I still have it.'],
      ['rep', "Oh, right. Then I won't resend it."],
    ])).toEqual([]);
  });

  it('is no task when the reply says they will not, or "let\'s not", over the whole reply', () => {
    expect(items([['rep', 'We can migrate your old invoices tomorrow, if you want.'], ['customer', "Nope. We won't keep those, they're all paid."]])).toEqual([]);
    expect(items([['rep', 'I could set up a trial account for your drivers on Monday.'], ['customer', "Hmm, let's not rush that. Show the owners first."]])).toEqual([]);
    expect(items([['rep', 'I could set up a trial account for your drivers on Monday.'], ['customer', 'Yes please, Monday is good.']]).map((i) => i.text)).toEqual(['Set up a trial account for their drivers']);
  });

  it('stays a task when the reply only says there is no hurry', () => {
    expect(items([['rep', 'I can email you our onboarding checklist tomorrow.'], ['customer', "No, don't worry, whenever suits."]]).map((i) => i.text)).toEqual(['Email our onboarding checklist']);
  });
});

describe('a promise taken back by "let\'s hold that" or by the other side already having the thing', () => {
  it('is no task', () => {
    expect(items([['rep', "I'll reserve the meeting room for the twelfth — actually, let's hold that until the budget is clear."]])).toEqual([]);
    expect(items([['rep', "I'll forward you the install guide — hang on, it was attached to Monday's email, so you already have it."]])).toEqual([]);
    expect(items([['rep', "I could send you the rate card, but — actually, you've already seen that at the workshop."]])).toEqual([]);
  });

  it('is no task, nor a meeting, when the speaker says to wait for something first', () => {
    expect(items([['rep', "I'll book the site survey for next Wednesday. Hmm, let's wait till the permit comes through."], ['customer', 'Fine by me.']])).toEqual([]);
    expect(items([['rep', 'And I was going to set up the kickoff call for next Wednesday. Hmm, let’s wait till the permit comes through.'], ['customer', 'Fine by me.']])).toEqual([]);
    expect(items([['rep', "I'll send you the sample kit. No point sending it yet, though."]])).toEqual([]);
  });

  it('stays a task when the wait is for a day, or there is still a reason to do it', () => {
    expect(items([['rep', "I'll send you the sample kit. Actually, let's wait until Thursday."]]).map((i) => i.text)).toEqual(['Send the sample kit']);
    expect(items([['rep', "I'll send you the sample kit. No point sending it before the audit, so after that."]]).map((i) => i.text)).toEqual(['Send the sample kit']);
  });

  it('stays a task when the wait is for the very day promised ("let\'s wait until then to…")', () => {
    expect(items([['rep', "I'll set up the walkthrough for Thursday. Let's wait until then to get into the rollout costs."]]).map((i) => i.text)).toEqual(['Set up the walkthrough']);
  });

  it('stays a task when the other side only has part of it', () => {
    expect(items([['rep', "I'll forward you the install guide today. So you already have the quick-start sheet, that one stays."]]).map((i) => i.text)).toEqual(['Forward the install guide']);
  });
});

describe('a plan given as the reason for an ask ("because I\'m…")', () => {
  it('is no task of its own', () => {
    const lines: [string, string][] = [
      ['rep', 'When do you need the revised figures?'],
      ['customer', "Thursday at the latest, because I'm drafting the budget paper for our trustees on Friday."],
    ];
    expect(items(lines)).toEqual([]);
  });

  it('leaves a firm "we\'ll" given as the reason, which is work promised all the same', () => {
    expect(items([['rep', "Could you sign by Wednesday? Because we'll ship the scanners on Friday."]]).map((i) => i.text)).toContain('Ship the scanners');
  });

  it('leaves a promise said after the reason', () => {
    expect(items([['customer', "Because the trustees meet on Friday, I'll send you their questions on Thursday."]]).map((i) => i.text)).toEqual(["Send their questions"]);
  });
});

describe('people asked to join a meeting, said with it or just after', () => {
  it('join the meeting task, and the sentence that asks them is quoted', () => {
    const lines: [string, string][] = [
      ['rep', 'Would a proper demo help? With Bogdan, ideally?'],
      ['customer', 'Yes. Thursday at two works.'],
      ['rep', 'Great, Thursday at two it is.'],
    ];
    expect(items(lines)).toContainEqual({ text: 'Hold the demo with Bogdan', owner: 'rep', dueDate: '2026-11-19' });
    expect(quotesOf(lines).find((i) => i.text.startsWith('Hold the demo'))!.quotes).toContain('With Bogdan, ideally?');
  });

  it('not a colleague handed a task of their own with a few words about them', () => {
    const lines: [string, string][] = [
      ['rep', 'Shall we book the kickoff call for Thursday at two?'],
      ['customer', 'Thursday at two works.'],
      ['rep', "Great. And I'll get Bogdan, he runs onboarding, to send the agenda."],
    ];
    expect(items(lines).map((i) => i.text)).not.toContain('Hold the kickoff call with Bogdan');
  });
});

describe('a call back said in one breath with a task, on a day of its own', () => {
  it('is a task of its own, and the first keeps its day', () => {
    const lines: [string, string][] = [['rep', "So: I'm sending you the tiered quote by Wednesday, you're checking the headcount, and I'll call you on the fourth of December."]];
    expect(items(lines).filter((i) => i.owner === 'rep')).toEqual([
      { text: 'Send the tiered quote', owner: 'rep', dueDate: '2026-11-18' },
      { text: 'Call Elena', owner: 'rep', dueDate: '2026-12-04' },
    ]);
  });
});

describe('who is asked to join a meeting, read with care', () => {
  const demo = (said: string): [string, string][] => [
    ['rep', `Shall we set up a walkthrough? ${said}`],
    ['customer', 'Yes. Wednesday at eleven suits us.'],
    ['rep', 'Lovely, Wednesday at eleven then.'],
  ];
  const task = (said: string) => items(demo(said)).map((i) => i.text).find((t) => /walkthrough/.test(t));

  it('is nobody when "With" opens a sentence about something else', () => {
    expect(task('With Marguerite away till May, sooner is better.')).toBe('Hold the walkthrough');
    expect(task("With Marguerite's crew short-staffed, keep it brief.")).toBe('Hold the walkthrough');
    expect(task('With Netsuite, the export runs nightly.')).toBe('Hold the walkthrough');
  });

  it('is not the first of a list invited to something else', () => {
    expect(task("I'll invite Marguerite, Tobias and Wen to the pilot workspace.")).toBe('Hold the walkthrough');
  });

  it('is the one asked at the start of a question', () => {
    expect(task('Could Marguerite join?')).toBe('Hold the walkthrough with Marguerite');
    expect(task('Would Tobias be able to join?')).toBe('Hold the walkthrough with Tobias');
  });
});

describe('an offer answered with "no need to rush"', () => {
  it('stays a task: only the hurry is turned down', () => {
    expect(items([['rep', 'I can send you the renewal terms by Thursday.'], ['customer', 'No need to hurry, the end of the month is fine.']]).map((i) => i.text)).toEqual(['Send the renewal terms']);
    expect(items([['rep', 'I can email you the sample contract this week.'], ['customer', "Oh, don't rush, we're not back until the ninth."]]).map((i) => i.text)).toEqual(['Email the sample contract']);
  });
});

describe('"let\'s hold that", "let\'s not" and "so you already have it" said of something else', () => {
  it('leave the promise a task', () => {
    expect(items([['rep', "I'll circulate the draft agenda tonight, and let's hold that planning session on the ninth."]]).map((i) => i.text)).toEqual(['Circulate the draft agenda']);
    expect(items([['rep', "I'll circulate the draft agenda tonight, and let's not overcomplicate the rollout."]]).map((i) => i.text)).toEqual(['Circulate the draft agenda']);
    expect(items([['rep', "I'll courier the signed lease this afternoon so you already have it before the board sits."]]).map((i) => i.text)).toEqual(['Courier the signed lease']);
  });
});

describe('words reported in quotation marks', () => {
  it('are no task of the speaker or the listener', () => {
    expect(items([['customer', 'Our CFO read the pilot report and went, "fine, I\'ll sign off on the second site myself."']])).toEqual([]);
    expect(items([['rep', 'My manager said: “Can you send the revised rate card by Friday?” Those were his words.']])).toEqual([]);
  });

  it('leave a promise made after the quote is closed', () => {
    expect(items([['customer', 'She said "no more tools this year." But I\'ll send you the usage figures by Friday.']]).map((i) => i.text)).toEqual(['Send the usage figures']);
  });
});

describe('a task for "him" or "her"', () => {
  it('names the colleague the pronoun stands for', () => {
    const found = items([
      ['customer', 'Our controller, Benedikt, handles the vendor setup.'],
      ['rep', "Then I'll email him the bank details form tomorrow."],
    ]);
    expect(found.map((i) => i.text)).toEqual(['Email Benedikt the bank details form']);
    expect(items([['customer', 'Rosalind runs payroll here.'], ['rep', "Good, I'll send her a login today."]]).map((i) => i.text)).toEqual(['Send Rosalind a login']);
  });

  it('leaves "her" that says whose, and a weekday said as a habit is nobody', () => {
    expect(items([['customer', 'Rosalind has notes on the rollout.'], ['rep', "I'll send her notes to our trainer by Friday."]]).map((i) => i.text)).not.toContainEqual(expect.stringContaining('Rosalind'));
    expect(items([['customer', 'She only works Thursdays.'], ['rep', "I'll send her the login today."]]).map((i) => i.text)).toEqual(['Send her the login']);
  });
});

describe('"she\'ll" after a few short sentences', () => {
  it('stands for the colleague the other side asked about before them', () => {
    const found = items([
      ['rep', 'Is Ines still the one for legal?'],
      ['customer', "Yes. She's back Monday. Busy week. Lots on. She'll review the DPA by Friday."],
    ]);
    expect(found.map((i) => i.text)).toEqual(['Have Ines review the DPA']);
  });
});
