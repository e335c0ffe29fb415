import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { findMeetings } from '../../../../../src/adapters/extraction/rules/meetings.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { proposeStage } from '../../../../../src/adapters/extraction/rules/stage-signals.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };
const meetings = (lines: [string, string][]) => findMeetings(toSentences(transcriptOf(lines)), ctx).map((m) => ({ noun: m.noun, date: m.date }));

describe('meetings agreed over several turns', () => {
  it('takes the last day both sides settled on, a bare weekday meaning that day of the week under discussion', () => {
    expect(meetings([
      ['rep', 'It would be easier to show you. Could we set up a walkthrough with your ops leads?'],
      ['customer', 'Sure, that makes sense.'],
      ['rep', 'What about next Tuesday?'],
      ['customer', "Tuesday's no good, we have the stocktake. Wednesday?"],
      ['rep', 'Wednesday works. Eleven?'],
      ['customer', 'Eleven is fine.'],
    ])).toEqual([{ noun: 'walkthrough', date: '2026-11-25' }]);
  });

  it('reads the day of the month said again ("ten on the ninth") as the day already set, in its month', () => {
    expect(meetings([
      ['rep', 'Shall we have a call once your board has met in March?'],
      ['customer', 'Yes. How about a call on the ninth of March?'],
      ['rep', 'Ten on the ninth works for me.'],
    ])).toEqual([{ noun: 'call', date: '2027-03-09' }]);
    // A month said with it is a day of its own.
    expect(meetings([
      ['rep', 'Shall we have a call once your board has met in March?'],
      ['customer', 'Yes. How about a call on the ninth of March?'],
      ['rep', 'Ten on the ninth of April, rather, works for me.'],
    ])).toEqual([{ noun: 'call', date: '2027-04-09' }]);
  });

  it('is not a meeting already held, or the meeting\'s name used for a thing', () => {
    for (const said of ['We saw the walkthrough last week, remember?', 'That screen was in the demo, briefly.', 'Please use real orders, not the demo data.', 'I meant to send the recording of the demo.', 'Those two crates are our demo kit for the expo.', 'The three demo screens are still at the Leeds office.'])
      expect(meetings([
        ['customer', said],
        ['rep', 'Right. Shall we talk again Thursday?'],
        ['customer', 'Thursday works.'],
      ])).toEqual([]);
    expect(meetings([
      ['rep', 'Could we set up a demo for your team?'],
      ['customer', 'Sure.'],
      ['rep', 'What about Thursday?'],
      ['customer', 'Thursday works.'],
    ])).toEqual([{ noun: 'demo', date: '2026-11-19' }]);
  });

  it('reads a day of the month said in words', () => {
    expect(meetings([
      ['rep', 'For the kickoff call, how is Thursday the nineteenth?'],
      ['customer', 'The nineteenth works for us.'],
    ])).toEqual([{ noun: 'kickoff call', date: '2026-11-19' }]);
  });

  it('does not take a day from a deadline, another task, or a meeting only one side floated', () => {
    expect(meetings([
      ['rep', 'At some point a demo for your team would help.'],
      ['customer', "I'll send you the org chart by Friday."],
      ['rep', 'Thanks, Friday is fine.'],
    ])).toEqual([]);
    expect(meetings([['rep', 'Maybe a check-in call next Thursday?']])).toEqual([]);
  });

  it('makes the meeting an item of the rep, due on its day, unless a task already books it', () => {
    const items = (lines: [string, string][]) =>
      findActionItems(toSentences(transcriptOf(lines)), ctx).map(({ text, owner, dueDate }) => ({ text, owner, dueDate }));
    expect(items([
      ['rep', 'Shall we get a demo in the diary for your finance team?'],
      ['customer', 'Yes. How about Friday afternoon?'],
      ['rep', 'Friday at three, perfect.'],
    ])).toEqual([{ text: 'Hold the demo', owner: 'rep', dueDate: '2026-11-20' }]);
    expect(items([
      ['rep', "Let's book the demo for next Tuesday at nine."],
      ['customer', 'Next Tuesday at nine works.'],
    ])).toEqual([{ text: 'Book the demo', owner: 'rep', dueDate: '2026-11-24' }]);
  });

  it('is a presentation-stage signal when it is a demo', () => {
    const proposal = proposeStage(toSentences(transcriptOf([
      ['rep', 'Would a product tour with your managers help?'],
      ['customer', 'Yes. Thursday?'],
      ['rep', 'Thursday at ten it is.'],
    ])), { currentStage: 'qualifiedtobuy', startedAt: ctx.startedAt, timezone: ctx.timezone });
    expect(proposal.proposed).toBe('presentationscheduled');
  });
});

