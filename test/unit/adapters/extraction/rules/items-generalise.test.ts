import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = {
  startedAt: '2026-11-16T15:00:00Z',
  timezone: 'America/New_York',
  names: { rep: 'Priya', customer: 'Elena' },
};

function items(lines: [string, string][]) {
  return findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
}

describe('who "he" / "she" is', () => {
  it('passes over a capitalised interjection that only ever opens a sentence', () => {
    const got = items([
      ['rep', 'Our analyst, Tobias, ran the figures for the east depot.'],
      ['customer', 'Oh nice.'],
      ['rep', "Ha, he is thorough. He'll send you the breakdown tomorrow."],
    ]);
    expect(got).toContainEqual({ text: 'Have Tobias send the breakdown', owner: 'rep', dueDate: '2026-11-17' });
  });

  it('takes the person the other side just asked about, and ends the task before ", she said"', () => {
    const got = items([
      ['rep', 'Marta approves the order form first. Is she back from leave yet?'],
      ['customer', 'She is off until Tuesday. She will approve it by Wednesday, she said, Wednesday at the latest.'],
    ]);
    expect(got.map((d) => d.text)).toContainEqual(expect.stringMatching(/^Have Marta approve (?:it|the order form)$/));
    expect(got.find((d) => /Marta/.test(d.text))).toMatchObject({ owner: 'customer', dueDate: '2026-11-18' });
  });
});

