import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLocalTranscriber } from '../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';
import { pcmWavHeader } from '../../src/audio/wav.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import type { AudioTrack } from '../../src/ports/transcriber.ts';
import { SALES_TERMS } from '../../scripts/eval/ood-eval.ts';
import { alignedCorrect, recognitionWords, wordErrorRate } from '../../scripts/eval/wer.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

// Real recorded speech from pocketsphinx-testdata (npm run bootstrap installs it): five read sentences
// from LibriVox with the package's reference transcription, goforward.raw ("go forward ten meters", the
// expected hypothesis of pocketsphinx's own tests) and numbers.raw (spoken numbers, no published reference).
const DATA = '/usr/share/pocketsphinx/test/data';
const SHORTEST = ['-0880', '-0890', '-0930'];
const NUMBER_WORDS = new Set('oh zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand'.split(' '));

describe('local engine on recorded speech (pocketsphinx-testdata)', () => {
  let temp: Awaited<ReturnType<typeof makeTempDir>>;
  const references = new Map<string, string>();
  let tracks: AudioTrack[];
  let mixed: Transcript;
  let salesOnly: Transcript;

  const words = (t: Transcript, speaker: string) => t.segments.filter((s) => s.speaker === speaker).flatMap((s) => s.text.split(' '));
  const librivox = () => [...references.keys()];

  beforeAll(async () => {
    temp = await makeTempDir('callscribe-testdata-');
    for (const line of (await readFile(join(DATA, 'librivox/transcription'), 'utf8')).split('\n')) {
      const m = /^<s> (.*) <\/s> \((.+)\)$/.exec(line.trim());
      if (m) references.set(m[2]!, m[1]!);
    }
    // 16 kHz 16-bit mono: 32000 bytes a second after the 44-byte header.
    tracks = await Promise.all(
      [...references.keys()].map(async (id) => {
        const path = join(DATA, 'librivox', `${id}.wav`);
        return { path, speaker: id, durationSec: ((await stat(path)).size - 44) / 32000 };
      }),
    );
    for (const name of ['goforward', 'numbers']) {
      const samples = await readFile(join(DATA, `${name}.raw`));
      const path = join(temp.dir, `${name}.wav`);
      await writeFile(path, Buffer.concat([pcmWavHeader(samples.length, 16000), samples]));
      tracks.push({ path, speaker: name, durationSec: samples.length / 32000 });
    }
    // Each track is its own recognition, run side by side; the speaker label says which recording it was.
    // The sales LM alone decodes the three shortest sentences while the engine mixes its default LM.
    [mixed, salesOnly] = await Promise.all([
      createLocalTranscriber().transcribe({ callId: 'testdata', tracks, language: 'en', vocabulary: [] }),
      createLocalTranscriber({ generalWeight: 0 }).transcribe({ callId: 'testdata-sales', tracks: tracks.filter((t) => SHORTEST.some((id) => t.speaker!.endsWith(id))), language: 'en', vocabulary: [] }),
    ]);
  });
  afterAll(() => temp.cleanup());

  it('gives every segment a confidence and one posterior per word, the confidence being their mean', () => {
    for (const name of [...librivox(), 'goforward', 'numbers']) expect(words(mixed, name).length, name).toBeGreaterThan(0);
    for (const segment of [...mixed.segments, ...salesOnly.segments]) {
      const wordCount = segment.text.split(' ').length;
      expect(segment.wordConfidence).toHaveLength(wordCount);
      for (const c of segment.wordConfidence!) {
        expect(c).toBeGreaterThanOrEqual(0);
        expect(c).toBeLessThanOrEqual(1);
      }
      const mean = segment.wordConfidence!.reduce((a, b) => a + b, 0) / wordCount;
      expect(Math.abs(segment.confidence! - mean)).toBeLessThanOrEqual(0.006);
      expect(segment.endSec).toBeGreaterThan(segment.startSec);
    }
  });

  it('scores the words it got right higher than the words it got wrong', () => {
    const scored = librivox().flatMap((id) => {
      const segments = mixed.segments.filter((s) => s.speaker === id);
      const hyp = segments.flatMap((s) => s.text.split(' '));
      const confidence = segments.flatMap((s) => s.wordConfidence!);
      return alignedCorrect(recognitionWords(references.get(id)!), hyp).map((correct, i) => ({ correct, confidence: confidence[i]! }));
    });
    const mean = (xs: { confidence: number }[]) => xs.reduce((a, w) => a + w.confidence, 0) / xs.length;
    const right = scored.filter((w) => w.correct);
    const wrong = scored.filter((w) => !w.correct);
    expect(right.length).toBeGreaterThan(10);
    expect(wrong.length).toBeGreaterThan(3);
    expect(mean(right)).toBeGreaterThan(mean(wrong) + 0.1);
  });

  it('hears "go forward ten" and numbers as number words', () => {
    expect(words(mixed, 'goforward').join(' ')).toContain('go forward ten');
    const numbers = words(mixed, 'numbers');
    expect(numbers.filter((w) => NUMBER_WORDS.has(w)).length).toBeGreaterThanOrEqual(numbers.length * 0.6);
  });

  it('makes fewer errors on read English than the sales LM alone, and puts no sales terms in it', () => {
    const errors = (t: Transcript, ids: string[]) => ids.reduce((n, id) => n + wordErrorRate(references.get(id)!, words(t, id).join(' ')).errors, 0);
    const shortest = librivox().filter((id) => SHORTEST.some((s) => id.endsWith(s)));
    expect(shortest).toHaveLength(3);
    expect(errors(mixed, shortest)).toBeLessThan(errors(salesOnly, shortest));
    const referenceWords = librivox().reduce((n, id) => n + recognitionWords(references.get(id)!).length, 0);
    expect(errors(mixed, librivox()) / referenceWords).toBeLessThan(0.6);
    expect(librivox().flatMap((id) => words(mixed, id)).filter((w) => SALES_TERMS.has(w))).toEqual([]);
  });
});