describe('days said after a meeting was set', () => {
  it('does not move it for a day someone else does something, one apologised for, or "a Saturday"', () => {
    const set: [string, string][] = [
      ['rep', 'Shall we do a proper walkthrough with your ops leads?'],
      ['customer', 'Yes. How about next Wednesday at nine?'],
      ['rep', 'Next Wednesday at nine works.'],
    ];
    expect(meetings([...set, ['customer', "Jonas's team unblocks the firewall tomorrow."]])).toEqual([{ noun: 'walkthrough', date: '2026-11-25' }]);
    expect(meetings([...set, ['rep', 'And sorry about Friday.']])).toEqual([{ noun: 'walkthrough', date: '2026-11-25' }]);
    expect(meetings([...set, ['customer', 'Our IT guy only comes in on a Thursday.']])).toEqual([{ noun: 'walkthrough', date: '2026-11-25' }]);
  });

  it('does not move a set meeting for a task that only mentions it, or for "through Friday"', () => {
    expect(meetings([
      ['rep', 'Shall we do a proper walkthrough with your ops leads?'],
      ['customer', 'Yes. How about next Wednesday at nine?'],
      ['rep', 'Next Wednesday at nine works.'],
      ['rep', 'And so the walkthrough is useful, could you send me last month\'s pick rates?'],
      ['customer', 'Sure. Friday.'],
    ])).toEqual([{ noun: 'walkthrough', date: '2026-11-25' }]);
    expect(meetings([
      ['rep', 'Shall we do a proper walkthrough with your ops leads?'],
      ['customer', 'Yes. How about next Wednesday at nine?'],
      ['rep', 'Next Wednesday at nine works.'],
      ['rep', 'So, walkthrough next Wednesday at nine.'],
      ['customer', 'Yep, that holds through Friday.'],
    ])).toEqual([{ noun: 'walkthrough', date: '2026-11-25' }]);
  });
});

describe('words after a meeting was set', () => {
  it('do not take it back when they only put a topic off till then, or remind of something', () => {
    expect(meetings([
      ['rep', 'Could we run the walkthrough on Thursday at ten?'],
      ['customer', "Thursday at ten is fine. Don't forget that our auditor sits in."],
    ])).toEqual([{ noun: 'walkthrough', date: '2026-11-19' }]);
    expect(meetings([
      ['rep', "Let's lock in the walkthrough for Thursday at ten. Let's wait until then to get into the rollout costs."],
      ['customer', 'Works for me.'],
    ])).toEqual([{ noun: 'walkthrough', date: '2026-11-19' }]);
  });
});

describe('the quote of a meeting proposed', () => {
  const quotes = (lines: [string, string][]) => findActionItems(toSentences(transcriptOf(lines)), ctx).map((a) => a.evidence[0]!.quote);

  it('goes on to what the meeting will be, said right after in the same turn', () => {
    expect(quotes([
      ['rep', 'Shall we set up a demo? Half an hour, and I would show the route planner and the driver app.'],
      ['customer', 'Sure. Thursday?'],
      ['rep', 'Thursday works.'],
    ])).toEqual(['Shall we set up a demo? Half an hour, and I would show the route planner and the driver app.']);
  });

  it('stops where the turn would make the quote too long to read', () => {
    const long = 'It covers the route planner, the driver app, the depot screens, the invoicing module, the fuel cards, the customer portal, the reporting suite and the integrations with your accounting system, your payroll provider, your fuel supplier and your telematics boxes.';
    expect(quotes([
      ['rep', `Shall we set up a demo? ${long}`],
      ['customer', 'Sure. Thursday?'],
      ['rep', 'Thursday works.'],
    ])).toEqual(['Shall we set up a demo?']);
  });
});

