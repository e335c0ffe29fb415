import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { datedList } from '../../../../../src/adapters/extraction/rules/date-revisions.ts';
import { lastNamedPerson } from '../../../../../src/adapters/extraction/rules/third-party.ts';
import { itemsOf, mondayCall, transcriptOf } from './transcript-of.ts';

// Calls where people speak in fragments: the day, the thing or the signer said apart from the promise.
const withQuotes = (lines: [string, string][]) =>
  extractWithRules(transcriptOf(lines), mondayCall, {}, null).actionItems.map((a) => ({ text: a.text, owner: a.owner, dueDate: a.dueDate, quotes: a.evidence.map((e) => e.quote) }));

describe('a day said on its own after a promise', () => {
  it('dates the promise just before it in the same turn', () => {
    expect(itemsOf([['rep', "I'll set up trial accounts for your team. Thursday."]])).toEqual([
      { text: 'Set up trial accounts for their team', owner: 'rep', dueDate: '2026-11-19' },
    ]);
  });

  it('dates the promise the other side asked "when?" about', () => {
    expect(itemsOf([['customer', "I'll send over the floor plan."], ['rep', 'When?'], ['customer', 'Wednesday.']])).toEqual([
      { text: 'Send the floor plan', owner: 'customer', dueDate: '2026-11-18' },
    ]);
  });

  it('dates the promise just before it with "let\'s say"', () => {
    expect(itemsOf([['customer', "I'll send over the floor plan. Wednesday, let's say."]])).toEqual([
      { text: 'Send the floor plan', owner: 'customer', dueDate: '2026-11-18' },
    ]);
  });

  it('dates the promise said right after it in the same turn, unless an earlier promise of the turn took it', () => {
    expect(itemsOf([['rep', 'Could the signed form be back with us by Thursday?'], ['customer', "Fine, yes. Thursday. I'll post the signed form back to you."]]).map((d) => d.dueDate)).toEqual(['2026-11-19']);
    expect(itemsOf([['customer', "I'll send over the floor plan. Wednesday. I'll also ring our installer."]])).toEqual([
      { text: 'Send the floor plan', owner: 'customer', dueDate: '2026-11-18' },
      { text: 'Ring their installer', owner: 'customer', dueDate: null },
    ]);
  });

  it('leaves a sentence that says more than the day alone', () => {
    expect(itemsOf([['customer', "I'll send over the floor plan. Wednesday we have the audit, so it's busy."]])).toEqual([
      { text: 'Send the floor plan', owner: 'customer', dueDate: null },
    ]);
  });
});

describe('a day put in place of one named just before', () => {
  it('moves the one task of the speaker due on the day taken back', () => {
    expect(itemsOf([
      ['customer', "I'll send the meter readings by Friday."],
      ['rep', 'Great.'],
      ['customer', 'Hmm, the readings I said for Friday.'],
      ['rep', 'Yes?'],
      ['customer', 'Not possible. Tuesday instead.'],
    ])).toEqual([{ text: 'Send the meter readings', owner: 'customer', dueDate: '2026-11-17' }]);
  });
});

describe('a promise that only points, named in the next sentence', () => {
  it('is one task, with the named thing and the day of the pointing one', () => {
    expect(itemsOf([
      ['customer', 'Can you tell me the archive price?'],
      ['rep', "Let me get that over to you by Wednesday. I'll email you the rate sheet for the archive tier, per terabyte."],
    ])).toEqual([{ text: 'Email the rate sheet for the archive tier, per terabyte', owner: 'rep', dueDate: '2026-11-18' }]);
  });
});

describe('a run-through of things and days', () => {
  it('is a run-through only when opened with "so" and a dash, naming two or more days and no one doing them', () => {
    expect(datedList('So — the signed order today, the dock rate by Thursday, and the site visit on Friday.')).toBe(true);
    expect(datedList('So — I send the order today and you sign it by Thursday.')).toBe(false);
    expect(datedList('The signed order today, the dock rate by Thursday.')).toBe(false);
  });

  it('dates the task its part names and quotes the part', () => {
    expect(withQuotes([
      ['customer', 'And the dock fees?'],
      ['rep', "I'll send you the loading dock rate in writing."],
      ['customer', 'Thanks.'],
      ['rep', 'So — the signed order today, the dock rate by Thursday, and the site visit on Friday.'],
    ])).toEqual([{
      text: 'Send the loading dock rate in writing', owner: 'rep', dueDate: '2026-11-19',
      quotes: ["I'll send you the loading dock rate in writing.", 'the dock rate by Thursday'],
    }]);
  });
});

