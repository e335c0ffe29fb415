import { describe, expect, it } from 'vitest';
import { chooseThreshold } from '../../../scripts/eval/train-item-score.ts';

/** F1 at thresholds 0, 0.01, 0.02, … */
const curve = (f1: (t: number) => number) => Array.from({ length: 71 }, (_, i) => ({ threshold: i / 100, f1: f1(i / 100) }));

describe('the item score threshold the trainer chooses', () => {
  it('is where F1 peaks when it has one clear peak', () => {
    expect(chooseThreshold(curve((t) => 0.9 - (t - 0.42) ** 2))).toBe(0.42);
  });

  it('stays inside a flat stretch, not at whichever end tops it by a hair', () => {
    // Flat from 0.15 to 0.45, with a bump of a task or two at one end or the other.
    const flat = (bump: number) => (t: number) => (t < 0.15 ? 0.86 - (0.15 - t) : t > 0.45 ? 0.866 - (t - 0.45) : 0.866) + (Math.abs(t - bump) < 0.005 ? 0.001 : 0);
    const chosen = [0.16, 0.3, 0.44].map((bump) => chooseThreshold(curve(flat(bump))));
    expect(chosen.every((t) => t >= 0.25 && t <= 0.35)).toBe(true);
  });
});
