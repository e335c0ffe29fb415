import { describe, expect, it } from 'vitest';
import { lastThing, splitParticle } from '../../../../../src/adapters/extraction/rules/task-things.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { itemsOf, mondayCall, transcriptOf } from './transcript-of.ts';

/** Talk about other things, long enough that no paper named before it is still near. */
const chatter: [string, string][] = [
  ['rep', 'How was the conference last week?'],
  ['customer', 'Busy. Lots of walking. The venue was huge.'],
  ['rep', 'Ha. Did you see the keynote?'],
  ['customer', 'Only half of it. The coffee queue was long.'],
  ['rep', 'Same every year. And the weather?'],
  ['customer', 'Rain, mostly. Warm rain, though.'],
  ['rep', 'Better than cold rain.'],
];
const texts = (lines: [string, string][]) => itemsOf(lines).map((i) => i.text);

describe('what a task points back to', () => {
  it('signs the one paper the call names in words, even when it travels by e-signature', () => {
    expect(texts([
      ['rep', 'The licence agreement is drafted, forty users.'],
      ['customer', 'Fine.'],
      ['rep', 'It goes out through DocuSign as we speak.'],
      ['customer', 'There, an email from DocuSign.'],
      ['rep', 'Good. Who else needs to sign?'],
      ['customer', 'My partner and I.'],
      ['rep', 'Both, then.'],
      ...chatter,
      ['customer', 'She is away until Thursday, so we will have it signed by Friday.'],
    ])).toEqual(['Sign the agreement']);
    // Several papers named: the envelope is the contract, as before.
    expect(texts([
      ['rep', 'The contract is the order form plus the terms.'],
      ['customer', 'Yes, the order form came through DocuSign, and the envelope is here.'],
      ...chatter,
      ['customer', 'I will get it signed by Friday.'],
    ])).toEqual(['Sign the contract']);
  });

  it('names the colleague "him" / "her" stands for, with the title they were given', () => {
    expect(texts([
      ['customer', 'And the ten percent?'],
      ['rep', 'That one is not mine to give. It goes to my sales director, Ms. Adeyemi.'],
      ['customer', 'Okay.'],
      ['rep', 'I am going to run it past her tonight, then ring you Thursday.'],
    ])).toEqual(['Run it past the sales director, Ms. Adeyemi']);
    expect(texts([['customer', 'I want Dr. Brandt at the workshop, since he approves the budget. I will add him to the invite myself.']])).toEqual([
      'Add Dr. Brandt to the invite',
    ]);
    // A day said after "him" still leaves him the object.
    expect(texts([['rep', 'The setup guide is really for Marek, not for you.'], ['customer', 'True.'], ['rep', 'Then I will send the setup guide to him tomorrow.']])).toEqual([
      'Send the setup guide to Marek',
    ]);
  });

  it('takes no month, and no paper named by its letters, for the person meant', () => {
    expect(texts([['customer', 'The budget opens in January, so we wait until January.'], ['rep', 'Understood. I will talk to him about it tonight and call you tomorrow.']]).join(' | ')).not.toMatch(/January/);
    expect(texts([['rep', 'You will get the standard DPA from me.'], ['rep', 'I will send it straight to her tomorrow.']]).join(' | ')).not.toMatch(/to the standard/);
  });

  it('drops the "myself" of doing it in person, and keeps one that is the object', () => {
    expect(texts([['customer', 'I will ring the landlord myself on Monday.']])).toEqual(['Ring the landlord']);
    expect(texts([['customer', 'I will book myself a slot for Monday.']])).toEqual(['Book Elena a slot']);
    // Before a second verb of the same promise too.
    expect(texts([['customer', 'I will print the forms myself and post them on Monday.']])).toEqual(['Print the forms and post them']);
  });

  it('names whose thing "his" / "her" is when one person was just named', () => {
    expect(texts([['rep', 'Is there someone at the print shop we could talk to?'], ['customer', 'Yes, Marek, he runs it. Let me email you his number tomorrow.']])).toEqual([
      "Email Marek's number",
    ]);
    expect(texts([['rep', 'The welcome pack goes to Dr. Ilves, right?'], ['customer', 'Yes. I will forward you her postal address after the call.']])).toEqual([
      "Forward Dr. Ilves's postal address",
    ]);
    // Two people named, or the one doing it is the one named: left as said.
    expect(texts([['customer', 'Marek and Tomas both run it. Let me email you his number tomorrow.']])).toEqual(['Email his number']);
    expect(texts([['customer', 'Ask Hanna. I will have Hanna send her notes by Friday.']])).toEqual(['Have Hanna send her notes']);
    // "send her the form": "her" is whom it goes to.
    expect(texts([['customer', 'Ines needs it. Could you send her the form on Monday?'], ['rep', 'Sure.']])).toEqual(['Send her the form']);
  });

  it('says what "of it" / "for that" is when the speaker named it just before', () => {
    expect(texts([['customer', 'I think so. The board made a shortlist memo. I can forward you a copy of it on Friday.']])).toEqual(['Forward a copy of the shortlist memo']);
    expect(texts([['customer', 'You ran the load test at our depot on the third. Could you mail me a receipt for that?'], ['rep', 'Sure, I will do it today.']])).toEqual([
      'Mail a receipt for the load test',
    ]);
    // Nothing named just before: left as said.
    expect(texts([['customer', 'Right. I can forward you a copy of it on Friday.']])).toEqual(['Forward a copy of it']);
  });

  it('quotes what an open check is about when the question it answers only points back', () => {
    const quotes = (lines: [string, string][]) => extractWithRules(transcriptOf(lines), mondayCall).actionItems.map((a) => a.evidence.map((e) => e.quote));
    expect(quotes([
      ['customer', 'One more thing from our ops lead. Will the scanner app run on the old handhelds in the cold store? They are pretty old.'],
      ['rep', 'What firmware are they on, do you know?'],
      ['customer', 'No clue. I will find out and let you know.'],
    ])).toEqual([['I will find out and let you know.', 'Will the scanner app run on the old handhelds in the cold store?', 'What firmware are they on, do you know?']]);
    // A question that names its own topic is quoted alone.
    expect(quotes([
      ['customer', 'The handhelds in the cold store are old.'],
      ['rep', 'Which firmware version do the handhelds run?'],
      ['customer', 'No clue. I will find out and let you know.'],
    ])).toEqual([['I will find out and let you know.', 'Which firmware version do the handhelds run?']]);
  });

  it('finds what "that" is when the speaker named it after whom it goes to', () => {
    expect(itemsOf([
      ['rep', 'I can send Omar our onboarding guide ahead of time. What is his address?'],
      ['customer', 'omar at example dot com.'],
      ['rep', 'Thanks. I will send that to him on Wednesday.'],
    ])).toEqual([{ text: 'Send Omar our onboarding guide ahead of time', owner: 'rep', dueDate: '2026-11-18' }]);
  });

  it('reads "that" right after the speaker\'s own offer of a thing as that thing, not as a question the other side asked', () => {
    const quotes = (lines: [string, string][]) => extractWithRules(transcriptOf(lines), mondayCall).actionItems.map((a) => a.evidence.map((e) => e.quote).join(' | '));
    const found = quotes([
      ['customer', 'We open the second depot in spring, fingers crossed.'],
      ['rep', 'Exciting times, no?'],
      ['customer', 'Busy times, yes?'],
      ['rep', 'I will write you a short note on the routing module and its cost for both depots. I will get that to you by Friday.'],
    ]);
    expect(found.join(' || ')).not.toMatch(/Busy times/);
    // After a short reply only, "that" is still what was asked for.
    expect(quotes([
      ['customer', 'Could you send me the routing module price list?'],
      ['rep', 'Sure thing. I will get that to you by Friday.'],
    ]).join(' || ')).toMatch(/price list/);
  });

  it('reads no lower-case word before a thing as whom it goes to', () => {
    expect(lastThing('The one thing we need is the weekly stock count, so we can plan.')).toBe('the weekly stock count');
    expect(lastThing('There is usually a small setup fee.')).toBeNull();
  });

  it('reads no one thing named as one ("a login") as what "them" stands for', () => {
    expect(lastThing('Oh wait, I have a login for the supplier site.', true)).toBeNull();
    expect(lastThing('Oh wait, I have a login for the supplier site.')).toBe('the login');
    expect(lastThing('Oh wait, I have the logins for the supplier site.', true)).toBe('the logins');
  });

  it('reads a form one applies with as a thing handed over, not any "application"', () => {
    expect(lastThing('To start, there is a short permit application from the council.')).toBe('the short permit application');
    expect(lastThing('Step one is a loan application for the farm.')).toBe('the loan application');
    expect(lastThing('Our application runs on any tablet.')).toBeNull();
  });

  it('reads a topic broken off after its name as the thing talked of, over one named before it', () => {
    expect(lastThing('Did you withdraw the loan application? Now, the demo scanner you left with us— Yes.')).toBe('the demo scanner');
    expect(lastThing('Did you withdraw the loan application? And the spare batteries— Yes.')).toBe('the spare batteries');
  });

  it('reads no people or desk a task is handed to as the thing sent', () => {
    expect(lastThing('Sure, I will get our service desk to price the hinge.')).not.toBe('the service desk');
    expect(lastThing('I will get our installers to check it, and our foreman.')).toBeNull();
    expect(lastThing("Yes. The architect's still shifting walls about, mind.")).toBeNull();
  });

  it('quotes the ask that says what "what they noted" is', () => {
    const quotes = extractWithRules(transcriptOf([
      ['rep', 'Any chance of the comments your shift supervisors made? Anything at all helps.'],
      ['customer', 'Sure thing. I will forward you what they jotted down.'],
    ]), mondayCall).actionItems.map((a) => a.evidence.map((e) => e.quote));
    expect(quotes).toEqual([['I will forward you what they jotted down.', 'Any chance of the comments your shift supervisors made?']]);
  });
});


