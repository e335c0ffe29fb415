import { describe, expect, it } from 'vitest';
import { cutClause, toActionText } from '../../../../../src/adapters/extraction/rules/action-text.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { itemsOf, mondayCall, transcriptOf } from './transcript-of.ts';

describe('a task whose purpose is to get a meeting booked', () => {
  it('stands for the meeting: no second item to hold it', () => {
    const found = itemsOf([
      ['customer', 'And the migration itself?'],
      ['rep', "Ines will handle it. I'll get Ines to email you tomorrow to book the migration kick-off."],
      ['customer', 'Tomorrow, fine.'],
    ]);
    expect(found.map((f) => f.text)).toEqual(['Have Ines email to book the migration kick-off']);
  });
});

describe('passing word on', () => {
  it('is a task when something is handed on to someone', () => {
    const found = itemsOf([
      ['customer', 'Honestly the onboarding video was the best part.'],
      ['rep', "Thanks, I'll pass that back to our training team."],
      ['customer', "And I'll pass your details on to my cousin, she runs a gym."],
    ]);
    expect(found.map((f) => f.text)).toEqual([expect.stringMatching(/^Pass .* back to (?:our|their) training team/), expect.stringMatching(/^Pass .* on to/)]);
  });

  it('is no task when it is a test, a limit or fainting', () => {
    const found = itemsOf([['customer', "We'll pass the audit in May, and I'll pass five hundred members soon, I nearly passed out."]]);
    expect(found.filter((f) => /^Pass/.test(f.text))).toEqual([]);
  });
});

describe('a meeting arranged across a short digression', () => {
  const lines: [string, string][] = [
    ['rep', 'Would a walkthrough help?'],
    ['customer', 'Yes, I think that is the obvious next step. Our foreman should see it too.'],
    ['rep', "Who's your foreman?"],
    ['customer', 'Kofi, he runs the yard, he would use it every day.'],
    ['rep', 'Got it. Thursday the nineteenth? Nine?'],
    ['customer', 'Thursday the nineteenth, nine, fine by me.'],
  ];

  it('is still the meeting when a day is then asked for in a turn of its own', () => {
    const insights = extractWithRules(transcriptOf(lines), mondayCall);
    expect(insights.actionItems.map((a) => [a.text, a.dueDate])).toContainEqual([expect.stringMatching(/^Hold the walkthrough/), '2026-11-19']);
    expect(insights.dealStage.proposed).toBe('presentationscheduled');
  });

  it('is not a meeting when the presentation is the board\'s own', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['customer', 'The figures help me for the board presentation.'],
        ['rep', 'Good. Could we speak again after that?'],
        ['customer', 'Sure.'],
        ['rep', 'Tuesday the seventeenth? Ten?'],
        ['customer', 'The seventeenth works.'],
      ]),
      mondayCall,
    );
    expect(insights.actionItems.map((a) => a.text)).not.toContainEqual(expect.stringMatching(/presentation/));
  });
});

describe('a remark about a person after the task', () => {
  it('is no part of the task text', () => {
    expect(cutClause("forward the invite to Odile, she never reads her calendar")).toBe('forward the invite to Odile');
    expect(cutClause('pass the notes on to Ravi, he ran the pilot')).toBe('pass the notes on to Ravi');
    expect(cutClause('send the plan to Maud, she only reads email on Fridays')).toBe('send the plan to Maud');
  });
});

describe('a task text after its date is taken out', () => {
  const voice = { speaker: 'rep', listener: 'customer', names: { rep: 'Priya', customer: 'Elena' } } as const;

  it('keeps no words that led into the date, such as the part of the day', () => {
    expect(toActionText('ring you on the afternoon of the third of March', voice)).toBe('Ring Elena');
    expect(toActionText('send the rota in the morning of the ninth', voice)).toBe('Send the rota');
  });

  it('keeps no word left hanging where the speaker broke off, but keeps a word a phrase can end on', () => {
    expect(toActionText('get Tomas to book the', voice)).toBe('Get Tomas to book');
    expect(toActionText('send the rota and the', voice)).toBe('Send the rota');
    expect(toActionText('call you back tomorrow instead of', voice)).toBe('Call Elena back');
    expect(toActionText('check where the freeze is', voice)).toBe('Check where the freeze is');
    expect(toActionText('copy Odile in', voice)).toBe('Copy Odile in');
  });

  it('keeps no "oh, wait" of a speaker stopping themselves', () => {
    expect(toActionText('return the form by the ninth — oh, wait', voice)).toBe('Return the form');
    expect(toActionText('return the form by the ninth, hang on', voice)).toBe('Return the form');
  });

  it('keeps no comma before words that go on with the task', () => {
    expect(toActionText('send you the revised floor plan tomorrow, with both changes', voice)).toBe('Send the revised floor plan with both changes');
  });

  it('keeps no piece of another clause or of a question', () => {
    expect(toActionText('send the training plan on Monday, the kickoff is', voice)).toBe('Send the training plan');
    expect(toActionText('post the samples by Friday, to the warehouse or', voice)).toBe('Post the samples to the warehouse');
  });
});

