import { describe, expect, it } from 'vitest';
import { mapLimit } from '../../../src/domain/map-limit.ts';

const laterTurn = async (turns: number) => {
  for (let i = 0; i < turns; i += 1) await new Promise((resolve) => setImmediate(resolve));
};

describe('mapLimit', () => {
  it('answers in the order of the items, whichever finishes first, with at most the limit running', async () => {
    let running = 0;
    let most = 0;
    const out = await mapLimit([5, 1, 4, 2, 3, 1, 2], 3, async (turns) => {
      running += 1;
      most = Math.max(most, running);
      await laterTurn(turns);
      running -= 1;
      return turns * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30, 10, 20]);
    expect(most).toBe(3);
  });

  it('starts nothing after a failure, waits for the work already started, then throws the failure', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const run = mapLimit([0, 1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('item one broke');
      await laterTurn(3);
      finished.push(n);
      return n;
    });
    await expect(run).rejects.toThrow('item one broke');
    // Item 0 was running when item 1 failed: it ended before the failure was thrown; nothing after them started.
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([0]);
  });

  it('throws the failure that came first, not the one of the first item: which one says whether the work is retried', async () => {
    let failLater!: () => void;
    const later = new Promise<never>((_, reject) => { failLater = () => reject(new Error('item zero broke second')); });
    later.catch(() => undefined);
    const run = mapLimit([0, 1], 2, async (n) => {
      if (n === 1) {
        const err = new Error('item one broke first');
        // Item zero, still running, fails only after this failure.
        setImmediate(failLater);
        throw err;
      }
      return later;
    });
    await expect(run).rejects.toThrow('item one broke first');
  });

  it('answers an empty list without running anything', async () => {
    expect(await mapLimit([], 4, async () => { throw new Error('never'); })).toEqual([]);
  });
});
