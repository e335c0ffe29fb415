import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { findMeetings } from '../../../../../src/adapters/extraction/rules/meetings.ts';
import { meetingDetails, meetingTask, whatItShows } from '../../../../../src/adapters/extraction/rules/meeting-details.ts';
import { isConditional, waitsOnSomeonesYes } from '../../../../../src/adapters/extraction/rules/commitment-guards.ts';
import { lastPair } from '../../../../../src/adapters/extraction/rules/task-objects.ts';
import { splitGapped } from '../../../../../src/adapters/extraction/rules/action-text.ts';
import { groundQuote } from '../../../../../src/domain/grounding.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { mondayCall, transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };

function items(lines: [string, string][]) {
  return findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
}

describe('a thing made and then handed over in one promise', () => {
  it('is one task about the thing made, not about something named earlier in the call', () => {
    const found = items([
      ['rep', 'Could you send me the guest list for the gala?'],
      ['customer', 'Sure, I send you the guest list on Wednesday.'],
      ['rep', "Thanks. Then I'll draft the seating chart for the main hall and send it over by Thursday."],
    ]);
    const rep = found.filter((f) => f.owner === 'rep');
    expect(rep).toHaveLength(1);
    expect(rep[0]!.text).toMatch(/^Draft the seating chart for the main hall and send it/);
    expect(rep[0]!.dueDate).toBe('2026-11-19');
  });
});

describe('a paper made and then handed over in one promise', () => {
  it('is about the paper just made, even when another was named earlier in the call', () => {
    const found = items([
      ['customer', 'Did you get our usage report?'],
      ['rep', "Yes. I'll prepare a proposal and send it to you by Thursday."],
    ]);
    expect(found).toEqual([{ text: 'Send the proposal', owner: 'rep', dueDate: '2026-11-19' }]);
  });
});

describe('an agreed meeting as a task', () => {
  it('says what the meeting is about and who joins, as they were said while it was arranged', () => {
    expect(meetingDetails('demo', ['Could we book a warehouse demo with you and Tobias?', 'Friday works.'])).toEqual({ about: 'warehouse', people: ['Tobias'] });
    expect(meetingDetails('walkthrough', ['Let me give you a walkthrough of your new billing portal next week.'])).toEqual({ about: 'of the new billing portal', people: [] });
    expect(meetingDetails('kickoff', ['Kickoff is Monday at nine, with you, Amir, and Selin, and Joe and me.'])).toEqual({ about: null, people: ['Amir', 'Selin', 'Joe'] });
    // Generic words, days and pronouns say nothing about it.
    expect(meetingDetails('demo', ['How about a proper demo of the fifth, with me?'])).toEqual({ about: null, people: [] });
    expect(meetingTask({ noun: 'demo', about: 'warehouse', people: ['Tobias', 'Ines'] })).toBe('Hold the warehouse demo with Tobias and Ines');
    expect(meetingTask({ noun: 'walkthrough', about: 'of the billing portal', people: [] })).toBe('Hold the walkthrough of the billing portal');
  });

  it('is named that way in the call’s items', () => {
    const found = items([
      ['rep', 'Would a short inventory demo with you and Tobias help?'],
      ['customer', 'Yes. Thursday works for us.'],
      ['rep', 'Great, Thursday it is.'],
    ]);
    expect(found).toContainEqual({ text: 'Hold the inventory demo with Tobias', owner: 'rep', dueDate: '2026-11-19' });
  });

  it('is agreed when one side sums up the day settled a few turns back', () => {
    const found = items([
      ['rep', 'Shall we do a demo of the stock and ordering module, with your buyers?'],
      ['customer', 'Sure. My buyers are busy Mondays though.'],
      ['rep', 'What about later next week?'],
      ['customer', 'Thursday?'],
      ['rep', 'Thursday works. Ten?'],
      ['customer', 'Ten is fine.'],
      ['rep', 'Okay, so the demo is next Thursday at ten, with you, Wren and Abel.'],
    ]);
    expect(found).toContainEqual({ text: 'Hold the demo of the stock and ordering module with Wren and Abel', owner: 'rep', dueDate: '2026-11-26' });
    expect(meetingDetails('demo', ["Demo Friday with Wren, I'll send the invite."]).people).toEqual(['Wren']);
    // A title keeps its name, and its full stop does not end the list.
    expect(meetingDetails('consult', ['A consult with Mrs. Adeyemi and Prof. Lind on the lab budget?']).people).toEqual(['Mrs. Adeyemi', 'Prof. Lind']);
    expect(meetingDetails('review', ['We can do the review with Dr.']).people).toEqual([]);
  });

  it('stays the topic while both sides talk about when, before a day is named', () => {
    const lines: [string, string][] = [
      ['rep', 'Would a demo help, with Greta there?'],
      ['customer', "Yes, let's do that."],
      ['rep', "Great. How's next week?"],
      ['customer', 'Mondays are bad. Wednesday afternoon?'],
      ['rep', 'Wednesday at three?'],
      ['customer', 'Three on Wednesday works.'],
    ];
    expect(items(lines)).toContainEqual({ text: 'Hold the demo with Greta', owner: 'rep', dueDate: '2026-11-18' });
    expect(extractWithRules(transcriptOf(lines), mondayCall).dealStage.proposed).toBe('presentationscheduled');
  });

  it('stays the topic through a yes about one side’s own time ("works for me", "that suits me")', () => {
    const lines: [string, string][] = [
      ['customer', 'Could you walk our planners through a demo of the rota tool?'],
      ['rep', 'Happy to. Any time that works for me.'],
      ['customer', 'Sure. Late in the week suits me.'],
      ['rep', 'Friday at two?'],
      ['customer', 'Friday at two is good.'],
    ];
    expect(items(lines).map((f) => f.dueDate)).toContain('2026-11-20');
    expect(extractWithRules(transcriptOf(lines), mondayCall).dealStage.proposed).toBe('presentationscheduled');
  });

  it('leaves out who was in another meeting of that kind, mentioned before this one was proposed', () => {
    const found = items([
      ['customer', 'We had a demo with Brightwell last week, honestly it was slow.'],
      ['rep', 'Fair. Would a demo of our route planner help?'],
      ['customer', 'Sure. Thursday works.'],
      ['rep', 'Great, Thursday then.'],
    ]);
    expect(found).toContainEqual({ text: 'Hold the demo of the route planner', owner: 'rep', dueDate: '2026-11-19' });
  });
});

