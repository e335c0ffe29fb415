import { describe, expect, it } from 'vitest';
import { isSilent, planChunks } from '../../../src/audio/chunk-plan.ts';
import { parseSilences } from '../../../src/audio/split-tracks.ts';

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

  it('drops chunks that are all silence, and gives nothing for a silent track', () => {
    const silences = [{ startSec: 55, endSec: 200 }];
    expect(planChunks(200, silences, { maxChunkSec: 60 }).map((c) => [c.startSec, c.endSec])).toEqual([[0, 57.5]]);
    expect(planChunks(30, [{ startSec: 0, endSec: 30 }], { maxChunkSec: 60 })).toEqual([]);
    expect(isSilent({ startSec: 10, endSec: 20 }, [{ startSec: 9.99, endSec: 20.01 }])).toBe(true);
  });
});

describe('parseSilences', () => {
  it('reads silencedetect metadata, closing an open silence at the end of the track', () => {
    const text = ['frame:1 pts:2 pts_time:0.1', 'lavfi.silence_start=-0.02', 'frame:2', 'lavfi.silence_end=2.5', 'lavfi.silence_duration=2.5', 'lavfi.silence_start=8.25'].join('\n');
    expect(parseSilences(text, 10)).toEqual([
      { startSec: 0, endSec: 2.5 },
      { startSec: 8.25, endSec: 10 },
    ]);
  });
});
