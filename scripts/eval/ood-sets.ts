// Out-of-domain speech for the local engine: recordings with no sales talk in them, and their references.
//   real:  pocketsphinx-testdata (Debian package; `npm run bootstrap` installs it), /usr/share/pocketsphinx/test/data
//   synth: fixtures/ood/*.txt, spoken by espeak-ng at eval time (fixtures/ood/README.md)
// Each set is split into `dev` and `test` by a fixed rule, never by results: its recordings sorted by
// name, the 1st, 3rd, 5th … are dev, the others test. Tune on dev only.
import { existsSync } from 'node:fs';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pcmWavHeader } from '../../src/audio/wav.ts';
import { hash } from '../fixtures/voices.ts';
import { run } from '../fixtures/tools.ts';

export const TESTDATA = '/usr/share/pocketsphinx/test/data';
export const OOD_SCRIPTS = resolve(import.meta.dirname, '../../fixtures/ood');

export type OodSplit = 'dev' | 'test';
export type OodSet = 'librivox' | 'cards' | 'digits' | 'synth';

export interface OodRecording {
  set: OodSet;
  name: string;
  split: OodSplit;
  reference: string;
  /** A 16 kHz mono 16-bit WAV, a raw file of such samples, or lines to synthesize (voice per line). */
  source: { wav: string } | { raw: string } | { lines: { voice: string; text: string }[] };
}

/**
 * References. librivox and cards: the package's own `transcription` files. Two raw recordings:
 *  - goforward.raw, "go forward ten meters": the expected hypothesis in pocketsphinx's unit tests
 *    (cmusphinx/pocketsphinx test/unit/test_fsg/test_fsg.c, TEST_EQUAL(… "go forward ten meters") and
 *    cython/test/decoder_test.py).
 *  - tidigits/dhd.2934z.raw, "two nine three four zero": TIDIGITS files are named by the digits spoken
 *    (z = zero, o = oh), and the package's tidigits/tidigits.lsn gives man.ah.2934za as "two nine three four zero".
 * numbers.raw and something.raw are left out: no reference transcript is published for them (pocketsphinx
 * only ever decoded them in tests without checking the words, test/unit/test_fsg2.c and test_fsg3.c of 2008).
 */
const RAW_REFERENCES: Record<string, string> = {
  'goforward.raw': 'go forward ten meters',
  'tidigits/dhd.2934z.raw': 'two nine three four zero',
};

/**
 * espeak-ng voices for the synthesized scripts, male and female: the five US variants that
 * scripts/fixtures/voices.ts found pocketsphinx's US model recognises best, and two British ones (which it
 * recognises far worse: WER ~0.8 against ~0.5), so accents vary as they do in real calls.
 */
const VOICES = ['en-us+m1', 'en-us+f2', 'en-gb+m3', 'en-us+f5', 'en-us+m5', 'en-us+m6', 'en-gb-x-rp+f2'] as const;

/** Alternate dev / test over names sorted within a set. */
function split<T extends { name: string }>(items: T[]): (T & { split: OodSplit })[] {
  return [...items].sort((a, b) => (a.name < b.name ? -1 : 1)).map((item, i) => ({ ...item, split: i % 2 === 0 ? 'dev' : 'test' }));
}

/** `<s> words </s> (id)` lines → id → words. */
function parseTranscription(text: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of text.split('\n')) {
    const m = /^(.*)\(([^()]+)\)\s*$/.exec(line.trim());
    if (m) out.set(m[2]!.trim(), m[1]!.replace(/<\/?s>/g, ' ').replace(/\s+/g, ' ').trim());
  }
  return out;
}

/** A script's lines with their voices: `A:` / `B:` lines are two speakers, unprefixed lines speaker A; `#` starts a comment. */
export function parseScript(name: string, text: string): { voice: string; text: string }[] {
  const a = hash(`ood:${name}`) % VOICES.length;
  const b = (a + 1 + (hash(`ood:${name}:B`) % (VOICES.length - 1))) % VOICES.length;
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => {
      const m = /^([AB]):\s*(.*)$/.exec(l);
      return { voice: VOICES[m?.[1] === 'B' ? b : a]!, text: m ? m[2]! : l };
    });
}

export async function oodRecordings(): Promise<OodRecording[]> {
  if (!existsSync(join(TESTDATA, 'librivox/transcription'))) throw new Error(`${TESTDATA} is missing: install pocketsphinx-testdata (npm run bootstrap)`);
  const librivox = parseTranscription(await readFile(join(TESTDATA, 'librivox/transcription'), 'utf8'));
  const cards = parseTranscription(await readFile(join(TESTDATA, 'cards/cards.transcription'), 'utf8'));
  const scripts = (await readdir(OOD_SCRIPTS)).filter((f) => f.endsWith('.txt'));
  return [
    ...split([...librivox].map(([id, reference]) => ({ set: 'librivox' as const, name: id, reference, source: { wav: join(TESTDATA, 'librivox', `${id}.wav`) } }))),
    ...split([...cards].map(([id, reference]) => ({ set: 'cards' as const, name: `cards-${id}`, reference, source: { wav: join(TESTDATA, 'cards', `${id}.wav`) } }))),
    ...split(Object.entries(RAW_REFERENCES).map(([file, reference]) => ({ set: 'digits' as const, name: file, reference, source: { raw: join(TESTDATA, file) } }))),
    ...split(
      await Promise.all(
        scripts.map(async (file) => {
          const lines = parseScript(file, await readFile(join(OOD_SCRIPTS, file), 'utf8'));
          return { set: 'synth' as const, name: file.replace(/\.txt$/, ''), reference: lines.map((l) => l.text).join(' '), source: { lines } };
        }),
      ),
    ),
  ];
}

/** The recording as a 16 kHz mono WAV with a plain 44-byte header (what pocketsphinx_continuous expects), written into `dir` when needed. */
export async function recordingWav(rec: OodRecording, dir: string): Promise<{ path: string; durationSec: number }> {
  if ('wav' in rec.source) {
    const bytes = (await readFile(rec.source.wav)).length - 44;
    return { path: rec.source.wav, durationSec: bytes / 32000 };
  }
  const path = join(dir, `${rec.name.replace(/[^\w.-]+/g, '_')}.wav`);
  let samples: Buffer;
  if ('raw' in rec.source) {
    samples = await readFile(rec.source.raw);
  } else {
    // Each line in its voice, resampled to 16 kHz mono 16-bit and followed by a third of a second of silence.
    const parts: Buffer[] = [];
    for (const [i, line] of rec.source.lines.entries()) {
      const wav = join(dir, `${rec.name}-${i}.wav`);
      const raw = join(dir, `${rec.name}-${i}.raw`);
      await run('espeak-ng', ['-v', line.voice, '-s', '155', '-w', wav, line.text]);
      // -D: no dither, which sox otherwise seeds from the clock, so the same script gives the same samples.
      await run('sox', ['-D', wav, '-t', 'raw', '-r', '16000', '-c', '1', '-b', '16', '-e', 'signed-integer', raw, 'pad', '0', '0.33']);
      parts.push(await readFile(raw));
      await Promise.all([wav, raw].map((p) => rm(p, { force: true })));
    }
    samples = Buffer.concat(parts);
  }
  await writeFile(path, Buffer.concat([pcmWavHeader(samples.length, 16000), samples]));
  return { path, durationSec: samples.length / 32000 };
}