describe('a recap that restates a task', () => {
  it('goes, among tasks sharing as many words, to the one done the same way', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['rep', 'Shall we set up a pricing review call once you have looked at the pricing sheet? Maybe Thursday?'],
        ['customer', 'Thursday works.'],
        ['rep', "Let me get the sheet to you earlier then, by Tuesday."],
        ['rep', 'So to recap: I send the pricing sheet by Tuesday, and we talk Thursday.'],
      ]),
      mondayCall,
    );
    const sheet = insights.actionItems.find((a) => /^Get the sheet|^Send/.test(a.text));
    expect(sheet?.evidence.map((e) => e.quote)).toContain('I send the pricing sheet by Tuesday');
    const call = insights.actionItems.find((a) => /^Hold/.test(a.text));
    expect(call?.evidence.map((e) => e.quote)).not.toContain('I send the pricing sheet by Tuesday');
  });
});

describe('the owner’s next word on a promise to report back', () => {
  it('says when the report back comes, and is not a task of its own', () => {
    const found = items([
      ['customer', 'Does the scanner read our old barcodes?'],
      ['rep', "I'm not sure. I'll check with our engineers and get back to you."],
      ['customer', 'By when?'],
      ['rep', "I'll email you by Wednesday."],
    ]);
    expect(found).toEqual([{ text: expect.stringMatching(/^Check with our engineers and get back to Elena/), owner: 'rep', dueDate: '2026-11-18' }]);
  });

  it('adds what else the promised message will carry to the same task', () => {
    const found = items([
      ['customer', 'Does the scanner read our old barcodes?'],
      ['rep', "I'll check with our engineers and get back to you."],
      ['customer', 'When, roughly?'],
      ['rep', "I'll email you by Wednesday. And in that email I'll also confirm the warranty length."],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/and confirm the warranty length$/);
    expect(found[0]!.dueDate).toBe('2026-11-18');
  });

  it('brings the answer of a check said just before, in the owner’s next turn', () => {
    const found = items([
      ['customer', 'Could you do fifteen percent off?'],
      ['rep', 'Let me check with my director, Hana.'],
      ['customer', 'By Friday?'],
      ['rep', "I'll get back to you with her answer by Friday."],
    ]);
    expect(found).toEqual([{ text: expect.stringMatching(/^Check with my director, Hana and get back to Elena with her answer/), owner: 'rep', dueDate: '2026-11-20' }]);
  });

  it('is still a task of its own when it is a call, or when nothing before it was to report back', () => {
    const call = items([
      ['rep', "I'll check with our engineers and get back to you."],
      ['customer', 'When?'],
      ['rep', "I'll call you on Thursday."],
    ]);
    expect(call.map((f) => f.text)).toContainEqual(expect.stringMatching(/^Call Elena/));
    const plain = items([
      ['rep', "I'll send the floor plan tonight."],
      ['customer', 'Thanks.'],
      ['rep', "And I'll email you by Wednesday about the permits."],
    ]);
    expect(plain).toHaveLength(2);
  });
});

describe('"both" as what is handed over', () => {
  it('is the two things named together just before', () => {
    expect(lastPair('We need the floor plan and the fire certificate, ideally.')).toBe('the floor plan and the fire certificate');
    expect(lastPair("Just Omar's number, and your rate card.")).toBe("Omar's number and the rate card");
    expect(lastPair('Nothing was named in pairs here.')).toBeNull();
    // A thing named with what it is of.
    expect(lastPair('Shall I send our price sheet and the list of spare parts now?')).toBe('the price sheet and the list of spare parts');
    const found = items([
      ['customer', 'For the audit we need your insurance certificate and the staffing plan.'],
      ['rep', "Sure, I'll send both to you tomorrow."],
    ]);
    expect(found).toEqual([{ text: 'Send the insurance certificate and the staffing plan', owner: 'rep', dueDate: '2026-11-17' }]);
  });

  it('leaves "both" alone when a noun follows it', () => {
    const found = items([
      ['customer', 'Can you send the Leeds address and the Hull address?'],
      ['rep', "I'll send both addresses today."],
    ]);
    expect(found.map((f) => f.text)).not.toContainEqual(expect.stringMatching(/Leeds address and the Hull address addresses/));
  });
});

describe('"in the same email"', () => {
  it('adds to the message promised a few turns before, not a task of its own', () => {
    const found = items([
      ['rep', "I'll email you the price list today."],
      ['customer', 'Great.'],
      ['customer', 'By the way, where is the data hosted?'],
      ['rep', 'Dublin, with a backup in Frankfurt.'],
      ['customer', 'Can you put that in writing?'],
      ['rep', "Yes, I'll add a hosting note to the same email."],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toMatch(/^Email .*price list.* and add a hosting note to the same email$/);
    expect(found[0]!.dueDate).toBe('2026-11-16');
  });
});

describe('copying someone in', () => {
  it('is part of the message it goes with, not a task of its own', () => {
    const found = items([
      ['rep', "I'll email you the rollout plan this afternoon."],
      ['customer', 'Send it to me and cc Farid, he runs the depots.'],
      ['rep', 'Sure, will do.'],
    ]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ owner: 'rep', dueDate: '2026-11-16' });
    expect(found[0]!.text).toMatch(/rollout plan.*cc Farid/i);
  });
});

describe('a step after a reviewing party is done', () => {
  it('waits on their review, so it is not a task yet', () => {
    expect(waitsOnSomeonesYes("Then, once procurement's done, ")).toBe(true);
    expect(waitsOnSomeonesYes('When Marta is through with it, ')).toBe(true);
    expect(waitsOnSomeonesYes('As soon as our lawyers are finished, ')).toBe(true);
    // The speaker's own work, or a thing being done, is not anyone's yes.
    expect(waitsOnSomeonesYes("Once it's done, ")).toBe(false);
    expect(waitsOnSomeonesYes("Once the survey's done, ")).toBe(false);
    expect(items([['rep', "Once finance is done, I'll draw up the lease."]])).toEqual([]);
  });
});

describe('a task with a month or a season and no day', () => {
  it('has no due date, rather than a day said beside it for another task', () => {
    const found = items([['rep', "Right, I'll email the brochure today, I'll ring you in March, and thanks again."]]);
    expect(found.find((f) => /brochure/.test(f.text))?.dueDate).toBe('2026-11-16');
    expect(found.find((f) => /^(?:Ring|Call)/.test(f.text))?.dueDate).toBeNull();
  });
});

describe('a site visit', () => {
  it('is a meeting agreed like any other, though not a demo of the product', () => {
    const lines: [string, string][] = [
      ['rep', 'Could we do a site visit at your plant, with you and Irena?'],
      ['customer', 'Sure, next Wednesday works.'],
      ['rep', 'Great, Wednesday it is.'],
    ];
    expect(items(lines)).toContainEqual({ text: 'Hold the site visit with Irena', owner: 'rep', dueDate: '2026-11-25' });
    expect(extractWithRules(transcriptOf(lines), mondayCall).dealStage.proposed).not.toBe('presentationscheduled');
  });
});

describe('a thing named by its head noun alone, with when it goes', () => {
  it('takes its fuller earlier name, and keeps the when', () => {
    const found = items([['rep', "We keep a spare parts price sheet for that. I'll send you the sheet tomorrow."]]);
    expect(found).toEqual([{ text: 'Send the spare parts price sheet', owner: 'rep', dueDate: '2026-11-17' }]);
    // Named first at the start of a sentence, it is still "the", not "The".
    expect(items([['customer', 'The three demo headsets, yes, they are in a box.'], ['customer', "I'll return the headsets by Friday."]])[0]!.text).toBe('Return the three demo headsets');
  });
});

describe('two things for one verb, each with its own day', () => {
  it('are two tasks, each due on its day', () => {
    expect(splitGapped('send the price list today and the floor plan by Monday')).toEqual(['send the price list today', 'send the floor plan by Monday']);
    expect(splitGapped('send the manual on Monday and the spare belts on Tuesday and the invoice on Friday')).toEqual([
      'send the manual on Monday',
      'send the spare belts on Tuesday',
      'send the invoice on Friday',
    ]);
    // One thing, or two things on one day, stay one task.
    expect(splitGapped('send the price list and the floor plan by Monday')).toEqual(['send the price list and the floor plan by Monday']);
    const found = items([['rep', "To sum up, I'll email the price list today and the floor plan by Thursday."]]);
    expect(found).toEqual([
      { text: 'Email the price list', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Email the floor plan', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });
});

describe('"we\'ll have that done by…"', () => {
  it('dates the work the speaker just described, not the last thing named', () => {
    const found = items([['rep', "Once the exports arrive, we'll run a test import of the catalogue. We'll have that done by Friday."]]);
    expect(found).toEqual([{ text: 'Run a test import of the catalogue', owner: 'rep', dueDate: '2026-11-20' }]);
  });

  it('dates the task promised just before in the same turn', () => {
    const found = items([['rep', "I'll set up the sandbox accounts. We'll have that done by Wednesday."]]);
    expect(found).toEqual([{ text: 'Set up the sandbox accounts', owner: 'rep', dueDate: '2026-11-18' }]);
  });

  it('does not move a task that has its own day', () => {
    const found = items([['rep', "I'll send you the invoice today. The data migration itself, we'll have that done by Friday."]]);
    expect(found).toContainEqual({ text: 'Send the invoice', owner: 'rep', dueDate: '2026-11-16' });
  });

  it('is nothing when the work described was only on a condition', () => {
    expect(items([['rep', "If the budget comes through, we'll run a pilot at two depots. We'll have that done by Friday."]]).map((f) => f.text)).not.toContainEqual(expect.stringMatching(/pilot/));
  });
});

describe('a recap in the present tense that sends the contract today', () => {
  it('is the contract going out, from the rep, and only today', () => {
    const stage = (who: string, line: string) => extractWithRules(transcriptOf([['customer', 'So what happens now?'], [who, line]]), mondayCall).dealStage.proposed;
    expect(stage('rep', 'So, recap: I send the order form today, you sign it by Friday.')).toBe('contractsent');
    expect(stage('rep', 'So, recap: I send the order form next week, once pricing is final.')).toBeNull();
    expect(stage('customer', 'So, recap: I send the order form today to our lawyer.')).toBeNull();
  });

  it('is no contract going out when it goes to the speaker\'s own people first', () => {
    const stage = (line: string) => extractWithRules(transcriptOf([['customer', 'What comes next?'], ['rep', line]]), mondayCall).dealStage.proposed;
    expect(stage('This afternoon, we send the agreement to our counsel for one more read.')).toBeNull();
    expect(stage("Today I'll send the agreement over to my manager for one more read.")).toBeNull();
    expect(stage('This afternoon, we send you the agreement, then you countersign.')).toBe('contractsent');
    // The day said between the paper and whom it goes to.
    expect(stage("I'll get the agreement over this afternoon to our finance team for a sanity check.")).toBeNull();
    expect(stage('We send the agreement tomorrow to my director first.')).toBeNull();
  });

  it('is no contract going out when it tells how things usually go, or hangs on a condition', () => {
    const stage = (line: string) => extractWithRules(transcriptOf([['customer', 'How quickly can this move?'], ['rep', line]]), mondayCall).dealStage.proposed;
    expect(stage('Typically, we send the agreement today or tomorrow after a verbal yes.')).toBeNull();
    expect(stage('We walk through pricing with your director and we send the agreement today if he agrees.')).toBeNull();
  });

  it('is the contract going out when only the other side\'s next step waits on something', () => {
    const stage = (line: string) => extractWithRules(transcriptOf([['customer', 'Where do we go from here?'], ['rep', line]]), mondayCall).dealStage.proposed;
    expect(stage('I send the order form today and you sign it whenever your controller is back.')).toBe('contractsent');
    expect(stage('I send the order form today so your counsel can read it once she is free.')).toBe('contractsent');
  });
});

describe('a meeting offered to a group ("give your team a demo")', () => {
  it('takes no subject from the words naming who it is given to', () => {
    expect(meetingDetails('demo', ['Should I give your team a demo on Thursday?']).about).toBeNull();
    expect(meetingDetails('walkthrough', ['We could show the buyers a quick walkthrough.']).about).toBeNull();
    // A subject said right before the name still counts.
    expect(meetingDetails('demo', ['Should I give your team a pricing demo?']).about).toBe('pricing');
  });
});

describe('who joins a meeting, after "with"', () => {
  it('is no one when the name is only a possessive ("with Tom\'s team")', () => {
    expect(meetingDetails('demo', ['Could we run the demo with Marta’s engineers on Friday?']).people).toEqual([]);
    expect(meetingDetails('demo', ["Let's do the demo with Bruno and Kai's analysts."]).people).toEqual(['Bruno']);
  });
});

describe('"and the …" with a day, after a dated task', () => {
  it('is not a second thing for the verb when it is a clause of its own', () => {
    expect(splitGapped('check the figures today and the board will approve them by Friday')).toEqual(['check the figures today and the board will approve them by Friday']);
    expect(splitGapped("post the samples tomorrow and the lab's done by Thursday")).toHaveLength(1);
    const found = items([['rep', "I'll check the figures today and the board will approve them by Friday."]]);
    expect(found.map((f) => f.text)).not.toContainEqual(expect.stringMatching(/^Check the board/));
  });
});

describe('the fuller earlier name of a thing', () => {
  it('does not reach across another thing named just before it', () => {
    const found = items([
      ['customer', 'I still owe the budget to my director and the sheet to our auditors.'],
      ['rep', "No rush. I'll send you the sheet tomorrow."],
    ]);
    expect(found.filter((f) => f.owner === 'rep').map((f) => f.text)).toEqual(['Send the sheet']);
  });
});

describe('"the email" in a later promise', () => {
  it('joins the message promised before only when it is that message, not an email address', () => {
    const found = items([
      ['rep', "I'll send the rate card today."],
      ['customer', 'Great, thanks.'],
      ['rep', "And I'll register your colleague with the email address on his card."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toHaveLength(2);
    expect(found).toContainEqual({ text: 'Send the rate card', owner: 'rep', dueDate: '2026-11-16' });
  });
});

describe('a step after a month or a day is done', () => {
  it('waits on no one\'s review', () => {
    expect(waitsOnSomeonesYes('Once April is through, ')).toBe(false);
    expect(waitsOnSomeonesYes('When Friday is done, ')).toBe(false);
    expect(waitsOnSomeonesYes('Once Gunnar is done, ')).toBe(true);
    expect(waitsOnSomeonesYes('After Monday, ')).toBe(false);
  });

  it('waits on no one\'s yes when a person is done with some other work', () => {
    expect(waitsOnSomeonesYes("When Bruno's finished with the cabling, ")).toBe(false);
    expect(waitsOnSomeonesYes("When Bruno's finished with his review, ")).toBe(true);
    expect(waitsOnSomeonesYes('Once Bruno is through with it, ')).toBe(true);
    expect(items([['rep', "When Bruno's finished with the cabling on Thursday, I'll ring you to test the line."]]).map((f) => f.text)).toHaveLength(1);
  });
});

describe('a check, then a report back in the owner\'s next turn', () => {
  it('stays two tasks when the report back is about something the check did not name', () => {
    const found = items([
      ['rep', 'Let me check with our warehouse on the pallet sizes.'],
      ['customer', 'Fine. And the freight insurance?'],
      ['rep', "I'll get back to you on the freight insurance tomorrow."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toHaveLength(2);
    // About the same thing, it is one task.
    const same = items([
      ['rep', 'Let me check with our warehouse on the pallet sizes.'],
      ['customer', 'Fine. When will I hear?'],
      ['rep', "I'll get back to you on the pallet sizes tomorrow."],
    ]);
    expect(same.filter((f) => f.owner === 'rep')).toHaveLength(1);
  });
});

describe('two tasks in one promise, one of them with only a month', () => {
  it('gives the day to the task it was said for, and none to the one in a month', () => {
    const found = items([['rep', "I'll mail the revised quote Thursday and ring you again in early February."]]);
    expect(found).toContainEqual({ text: 'Mail the revised quote', owner: 'rep', dueDate: '2026-11-19' });
    expect(found.find((f) => /^Ring/.test(f.text))?.dueDate).toBeNull();
  });
});

describe('"copy" after a message was promised', () => {
  it('is a task of its own when it makes a copy of a thing, and part of the message when someone is copied in', () => {
    const after = (line: string) => items([['rep', "I'll send you the minutes today."], ['customer', 'Thanks.'], ['rep', line]]).filter((f) => f.owner === 'rep').map((f) => f.text);
    expect(after("And I'll copy the site drawings.")).toEqual(['Send the minutes', 'Copy the site drawings']);
    expect(after("And I'll copy the whole crew in.")).toHaveLength(1);
  });
});

describe('one side summing up a day', () => {
  it('agrees a meeting only when the summing up names the meeting', () => {
    const lines = (last: string): [string, string][] => [
      ['rep', 'We could look at a demo at some point.'],
      ['customer', 'Maybe.'],
      ['rep', last],
    ];
    expect(items(lines('So the deposit is due Wednesday.')).map((f) => f.text)).not.toContainEqual(expect.stringMatching(/^Hold/));
    expect(extractWithRules(transcriptOf(lines('So the deposit is due Wednesday.')), mondayCall).dealStage.proposed).toBeNull();
    expect(items(lines("So the demo's Wednesday.")).map((f) => f.text)).toContainEqual('Hold the demo');
  });
});

describe('short turns between a meeting being raised and a day', () => {
  it('keep it the topic only when they talk about someone\'s time, not when "free" or "how\'s" is about something else', () => {
    const lines: [string, string][] = [
      ['rep', 'A walkthrough could be useful later on.'],
      ['customer', "Perhaps. How's the data import done?"],
      ['rep', 'We handle it, free of charge.'],
      ['customer', 'Good. Our auditors arrive Thursday.'],
      ['rep', 'Thursday, understood.'],
    ];
    expect(items(lines).map((f) => f.text)).not.toContainEqual(expect.stringMatching(/^Hold/));
    expect(extractWithRules(transcriptOf(lines), mondayCall).dealStage.proposed).toBeNull();
  });
});

describe('a report back promised, then another in the owner\'s next turn', () => {
  it('stays two tasks when the second is about something else', () => {
    const found = items([
      ['rep', "I'll look into the missing credit note and get back to you."],
      ['customer', 'Thanks. And the pallet labels?'],
      ['rep', "I'll update you on the pallet labels by Friday."],
    ]);
    expect(found.filter((f) => f.owner === 'rep')).toEqual([
      { text: 'Look into the missing credit note and get back to Elena', owner: 'rep', dueDate: null },
      { text: 'Update Elena on the pallet labels', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });

  it('is one task when the second points back at the matter, or the check named only whom it asks', () => {
    const rep = (last: string) =>
      items([
        ['customer', 'Will the scanner read the old barcodes?'],
        ['rep', "I'll check with our product team."],
        ['customer', 'And when do I hear?'],
        ['rep', last],
      ]).filter((f) => f.owner === 'rep');
    for (const last of ["I'll get back to you on that point tomorrow.", "I'll get back to you on the barcodes tomorrow."]) {
      expect(rep(last)).toHaveLength(1);
      expect(rep(last)[0]!.dueDate).toBe('2026-11-17');
    }
  });
});

describe('"in that email" after a message forwarded', () => {
  it('joins the forwarding as it joins a sending', () => {
    const found = items([
      ['rep', "I'll forward you the install guide today."],
      ['customer', 'Perfect.'],
      ['rep', "In that email I'll also confirm the freight cost."],
    ]);
    expect(found).toEqual([{ text: 'Forward the install guide and confirm the freight cost', owner: 'rep', dueDate: '2026-11-16' }]);
  });
});

describe('"both" after two things said together', () => {
  it('names the two things, not the words around them', () => {
    expect(lastPair("It's the site map and the wiring diagram we still need.")).toBe('the site map and the wiring diagram');
    expect(lastPair('What we lack is the site map and the wiring diagram.')).toBe('the site map and the wiring diagram');
    expect(lastPair("Dana's site map and the wiring diagram.")).toBe("Dana's site map and the wiring diagram");
    // "of course" after the second thing says nothing of what it is.
    expect(lastPair('You will want the fee schedule and the service terms of course.')).toBe('the fee schedule and the service terms');
  });
});

describe('"we\'ll" about how the seller\'s side works', () => {
  it('said once with no day, is no task; handing something over as "we" still is', () => {
    expect(items([['rep', "And we'll deliver straight to the stadium gate, not your office."]])).toEqual([]);
    expect(items([['rep', "Don't worry, we'll sort out the permits."]])).toEqual([]);
    expect(items([['rep', "We'll send you the insurance certificate."]])).toEqual([{ text: 'Send the insurance certificate', owner: 'rep', dueDate: null }]);
    // With a day, or said by "I", it is a promise.
    expect(items([['rep', "We'll deliver the first pallets on Thursday."]])).toHaveLength(1);
  });
  it('making a paper for the other side as "we" is a task, with or without a day', () => {
    expect(items([['rep', 'We will put together a quote for the two depots.']])).toEqual([
      { text: 'Put together a quote for the two depots', owner: 'rep', dueDate: null },
    ]);
    expect(items([['rep', "We'll draft a rollout plan for your night shift."]])).toHaveLength(1);
  });

  it('arranging to talk to the other side as "we" is a task: an update, a reach-out, a confirmation', () => {
    expect(items([['rep', "We'll update you on the courier pickup."]])).toHaveLength(1);
    expect(items([['rep', "We'll reach out to your payroll lead about the export."]])).toHaveLength(1);
    expect(items([['rep', "We'll confirm the room numbers with you."]])).toHaveLength(1);
  });
});

describe('"you\'ll…" in a recap', () => {
  it('is the other side’s step, as the speaker sums it up; what only reaches them is not', () => {
    const found = items([
      ['rep', 'The agreement is in your inbox now.'],
      ['rep', "So, to recap: you'll sign it by Thursday, you'll get the welcome pack Friday, and I book the installer."],
      ['customer', 'Yep.'],
    ]);
    expect(found).toContainEqual({ text: 'Sign the agreement', owner: 'customer', dueDate: '2026-11-19' });
    expect(found.map((f) => f.text)).not.toContainEqual(expect.stringMatching(/welcome pack/));
  });
  it('what only reaches them stays theirs to receive with "also" or "then" before the verb', () => {
    const found = items([
      ['rep', 'So, to sum up: I email the lease today, you will also get the parking permits on Friday, and then you will receive the keys.'],
      ['customer', 'Great.'],
    ]);
    expect(found.filter((f) => f.owner === 'customer')).toEqual([]);
  });

  it('what they gain is no step of theirs; a payment due is', () => {
    const found = items([
      ['rep', "To wrap up: I'll order the handsets, you'll keep your existing extensions, you'll pay nothing for the first month, and you'll pay the setup fee by Thursday."],
      ['customer', 'Fine.'],
    ]);
    expect(found.filter((f) => f.owner === 'customer')).toEqual([{ text: 'Pay the setup fee', owner: 'customer', dueDate: '2026-11-19' }]);
  });
});

describe('the quote of one promise among several in a sentence', () => {
  it('is that promise’s words, not the others’ or another person’s step', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['customer', 'What happens next?'],
        ['rep', "So, to confirm: I'll delete the demo data by Friday, I'll send the return box today, and you'll send the charger back by Thursday."],
        ['customer', 'Yep.'],
      ]),
      mondayCall,
    );
    const quoteOf = (re: RegExp) => insights.actionItems.find((a) => re.test(a.text))?.evidence.map((e) => e.quote);
    expect(quoteOf(/demo data/)).toEqual(["So, to confirm: I'll delete the demo data by Friday"]);
    expect(quoteOf(/return box/)).toEqual(["I'll send the return box today"]);
    // A sentence with one promise, and a promise whose sentence goes on with its purpose, keep their whole sentence.
    const one = extractWithRules(transcriptOf([['rep', "I'll phone you on Wednesday, and we can go over what the board decided."]]), mondayCall);
    expect(one.actionItems[0]?.evidence[0]?.quote).toBe("I'll phone you on Wednesday, and we can go over what the board decided.");
  });
});

describe('typographic apostrophes', () => {
  it('read as plain ones, with quotes still in the words as written', () => {
    const transcript = transcriptOf([
      ['customer', 'What comes next?'],
      ['rep', 'I’ll email the floor plan tomorrow, and I’ll book the fitter for Thursday.'],
      ['customer', 'We’ve signed the agreement, by the way.'],
    ]);
    const insights = extractWithRules(transcript, mondayCall);
    expect(insights.actionItems.map((a) => [a.text, a.dueDate])).toEqual([
      ['Email the floor plan', '2026-11-17'],
      ['Book the fitter', '2026-11-19'],
    ]);
    expect(insights.actionItems[0]!.evidence[0]!.quote).toBe('I’ll email the floor plan tomorrow');
    for (const e of insights.actionItems.flatMap((a) => a.evidence)) expect(groundQuote(transcript, e.quote)).not.toBeNull();
    expect(insights.dealStage.proposed).toBe('closedwon');
  });
});

describe('a signing still to come', () => {
  it('is no close, while a signing done is one', () => {
    const stage = (line: string) => extractWithRules(transcriptOf([['rep', 'How are we looking on the paperwork?'], ['customer', line]]), mondayCall).dealStage.proposed;
    expect(stage("I'll make sure it is signed by Thursday.")).not.toBe('closedwon');
    expect(stage('So I think by next week it is signed.')).not.toBe('closedwon');
    expect(stage("It's signed, and I'll send you the PO next week.")).toBe('closedwon');
    expect(stage('The agreement was signed this morning.')).toBe('closedwon');
  });
});

describe('a demo offered as showing something', () => {
  it('is a demo of what was to be shown, said in the turn that raised it or the one before', () => {
    const found = items([
      ['rep', "Honestly I'd rather show you the rota planner and the shift swaps properly than describe them."],
      ['customer', 'Okay, a demo would help. Is next Wednesday possible?'],
      ['rep', 'Wednesday works, say at two.'],
    ]);
    expect(found).toContainEqual({ text: 'Hold the demo of the rota planner and the shift swaps', owner: 'rep', dueDate: '2026-11-25' });
  });

  it('ends what is shown at a word of how or when, or at an "and" that goes on to something done', () => {
    expect(whatItShows(['We could show you both how the timesheets work, say an hour?'])).toBe('of how the timesheets work');
    expect(whatItShows(["I'll show you the console and walk through the alerts."])).toBe('of the console');
    expect(whatItShows(['Let me show you our reporting live next week.'])).toBe('of the reporting');
    expect(whatItShows(['Can you show me the invoice?'])).toBeNull();
  });

  it('is a demo of what a later run-through says will be walked through on its day, quoted with it', () => {
    const lines: [string, string][] = [
      ['rep', 'Shall we set up a demo? Say Thursday at eleven?'],
      ['customer', 'Thursday at eleven is fine.'],
      ['rep', "Okay. So I'll email the pilot terms today, and on Thursday at eleven we'll walk through the route planner and the depot screens."],
      ['customer', 'Good.'],
    ];
    const found = items(lines);
    expect(found).toContainEqual({ text: 'Hold the demo of the route planner and the depot screens', owner: 'rep', dueDate: '2026-11-19' });
    const demo = findActionItems(toSentences(transcriptOf(lines)), ctx).find((a) => a.text.startsWith('Hold'))!;
    expect(demo.evidence.some((e) => e.quote.includes("we'll walk through the route planner and the depot screens"))).toBe(true);
    // Another day, or nothing shown ("how that works"), names nothing.
    expect(items([lines[0]!, lines[1]!, ['rep', "Next month I'll walk you through the billing module."]])).toContainEqual({ text: 'Hold the demo', owner: 'rep', dueDate: '2026-11-19' });
    expect(whatItShows(["I'll show you how that works."])).toBeNull();
  });
});

describe('a step that waits on the other side taking the seller on as a supplier, or on a named person', () => {
  it('is not a task yet: a registration being through, being set up as a supplier, someone having signed off or confirming', () => {
    expect(waitsOnSomeonesYes("So when the supplier registration's done, ")).toBe(true);
    expect(waitsOnSomeonesYes('Right, as soon as we are set up as a supplier on your side, ')).toBe(true);
    expect(waitsOnSomeonesYes("After you've registered us, ")).toBe(true);
    expect(waitsOnSomeonesYes("Once Tanvir's signed off, ")).toBe(true);
    // "IT" in capitals is a department that signs off; "it" is the thing.
    expect(waitsOnSomeonesYes('Once IT signs off on the access review, ')).toBe(true);
    expect(waitsOnSomeonesYes('Once it signs off on the access review, ')).toBe(false);
    expect(waitsOnSomeonesYes("When Odile confirms we're set up, ")).toBe(true);
    // A bare "confirms" is a yes; so is a longer name for who confirms the set-up.
    expect(waitsOnSomeonesYes('As soon as your finance lead confirms, ')).toBe(true);
    expect(waitsOnSomeonesYes('When Odile has confirmed, ')).toBe(true);
    expect(waitsOnSomeonesYes("Once the buying team has confirmed we're registered, ")).toBe(true);
    expect(waitsOnSomeonesYes("Once she's confirmed we are set up, ")).toBe(true);
    expect(items([['rep', "Once the vendor registration goes through, I'll draft the order form."]])).toEqual([]);
  });

  it('is still a task when it waits only on a thing arriving or on the speaker having it', () => {
    expect(waitsOnSomeonesYes('As soon as I have the floor plans, ')).toBe(false);
    expect(waitsOnSomeonesYes("Once we've registered the devices, ")).toBe(false);
    // Data arriving, or a confirmation already given, is no one's yes to wait for.
    expect(waitsOnSomeonesYes('Once you confirm the seat count, ')).toBe(false);
    expect(waitsOnSomeonesYes("Once we're set up on site, ")).toBe(false);
    expect(waitsOnSomeonesYes('After our chat Odile confirmed the numbers, so ')).toBe(false);
    expect(items([['rep', "When the floor plans arrive, I'll draft the cabling quote."]])).toHaveLength(1);
  });
});

describe('a promise after an "if" clause that follows a dash or a comma', () => {
  it('hangs on the "if", as one at the start of a sentence does', () => {
    expect(isConditional('And frankly — if the grant comes in, ')).toBe(true);
    expect(isConditional('Our chair told me, and I agree, if they match the rate, ')).toBe(true);
    expect(items([['customer', 'Look, to be fair to you — if the pilot numbers hold up, I will renew for two years.']])).toEqual([]);
  });

  it('is still a plan when the "if" is a fallback', () => {
    expect(isConditional("And — if I don't hear from you by Friday, ")).toBe(false);
  });
});

describe("another's engagement named while a meeting is arranged", () => {
  it('opens no meeting of its own, and gives the one being arranged no day', () => {
    const found = items([
      ['rep', 'Could we book the onboarding session for next Tuesday?'],
      ['customer', "Tuesday... hmm, Orla's quarterly review is next Tuesday, everyone's tied up."],
      ['rep', 'Then next Wednesday, the twenty-fifth?'],
      ['customer', 'Wednesday works.'],
    ]);
    expect(found).toEqual([{ text: 'Book the onboarding session', owner: 'rep', dueDate: '2026-11-25' }]);
    expect(items([
      ['customer', "Friday won't work, she's at a site visit in Leeds until Monday."],
      ['rep', 'Understood, Tuesday then.'],
    ])).toEqual([]);
  });
});

describe('a courtesy "if" around a promise', () => {
  it('leaves the promise given, after a comma or at the start', () => {
    expect(isConditional('Of course, if that works for you, ')).toBe(false);
    expect(isConditional("Lovely — if you don't mind, ")).toBe(false);
    expect(isConditional("Thanks Rohan, if I can jump in, ")).toBe(false);
    expect(isConditional("If I'm honest, ")).toBe(false);
    expect(items([['rep', "Perfect, if that's okay with you, I'll send the revised quote on Thursday."]])).toEqual([
      { text: 'Send the revised quote', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });

  it('still makes it wait when the "if" is a real condition or an offer waiting on a yes', () => {
    expect(isConditional('Of course, if you like, ')).toBe(true);
    expect(isConditional('Fine, if the board agrees, ')).toBe(true);
    expect(isConditional('Fine, if that works for the board and legal signs, ')).toBe(true);
  });
});

describe('what a demo shows', () => {
  it('is not whom it is shown to, nor the demo itself', () => {
    expect(whatItShows(['We could show our CFO the savings report, say.'])).toBe('of the savings report');
    expect(whatItShows(['Happy to show the finance team how approvals work.'])).toBe('of how approvals work');
    expect(whatItShows(['Shall I show the two of you a quick walkthrough?'])).toBeNull();
    expect(whatItShows(['I can show you the planner and the rosters.'])).toBe('of the planner and the rosters');
  });
});

describe("a meeting named with someone's name that is still the one being arranged", () => {
  const meetings = (lines: [string, string][]) => findMeetings(toSentences(transcriptOf(lines)), ctx).map((m) => `${m.noun} ${m.date}`);

  it('is arranged when a verb books it, when a day owns it, or when someone looks at it', () => {
    expect(meetings([['rep', "Shall I set up Bruno's walkthrough for Tuesday?"], ['customer', 'Yes, Tuesday suits us.']])).toEqual(['walkthrough 2026-11-17']);
    expect(meetings([['rep', "And Thursday's kickoff call, are we all set?"], ['customer', 'Yes, Thursday works.'], ['rep', 'Great, Thursday at ten.']])).toEqual([
      'kickoff call 2026-11-19',
    ]);
    expect(meetings([['customer', 'Could we take a look at a demo next Tuesday?'], ['rep', 'Next Tuesday works for me.']])).toEqual(['demo 2026-11-24']);
  });

  it("is still another's when they own it or are at it", () => {
    expect(meetings([['customer', "Bruno's walkthrough with the auditors is Tuesday."], ['rep', 'Okay, Tuesday then.']])).toEqual([]);
    expect(meetings([['customer', "She's away at a site visit on Thursday."], ['rep', 'Thursday, noted.']])).toEqual([]);
  });
});
