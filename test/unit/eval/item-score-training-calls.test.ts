import { describe, expect, it } from 'vitest';
import type { EvalFixture } from '../../../scripts/eval/fixtures.ts';
import { trainingCalls } from '../../../scripts/eval/train-item-score.ts';
import { mondayCall, transcriptOf } from '../adapters/extraction/rules/transcript-of.ts';

const fixture = (name: string, lines: [string, string][], language = 'en'): EvalFixture => ({
  name,
  dir: `/nowhere/${name}`,
  audio: null,
  meta: mondayCall,
  gold: { actionItems: [], expectedStage: null },
  transcript: transcriptOf(lines, { language }),
});

describe('the calls the item score is trained on', () => {
  it('are the calls the extractor scores: English conversations, not voicemails or calls in another language', () => {
    const calls = [
      fixture('talk', [['rep', "I'll send the revised rota tomorrow."], ['customer', 'Great, thanks.']]),
      fixture('message', [['rep', "Hi, it's Priya returning your call. I'll send the revised rota tomorrow, call me back when you can."]]),
      fixture('spanish', [['rep', 'Le mando la propuesta mañana.'], ['customer', 'Perfecto, gracias.']], 'es'),
    ];
    expect(trainingCalls(calls).map((f) => f.name)).toEqual(['talk']);
  });
});
