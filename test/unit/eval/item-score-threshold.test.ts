import { describe, expect, it } from 'vitest';
import { chooseThreshold } from '../../../scripts/eval/train-item-score.ts';

/** F1 at thresholds 0, 0.05, … from a list of values. */
const curve = (f1s: number[]) => f1s.map((f1, i) => ({ threshold: Math.round(i * 5) / 100, f1 }));

describe('the item score threshold the trainer chooses', () => {
  it('is the best F1 when one threshold stands out', () => {
    expect(chooseThreshold(curve([0.8, 0.82, 0.86, 0.83, 0.8]))).toBe(0.1);
  });

  it('is the middle of a flat stretch, so a task more or less found does not swing it from one end to the other', () => {
    const flat = [0.84, 0.853, 0.8651, 0.8662, 0.8671, 0.8653, 0.8669, 0.8661, 0.8652, 0.862, 0.85];
    const nudged = [0.84, 0.853, 0.8653, 0.8661, 0.8669, 0.8655, 0.8672, 0.8661, 0.8653, 0.862, 0.85];
    expect(chooseThreshold(curve(flat))).toBe(0.25);
    expect(chooseThreshold(curve(nudged))).toBe(0.25);
  });
});
