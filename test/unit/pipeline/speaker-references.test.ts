import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Segment } from '../../../src/domain/transcript.ts';
import { cutWavClip, referenceSpans } from '../../../src/pipeline/speaker-references.ts';
import { voiceWav } from '../../helpers/voice-tones.ts';

const limits = { maxSpeakers: 4, minClipSec: 2, maxClipSec: 10 };
const seg = (speaker: string, startSec: number, endSec: number): Segment => ({ speaker, startSec, endSec, text: 'x', confidence: null });

describe('referenceSpans', () => {
  it('gives nothing for a chunk without speech', () => {
    expect(referenceSpans([], limits)).toEqual({ spans: [], skipped: [] });
  });

  it('takes one clip from the longest turn of a lone speaker, trimmed 0.1 s at each end', () => {
    expect(referenceSpans([seg('S1', 1, 3), seg('S1', 5, 9.5)], limits)).toEqual({ spans: [{ id: 'S1', startSec: 5.1, endSec: 9.4 }], skipped: [] });
  });

  it('skips a speaker with no turn of 2 s, keeps an exactly-2 s turn untrimmed, and centres 10 s in a longer turn', () => {
    const { spans, skipped } = referenceSpans([seg('S1', 0, 2), seg('S2', 2.5, 4), seg('S2', 4.5, 6.4), seg('S3', 10, 40)], limits);
    expect(spans).toEqual([{ id: 'S1', startSec: 0, endSec: 2 }, { id: 'S3', startSec: 20, endSec: 30 }]);
    expect(skipped).toEqual(['S2']);
  });

  it('keeps the speakers who spoke longest when there are more than the engine takes', () => {
    const segments = [1, 2, 3, 4, 5].map((n) => seg(`S${n}`, n * 20, n * 20 + 2 + n));
    const { spans, skipped } = referenceSpans(segments, limits);
    expect(spans.map((s) => s.id)).toEqual(['S2', 'S3', 'S4', 'S5']);
    expect(skipped).toEqual(['S1']);
  });
});

describe('cutWavClip', () => {
  it('cuts a span of a 16 kHz mono WAV into a WAV of its own', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'callscribe-clip-'));
    try {
      const path = join(dir, 'chunk.wav');
      const whole = voiceWav(6, [{ hz: 440, startSec: 1, durSec: 4 }]);
      await writeFile(path, whole);
      const clip = await cutWavClip(path, 1.5, 4);
      expect(clip.length).toBe(44 + 2.5 * 32_000);
      expect(clip.readUInt32LE(40)).toBe(2.5 * 32_000);
      expect(clip.subarray(44).equals(whole.subarray(44 + 1.5 * 32_000, 44 + 4 * 32_000))).toBe(true);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
