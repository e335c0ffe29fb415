import { describe, expect, it } from 'vitest';
import { isSilent, planChunks } from '../../../src/audio/chunk-plan.ts';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { SilenceMeter } from '../../../src/audio/silence-meter.ts';

describe('planChunks', () => {
  it('keeps a short track whole', () => {
    expect(planChunks(42, [], { maxChunkSec: 300 })).toEqual([{ startSec: 0, endSec: 42, hard: false }]);
  });

  it('cuts at the middle of the longest silence in the second half of each chunk, never past the limit', () => {
    const silences = [
      { startSec: 20, endSec: 21 },
      { startSec: 70, endSec: 74 },
      { startSec: 90, endSec: 91 },
      { startSec: 150, endSec: 152 },
    ];
    const plan = planChunks(200, silences, { maxChunkSec: 100 });
    expect(plan.map((c) => [c.startSec, c.endSec])).toEqual([[0, 72], [72, 151], [151, 200]]);
    expect(plan.every((c) => c.endSec - c.startSec <= 100 && !c.hard)).toBe(true);
  });

  it('cuts hard at the limit only when a whole search window is speech', () => {
    const plan = planChunks(250, [], { maxChunkSec: 100 });
    expect(plan).toEqual([
      { startSec: 0, endSec: 100, hard: false },
      { startSec: 100, endSec: 200, hard: true },
      { startSec: 200, endSec: 250, hard: true },
    ]);
  });

  it('cuts a stretch with no silence at its quietest moment when it knows it', () => {
    const quietest = (from: number, to: number) => (from <= 83.2 && 83.2 <= to ? 83.2 : null);
    expect(planChunks(150, [], { maxChunkSec: 100, quietest }).map((c) => [c.startSec, c.endSec, c.hard])).toEqual([
      [0, 83.2, false],
      [83.2, 150, true],
    ]);
  });

  it('drops chunks that are all silence, and gives nothing for a silent track', () => {
    const silences = [{ startSec: 55, endSec: 200 }];
    expect(planChunks(200, silences, { maxChunkSec: 60 }).map((c) => [c.startSec, c.endSec])).toEqual([[0, 57.5]]);
    expect(planChunks(30, [{ startSec: 0, endSec: 30 }], { maxChunkSec: 60 })).toEqual([]);
    expect(isSilent({ startSec: 10, endSec: 20 }, [{ startSec: 9.99, endSec: 20.01 }])).toBe(true);
  });
});

describe('SilenceMeter', () => {
  it('finds silences of 0.4 s or more in 16 kHz PCM, whatever the chunk boundaries', async () => {
    // 1 s tone, 0.3 s quiet (a pause, not silence), 1 s tone, 2 s quiet, 0.5 s tone, 1 s quiet at the end.
    const parts: [number, boolean][] = [[1, true], [0.3, false], [1, true], [2, false], [0.5, true], [1, false]];
    const samples = parts.flatMap(([sec, loud]) => Array.from({ length: Math.round(sec * 16000) }, (_, i) => (loud ? Math.round(8000 * Math.sin(i / 5)) : 3)));
    const pcm = Buffer.alloc(samples.length * 2);
    samples.forEach((v, i) => pcm.writeInt16LE(v, i * 2));
    const meter = new SilenceMeter();
    const pieces = Array.from({ length: Math.ceil(pcm.length / 777) }, (_, i) => pcm.subarray(i * 777, (i + 1) * 777)); // odd sizes split samples
    await pipeline(Readable.from(pieces), meter, async function* (source) {
      for await (const _ of source) yield* [];
    });
    expect(meter.bytes).toBe(pcm.length);
    expect(meter.silences()).toEqual([
      { startSec: 2.3, endSec: 4.3 },
      { startSec: 4.8, endSec: 5.8 },
    ]);
  });

  it('finds the quietest 50 ms between two times, and forgets what comes before a border', async () => {
    // Loud throughout except a softer dip at 1.50–1.56 s and a deeper one at 2.20–2.26 s.
    const samples = Array.from({ length: 3 * 16000 }, (_, i) => {
      const t = i / 16000;
      const level = t >= 2.2 && t < 2.26 ? 200 : t >= 1.5 && t < 1.56 ? 2000 : 8000;
      return Math.round(level * Math.sin(i / 5));
    });
    const pcm = Buffer.alloc(samples.length * 2);
    samples.forEach((v, i) => pcm.writeInt16LE(v, i * 2));
    const meter = new SilenceMeter();
    await pipeline(Readable.from([pcm]), meter, async function* (source) {
      for await (const _ of source) yield* [];
    });
    expect(meter.silences()).toEqual([]);
    expect(meter.quietestBetween(0, 3)).toBeCloseTo(2.225, 2);
    expect(meter.quietestBetween(0, 2)).toBeCloseTo(1.525, 2);
    meter.forgetBefore(2.5);
    expect(meter.quietestBetween(0, 2)).toBeNull();
  });
});