describe('a date asked after a meeting was floated', () => {
  it('is not the meeting\'s day when it names no weekday: it may be any date talked of', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['rep', 'Would a demo for your team be useful at some point?'],
        ['customer', 'Possibly, I need to think about it.'],
        ['rep', 'Sure. And when does your current contract end?'],
        ['customer', 'It ends in December.'],
        ['rep', 'December the 14th?'],
        ['customer', 'Yes, the 14th.'],
      ]),
      mondayCall,
    );
    expect(insights.actionItems.map((a) => a.text)).not.toContainEqual(expect.stringMatching(/demo/));
    expect(insights.dealStage.proposed).not.toBe('presentationscheduled');
  });
});

describe('a demo named for who will watch it', () => {
  it('is still a meeting with the seller: only a board\'s own presentation is theirs', () => {
    const found = itemsOf([
      ['rep', 'Could we do a leadership demo on Wednesday the 18th?'],
      ['customer', 'Wednesday the 18th is good for us.'],
    ]);
    expect(found.map((f) => [f.text, f.dueDate])).toContainEqual([expect.stringMatching(/demo/), '2026-11-18']);
  });
});

describe('passing with no one to pass to', () => {
  it('is a no thanks, or the day of a check, not a task', () => {
    const found = itemsOf([
      ['rep', 'Would the reporting module help?'],
      ['customer', "I'm going to pass on the reporting module this year."],
      ['customer', "And we'll pass the fire inspection on Thursday, touch wood."],
    ]);
    expect(found.filter((f) => /^Pass/.test(f.text))).toEqual([]);
  });

  it('is still a task when word goes on to someone', () => {
    const found = itemsOf([['rep', "I'll pass on your notes to the product team."]]);
    expect(found.map((f) => f.text)).toEqual([expect.stringMatching(/^Pass on .* to the product team/)]);
  });
});

describe('a task that books something for a meeting', () => {
  it('does not stand for the meeting: both are kept, each with its own day', () => {
    const found = itemsOf([
      ['rep', 'So the training session is Friday the 27th.'],
      ['customer', 'Friday the 27th, yes.'],
      ['rep', "I'll ask Omar tomorrow to set up laptops for the training session."],
    ]);
    expect(found.map((f) => [f.text, f.dueDate])).toEqual([
      [expect.stringMatching(/^Hold the training session/), '2026-11-27'],
      [expect.stringMatching(/^Ask Omar to set up laptops/), '2026-11-17'],
    ]);
  });
});

describe('a task to find something out, after its date is taken out', () => {
  const voice = { speaker: 'rep', listener: 'customer', names: { rep: 'Priya', customer: 'Elena' } } as const;

  it('keeps what is to be found out', () => {
    expect(toActionText('check on Thursday, where the lease is', voice)).toMatch(/^Check,? where the lease is$/);
    expect(toActionText('find out tomorrow, who the signatory is', voice)).toMatch(/^Find out,? who the signatory is$/);
  });
});

describe('a meeting told of as over', () => {
  it('opens no new meeting for a day said next', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['customer', "Our finance director signs off on tools. She wasn't at the walkthrough, so a short summary would help."],
        ['rep', "I'll write a one-page summary for her and send it to you by Thursday."],
        ['customer', 'Thursday is good.'],
      ]),
      mondayCall,
    );
    expect(insights.actionItems.map((a) => a.text)).not.toContainEqual(expect.stringMatching(/^Hold/));
    expect(insights.dealStage.proposed).toBeNull();
  });
});

describe('a suggestion taken back in the speaker\'s next turn', () => {
  it('is no task when the other side only began to answer', () => {
    const found = itemsOf([
      ['customer', "Oh, and I'll send you the night shift rota on Friday, so they can —"],
      ['rep', 'Sure, we can —'],
      ['customer', "Actually, no, forget it. They'll join the day one."],
    ]);
    expect(found).toEqual([]);
  });

  it('is still a task when the other side answered at length before the next turn', () => {
    const found = itemsOf([
      ['customer', "I'll send you the night shift rota on Friday."],
      ['rep', 'Great, that rota will help us plan the second session for them, whenever suits the shift leads best.'],
      ['customer', "Never mind the room, we'll use the canteen."],
    ]);
    expect(found).toContainEqual({ text: 'Send the night shift rota', owner: 'customer', dueDate: '2026-11-20' });
  });
});

