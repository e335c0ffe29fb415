import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { saidQuote, toSentences, withoutHesitations } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { proposeStage } from '../../../../../src/adapters/extraction/rules/stage-signals.ts';
import { groundQuote } from '../../../../../src/domain/grounding.ts';
import { itemsOf, mondayCall, transcriptOf } from './transcript-of.ts';
import { callInWorker } from '../../../../helpers/in-worker.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };

function items(lines: [string, string][]) {
  return findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
}

function stage(lines: [string, string][], currentStage: string | null, seller: string | null = null) {
  return proposeStage(toSentences(transcriptOf(lines)), { currentStage, startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', seller }).proposed;
}

describe('hesitations', () => {
  it('are read past, with the commas around them, and a word started again is read once', () => {
    expect(withoutHesitations('Well, uh, we, we can try it, erm, later.').text).toBe("Well we can try it later.");
    expect(withoutHesitations("So, you know, the, the quote is fine.").text).toBe('So the quote is fine.');
    expect(withoutHesitations('I need the, uh, the floor plans and we, um, we can start.').text).toBe('I need the floor plans and we can start.');
    // Back-channels carry a meaning; a sentence of nothing but a hesitation stays as said.
    expect(withoutHesitations('Uh-huh, and mm-hmm.').text).toBe('Uh-huh, and mm-hmm.');
    expect(withoutHesitations('Um.').text).toBe('Um.');
  });

  it('leave quotes in the speaker’s own words, so they still ground', () => {
    const said = "Right, um, I'll book the, the van for Thursday.";
    const read = withoutHesitations(said);
    expect(read.text).toBe("Right I'll book the van for Thursday.");
    expect(saidQuote({ text: read.text, said, saidAt: read.at }, "I'll book the van for Thursday.")).toBe("I'll book the, the van for Thursday.");
    const transcript = transcriptOf([['customer', 'Can you get us a van?'], ['rep', said]]);
    const insights = extractWithRules(transcript, mondayCall);
    const van = insights.actionItems.find((a) => /van/i.test(a.text));
    const quote = van?.evidence.find((e) => e.speaker === 'rep')?.quote;
    expect(quote).toBe("Right, um, I'll book the, the van for Thursday.");
    expect(groundQuote(transcript, quote!)).not.toBeNull();
  });

  it('leave a quote of two sentences (an ask, a proposal and its question) in the speaker’s own words', () => {
    const ask = 'Can you send the, the pricing sheet? And, um, the security questionnaire too?';
    const asked = extractWithRules(transcriptOf([['customer', ask], ['rep', "Sure, I'll send that today."]]), mondayCall);
    const askQuotes = asked.actionItems.flatMap((a) => a.evidence).filter((e) => e.speaker === 'customer').map((e) => e.quote);
    expect(askQuotes).toContain(ask);
    const proposal = 'Right, so, um, let us find a time. How about a demo on Thursday at two?';
    const booked = extractWithRules(transcriptOf([['rep', proposal], ['customer', 'Thursday at two works.']]), mondayCall);
    expect(booked.actionItems.flatMap((a) => a.evidence).map((e) => e.quote)).toContain(proposal);
  });

  it('map every UTF-16 position of a sentence of no words (emoji are two) back to what was said', () => {
    const said = '👍👍, um.';
    const read = withoutHesitations(said);
    expect(read.at).toHaveLength(read.text.length);
    expect(saidQuote({ text: read.text, said, saidAt: read.at }, read.text)).toBe(said);
  });

  it('are read past in one pass over a long sentence with no full stop (speech recognised without punctuation)', async () => {
    const said = 'so, um, the, the form and '.repeat(60_000);
    const read = await callInWorker<{ text: string; at: number[] }>(new URL('../../../../../src/adapters/extraction/rules/sentences.ts', import.meta.url), 'withoutHesitations', said);
    expect(read.text.startsWith('so the form and so the form')).toBe(true);
    expect(read.at).toHaveLength(read.text.length);
  });

  it('do not hide an "if" that a promise hangs on', () => {
    expect(items([['rep', "And, uh, if the auditor signs the form, I'll order the scanners."]])).toEqual([]);
  });
});

describe('a promise that waits on somebody else’s yes', () => {
  it('is not a task yet, when said or when summed up', () => {
    expect(items([['rep', "Once your finance lead is comfortable with the numbers, I'll draw up the order."]])).toEqual([]);
    expect(items([['customer', "When the works council signs off, we'll book the rollout."]])).toEqual([]);
    expect(items([['rep', 'To sum up: I send the brochure today, and after Gabriel, I draft the order.']]).map((d) => d.text)).toEqual(['Send the brochure']);
  });

  it('is still a task after a day or a holiday, named as a person would be', () => {
    expect(items([['rep', "After Friday, I'll send the deck."]]).map((d) => d.text)).toEqual(['Send the deck']);
    expect(items([['rep', "After Thanksgiving, I'll send the proposal."]]).map((d) => d.text)).toEqual(['Send the proposal']);
  });

  it('is still a task when it waits on the speaker’s own work or on a thing being done', () => {
    expect(items([['rep', "Once I'm back at my desk, I'll send the brochure."]]).map((d) => d.text)).toEqual(['Send the brochure']);
    expect(items([['rep', "Once it's countersigned, I'll set up the onboarding call."]]).map((d) => d.text)).toContainEqual(expect.stringMatching(/^Set up the onboarding call/));
  });
});

describe('promises with nothing to act on', () => {
  it('are dropped: the reason for this call, a thing left open, a bare "that"', () => {
    expect(items([['rep', "Hi, I'm calling about the trade show booth next spring."]])).toEqual([]);
    expect(items([['rep', "Don't worry, we'll deal with whatever the auditors find."]])).toEqual([]);
    expect(items([['customer', 'The import keeps timing out.'], ['rep', "Hmm. Okay, we'll sort that."]])).toEqual([]);
  });

  it('keep a promise said after the reason for the call, in the same sentence', () => {
    expect(items([['rep', "I'm calling about the renewal, and I'm sending you the new quote tomorrow."]])).toEqual([{ text: 'Send the new quote', owner: 'rep', dueDate: '2026-11-17' }]);
  });

  it('are dropped when the speaker takes them back for a reason ("oh, wait, you said…")', () => {
    expect(items([['rep', "I'll send you the Android guide as well, oh, wait, you said your crews are on iPhones, right?"]])).toEqual([]);
    expect(items([['rep', "I'll send you the Android guide as well."]]).map((d) => d.text)).toEqual(['Send the Android guide']);
  });

  it('are kept when the reason after "oh, wait" asks for more', () => {
    expect(items([['rep', "I'll send the pricing sheet today. Oh wait, you mentioned your CFO wants a copy too."]]).map((d) => d.text)).toEqual(['Send the pricing sheet']);
    expect(items([['rep', "I'll send the pricing sheet today. Oh, wait, you said you need it in Spanish as well."]]).map((d) => d.text)).toEqual(['Send the pricing sheet']);
  });
});

describe('an offer taken up', () => {
  it('is the speaker’s task even when its question reads like a request', () => {
    const got = items([
      ['rep', 'Would you be open to me checking in again after the summer?'],
      ['customer', 'Sure, why not.'],
    ]);
    expect(got).toEqual([expect.objectContaining({ owner: 'rep', text: expect.stringMatching(/^Check in again/) })]);
  });
});

describe('a run of steps with someone else’s in it', () => {
  it('ends a task where another person’s step begins, and dates it from its own clause', () => {
    const got = items([['rep', "So: I'm sending the floor plan today, our installer calls you on Friday, and you confirm the loading bay."]]);
    expect(got).toContainEqual({ text: 'Send the floor plan', owner: 'rep', dueDate: '2026-11-16' });
  });

  it('keeps a list of things whole: a plural in it is no one’s verb', () => {
    expect(items([['rep', "I'll send the deck, our sales numbers and the roadmap by Friday."]]).map((d) => d.text)).toEqual(['Send the deck, our sales numbers and the roadmap']);
    expect(items([['rep', "I'll send the deck, our case studies."]]).map((d) => d.text)).toEqual(['Send the deck, our case studies']);
  });
});

describe('stage signals', () => {
  it('a contract signed after the customer said they went with someone else is not a win', () => {
    const lines: [string, string][] = [
      ['customer', "I'm sorry, we're going with Norwell for the rollout."],
      ['rep', 'Is that final?'],
      ['customer', 'Yes. The contract is signed, our COO signed it last night.'],
    ];
    expect(stage(lines, 'presentationscheduled')).toBe('closedlost');
    // Unless the words say it is this seller's contract.
    expect(stage([...lines.slice(0, 2), ['customer', 'Actually no. We signed your contract last night after all.']], 'presentationscheduled', 'Brightline')).toBe('closedwon');
  });

  it('a yes from "she" counts when the other side just asked about the decision maker', () => {
    const lines: [string, string][] = [
      ['rep', 'How did the meeting with your managing director go?'],
      ['customer', 'Mrs. Okafor read it over the weekend and she said yes.'],
    ];
    expect(stage(lines, 'presentationscheduled')).toBe('decisionmakerboughtin');
    // Nobody said who she is: no signal.
    expect(stage([['rep', 'How was the weekend?'], ['customer', 'Good. And she said yes, by the way.']], 'presentationscheduled')).toBeNull();
  });
});

describe('what a task is done to, from earlier in the call', () => {
  it('"sign it" is the paper the call mostly talks about, not whatever paper was named last', () => {
    const got = items([
      ['rep', 'The contract is in your inbox. The contract has the three sites on it.'],
      ['customer', 'I see it. The title says framework agreement.'],
      ['customer', "I'll sign it on Friday."],
    ]);
    expect(got).toContainEqual(expect.objectContaining({ text: 'Sign the contract', owner: 'customer' }));
  });

  it('"sign it" just after another paper was asked for is that paper', () => {
    const got = items([
      ['rep', 'The contract is with legal. The contract terms are standard.'],
      ['customer', 'Can you send over the order form? I will sign it today.'],
    ]);
    expect(got.map((d) => d.text)).toContain('Sign the order form');
  });

  it('a thing named by its head noun alone takes its fuller earlier name', () => {
    const got = items([
      ['rep', 'We still owe you the driver rota, I know.'],
      ['customer', 'No rush at all.'],
      ['rep', "I'll send the rota once it settles."],
    ]);
    expect(got.map((d) => d.text)).toContainEqual('Send the driver rota');
  });
});

describe('small shapes of speech', () => {
  it('"we\'ll call that the plan" settles the call, it is no task; "get Ana to look it over" keeps what is looked over', () => {
    expect(items([['rep', "Great, so we'll call that the plan for the pilot."]])).toEqual([]);
    const got = items([
      ['rep', "I've just sent you the service schedule."],
      ['customer', "I'll get Ana to look it over."],
    ]);
    expect(got.map((d) => d.text)).toEqual(['Have Ana look over the service schedule']);
  });

  it('a summed-up task ends where "you\'ll…" starts the other side\'s', () => {
    const got = items([['rep', "So, to wrap up: I'll send the site survey today, you'll send the floor plans tomorrow."]]);
    expect(got).toContainEqual({ text: 'Send the site survey', owner: 'rep', dueDate: '2026-11-16' });
  });
});

describe('items said once, with no day', () => {
  it('a request the other side never took on is none; one they said yes to is', () => {
    const asked: [string, string] = ['customer', 'Could you send over the wiring diagram when you get a chance?'];
    expect(items([asked, ['rep', 'The installers start at seven, by the way.']])).toEqual([]);
    expect(items([asked, ['rep', 'Sure thing.']]).map((d) => d.text)).toEqual(['Send the wiring diagram']);
    // With a day it stands, answered or not.
    expect(items([['customer', 'Could you send the wiring diagram by Friday?']]).map((d) => d.dueDate)).toEqual(['2026-11-20']);
  });

  it('an offer of the speaker’s own left as a question is none', () => {
    expect(items([['rep', 'We could put together a short summary for your board, if that would help?'], ['customer', 'The board meets in spring.']])).toEqual([]);
  });
});

describe('more stage signals', () => {
  it('"it\'s gone out through our e-signing tool" is a contract sent', () => {
    expect(stage([['rep', "Okay, it's gone out through our e-signing tool, check your inbox."]], 'decisionmakerboughtin')).toBe('contractsent');
  });

  it('someone of theirs "signed with them", after the rival was named, is a loss; with nobody chosen it is nothing', () => {
    const lines: [string, string][] = [
      ['rep', 'So you picked Halvorsen in the end?'],
      ['customer', 'Yes. Our director signed with them on Friday.'],
    ];
    expect(stage(lines, 'presentationscheduled')).toBe('closedlost');
    expect(stage([['rep', 'How was the trade show?'], ['customer', 'Busy. Our director signed with them on Friday, the caterers.']], 'presentationscheduled')).toBeNull();
  });

  it('a demo day the other side agreed to in the turn before is booked, though the topic was raised a while back', () => {
    const lines: [string, string][] = [
      ['rep', 'We could show you the sorter running at our demo site.'],
      ['customer', 'The one near the river?'],
      ['rep', 'That one. It has its own loading bay.'],
      ['customer', 'Handy.'],
      ['rep', 'Would Wednesday the eighteenth suit?'],
      ['customer', 'Wednesday the eighteenth works.'],
      ['rep', "Great, so the demo's Wednesday the eighteenth."],
    ];
    expect(stage(lines, 'qualifiedtobuy')).toBe('presentationscheduled');
  });
});

describe('hesitations in other languages', () => {
  it('are left alone: "um" is a word in some ("um contrato")', () => {
    const pt = toSentences(transcriptOf([['customer', 'Vamos assinar um contrato, um, amanhã.']], { language: 'pt' }));
    expect(pt[0]!.text).toBe('Vamos assinar um contrato, um, amanhã.');
    const en = toSentences(transcriptOf([['customer', "We'll sign it, um, tomorrow."]]));
    expect(en[0]!.text).toBe("We'll sign it tomorrow.");
  });
});

describe('a colleague asked to do something to "it"', () => {
  it('is named however they were introduced, and "it" is the thing named last', () => {
    const got = items([
      ['customer', "I've just sent you the floor plan."],
      ['rep', "Thanks. I'll get Ines, our site planner, to go through it."],
      ['customer', "I've also sent you the permits."],
      ['rep', "Good, I'll get our compliance lead, Tomas, to scan them."],
      ['rep', "And I'll get Dr. Lund to sign the waiver."],
    ]);
    expect(got.map((d) => d.text)).toEqual(['Have Ines go through the floor plan', 'Have Tomas scan the permits', 'Have Dr. Lund sign the waiver']);
  });
});

describe('quotes of a call in another language', () => {
  it('are cited whole when a sentence holds an emoji (two UTF-16 positions)', () => {
    const promise = 'Claro 👍 le envío la propuesta mañana.';
    const insights = extractWithRules(transcriptOf([['customer', '¿Me puede enviar la propuesta?'], ['rep', promise]], { language: 'es' }), { ...mondayCall, language: 'es' });
    expect(insights.actionItems.flatMap((a) => a.evidence).filter((e) => e.speaker === 'rep').map((e) => e.quote)).toEqual([promise]);
  });
});

describe('a card number cut short in a task’s text', () => {
  it('is taken out of the text when redaction took it out of the quote; other numbers stay', () => {
    for (const card of ['4000 0566 5566 5556', '4111 1111 1111 1111']) {
      const transcript = transcriptOf([['customer', 'Can you send it over?'], ['rep', `I will send the contract to ${card} by Friday.`]]);
      const texts = extractWithRules(transcript, mondayCall).actionItems.map((a) => a.text);
      expect(texts).toHaveLength(1);
      expect(texts[0]).not.toMatch(/\d{4}/);
      expect(texts[0]).toMatch(/\[REDACTED(?: CARD)?\]/);
    }
    const plain = extractWithRules(transcriptOf([['rep', 'I will send the 10 20 forms by Friday.']]), mondayCall);
    expect(plain.actionItems.map((a) => a.text)).toEqual(['Send the 10 20 forms']);
  });
});

describe('the contract promised for after a step on the way to it', () => {
  const texts = (lines: [string, string][]) => itemsOf(lines).map((i) => i.text);

  it('is how the deal goes on, not yet a task', () => {
    expect(texts([['rep', 'As soon as your board has read the terms, I will draw up the agreement.']])).toEqual([]);
    expect(texts([['rep', "When the insurer's sign-off comes through, we'll send the paperwork over for signature."]])).toEqual([]);
  });

  it('leaves other promises after a step, and the contract promised outright, tasks', () => {
    expect(texts([['rep', 'As soon as your board has read the terms, I will book the training days.']])).toEqual(['Book the training days']);
    expect(texts([['rep', 'I will draw up the agreement by Friday.']])).toEqual(['Draw up the agreement']);
  });
});
