import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ipaToArpabet, type Pronouncer } from '../../../../src/adapters/transcription/local/lm/pronounce.ts';
import { createLocalTranscriber, GENERAL_WEIGHT } from '../../../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';

// A stand-in for pocketsphinx_continuous: records its arguments and a copy of the -lm / -dict files,
// then prints canned word timings (words for the rep track, nothing for the customer's silence).
const FAKE = `#!/bin/sh
out="$FAKE_DIR/$(basename "$2" .wav)"
echo "$@" > "$out.args"
while [ $# -gt 0 ]; do
  case "$1" in
    -lm) cp "$2" "$out.lm" ;;
    -dict) cp "$2" "$out.dict" ;;
  esac
  shift
done
case "$out" in
  *rep) printf '<s> 0.000 0.300 1.000000\\nhi 0.310 0.500 0.900000\\npriya 0.510 0.900 0.800000\\n</s> 0.910 1.200 1.000000\\n' ;;
esac
`;

const noPronouncer: Pronouncer = { pronounce: async () => new Map() };

describe('createLocalTranscriber', () => {
  let dir: string;
  let work: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'sphinx-test-'));
    work = join(dir, 'work');
    await mkdir(work);
    await writeFile(join(dir, 'fake-sphinx'), FAKE);
    await chmod(join(dir, 'fake-sphinx'), 0o755);
    await writeFile(join(dir, 'rep.wav'), '');
    await writeFile(join(dir, 'customer.wav'), '');
    process.env.FAKE_DIR = dir;
  });
  afterEach(async () => {
    delete process.env.FAKE_DIR;
    await rm(dir, { recursive: true, force: true });
  });

  const tracks = () => [
    { path: join(dir, 'rep.wav'), speaker: 'rep', durationSec: 2 },
    { path: join(dir, 'customer.wav'), speaker: 'customer', durationSec: 2 },
  ];

  it('decodes with the sales LM mixed with general English, carrying the call names, then removes its temporary files', async () => {
    const pronouncer: Pronouncer = { pronounce: async (words) => new Map(words.map((w) => [w, 'P R IY Y AH'])) };
    const transcriber = createLocalTranscriber({ binary: join(dir, 'fake-sphinx'), tmpDir: work }, { pronouncer });
    expect(transcriber.model).toBe(`pocketsphinx-en-us+sales-lm+english-${GENERAL_WEIGHT}`);
    const transcript = await transcriber.transcribe({ callId: 'c1', tracks: tracks(), language: 'en', vocabulary: ['Priya Zyxwq', 'Acme'] });

    expect(transcript.segments).toEqual([{ speaker: 'rep', startSec: 0.31, endSec: 0.9, text: 'hi priya', confidence: 0.85, wordConfidence: [0.9, 0.8] }]);
    expect(transcript.speakers.map((s) => s.id)).toEqual(['rep', 'customer']);
    const lm = await readFile(join(dir, 'rep.lm'), 'utf8');
    expect(lm).toMatch(/\thi priya\t/);
    expect(lm).toMatch(/\tacme\t/);
    expect(lm).not.toContain('<name>');
    const dict = await readFile(join(dir, 'rep.dict'), 'utf8');
    expect(dict).toMatch(/^priya P R IY Y AH$/m);
    expect(dict).toMatch(/^acme AE K M IY$/m);
    expect(dict).toMatch(/^contract /m);
    expect(lm).toMatch(/\tprime minister\t/);
    expect(dict).toMatch(/^minister /m);
    expect(await readFile(join(dir, 'customer.args'), 'utf8')).toContain('-lm');
    expect(await readdir(work)).toEqual([]);
  });

  it('decodes with the sales LM alone at general weight 0', async () => {
    const transcriber = createLocalTranscriber({ binary: join(dir, 'fake-sphinx'), tmpDir: work, generalWeight: 0 }, { pronouncer: noPronouncer });
    expect(transcriber.model).toBe('pocketsphinx-en-us+sales-lm');
    await transcriber.transcribe({ callId: 'c1', tracks: tracks(), language: 'en', vocabulary: ['Acme'] });
    const lm = await readFile(join(dir, 'rep.lm'), 'utf8');
    expect(lm).not.toMatch(/\tprime minister\t/);
    expect(lm).toMatch(/\tacme\t/);
  });

  it('uses the default LM and dictionary when asked', async () => {
    const transcriber = createLocalTranscriber({ binary: join(dir, 'fake-sphinx'), languageModel: 'default', decoder: { lw: '7' } }, { pronouncer: noPronouncer });
    expect(transcriber.model).toBe('pocketsphinx-en-us');
    await transcriber.transcribe({ callId: 'c1', tracks: tracks(), language: null, vocabulary: ['Acme'] });
    const args = await readFile(join(dir, 'rep.args'), 'utf8');
    expect(args).toContain('/en-us.lm.bin');
    expect(args).toContain('/cmudict-en-us.dict');
    expect(args).toContain('-lw 7');
  });

  it('leaves out names it cannot pronounce, and fails clearly without the binary', async () => {
    const transcriber = createLocalTranscriber({ binary: join(dir, 'fake-sphinx') }, { pronouncer: noPronouncer });
    await transcriber.transcribe({ callId: 'c1', tracks: tracks(), language: 'en', vocabulary: ['Zyxwq Qqrt'] });
    expect(await readFile(join(dir, 'rep.lm'), 'utf8')).not.toContain('zyxwq');
    const missing = createLocalTranscriber({ binary: join(dir, 'no-such-binary') }, { pronouncer: noPronouncer });
    await expect(missing.transcribe({ callId: 'c1', tracks: tracks(), language: 'en', vocabulary: [] })).rejects.toMatchObject({ code: 'TRANSCRIBER_MISSING' });
    await expect(missing.transcribe({ callId: 'c1', tracks: tracks(), language: 'es', vocabulary: [] })).rejects.toMatchObject({ code: 'TRANSCRIBE_LANGUAGE_UNSUPPORTED' });
  });
});

describe('ipaToArpabet', () => {
  it('maps espeak-ng IPA, with stress and length marks, to ARPAbet', () => {
    expect(ipaToArpabet('p_ɹ_ˈɪ_j_ə')).toBe('P R IH Y AH');
    expect(ipaToArpabet('b_ɹ_ˈaɪ_t_l_aɪ_n')).toBe('B R AY T L AY N');
    expect(ipaToArpabet('n_ˈɔːɹ_θ_w_ɪ_n_d')).toBe('N AO R TH W IH N D');
    expect(ipaToArpabet('dʒ_ˈoʊ_k_w_ɪ_n\n')).toBe('JH OW K W IH N');
  });

  it('gives null for a sound it has no phone for', () => {
    expect(ipaToArpabet('k_ʘ_a')).toBeNull();
  });
});
