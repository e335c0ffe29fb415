import { describe, expect, it } from 'vitest';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { proposeStage } from '../../../../../src/adapters/extraction/rules/stage-signals.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
function stage(lines: [string, string][], currentStage: string | null = null) {
  return proposeStage(toSentences(transcriptOf(lines)), { currentStage, startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York' });
}

describe('a signing or choice the customer places outside this deal', () => {
  it('is not a loss when the customer says the other vendor covers another area', () => {
    expect(stage([['customer', 'Quick update: we went with Pulsewire on Tuesday, for the phone lines. Not your area at all.']], 'qualifiedtobuy').proposed).toBeNull();
    expect(
      stage([
        ['customer', 'We signed with Harbourline last week.'],
        ['rep', 'Oh. For the same thing?'],
        ['customer', 'No, that was a separate purchase, the forklifts.'],
      ], 'presentationscheduled').proposed,
    ).toBeNull();
    expect(stage([['customer', 'We signed with Larkspan for fuel cards. For the dispatch software, nothing is signed for this yet.']], 'qualifiedtobuy').proposed).toBeNull();
    // Without such words, a choice of a named vendor is still a loss.
    expect(stage([['customer', 'We signed with Harbourline last week.'], ['rep', 'Ah, I see.']], 'presentationscheduled').proposed).toBe('closedlost');
  });

  it('is not a win when the next words name the other party of the signing', () => {
    expect(stage([['customer', 'We signed on Thursday the new gas contract. With the municipal utility.']], 'qualifiedtobuy').proposed).toBeNull();
    expect(stage([['customer', 'We signed on Thursday the new contract. With your team, finally.']], 'contractsent').proposed).toBe('closedwon');
  });

  it('reads the paper named after a time phrase ("signed last week the …")', () => {
    expect(stage([['customer', 'We signed last month the lease on the yard.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'We signed yesterday the order form.']], 'contractsent').proposed).toBe('closedwon');
  });

  it('reads a paper named with words before its noun ("the revised master agreement")', () => {
    expect(stage([['customer', 'Our COO signed off, and we signed the revised master agreement at noon.']], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', 'We signed the new warehouse lease at noon.']], 'contractsent').proposed).toBeNull();
  });
});

describe('"it is signed" after the customer said the deal went to a rival', () => {
  it('is the rival\'s paper, not a win', () => {
    const p = stage([
      ['customer', 'I have bad news. We decide to go with Quorra.'],
      ['rep', 'Is there anything we could do on price?'],
      ['customer', 'Sorry, no. That is signed now, two years.'],
    ], 'presentationscheduled');
    expect(p.proposed).toBe('closedlost');
  });

  it('is still a win with no loss said before it', () => {
    expect(stage([['rep', 'Did the agreement come through?'], ['customer', 'Yes, it is signed now.']], 'contractsent').proposed).toBe('closedwon');
  });
});

describe('statements the speaker does not assert', () => {
  it('skips what someone else believed', () => {
    expect(stage([['customer', 'A vendor once assumed we signed with Corvex, which was never true.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'Our auditor thought that we went with Brightmoor.']], 'presentationscheduled').proposed).toBeNull();
    // "thought about it" is not a belief about what happened.
    expect(stage([['customer', 'We thought about it and we decided to go with Brightmoor.']], 'presentationscheduled').proposed).toBe('closedlost');
  });

  it('skips a hedge ("maybe", "perhaps")', () => {
    expect(stage([['customer', 'Perhaps we go with Ostrander next year.']], 'presentationscheduled').proposed).toBeNull();
  });
});

describe('a person on the customer\'s side who signed or approved', () => {
  it('closes the deal when a named signatory signed its paper', () => {
    expect(stage([['customer', 'Dr Okonkwo countersigned it at lunch, so that part is done.']], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', 'Our owner signed the order form on Sunday night.']], 'contractsent').proposed).toBe('closedwon');
    // Named after a comma, as one names a role and then the person, and a chief of a part of the firm.
    expect(stage([['customer', 'Our treasurer, Mrs. Abara, signed the order form on Sunday night.']], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', 'Our CIO signed the order form on Sunday night.']], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', 'Thanks, Mrs. Abara, signed off on the layout.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'Maelle put her name to the depot lease today. Maelle signed the lease.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'Teodor signed off on the layout.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'Legal signed it without changes.']], 'contractsent').proposed).toBeNull();
    expect(stage([['rep', 'Dr Okonkwo signed it at lunch.']], 'contractsent').proposed).toBeNull();
  });

  it('is a verbal yes when a named person approved the deal, and less sure on a bare "said yes"', () => {
    const approved = stage([['customer', "Ingrid's approved the quote, all forty licences."]], 'presentationscheduled');
    expect(approved).toMatchObject({ proposed: 'decisionmakerboughtin', confidence: 0.8 });
    const yes = stage([['customer', 'After the budget review, Ingrid said yes.']], 'presentationscheduled');
    expect(yes).toMatchObject({ proposed: 'decisionmakerboughtin', confidence: 0.7 });
    expect(stage([['customer', 'Ingrid said yes to the team offsite.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', "Ingrid hasn't approved the quote."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'Security approved it on Monday.']], 'presentationscheduled').proposed).toBeNull();
  });
});

describe('the contract gone to the customer', () => {
  it('is contract sent when the rep says it has gone to them', () => {
    expect(stage([['rep', 'Right, the agreement has just gone over to you both.']], 'decisionmakerboughtin').proposed).toBe('contractsent');
    expect(stage([['rep', "The agreement hasn't gone to you yet."]], 'decisionmakerboughtin').proposed).toBeNull();
  });
});

describe('the customer saying they are not buying', () => {
  it('is a loss when nothing limits it in time', () => {
    expect(stage([['customer', "The grant fell through. So we won't buy. Not this term, not next term."]], 'presentationscheduled').proposed).toBe('closedlost');
    expect(stage([['customer', "Honestly? We're not purchasing, sorry."]], 'presentationscheduled').proposed).toBe('closedlost');
  });

  it('is not a loss when limited to now, or with an object that is only part of the deal', () => {
    expect(stage([['customer', "We're not buying. Not before the audit."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', "We're not buying until the audit is done."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', "We're not buying the analytics add-on."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'We decided not to proceed, at least not this quarter.']], 'presentationscheduled').proposed).toBeNull();
  });
});

describe('a statement taken back, corrected or reversed', () => {
  it('is no signal', () => {
    expect(stage([['customer', 'We picked Nordhaven. Only kidding, nothing is decided.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'I countersigned it. Oh wait, no, that one was the NDA.']], 'contractsent').proposed).toBeNull();
    expect(stage([['rep', 'I sent you the agreement. Sorry, no, it was the price sheet.']], 'decisionmakerboughtin').proposed).toBeNull();
    expect(stage([['customer', 'We signed the order form. Well, we will sign it at the end of the week.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'Our COO approved the purchase, and later on he changed his mind.']], 'presentationscheduled').proposed).toBeNull();
  });

  it('leaves a plain statement alone', () => {
    expect(stage([['customer', 'We signed the order form. Legal had no comments.']], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', 'No, actually, our COO approved the purchase already.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
  });
});

describe('other kinds of signing and yes', () => {
  it('is not a signing of the deal: signed up, signed an expense off, nobody signed', () => {
    expect(stage([['customer', "We've signed up for the webinar series."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'Priyanka signed that off as travel costs.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'Nobody has signed the paperwork so far.']], 'contractsent').proposed).toBeNull();
  });

  it('is not a win when the paper was signed with the rep\'s rival', () => {
    expect(stage([['customer', 'We signed the agreement with your biggest competitor.']], 'contractsent').proposed).not.toBe('closedwon');
  });

  it('reads a vendor said to be unrelated as no loss', () => {
    expect(stage([['customer', 'We went with Quillby for expenses, which is totally unrelated.']], 'presentationscheduled').proposed).toBeNull();
  });

  it('does not read a yes to a meeting, or one long ago, as buy-in', () => {
    expect(stage([['customer', 'Halvard said yes, he can attend on Friday.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'Halvard said yes two years ago to a tool like this.']], 'presentationscheduled').proposed).toBeNull();
  });

  it('skips an imagined choice', () => {
    expect(stage([['customer', 'Imagine we went with Corvex. The data move alone would take months.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', "Let's say we went with Corvex. The migration alone would hurt."]], 'presentationscheduled').proposed).toBeNull();
  });
});

describe('confidence when the call gives a reason to doubt the proposal', () => {
  it('is capped when the proposal leaps three or more stages', () => {
    const leap = stage([['customer', 'We signed the master agreement on Monday.']], 'qualifiedtobuy');
    expect(leap).toMatchObject({ proposed: 'closedwon', confidence: 0.6 });
    expect(leap.rationale).toMatch(/Less sure: the deal was at qualifiedtobuy/);
    expect(stage([['customer', 'We signed the master agreement on Monday.']], 'contractsent')).toMatchObject({ proposed: 'closedwon', confidence: 0.9 });
    // A loss can come at any stage.
    expect(stage([['customer', 'We went with Brightmoor in the end.']], 'appointmentscheduled')).toMatchObject({ proposed: 'closedlost', confidence: 0.85 });
  });

  it('is capped when the customer says both that they signed and that they chose someone else', () => {
    const both = stage([
      ['customer', 'We signed the order form on Friday.'],
      ['rep', 'Great news.'],
      ['customer', 'For the warehouse part we went with Brightmoor though.'],
    ], 'contractsent');
    expect(both.confidence).toBe(0.6);
  });
});

describe('an intention with a condition after it', () => {
  it('is no signal until the condition is met', () => {
    expect(stage([['customer', "We'd love to go ahead, provided the migration fits in March."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'We want to proceed, but only after the works council agrees.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['rep', "I'll get the agreement over to you today, once you confirm the entity name."]], 'decisionmakerboughtin').proposed).toBeNull();
    // "even if" concedes, it sets no condition.
    expect(stage([['customer', 'We want to go ahead, even if the timing is tight.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
  });
});

describe('a correction in the speaker\'s next segment', () => {
  it('takes the statement back even when the turn is split', () => {
    expect(stage([['rep', "I'll send the agreement for signature this afternoon."], ['rep', 'Actually, no, better to wait for the new rates.']], 'decisionmakerboughtin').proposed).toBeNull();
  });
});

describe('approvals and choices that are not this deal', () => {
  it('does not read an approval of something else as buy-in', () => {
    expect(stage([['customer', 'My manager approved my parental leave.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'The board approved the acquisition of a rival bakery.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'Our CFO approved the budget for the new forklifts.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'Our CFO approved the quote from Tallbridge.']], 'presentationscheduled').proposed).not.toBe('decisionmakerboughtin');
    expect(stage([['customer', 'Our CFO approved the budget on Tuesday.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
    expect(stage([['customer', 'Our CFO approved the spend for the whole team.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
  });

  it('does not read a rival chosen for a trial or one phase as a loss, nor a trial stopped with another vendor', () => {
    expect(stage([['customer', 'We went with Corvex for the first phase, and we still want you for the second.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'We chose Corvex for a short trial.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'We ended the trial with our previous supplier.']], 'presentationscheduled').proposed).toBeNull();
  });

  it('reads a cancellation limited in time as a pause', () => {
    expect(stage([['customer', "We're stopping the evaluation for the time being."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'We are stopping the evaluation.'], ['customer', 'Until the reorganisation settles.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'We are stopping the evaluation.']], 'presentationscheduled').proposed).toBe('closedlost');
  });
});

describe('an approval of the product by name', () => {
  it('still counts', () => {
    expect(stage([['customer', 'Our CFO approved Tillwise for all four depots.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
  });
});

describe('a plan the other side turns down', () => {
  it('is no signal', () => {
    expect(stage([['rep', "Let's schedule the product tour for Wednesday at three."], ['customer', "Hmm, let's not, the team is slammed until the audit."]], 'qualifiedtobuy').proposed).toBeNull();
    expect(stage([['rep', "Let's schedule the product tour for Wednesday at three."], ['customer', 'No problem, Wednesday at three suits us.']], 'qualifiedtobuy').proposed).toBe('presentationscheduled');
  });

  it('does not count a demo booked long ago', () => {
    expect(stage([['rep', 'Your predecessor had a walkthrough booked with us back in 2023.']], 'qualifiedtobuy').proposed).toBeNull();
  });
});

describe('what "it" was, said right after', () => {
  it('is not a win when the next words name another paper', () => {
    expect(stage([['customer', 'Countersigned it on Friday.'], ['customer', 'The mortgage papers, I mean.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'We signed it on Friday.'], ['customer', 'The order form.']], 'contractsent').proposed).toBe('closedwon');
  });

  it('is not contract sent when the contract received came from another vendor', () => {
    expect(stage([['customer', "We've received the agreement from Tallbridge."]], 'decisionmakerboughtin').proposed).toBeNull();
  });
});

describe('the seller named as the one chosen', () => {
  const withSeller = (lines: [string, string][], currentStage: string) =>
    proposeStage(toSentences(transcriptOf(lines)), { currentStage, startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', seller: 'Tillwise' });
  it('is a buy-in, never a loss', () => {
    expect(withSeller([['customer', "We've decided to go with Tillwise for all four depots."]], 'presentationscheduled')).toMatchObject({ proposed: 'decisionmakerboughtin', confidence: 0.8 });
    expect(withSeller([['customer', "We've picked Tillwise."]], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
    expect(withSeller([['customer', "We've picked Corvex."]], 'presentationscheduled').proposed).toBe('closedlost');
    expect(withSeller([['customer', 'The council voted to award the fleet tracking contract to Tillwise.']], 'presentationscheduled').proposed).not.toBe('closedlost');
    expect(withSeller([['customer', 'The council voted to award the fleet tracking contract to Corvex.']], 'presentationscheduled').proposed).toBe('closedlost');
    expect(withSeller([['customer', 'The council voted to award the fleet tracking contract to you.']], 'presentationscheduled').proposed).not.toBe('closedlost');
  });
});

describe('more ways to say the deal went elsewhere', () => {
  it('is a loss: a rival chosen or named the winner, the purchase called off, not purchasing', () => {
    expect(stage([['customer', 'In the end we opted for Corvex.']], 'presentationscheduled').proposed).toBe('closedlost');
    expect(stage([['customer', 'The board awarded the contract to Corvex.']], 'presentationscheduled').proposed).toBe('closedlost');
    expect(stage([['customer', 'I am afraid Corvex won the tender.']], 'presentationscheduled').proposed).toBe('closedlost');
    expect(stage([['customer', 'Bad news, the purchase is off.']], 'presentationscheduled')).toMatchObject({ proposed: 'closedlost', confidence: 0.75 });
    expect(stage([['customer', "We won't be purchasing, sorry."]], 'presentationscheduled').proposed).toBe('closedlost');
  });

  it('is no loss when what was "decided on" is a day, or the purchase is not off', () => {
    expect(stage([['customer', 'The committee decided on Thursday.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', "The purchase isn't off, just slower."]], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'He won the raffle at the party.']], 'presentationscheduled').proposed).toBeNull();
  });
});

describe('more ways to say approved, sent and signed', () => {
  it('reads them', () => {
    expect(stage([['customer', 'Our founder gave her blessing on Monday.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
    expect(stage([['customer', 'Our founder gave her approval this week.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
    expect(stage([['customer', 'Benedikt says yes.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
    expect(stage([['rep', "I've sent it over through PandaDoc."]], 'decisionmakerboughtin').proposed).toBe('contractsent');
    expect(stage([['rep', 'Okay, I just hit send on the order form.']], 'decisionmakerboughtin').proposed).toBe('contractsent');
    expect(stage([['rep', 'The paperwork is on its way to you.']], 'decisionmakerboughtin').proposed).toBe('contractsent');
    expect(stage([['customer', 'The HelloSign request is completed.']], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', "The HelloSign request isn't completed."]], 'contractsent').proposed).toBeNull();
  });
});

describe('renewals, deliveries signed for, and a win resting on "it"', () => {
  it('reads a renewal with the seller as a win', () => {
    expect(stage([['customer', "We've renewed the subscription with you, same tier."]], 'contractsent').proposed).toBe('closedwon');
    expect(stage([['customer', 'We renewed with you back in 2022.']], 'contractsent').proposed).toBeNull();
  });

  it('does not read signing for a delivery as the deal signed', () => {
    expect(stage([['customer', 'I signed for the courier box at reception.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'We signed for the full two years.']], 'contractsent').proposed).toBe('closedwon');
  });

  it('trusts "signed it" less when no contract was known to be out', () => {
    expect(stage([['customer', 'Good news, I signed it this morning.']], 'decisionmakerboughtin')).toMatchObject({ proposed: 'closedwon', confidence: 0.6 });
    expect(stage([['customer', 'Good news, I signed it this morning.']], 'contractsent')).toMatchObject({ proposed: 'closedwon', confidence: 0.9 });
  });

  it('reads "she says go ahead" after a decision maker was named', () => {
    expect(stage([['customer', 'I showed our CFO the numbers.'], ['customer', 'She say go ahead.']], 'presentationscheduled').proposed).toBe('decisionmakerboughtin');
  });
});

describe('what others said or rumoured happened', () => {
  it('is not the speaker asserting it', () => {
    expect(stage([['customer', 'Your account manager claimed we signed, which is not the case.']], 'contractsent').proposed).toBeNull();
    expect(stage([['customer', 'A supplier told me we went with Corvex; no idea where that came from.']], 'presentationscheduled').proposed).toBeNull();
    expect(stage([['customer', 'There was a rumour that we picked Corvex.']], 'presentationscheduled').proposed).toBeNull();
    // The speaker restating their own words is still an assertion.
    expect(stage([['customer', 'Like I said, we went with Corvex.']], 'presentationscheduled').proposed).toBe('closedlost');
  });
});

describe('a reply that opens with "no" but agrees', () => {
  it('does not turn the plan down', () => {
    expect(stage([['rep', "Let's schedule the product tour for Wednesday at three."], ['customer', "No, that's perfect for us."]], 'qualifiedtobuy').proposed).toBe('presentationscheduled');
  });
});
