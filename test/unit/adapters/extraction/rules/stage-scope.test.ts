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