describe('a run-through of who does what', () => {
  it('is read as a recap with no "to recap" before it', () => {
    const got = items([
      ['rep', 'Our planner Kai drew up the floor map last week.'],
      ['customer', 'Fine by me.'],
      ['rep', 'Right. So Kai sends you the floor map today, you send the badge list on Wednesday, I send the welcome pack.'],
    ]);
    expect(got).toEqual(expect.arrayContaining([
      { text: 'Have Kai send the floor map', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Send the badge list', owner: 'customer', dueDate: '2026-11-18' },
      { text: 'Send the welcome pack', owner: 'rep', dueDate: null },
    ]));
  });

  it('needs a doer with a verb: a plural noun or a past deed opens no task', () => {
    expect(items([['customer', 'Diesel costs, and then we lost our biggest client in May.']])).toEqual([]);
    const got = items([['rep', 'To recap: you signed the order form this morning, I send the countersigned copy tonight.']]);
    expect(got.map((d) => d.text)).toEqual(['Send the countersigned copy']);
  });

  it('keeps "the Leeds and Hull rotas" whole and gives its words to the task said before', () => {
    const got = items([
      ['customer', "I'll send you both rotas by Thursday."],
      ['rep', 'Great. So to recap, you send me the Leeds and Hull rotas by Thursday.'],
    ]);
    expect(got).toEqual([{ text: 'Send the Leeds and Hull rotas', owner: 'customer', dueDate: '2026-11-19' }]);
  });
});

describe('conditions', () => {
  it('reads "Look, if …, I will …" as hanging on the condition', () => {
    expect(items([['customer', 'Look, if the pilot goes well, I will sign for all nine depots in spring.']])).toEqual([]);
  });
});

describe('promises in the plain present', () => {
  it('reads "I send you X <date>" as a promise, and a correction of its date', () => {
    const got = items([
      ['rep', 'For the fit-out we need the room sizes.'],
      ['customer', 'Okay. I send you the room sizes on Wednesday. Ah, no, wait, Wednesday I am away. Thursday. I send you Thursday.'],
    ]);
    expect(got).toEqual([{ text: 'Send the room sizes', owner: 'customer', dueDate: '2026-11-19' }]);
  });

  it('reads "we deliver the units on <date>" as the speaker side\'s task', () => {
    expect(items([['rep', 'So we deliver the two forklifts on Monday the thirtieth, early.']])).toEqual([
      { text: 'Deliver the two forklifts', owner: 'rep', dueDate: '2026-11-30' },
    ]);
  });

  it('does not take a habit or a plain present without a date for a promise', () => {
    expect(items([['rep', 'We ship every Friday from the Ghent depot.']])).toEqual([]);
    expect(items([['rep', 'I send the reports to my manager, that is how it works here.']])).toEqual([]);
  });

  it('names the thing from a bare noun phrase said right after ("…both tomorrow. The A and the B.")', () => {
    const got = items([
      ['rep', 'For the quote I need the fleet register and the claims history.'],
      ['customer', 'Sure. I email you both tomorrow. The fleet register and the claims history.'],
    ]);
    expect(got).toEqual([{ text: 'Email the fleet register and the claims history', owner: 'customer', dueDate: '2026-11-17' }]);
  });

  it('takes no sentence with a verb or a day of its own after the promise for what "them" was', () => {
    const got = items([
      ['customer', 'We still need the calibration records for both freezers.'],
      ['rep', 'I will send them today. The auditor comes on Thursday.'],
      ['rep', 'I will send those tomorrow. The pack needs a cover page as well.'],
    ]);
    expect(got.map((g) => g.text).join(' | ')).not.toMatch(/auditor comes|pack needs/);
  });
});

describe('a place is not a doer', () => {
  it('does not read "out to <Place>, they\'ll ship" as a colleague\'s task', () => {
    const got = items([['rep', "I'll get new brackets out to Port Talbot, they'll ship tomorrow."]]);
    expect(got.some((d) => /^Have Port/.test(d.text))).toBe(false);
  });
});

describe('meetings named as "a call" or "regroup"', () => {
  it('holds a call both sides put a day on, and a regroup', () => {
    const got = items([
      ['rep', 'Shall we set a short call with your auditor once the numbers are in?'],
      ['customer', 'Yes. Thursday the nineteenth suits me.'],
      ['rep', 'Great, Thursday the nineteenth then.'],
    ]);
    expect(got).toContainEqual(expect.objectContaining({ owner: 'rep', dueDate: '2026-11-19', text: expect.stringMatching(/call/i) }));
    const again = items([
      ['rep', "Then let's regroup after the audit. Maybe Tuesday the first of December?"],
      ['customer', 'Tuesday the first works for me.'],
    ]);
    expect(again).toContainEqual(expect.objectContaining({ owner: 'rep', dueDate: '2026-12-01', text: expect.stringMatching(/regroup/i) }));
  });
});

describe('one task of work and handing over what it yields', () => {
  it('joins "update X and send you Y" into one task', () => {
    expect(items([['rep', "I'll update the payback model and send you the revised proposal by Thursday."]])).toEqual([
      { text: 'Update the payback model and send the revised proposal', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });

  it('joins "I\'ll do that and send …" to the task just said', () => {
    const got = items([['rep', "On our end I still have to approve the change order. I'll do that and email you the signed version tomorrow."]]);
    expect(got).toEqual([{ text: 'Approve the change order and email the signed version', owner: 'rep', dueDate: '2026-11-17' }]);
  });
});

describe('small things said around a task', () => {
  it('drops a trailing "itself" and keeps family out of tasks', () => {
    expect(items([['rep', "I'll send you the brochure today itself."]])).toEqual([{ text: 'Send the brochure', owner: 'rep', dueDate: '2026-11-16' }]);
    expect(items([['customer', "Ha, I'll tell my wife tonight."]])).toEqual([]);
  });

  it('says which meeting a bare "the invite" is for', () => {
    const got = items([
      ['rep', 'Could we set up a walkthrough for your planners?'],
      ['customer', 'Yes, Thursday the nineteenth at two works.'],
      ['rep', "Thursday the nineteenth at two, booked. Later today I'll send the invite."],
    ]);
    expect(got).toContainEqual({ text: 'Send the invite for the walkthrough', owner: 'rep', dueDate: '2026-11-16' });
  });

  it('reads "book X" after "arrange X" as the same task, on the day just named for "that day"', () => {
    const got = items([
      ['rep', "I'll arrange a van collection for Wednesday, if that suits?"],
      ['customer', 'Wednesday is no good, the gate is locked. Thursday is better.'],
      ['rep', "Thursday then, the nineteenth. I'll book the van for that day."],
    ]);
    expect(got).toEqual([expect.objectContaining({ owner: 'rep', dueDate: '2026-11-19', text: expect.stringMatching(/van/) })]);
  });
});

describe('what a colleague sends', () => {
  it('is the thing they made, and goes to nobody by name when "to you"', () => {
    const got = items([
      ['rep', 'Did anyone look at the floor loads?'],
      ['customer', 'Yes, Ingrid, our site engineer, she drew up a load table for the mezzanine. She will send it to you on Thursday.'],
    ]);
    expect(got).toEqual([{ text: 'Have Ingrid send the load table', owner: 'customer', dueDate: '2026-11-19' }]);
  });
});

describe('a date said again with the thing', () => {
  it('moves the date of the task just said ("The load table by Wednesday.")', () => {
    const got = items([['customer', "I'll send you the load table by Friday. Hmm, no, our engineer is away then. The load table by Wednesday."]]);
    expect(got).toEqual([{ text: 'Send the load table', owner: 'customer', dueDate: '2026-11-18' }]);
  });
});

describe('more verbs and shapes of follow-up work', () => {
  it('reads loading and migrating data as work a colleague or team does', () => {
    expect(items([['rep', 'Then Bruno will have a test tenant loaded with your product catalogue by Friday.']])).toEqual([
      { text: 'Have Bruno load a test tenant with their product catalogue', owner: 'rep', dueDate: '2026-11-20' },
    ]);
    const got = items([['rep', "Our platform team handles that. They'll migrate the ticket archive next week."]]);
    expect(got.map((d) => d.text)).toEqual(['Migrate the ticket archive']);
  });

  it('reads "put the meeting in your calendar" as a task, and "I will get ahead of that" as none', () => {
    expect(items([['rep', "Tuesday at nine then. I'll put the review in your calendar."]]).map((d) => d.text)).toContain('Put the review in their calendar');
    expect(items([['rep', 'Everyone asks about security. I will get ahead of that one now.']])).toEqual([]);
  });

  it('does not end a task at the full stop of "Mr."', () => {
    expect(items([['customer', "I'll check with Mr. Okafor whether the budget can stretch, by Friday."]]).map((d) => d.text)).toEqual([
      expect.stringMatching(/^Check with Mr\. Okafor whether the budget can stretch/),
    ]);
  });
});

describe('the thing said before the promise', () => {
  it('reads "the site photos I can send you today" as sending the site photos', () => {
    expect(items([['rep', 'Actually, the site photos and our method statement I can send you today, then your team has them.']])).toEqual([
      { text: 'Send the site photos and our method statement', owner: 'rep', dueDate: '2026-11-16' },
    ]);
  });
});

describe('work and the proof that it is done', () => {
  it('is one task: "have X deleted, and I will send you a written confirmation"', () => {
    expect(items([['rep', 'Sure. I will have the pilot recordings deleted by Friday, and I will send you a written confirmation.']])).toEqual([
      { text: 'Delete the pilot recordings and send a written confirmation', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });

  it('ends a task at a dash run into the word before it ("by Monday— hmm")', () => {
    const got = items([['customer', 'We will return the demo kits by Monday— hmm, no, the depot is shut that day.']]);
    expect(got.map((d) => d.text)).toEqual(['Return the demo kits']);
  });
});

describe('a thing named again with no "the" right after the promise', () => {
  it('names what "it" was when it repeats what was asked for', () => {
    const got = items([
      ['customer', 'Could you send me your price list? For the chilled lines.'],
      ['rep', "Sure, I'll send it on Wednesday. Price list for chilled and the frozen lines, both."],
    ]);
    expect(got).toEqual([{ text: 'Send the price list for chilled and the frozen lines', owner: 'rep', dueDate: '2026-11-18' }]);
  });
});

describe("a colleague's promise passed on in the plain present", () => {
  it('reads "he sends it over on <day>" as their side\'s task, for the colleague named before', () => {
    const got = items([['customer', 'Our planner, Matteo, keeps the route sheets. He prints a fresh set, then he sends it over on Thursday.']]);
    expect(got).toContainEqual(expect.objectContaining({ owner: 'customer', dueDate: '2026-11-19', text: expect.stringMatching(/^Have Matteo send /) }));
  });

  it('does not read a habit as a promise', () => {
    expect(items([['customer', 'Our planner, Matteo, he sends the route sheets every Thursday.']])).toEqual([]);
  });
});

describe('meetings and the days of other things', () => {
  it('holds a quarterly review on the day agreed, and a day for goods shipping is not its day', () => {
    const got = items([
      ['rep', "I'd like to put our quarterly review on the calendar. Mid January?"],
      ['customer', 'How about Thursday the fourteenth?'],
      ['rep', "Thursday the fourteenth at two works. I'll send you an invite."],
      ['rep', 'And the spare filters ship tomorrow.'],
    ]);
    expect(got).toContainEqual(expect.objectContaining({ text: 'Hold the quarterly review', dueDate: '2027-01-14' }));
    expect(got).toContainEqual(expect.objectContaining({ text: 'Send an invite for the quarterly review' }));
  });

  it('dates a task by when the things it sends go out ("they will ship Monday")', () => {
    expect(items([['rep', 'Sorry about that. I will get new seals out to your depot, they will ship Monday.']])).toEqual([
      { text: 'Get new seals out to their depot', owner: 'rep', dueDate: '2026-11-23' },
    ]);
  });
});

describe('what "it" is when the thing was named a few turns back', () => {
  it('fills in "fill it in", reaching a few turns back for "it"', () => {
    const got = items([
      ['rep', 'Dana will send you the intake form tomorrow. It asks about your fleet, your depots, your shifts, all that.'],
      ['customer', 'Okay. Should I do it before the workshop?'],
      ['rep', 'Ideally, yes. The workshop goes faster then.'],
      ['customer', 'Sure, I will fill it in and return it by Friday.'],
    ]);
    expect(got).toContainEqual({ text: 'Fill in the intake form and return it', owner: 'customer', dueDate: '2026-11-20' });
  });
});

describe('tasks called off', () => {
  it('drops a promise the speaker then holds off on at the other side\'s word', () => {
    const got = items([
      ['rep', "I'll mail you a trimmed-down quote by Thursday."],
      ['customer', 'Please do not, the board would only reject it right now.'],
      ['rep', "Right. Understood. We'll hold off on it for now."],
    ]);
    expect(got).toEqual([]);
  });

  it('drops a request its addressee refuses ("I am definitely not sending…")', () => {
    const got = items([
      ['customer', 'Can you send me the home addresses of your installers?'],
      ['rep', "Sorry, I'm definitely not sending addresses like that, it's private."],
    ]);
    expect(got).toEqual([]);
  });
});

describe('done while still on the call, or finished by a colleague', () => {
  it('drops a task the owner does before the call ends, after the other side names it again', () => {
    const got = items([
      ['customer', "I'll forward you the tender notice after the call."],
      ['rep', 'Great. So you forward me the tender notice.'],
      ['customer', 'Yes. Sending it now, hold on. There, sent.'],
    ]);
    expect(got).toEqual([]);
  });

  it('reads "she will have the audit done by <date>" as finishing it, for the colleague named a few sentences back', () => {
    const got = items([
      ['customer', 'Ines, our auditor, must check the ledger. She is thorough. Very thorough. Honestly.'],
      ['rep', 'Good to hear.'],
      ['customer', 'She will have the audit done by the seventeenth.'],
    ]);
    expect(got).toEqual([{ text: 'Have Ines finish the audit', owner: 'customer', dueDate: '2026-11-17' }]);
  });
});

describe('a date taken back in a later turn', () => {
  it('takes the day of the month settled on after "Wait— no", over a bare weekday said after it', () => {
    const got = items([
      ['customer', 'Our controller, Anouk, must approve it. She said she can approve it by the eighteenth.'],
      ['rep', 'Perfect.'],
      ['customer', 'Wait— no. Sorry, she is at an offsite on Wednesday. She said the twentieth. Friday.'],
    ]);
    expect(got).toEqual([expect.objectContaining({ owner: 'customer', dueDate: '2026-11-20', text: expect.stringMatching(/^Have Anouk approve/) })]);
  });

  it('does not take a date said first ("By Friday she will…") for the colleague', () => {
    const got = items([['customer', 'Ines, our auditor, has the ledger. By Friday she will finish the audit.']]);
    expect(got).toEqual([{ text: 'Have Ines finish the audit', owner: 'customer', dueDate: '2026-11-20' }]);
  });
});

describe('a span of time', () => {
  it('is no thing for "it" to stand for', () => {
    const texts = items([
      ['customer', 'Our committee sits on the ninth, and I need a couple of days to add it to the papers. Can you email it to me by Wednesday?'],
      ['rep', "Sure, I'll email it Wednesday."],
    ]).map((i) => i.text);
    expect(texts.join(' ')).not.toMatch(/days/);
  });
});

describe('"I\'ll send you tomorrow": the thing goes unsaid', () => {
  it('is what was asked for, not the listener', () => {
    expect(items([
      ['rep', 'Could you send me the usage report for the spring?'],
      ['customer', "Sure. I'll send you tomorrow."],
    ])).toEqual([{ text: 'Send the usage report for the spring', owner: 'customer', dueDate: '2026-11-17' }]);
  });

  it('is not put in front of a thing that is said ("send you this brochure", "send you Monday\'s minutes")', () => {
    expect(items([['rep', "I'll send you this brochure on Wednesday."]]).map((i) => i.text)).toEqual(['Send this brochure']);
    expect(items([['rep', "I'll send you Monday's minutes."]]).map((i) => i.text)).toEqual(["Send Monday's minutes"]);
    expect(items([['rep', "I'll send you next quarter's budget."]]).map((i) => i.text)).toEqual(["Send next quarter's budget"]);
  });
});

describe('a thing named first and then said of ("the scanners, the two you loaned us, they are…")', () => {
  it('is what a later "them" stands for', () => {
    expect(items([['customer', "Oh, and the scanners, the two you loaned us in March, they're still at the Leeds depot. I'll pack them up and return them."]]).map((i) => i.text)).toEqual([
      'Return the scanners',
    ]);
  });
});

describe('"I\'ll cancel it"', () => {
  it('calls off the meeting last named, not the last thing', () => {
    expect(items([
      ['customer', "We had the planning workshop pencilled in for the ninth, and we've got a pallet of stock arriving that week. Let's drop it."],
      ['rep', "Sure, I'll cancel it."],
    ]).map((i) => i.text)).toEqual(['Cancel the planning workshop']);
  });

  it('is not a meeting told only as a time ("after the last review", "on the call last week")', () => {
    expect(items([
      ['customer', "We added two seats after the last quarterly review, and we won't need the two extra seats."],
      ['rep', "Fine, I'll cancel them today."],
    ]).map((i) => i.text)).toEqual(['Cancel the two extra seats']);
  });
});

describe('"…, I just need to …" after a promise', () => {
  it('is a step of that promise, not a task of its own', () => {
    expect(items([['rep', "I'll send you the revised rates on Thursday, I just need to run them past our pricing desk first."]]).map((i) => i.text)).toEqual([
      'Send the revised rates',
    ]);
  });

  it('is a task when it is one more thing, or the other side\'s', () => {
    expect(items([['rep', "I'll mail the welcome pack on Friday, I also need to book your onboarding slot by Thursday."]]).map((i) => i.text)).toEqual([
      'Mail the welcome pack', 'Book their onboarding slot',
    ]);
    expect(items([['rep', "I'll mail the order form on Friday, you need to countersign it by Tuesday."]]).map((i) => i.owner)).toEqual(['rep', 'customer']);
  });

  it('is a task when said on its own', () => {
    expect(items([['rep', 'I need to run the revised rates past our pricing desk by Thursday.']]).map((i) => i.text)).toHaveLength(1);
  });
});

describe('a condition set off by a dash', () => {
  it('still holds the promise back', () => {
    expect(items([['customer', 'If the grant comes through early — and it might, the fund reopens in May — I will ring you that week.']])).toEqual([]);
  });
});

describe('"I\'ll have the summary to you by Friday"', () => {
  it('sends it', () => {
    expect(items([['rep', "I'll have the site survey report over to you by Thursday."]])).toEqual([{ text: 'Send the site survey report', owner: 'rep', dueDate: '2026-11-19' }]);
    expect(items([['rep', "I'll have the audit done by Thursday."]]).map((i) => i.text)).toEqual(['Finish the audit']);
  });

  it('is not said of a colleague set to speak to you ("have my manager reach out to you")', () => {
    const texts = items([
      ['rep', "I'll have our billing lead reach out to you on Thursday."],
      ['rep', "And I'll have the install crew talk to you about access on Friday."],
    ]).map((i) => i.text);
    expect(texts).toEqual(['Have our billing lead reach out to Elena', 'Have the install crew talk to Elena about access']);
  });
});

describe('a meeting a colleague holds', () => {
  it('is the colleague\'s task, not one more meeting of the rep\'s', () => {
    expect(items([
      ['rep', "Then deliveries. I'll get Dmitri, our logistics lead, to give you a call tomorrow to plan the routes."],
      ['customer', "Tomorrow's good."],
    ]).map((i) => i.text)).toEqual(['Have Dmitri give a call to plan the routes']);
  });
});
