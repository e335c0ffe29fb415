import { describe, expect, it } from 'vitest';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { proposeStage } from '../../../../../src/adapters/extraction/rules/stage-signals.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York. Stage words said plainly, and the turns around them.
const stage = (lines: [string, string][], currentStage: string | null = 'decisionmakerboughtin') =>
  proposeStage(toSentences(transcriptOf(lines)), { currentStage, startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York' }).proposed ?? null;

describe('"we are not going ahead"', () => {
  it('is a loss said plainly', () => {
    expect(stage([['customer', 'Right, I will be quick. We are not going ahead.'], ['rep', 'Oh. I am sorry to hear it.']])).toBe('closedlost');
    expect(stage([['customer', "We're not going ahead with it, sorry."]])).toBe('closedlost');
  });

  it('is no loss when it is only for now or about another thing', () => {
    expect(stage([['customer', "We're not going ahead until the audit is done."]])).toBeNull();
    expect(stage([['customer', "We're not going ahead with the new warehouse, so the budget is freed up."]])).toBeNull();
  });

  it('is no loss when only a part of the offer is dropped, and still one when the whole offer is', () => {
    expect(stage([['customer', "We are not going ahead with your analytics module, only the base licence."]])).toBeNull();
    expect(stage([['customer', "We are not going ahead with this stage, just the first one."]])).toBeNull();
    expect(stage([['customer', "We are not going ahead with your quote, sorry."]])).toBe('closedlost');
  });

  it('stays a loss when the speaker says back the other side\'s guess of what it is about', () => {
    const lines: [string, string][] = [['customer', "So. We're not moving forward."], ['rep', 'With the scanners?'], ['customer', 'With the scanners. Budget.'], ['rep', 'Understood.']];
    expect(stage(lines)).toBe('closedlost');
  });

  it('is still another party\'s paper when the guess said back is someone else', () => {
    expect(stage([['customer', 'We signed it yesterday.'], ['rep', 'With the council?'], ['customer', 'With the council, yes. The parking permit.']], 'contractsent')).toBeNull();
    expect(stage([['customer', 'We signed it yesterday.'], ['rep', 'With Harbourline?'], ['customer', 'With Harbourline, yes.']], 'contractsent')).not.toBe('closedwon');
  });

  it('is still another party\'s paper when the answer names someone else', () => {
    const lines: [string, string][] = [['customer', 'We signed on Friday.'], ['rep', 'With us?'], ['customer', 'With the landlord. New office.']];
    expect(stage(lines, 'contractsent')).toBeNull();
  });
});

describe('the contract sent today after another step', () => {
  it('is sent when the promise does a small change first and then sends it', () => {
    expect(stage([['rep', "I'll correct the invoice address and send the agreement for signature today."]])).toBe('contractsent');
  });

  it('is not sent when the words between say it will not go', () => {
    expect(stage([['rep', "I'll never send the agreement today, legal has it."]])).toBeNull();
  });
});

describe('a new deal of its own kind', () => {
  it('is not this deal signed', () => {
    expect(stage([['customer', 'Honestly we just signed a new courier deal and I am tired of surprises.']], 'presentationscheduled')).toBeNull();
    expect(stage([['customer', 'We signed another catering contract last week.']], 'presentationscheduled')).toBeNull();
  });

  it('leaves a new term of this deal, or one said to be with the seller, a close', () => {
    expect(stage([['customer', 'We just signed a new three-year agreement.']], 'contractsent')).toBe('closedwon');
    expect(stage([['customer', 'We signed a new support contract with you this morning.']], 'contractsent')).toBe('closedwon');
  });

  it('leaves a new paper named by its term or form, or the one the seller sent, a close', () => {
    expect(stage([['customer', 'Good news, we signed a new yearly agreement on Friday.']], 'contractsent')).toBe('closedwon');
    expect(stage([['customer', 'We signed a new hosting contract today, the one you emailed.']], 'contractsent')).toBe('closedwon');
  });
});

describe('"sending it through the e-signature tool" with no subject', () => {
  it('is the contract sent during the call', () => {
    expect(stage([['customer', 'Great, go ahead.'], ['rep', 'Right. Sending it now through our e-signature tool.'], ['customer', 'Got it.']])).toBe('contractsent');
    expect(stage([['rep', 'Okay, sending it through DocuSign to you... now.']])).toBe('contractsent');
  });

  it('is not sent when it goes on a later day or once something else is done', () => {
    expect(stage([['rep', 'Sending it through the e-signature tool tomorrow, once legal is done.']])).toBeNull();
  });
});

describe('a yes said plainly', () => {
  const pitched = (lines: [string, string][]) => stage(lines, 'presentationscheduled');

  it('is the decision maker bought in', () => {
    expect(pitched([['customer', 'Honestly? We are in. I want to do this.']])).toBe('decisionmakerboughtin');
    expect(pitched([['customer', 'The partners met on Friday. We are doing it.']])).toBe('decisionmakerboughtin');
    expect(pitched([['customer', 'It is my budget, so consider it approved from my side.']])).toBe('decisionmakerboughtin');
  });

  it('is no yes when guessed at, conditional, or taken back at once', () => {
    expect(pitched([['customer', 'If you can hold that price, then I would say we are in.']])).toBeNull();
    expect(pitched([['customer', 'We are in, if the board agrees.']])).toBeNull();
    expect(pitched([['customer', 'We are in, but nothing is signed off yet.']])).toBeNull();
    expect(pitched([['customer', 'We are in the middle of a migration.']])).toBeNull();
  });
});

describe('a decision maker named with who they are, or by an academic title', () => {
  const pitched = (lines: [string, string][]) => stage(lines, 'presentationscheduled');

  it('approves with the role said between commas, or with "approved" alone', () => {
    expect(pitched([['customer', 'Good news. Tomasz, our CFO, has approved it.']])).toBe('decisionmakerboughtin');
    expect(pitched([['customer', "Tomasz's approved, all twelve sites."]])).toBe('decisionmakerboughtin');
  });

  it('says yes as a dean or a principal', () => {
    expect(pitched([['customer', 'Professor Abara, the dean of engineering, read it over the weekend and she said yes.']])).toBe('decisionmakerboughtin');
  });

  it('is no approval of the deal when a team approved or "approved" names something else', () => {
    expect(pitched([['customer', "Legal's approved."]])).toBeNull();
    expect(pitched([['customer', "Tomasz's approved list of suppliers is long."]])).toBeNull();
  });
});

describe('another vendor chosen, said in other words', () => {
  const open = (lines: [string, string][]) => stage(lines, 'presentationscheduled');

  it('is a loss: "we went another way", "we go with other company", "they decided to go with <name>"', () => {
    expect(open([['customer', "Right. I'll be straight with you. We went another way."]])).toBe('closedlost');
    expect(open([['customer', 'I am sorry. We go with other supplier.']])).toBe('closedlost');
    expect(open([['customer', 'The committee sat on Monday and they decided to go with Brightwell.']])).toBe('closedlost');
  });

  it('is no loss when the other way is about something else or somewhere', () => {
    expect(open([['customer', 'We went another way with the office move, the software is still open.']])).toBeNull();
    expect(open([['customer', 'The road was shut, so we went another route to the depot.']])).toBeNull();
  });
});

describe('the contract said to have been sent', () => {
  it('is sent in "the agreement\'s been sent", but not when it went back to legal or to the other side\'s own people', () => {
    expect(stage([['rep', "So the agreement's been sent through our signing tool, and you'll sign it this week."], ['customer', 'Yes.']])).toBe('contractsent');
    expect(stage([['customer', "The agreement's been sent back to us with changes."]])).toBeNull();
    expect(stage([['customer', 'The agreement has been sent to our lawyers for a read.']])).toBeNull();
  });
});