describe('"all of it"', () => {
  it('quotes the things just listed, one quote a turn, the nearest first', () => {
    expect(withQuotes([
      ['customer', "You'll want the floor plans, the fire exits."],
      ['rep', 'And the badge list, yes. Plus parking.'],
      ['customer', "I'll send all of it by Friday."],
    ])).toEqual([{
      text: 'Send all of it', owner: 'customer', dueDate: '2026-11-20',
      quotes: ["I'll send all of it by Friday.", 'And the badge list, yes. Plus parking.', "You'll want the floor plans, the fire exits."],
    }]);
  });

  it('does not take "everything to the new address" for the things just said', () => {
    const [item] = withQuotes([['customer', 'My old inbox is closing, and the new one is live.'], ['rep', "Thanks, I'll send everything to the new address."]]);
    expect(item?.quotes ?? []).not.toContain('My old inbox is closing, and the new one is live.');
  });
});

describe('a short sentence opening on a capital', () => {
  it('names nobody when it has no verb', () => {
    expect(lastNamedPerson('Careful. She will sign it.')).toBeNull();
    expect(lastNamedPerson('Quiet week for her. She will sign it.')).toBeNull();
    expect(lastNamedPerson('Annika too. She will sign it.')).toBe('Annika');
    expect(lastNamedPerson('Annika agreed. She will sign it.')).toBe('Annika');
  });

  it('names nobody when it opens on an abstract noun', () => {
    expect(lastNamedPerson('Termination for convenience, mostly. He will mark it up.')).toBeNull();
    expect(lastNamedPerson('Commission splits and onboarding. She will sign it.')).toBeNull();
    expect(lastNamedPerson('Dimitri and the indemnity cap. He will mark it up.')).toBe('Dimitri');
  });

  it('names nobody when it opens on an adverb ("Away till…"), and the person named before it', () => {
    expect(lastNamedPerson('She is in Oslo this week. Away till the ninth. She will sign it.')).toBeNull();
    expect(lastNamedPerson('Hopefully before noon. She will sign it.')).toBeNull();
    expect(lastNamedPerson('Ask Dr. Baptiste. Out of office on Monday. He will sign it.')).toBe('Dr. Baptiste');
  });

  it('names nobody when it is a modal ("Will do."), and a titled person after "to"', () => {
    expect(lastNamedPerson('Please copy Ms Okoro. Will do. She will sign it.')).toBe('Ms Okoro');
    expect(lastNamedPerson('Will you pass it on? She will sign it.')).toBeNull();
    expect(lastNamedPerson('Send it to Ms Okoro, please. She will sign it.')).toBe('Ms Okoro');
    expect(lastNamedPerson("I'll have Will do the review. He will sign it.")).toBe('Will');
    expect(lastNamedPerson('Send it to Lisbon, please. She will sign it.')).toBeNull();
  });
});

describe('a colleague who signs, in a recap', () => {
  it('is on the buyer\'s side, whoever named them first, and one signing with the promise to sign', () => {
    expect(itemsOf([
      ['rep', 'Dr. Osei looked at it, right?'],
      ['customer', "Yes. She'll sign the contract on Wednesday."],
      ['rep', 'Recap: you send the usage numbers by Friday, and Dr. Osei signs on Wednesday.'],
    ])).toEqual([
      { text: 'Have Dr. Osei sign the contract', owner: 'customer', dueDate: '2026-11-18' },
      { text: 'Send the usage numbers', owner: 'customer', dueDate: '2026-11-20' },
    ]);
  });
});

describe('a thing first offered as a verb', () => {
  it('quotes the offer and the list after it for the task that names the thing', () => {
    expect(withQuotes([
      ['rep', 'I can survey those for you. Roof, drains and the boiler room.'],
      ['customer', 'Yes, please.'],
      ['rep', "I'll send the survey by Friday."],
    ])).toEqual([{
      text: 'Send the survey', owner: 'rep', dueDate: '2026-11-20',
      quotes: ["I'll send the survey by Friday.", 'I can survey those for you.', 'Roof, drains and the boiler room.'],
    }]);
  });
});

describe('writing something', () => {
  it('is a task when asked for and taken on, not when it is note-taking on the call', () => {
    expect(itemsOf([['rep', 'Could you write a short paragraph for our engineers?'], ['customer', 'Sure, I can do that by Friday.']])).toEqual([
      { text: 'Write a short paragraph for our engineers', owner: 'customer', dueDate: '2026-11-20' },
    ]);
    expect(itemsOf([['rep', 'Could you write that down for me?'], ['customer', 'Sure.']])).toEqual([]);
  });
});

describe('a call and what the two will do on it', () => {
  it('is one task, the call with its purpose, quoting the whole sentence', () => {
    expect(withQuotes([['rep', "I'll ring you on Thursday, we'll talk through the audit results."]])).toEqual([{
      text: 'Ring Elena to talk through the audit results', owner: 'rep', dueDate: '2026-11-19',
      quotes: ["I'll ring you on Thursday, we'll talk through the audit results."],
    }]);
  });
});