describe('what "them" stands for after things pulled or made without "the"', () => {
  it('is those things, with what they are for', () => {
    expect(lastThing('I can pull usage numbers for the spring term. I will send')).toBe('the usage numbers for the spring term');
    expect(lastThing('We could export booking logs. Then')).toBe('the booking logs');
  });

  it('is not a noun that only looks like the verb, nor a description said alone', () => {
    expect(lastThing('Send me the rota. Can I still see it until the export comes?')).toBe('the rota');
    expect(lastThing('Send me the rota. Cork is the one. And the busiest.')).toBe('the rota');
    expect(lastThing("Send me the rota. I'll pull in sales ops.")).toBe('the rota');
  });
});

describe('a thing and what is said of it, as a sentence of its own', () => {
  it('is the thing, not the sentence', () => {
    expect(lastThing("Right. So the order form's ready. I've got it open.")).toBe('the order form');
    expect(lastThing('Right, the spare laptops.')).toBe('the spare laptops');
  });

  it('is the thing when said with "is" or "are", a word of degree, or another word of its state', () => {
    expect(lastThing('Okay. So the floor plan is ready. I have it here.')).toBe('the floor plan');
    expect(lastThing("Right. So the lease's almost done. I have it here.")).toBe('the lease');
    expect(lastThing("Okay. So the deposit's paid. I have it here.")).toBe('the deposit');
  });

  it('is the thing said to be ready or done, with where or how said after it', () => {
    expect(lastThing('The boxes arrived in May. Sure, so, um, the renewal quote is ready on my end. I can email')).toBe('the renewal quote');
    expect(lastThing("The fitters came in. Well, the draft agreement's all done apart from the logo. Then")).toBe('the draft agreement');
  });
});

