import { describe, expect, it } from 'vitest';
import type { Insights } from '../../../src/domain/insights.ts';
import { decideStage } from '../../../src/pipeline/stage-policy.ts';

const insights = (proposed: Insights['dealStage']['proposed'], confidence = 0.9, evidence = true, current = 'qualifiedtobuy'): Insights => ({
  schemaVersion: 1,
  engine: 'rules',
  model: null,
  promptVersion: null,
  summary: '',
  keyPoints: [],
  actionItems: [],
  dealStage: {
    current,
    proposed,
    confidence,
    rationale: 'r',
    evidence: evidence ? [{ quote: 'we signed', speaker: 'customer', startSec: 3 }] : [],
  },
  followUpEmail: null,
  redactions: [],
  warnings: [],
});
const policy = (stage: 'review' | 'auto' | 'off') => ({ dealStage: stage, autoMinConfidence: 0.8, maxDurationSec: 3600 });

describe('decideStage', () => {
  it('leaves every proposal to a manager under the default review policy', () => {
    expect(decideStage(insights('contractsent'), true, policy('review'))).toMatchObject({ apply: null, reason: expect.stringMatching(/waits for a manager/) });
  });

  it('applies a grounded, confident proposal under auto, but never closes a deal on its own', () => {
    expect(decideStage(insights('contractsent'), true, policy('auto'))?.apply).toBe('contractsent');
    expect(decideStage(insights('closedwon'), true, policy('auto'))).toMatchObject({ apply: null, reason: expect.stringMatching(/manager/) });
    expect(decideStage(insights('closedwon'), true, { ...policy('auto'), autoClose: true })?.apply).toBe('closedwon');
    expect(decideStage(insights('contractsent', 0.5), true, policy('auto'))?.apply).toBeNull();
    expect(decideStage(insights('contractsent', 0.9, false), true, policy('auto'))?.apply).toBeNull();
    expect(decideStage(insights('contractsent'), false, policy('auto'))?.reason).toMatch(/no deal/);
  });

  it('leaves a close to a manager when the speakers\' roles were assumed, other moves as usual', () => {
    const auto = { ...policy('auto'), autoClose: true };
    expect(decideStage(insights('closedwon'), true, auto, true)).toMatchObject({ apply: null, reason: expect.stringMatching(/was assumed/) });
    expect(decideStage(insights('closedlost'), true, auto, true)?.apply).toBeNull();
    expect(decideStage(insights('contractsent'), true, auto, true)?.apply).toBe('contractsent');
  });

  it('never moves a deal back on its own: to an earlier stage, or out of a closed one', () => {
    const auto = { ...policy('auto'), autoClose: true };
    expect(decideStage(insights('presentationscheduled', 0.95, true, 'contractsent'), true, auto)).toMatchObject({ apply: null, reason: expect.stringMatching(/back from Contract sent/) });
    expect(decideStage(insights('contractsent', 0.95, true, 'closedwon'), true, auto)?.apply).toBeNull();
    expect(decideStage(insights('closedlost', 0.95, true, 'closedwon'), true, auto)?.apply).toBeNull();
    expect(decideStage(insights('closedwon', 0.95, true, 'closedlost'), true, auto)?.apply).toBeNull();
    // Forward, losing an open deal, and a stage the CRM names in its own words stay as they were.
    expect(decideStage(insights('contractsent', 0.95, true, 'presentationscheduled'), true, auto)?.apply).toBe('contractsent');
    expect(decideStage(insights('closedlost', 0.95, true, 'contractsent'), true, auto)?.apply).toBe('closedlost');
    expect(decideStage(insights('qualifiedtobuy', 0.95, true, 'Negotiation (custom)'), true, auto)?.apply).toBe('qualifiedtobuy');
  });

  it('does nothing without a proposal or with the policy off', () => {
    expect(decideStage(insights(null), true, policy('auto'))).toBeNull();
    expect(decideStage(insights('contractsent'), true, policy('off'))).toBeNull();
  });
});
