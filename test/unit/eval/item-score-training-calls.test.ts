import { describe, expect, it } from 'vitest';
import type { EvalFixture } from '../../../scripts/eval/fixtures.ts';
import { trainingCalls } from '../../../scripts/eval/train-item-score.ts';
import { extractWithRules } from '../../../src/adapters/extraction/rules/rules.extractor.ts';
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

  it('are read as the extractor reads them: a card number split over a greeting turn makes the whole turn the machine\'s', () => {
    // Split, the second half reads as the customer talking; joined (as the extractor joins it), the turn is a greeting.
    const call = fixture('machine', [
      ['customer', "You've reached the billing desk, please leave a message, or quote account 4111 1111"],
      ['customer', '1111 1111 for card queries.'],
      ['rep', "Hi, it's Priya returning your call. I'll send the revised rota tomorrow."],
    ]);
    expect(extractWithRules(call.transcript, call.meta, {}, null).warnings[0]).toMatch(/^voicemail: /);
    expect(trainingCalls([call])).toEqual([]);
  });
});