describe('a task that arranges a meeting', () => {
  const found = (lines: [string, string][]) => findActionItems(toSentences(transcriptOf(lines)), ctx).map(({ text, dueDate }) => ({ text, dueDate }));

  it('names the meeting as what it books, not as where something is done', () => {
    const agreed: [string, string][] = [
      ['rep', 'Could we set up a demo for your planners?'],
      ['customer', 'Sure. Thursday?'],
      ['rep', 'Thursday works.'],
    ];
    expect(found([...agreed, ['rep', "And I'll set up your own price list in the demo."]])).toContainEqual({ text: 'Hold the demo', dueDate: '2026-11-19' });
  });

  it('takes the meeting\'s day and quotes where it was proposed, which says what it is for', () => {
    const lines: [string, string][] = [
      ['rep', 'Once the pilot ends, shall we have a call to go over the scan error rates?'],
      ['customer', 'Sure. Thursday?'],
      ['rep', "Thursday works. I'll set up the call."],
    ];
    const [task] = findActionItems(toSentences(transcriptOf(lines)), ctx);
    expect({ text: task!.text, dueDate: task!.dueDate }).toEqual({ text: 'Set up the call', dueDate: '2026-11-19' });
    expect(task!.evidence.map((e) => e.quote)).toContain('Once the pilot ends, shall we have a call to go over the scan error rates?');
  });
});

describe('what a proposed meeting is, as the review of this rule found it', () => {
  const found = (lines: [string, string][]) => findActionItems(toSentences(transcriptOf(lines)), ctx);

  it('quotes no sentence that moves on to something else, and takes no topic from another side\'s plans', () => {
    const [demo] = found([
      ['rep', 'Shall we set up a demo? Separately, the March invoice is still open.'],
      ['customer', 'Sure. Thursday?'],
      ['rep', 'Thursday works.'],
      ['customer', "On Thursday I'll take my team through the budget internally."],
    ]);
    expect(demo!.evidence[0]!.quote).toBe('Shall we set up a demo?');
    expect(demo!.text).toBe('Hold the demo');
  });

  it('counts "book in the demo" as arranging it', () => {
    const texts = found([
      ['rep', 'Could we set up a demo for your planners?'],
      ['customer', 'Sure. Thursday?'],
      ['rep', "Thursday works. I'll book in the demo with our engineer."],
    ]).map((a) => a.text);
    expect(texts).toEqual(['Book in the demo with our engineer']);
  });
});

describe("the speaker's own engagement, named as the reason a day does not suit", () => {
  it('is no meeting to hold, and the day agreed is not its day', () => {
    expect(meetings([
      ['rep', "I'll confirm the delivery slots with you by Wednesday."],
      ['customer', "Could you make it Monday? I've got the insurer's walkthrough on Tuesday and I'd like the slots before it."],
      ['rep', 'Sure, Monday then.'],
    ])).toEqual([]);
    expect(meetings([
      ['customer', 'Thursday is hard, I have a site visit that morning.'],
      ['rep', 'Friday then.'],
    ])).toEqual([]);
  });

  it('leaves a meeting of both sides a meeting', () => {
    expect(meetings([
      ['rep', 'Could we do the walkthrough on Tuesday?'],
      ['customer', 'Tuesday works.'],
    ])).toEqual([{ noun: 'walkthrough', date: '2026-11-17' }]);
  });
});
