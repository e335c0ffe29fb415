import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ITEM_FEATURES } from '../../../../../src/adapters/extraction/rules/item-score.ts';
import { ITEM_MODEL } from '../../../../../src/adapters/extraction/rules/item-score.model.ts';
import { MODEL_FILE, modelSource, trainItemModel } from '../../../../../scripts/eval/train-item-score.ts';

describe('the item score model the rules extractor ships', () => {
  it('has a weight, a mean and a scale for every feature and verb, and a threshold between 0 and 1', () => {
    const n = ITEM_FEATURES.length + ITEM_MODEL.verbs.length;
    expect([ITEM_MODEL.weights.length, ITEM_MODEL.mean.length, ITEM_MODEL.scale.length]).toEqual([n, n, n]);
    expect(ITEM_MODEL.scale.every((s) => s > 0)).toBe(true);
    expect(ITEM_MODEL.threshold).toBeGreaterThan(0);
    expect(ITEM_MODEL.threshold).toBeLessThan(1);
  });

  // The model is trained on what the rules find: when a change to the rules changes that, the trainer must run
  // again (node scripts/eval/train-item-score.ts), or the shipped weights describe tasks the rules no longer make.
  it('is what the trainer makes from the dev split with the rules as they are', async () => {
    expect(readFileSync(MODEL_FILE, 'utf8')).toBe(modelSource(await trainItemModel()));
  }, 120_000);
});
