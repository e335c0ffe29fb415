import { describe, expect, it } from 'vitest';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { proposeStage } from '../../../../../src/adapters/extraction/rules/stage-signals.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const stage = (lines: [string, string][], currentStage: string | null = 'contractsent') =>
  proposeStage(toSentences(transcriptOf(lines)), { currentStage, startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York' }).proposed ?? null;

describe('a signing told of a vendor they had before, or have now', () => {
  it('is not this deal closed', () => {
    expect(stage([['customer', 'Our previous payroll vendor, we signed for three years. Never again.']], 'decisionmakerboughtin')).toBeNull();
    expect(stage([['customer', 'With our current cleaning supplier we signed a rolling contract.']], 'decisionmakerboughtin')).toBeNull();
  });

  it('leaves this deal\'s own signing a close', () => {
    expect(stage([['customer', 'We signed the contract this morning, so the old supplier is out.']])).toBe('closedwon');
  });
});

describe('a bare "signed it"', () => {
  it('is a close when the other side names the deal\'s paper in reply', () => {
    expect(stage([['customer', 'Good news. Signed it an hour ago.'], ['rep', 'The service agreement? Oh, brilliant.']])).toBe('closedwon');
    expect(stage([['customer', 'Good news. Signed it an hour ago.'], ['rep', 'The letter of engagement? Oh, brilliant.']])).toBe('closedwon');
  });

  it('is no close when the reply names another paper, or nothing', () => {
    expect(stage([['customer', 'Good news. Signed it an hour ago.'], ['rep', 'The office lease? Congratulations.']])).toBeNull();
    expect(stage([['customer', 'Good news. Signed it an hour ago.'], ['rep', 'Oh, brilliant.']])).toBeNull();
  });
});

describe('when a signing was', () => {
  it('is long ago in months or years, not in hours or days', () => {
    expect(stage([['customer', 'We signed the contract an hour ago.']])).toBe('closedwon');
    expect(stage([['customer', 'We signed the contract two years ago, that is the old one.']])).toBeNull();
  });
});

describe('a paper named and told when it was signed', () => {
  it('is an earlier deal, not this one closed', () => {
    expect(stage([['customer', 'The hosting renewal, which we signed in the spring, is fine.']], 'presentationscheduled')).toBeNull();
    expect(stage([['customer', 'Our cleaning contract, which I signed in May, runs on.']], 'presentationscheduled')).toBeNull();
  });

  it('leaves a signing told as news a close', () => {
    expect(stage([['customer', 'So, the order form that you sent, we signed it this morning.']])).toBe('closedwon');
  });
});

describe('another buyer who chose a rival', () => {
  it('is no loss when the choice was for their own purchase', () => {
    expect(stage([['customer', 'Our neighbours went with Brightline for theirs.']], 'decisionmakerboughtin')).toBeNull();
    expect(stage([['customer', 'The clinic down the road, they went with Corvex for their own fleet.']], 'decisionmakerboughtin')).toBeNull();
  });

  it('is no loss when "they" were just told of as long ago', () => {
    expect(stage([['customer', 'A partner firm of ours did the same project years back. They went with Corvex.']], 'decisionmakerboughtin')).toBeNull();
  });

  it('leaves the customer\'s own side choosing a rival a loss', () => {
    expect(stage([['customer', 'The committee met on Monday. They went with Corvex.']], 'decisionmakerboughtin')).toBe('closedlost');
    expect(stage([['customer', 'They went with Corvex for the whole rollout.']], 'decisionmakerboughtin')).toBe('closedlost');
  });
});
