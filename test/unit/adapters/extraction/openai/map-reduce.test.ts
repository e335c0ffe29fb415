import { describe, expect, it } from 'vitest';
import type { LlmOutput } from '../../../../../src/adapters/extraction/openai/llm-output.schema.ts';
import { mergeOutputs } from '../../../../../src/adapters/extraction/openai/map-reduce.ts';

const part = (proposed: LlmOutput['dealStage']['proposed'], confidence: number): LlmOutput => ({
  summary: 's',
  keyPoints: [],
  actionItems: [],
  dealStage: { proposed, confidence, rationale: `${proposed}`, quotes: [] },
  followUpEmail: null,
});

describe('mergeOutputs: the stage of a long call', () => {
  it('takes the stage furthest in the pipeline, ties by confidence', () => {
    expect(mergeOutputs([part('contractsent', 0.6), part('presentationscheduled', 0.9), part(null, 0)]).dealStage.proposed).toBe('contractsent');
    expect(mergeOutputs([part('contractsent', 0.6), part('contractsent', 0.9)]).dealStage.confidence).toBe(0.9);
  });

  it('between a win and a loss takes the one said later, whatever their order in the pipeline', () => {
    expect(mergeOutputs([part('closedlost', 0.9), part('closedwon', 0.8)]).dealStage.proposed).toBe('closedwon');
    expect(mergeOutputs([part('closedwon', 0.9), part('closedlost', 0.8)]).dealStage.proposed).toBe('closedlost');
    expect(mergeOutputs([part('closedlost', 0.9), part('contractsent', 0.95)]).dealStage.proposed).toBe('closedlost');
  });
});