describe('a thing said to be done that is not handed over', () => {
  it('is not what "it" is', () => {
    expect(lastThing('The crates came early. The migration is done on our side too. I will send')).not.toBe('the migration');
    expect(lastThing('The crates came early. Your account is ready. I will send')).not.toBe('the account');
  });
});

describe('a thing asked for with "I\'d love" or "we\'d like"', () => {
  it('is what "it" is when the other side offers to send it', () => {
    expect(lastThing("We looked at the vans. Oh, and I'd love a copy of the visitor log, just last month's.")).toBe('the visitor log');
    expect(lastThing('Your crew was quick. We would like to see the cost breakdown first.')).toBe('the cost breakdown');
  });
});

describe('a thing needed, given as a reason', () => {
  it('is not what "that" is; the thing asked for before it is', () => {
    expect(lastThing('Could you send me the vehicle list? With the plates, because the older vans need a different harness.')).toBe('the vehicle list');
    expect(lastThing('We need a different harness.')).toBe('the different harness');
  });
});

describe('a particle moved after the pronoun it belongs with', () => {
  it('moves only when the pronoun is the whole object', () => {
    expect(splitParticle('pick up them tomorrow')).toBe('pick them up tomorrow');
    expect(splitParticle('set up that exact chain in the demo')).toBe('set up that exact chain in the demo');
  });
});