describe('a meeting said not to be needed', () => {
  it('takes no day said after it for something else', () => {
    expect(itemsOf([
      ['rep', 'Would a site visit from our surveyor help?'],
      ['customer', 'No, your crew knows the building.'],
      ['rep', 'Right, no site visit then.'],
      ['customer', 'About the install, though. Thursday the nineteenth. Does that work?'],
      ['rep', 'Thursday the nineteenth, yes.'],
    ]).filter((i) => /visit/i.test(i.text))).toEqual([]);
  });
});

describe('posting something', () => {
  it('is sending it by mail, not putting it online', () => {
    expect(itemsOf([['rep', "I'll post you a box of the glazed tiles tomorrow."]])).toEqual([
      { text: 'Post a box of the glazed tiles', owner: 'rep', dueDate: '2026-11-17' },
    ]);
    expect(itemsOf([['rep', "I'll post the case study on our website tomorrow."]])).toEqual([]);
  });
});

describe('what the other side still has', () => {
  it('is what "it" stands for when they promise to send it back', () => {
    expect(itemsOf([['rep', "You've still got the moisture meter we lent you."], ['customer', "Oh, yes. I'll ship it back on Friday."]])).toEqual([
      { text: 'Ship the moisture meter back', owner: 'customer', dueDate: '2026-11-20' },
    ]);
  });

  it('is not what they will have once something is done', () => {
    expect(itemsOf([['rep', "I'll keep the logins on until you've got the backup, then I'll close them."]]).map((i) => i.text)).not.toContain('Close the backup');
  });
});

describe('a walk round the site', () => {
  it('is a meeting, held on the day both sides set', () => {
    expect(itemsOf([
      ['rep', 'I would like to do a site walk with your foreman.'],
      ['customer', 'Sure. Thursday the nineteenth?'],
      ['rep', 'Thursday the nineteenth works.'],
    ])).toEqual([{ text: 'Hold the site walk', owner: 'rep', dueDate: '2026-11-19' }]);
  });
});

describe('a need the other side takes on', () => {
  it('is the other side\'s task to send it, dated by the yes or the turns before it', () => {
    expect(itemsOf([
      ['rep', 'For the audit I need your fire certificates.'],
      ['customer', 'The ones from March?'],
      ['rep', 'Those. Friday okay?'],
      ['customer', 'Yes, I can do that.'],
    ])).toEqual([{ text: 'Send their fire certificates', owner: 'customer', dueDate: '2026-11-20' }]);
  });

  it('is no task when only said, answered with a bare yes, taken back, or when the need is time', () => {
    expect(itemsOf([['rep', 'For the audit I need your fire certificates.'], ['customer', 'Right.']])).toEqual([]);
    expect(itemsOf([['rep', 'For the audit I need your fire certificates.'], ['customer', 'Yeah.']])).toEqual([]);
    expect(itemsOf([['rep', 'For the audit I need your fire certificates.'], ['customer', "Yes, I'll send them — actually, no, scratch that, Ivo has them."]])).toEqual([]);
    expect(itemsOf([['rep', 'I need a minute to check.'], ['customer', 'Sure, I can do that.']])).toEqual([]);
  });
});

describe('a day taken back mid-sentence', () => {
  it('moves the speaker\'s task to the day said after "— no, let\'s say"', () => {
    expect(itemsOf([
      ['customer', "I'll send the route plan by the end of the month."],
      ['rep', 'Great.'],
      ['customer', 'Hmm, with the new depot opening — no, let\'s say the fifteenth of December.'],
    ])).toEqual([{ text: 'Send the route plan', owner: 'customer', dueDate: '2026-12-15' }]);
  });
});