describe('"let\'s say"', () => {
  it('is no meeting when it guesses when something will be done', () => {
    expect(itemsOf([['customer', "Let's say it's all countersigned by the ninth."]])).toEqual([]);
  });

  it('is the speaker\'s own step when they say what they will do', () => {
    expect(itemsOf([['rep', "Okay, so let's say I set up the test tenant by the twentieth instead."]])).toEqual([
      { text: 'Set up the test tenant', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });
});

describe('stage: papers and promises taken back', () => {
  it('reads sending a data processing or non-disclosure agreement today as no contract going out', () => {
    const stage = (line: string) =>
      extractWithRules(transcriptOf([['customer', 'Our owner approved the proposal yesterday.'], ['rep', line]]), mondayCall).dealStage.proposed;
    expect(stage("Great. I'll send the data processing agreement to your lawyer today.")).toBe('decisionmakerboughtin');
    expect(stage("Great. I'll send the mutual non-disclosure agreement over today.")).toBe('decisionmakerboughtin');
    expect(stage("Great. I'll send the service agreement over today.")).toBe('contractsent');
  });

  it('reads a contract promise taken back at the start of the next turn as no contract going out', () => {
    const insights = extractWithRules(
      transcriptOf([
        ['customer', 'Our owner approved the proposal yesterday.'],
        ['rep', "Wonderful. Then I'll send the contract over today and —"],
        ['customer', 'Hm, well —'],
        ['rep', '— no, scratch that, your lawyer wanted the privacy terms first, right?'],
      ]),
      mondayCall,
    );
    expect(insights.dealStage.proposed).toBe('decisionmakerboughtin');
  });
});

describe('a hand-over to the listener and someone else', () => {
  const voice = { speaker: 'rep', listener: 'customer', names: { rep: 'Priya', customer: 'Elena' } } as const;

  it('names both, the listener by name', () => {
    expect(toActionText('email you and Bogdan the site survey on Friday', voice)).toBe('Email Elena and Bogdan the site survey');
    expect(toActionText('forward the signed lease to you and your accountant tomorrow', voice)).toBe('Forward the signed lease to Elena and their accountant');
  });

  it('still leaves out the listener alone', () => {
    expect(toActionText('email you the site survey on Friday', voice)).toBe('Email the site survey');
    expect(toActionText('forward the signed lease to you tomorrow', voice)).toBe('Forward the signed lease');
  });
});

describe('"both of you" in a task', () => {
  const voice = { speaker: 'rep', listener: 'customer', names: { rep: 'Priya', customer: 'Elena' } } as const;

  it('is the listener\'s people, not the listener by name', () => {
    expect(toActionText('send the agenda to both of you', voice)).toBe('Send the agenda to both of them');
    expect(toActionText('book a call with the four of you', voice)).toBe('Book a call with the four of them');
    expect(toActionText('send you the agenda', voice)).toBe('Send the agenda');
  });
});

describe('"to you both", "with you two", "all eight of you" in a task', () => {
  const voice = { speaker: 'rep', listener: 'customer', names: { rep: 'Priya', customer: 'Elena' } } as const;

  it('is the listener\'s people too, not a word left over or the listener by name', () => {
    expect(toActionText('mail the floor plans to you both', voice)).toBe('Mail the floor plans to both of them');
    expect(toActionText('book a walkthrough with you three', voice)).toBe('Book a walkthrough with the three of them');
    expect(toActionText('send the badges to all eight of you', voice)).toBe('Send the badges to all eight of them');
  });
});

describe('another day asked for what is being arranged', () => {
  it('is no new call to schedule', () => {
    expect(itemsOf([
      ['rep', 'Our engineer can fit the meters next Monday.'],
      ['customer', "Monday is our stock take. Can we do the Tuesday?"],
      ['rep', 'Tuesday works.'],
    ]).map((i) => i.text)).not.toContain('Schedule a follow-up call');
    expect(itemsOf([
      ['rep', "Then there's the training session, about an hour."],
      ['customer', 'Could we do it on Friday?'],
    ]).map((i) => i.text)).not.toContain('Schedule a follow-up call');
    expect(itemsOf([
      ['rep', 'The fitting takes about two weeks after the order.'],
      ['customer', 'Could we do it on a Saturday, when the office is empty?'],
    ]).map((i) => i.text)).not.toContain('Schedule a follow-up call');
  });

  it('leaves a call asked for with a day a call to schedule', () => {
    expect(itemsOf([['customer', 'Could we do a call on Friday?']]).map((i) => i.text)).toEqual(['Schedule the call']);
  });
});
