import { describe, expect, it } from 'vitest';
import { createEngineGate } from '../../../src/queues/chunk-worker.ts';

describe('the engine gate shared by both lanes of chunk jobs', () => {
  it('keeps at most `limit` requests in flight, and gives a freed slot to a waiting interactive chunk before any bulk one', async () => {
    const gate = createEngineGate(1);
    const order: string[] = [];
    let inFlight = 0;
    let peak = 0;
    const work = (name: string, hold?: Promise<void>) => async () => {
      peak = Math.max(peak, ++inFlight);
      order.push(name);
      await hold;
      inFlight -= 1;
    };
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const runs = [
      gate.run('bulk', work('bulk-1', held)),
      gate.run('bulk', work('bulk-2')),
      gate.run('bulk', work('bulk-3')),
      gate.run('interactive', work('upload')),
    ];
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual(['bulk-1']);
    release();
    await Promise.all(runs);
    expect(order).toEqual(['bulk-1', 'upload', 'bulk-2', 'bulk-3']);
    expect(peak).toBe(1);
  });

  it('frees the slot when the work fails', async () => {
    const gate = createEngineGate(1);
    await expect(gate.run('interactive', async () => Promise.reject(new Error('engine down')))).rejects.toThrow('engine down');
    expect(await gate.run('bulk', async () => 'ran')).toBe('ran');
  });
});