describe('a thing said to be still somewhere', () => {
  it('is what "have those deleted" is about, without what is to be done to it', () => {
    expect(itemsOf([
      ['rep', 'The trial logs — your scan histories are still on our servers.'],
      ['customer', 'We need those removed.'],
      ['rep', "Sure. I'll have them removed."],
    ])).toEqual([{ text: 'Remove the scan histories', owner: 'rep', dueDate: null }]);
    expect(itemsOf([['customer', 'We need the test accounts deleted.'], ['rep', "Sure. I'll have them deleted by Friday."]])).toEqual([
      { text: 'Delete the test accounts', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });
});

describe('the other side\'s condition, cut off and finished by the speaker', () => {
  it('makes the promise hang on it', () => {
    expect(itemsOf([['rep', 'And if the board ever changes its mind —'], ['customer', "I'll ring you. But it won't."]])).toEqual([]);
  });

  it('is no condition when it asks the speaker for something', () => {
    expect(itemsOf([['customer', 'If you had the rates on paper, something I could show my boss —'], ['rep', "— sure, I'll send you the rate card by Friday."]])).toEqual([
      { text: 'Send the rate card', owner: 'rep', dueDate: '2026-11-20' },
    ]);
  });
});

describe('an invite sent to someone named, right after a meeting was set', () => {
  it('is part of holding the meeting, not a task of its own', () => {
    const items = withQuotes([
      ['rep', 'I would like our engineer to talk to your IT lead. Just a call.'],
      ['customer', 'Thursday the nineteenth works for him.'],
      ['rep', 'Thursday the nineteenth, ten o\'clock?'],
      ['customer', 'Ten. Fine.'],
      ['rep', "I'll send Anneke the invite."],
    ]);
    expect(items.map((i) => i.text)).toEqual(['Hold the call']);
    expect(items[0]!.quotes).toContain("I'll send Anneke the invite.");
  });
});

describe('a day asked about right after a promise', () => {
  it('dates the promise when the other side takes it, not when they turn it down', () => {
    expect(itemsOf([['rep', "I'll send the revised floor plan. Wednesday okay?"], ['customer', 'Wednesday is fine.']])).toEqual([
      { text: 'Send the revised floor plan', owner: 'rep', dueDate: '2026-11-18' },
    ]);
    expect(itemsOf([['rep', "I'll send the revised floor plan. Wednesday okay?"], ['customer', 'Hmm, Wednesday... no, Thursday is better.']])[0]?.dueDate).not.toBe('2026-11-18');
  });
});

describe('a name said alone', () => {
  it('is a name when it answers "who…?"', () => {
    expect(itemsOf([['rep', 'Who will sign on your side?'], ['customer', "Marta. She'll sign it Friday."]])).toEqual([
      { text: 'Have Marta sign it', owner: 'customer', dueDate: '2026-11-20' },
    ]);
  });
});

describe('a colleague\'s promise by "he" or "she", its day said alone next', () => {
  it('is their side\'s task, due that day', () => {
    expect(itemsOf([['customer', 'Our planner Ingrid keeps the log. She will email you the maintenance log. By Thursday.'], ['rep', 'Perfect.']])).toEqual([
      { text: 'Have Ingrid email the maintenance log', owner: 'customer', dueDate: '2026-11-19' },
    ]);
  });

  it('is so when a yes or "okay" opens the promise', () => {
    expect(itemsOf([['customer', 'Our surveyor Mateo did the site walk. Yeah, he will send you the measurements. Wednesday.'], ['rep', 'Lovely.']])).toEqual([
      { text: 'Have Mateo send the measurements', owner: 'customer', dueDate: '2026-11-18' },
    ]);
  });

  it('is the colleague\'s even when "yep" opens it', () => {
    expect(itemsOf([['customer', 'Our surveyor Mateo did the site walk. Yep, he will send you the measurements. Wednesday.'], ['rep', 'Lovely.']]).map((i) => i.text)).toEqual([
      'Have Mateo send the measurements',
    ]);
  });

  it('is no task without a day, as before', () => {
    expect(itemsOf([['customer', 'Our planner Ingrid keeps the log. She will email you the maintenance log.'], ['rep', 'Perfect.']])).toEqual([]);
  });
});

describe('"I can send that", then the thing, then the day', () => {
  const lines: [string, string][] = [
    ['rep', 'To get the quote right it would help to know your pump data. Flow rates, mostly.'],
    ['customer', 'Sure, I can send that. The flow sheets for both stations. Thursday, I reckon.'],
    ['rep', 'Thursday is great.'],
  ];

  it('sends the thing named, due the day said after it, quoting the words that named it', () => {
    expect(withQuotes(lines)).toEqual([
      {
        text: 'Send the flow sheets for both stations',
        owner: 'customer',
        dueDate: '2026-11-19',
        quotes: ['Sure, I can send that.', 'The flow sheets for both stations.', 'Thursday, I reckon.'],
      },
    ]);
  });
});

describe('"I can … that", then words that name no thing', () => {
  it('does not take an apology, a manner or a saying for the thing', () => {
    const fix = itemsOf([['customer', 'The delivery note had the wrong street.'], ['rep', "Ah, I'll fix that. My mistake."]]);
    expect(fix.map((i) => i.text)).not.toContain('Fix my mistake');
    expect(itemsOf([['customer', 'Could we get the photos?'], ['rep', 'I can send that. The quicker the better.']]).map((i) => i.text)).not.toContain('Send the quicker the better');
    expect(itemsOf([['customer', 'Could we get the photos?'], ['rep', 'I can send that. The normal way.']]).map((i) => i.text)).not.toContain('Send the normal way');
  });
});
