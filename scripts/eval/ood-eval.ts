// Out-of-domain eval of the local engine: does speech that is not a sales call come out as sales talk?
//   node scripts/eval/ood-eval.ts [--split dev|test] [--weight 0.5 …] [--mixed-only] [--calls] [--calibrate] [--dump FILE]
// (also `npm run eval -- --ood`). For each language model (the sales LM alone, pocketsphinx's default LM,
// and the sales LM mixed with general English at each --weight, default the engine's GENERAL_WEIGHT;
// --mixed-only leaves out the first two) it
// prints, per set and split (ood-sets.ts): WER, the share of recognised and of reference words that are
// sales terms, and word-posterior statistics. --calls adds the fixture sales calls (fixtures/calls, the dev
// split; fixtures/test-calls is never read). --calibrate adds, for the last mixed LM, the
// posterior-vs-correctness tables on dev data only (OOD dev halves and the fixture calls) and how the
// transcript rule of src/adapters/transcription/local/confidence.ts classifies each transcript (calibration.ts).
// --dump writes every transcript's word posteriors and right/wrong marks (no words) as JSON.
// Only numbers are printed, never transcript text.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createLocalTranscriber, GENERAL_WEIGHT, type LocalTranscriberConfig } from '../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';
import { renderTable } from '../../src/cli/render-table.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import { vocabularyOf } from '../../src/pipeline/vocabulary.ts';
import { calibrationReport } from './calibration.ts';
import { fixtureTracks, SPEAKERS } from './fixture-tracks.ts';
import { loadFixtures } from './fixtures.ts';
import { oodRecordings, recordingWav, type OodSplit } from './ood-sets.ts';
import { alignedCorrect, recognitionWords, wordErrorRate } from './wer.ts';

/** Words that mark sales talk. Fixed: changing it changes every figure of this report. */
export const SALES_TERMS: ReadonlySet<string> = new Set([
  'contract', 'contracts', 'pricing', 'price', 'demo', 'proposal', 'signed', 'sign', 'signature', 'deal', 'discount', 'renewal',
  'invoice', 'quote', 'budget', 'license', 'licenses', 'onboarding', 'pilot', 'procurement', 'subscription', 'seats', 'vendor',
  'software', 'legal', 'trial', 'sales', 'quarter', 'rollout', 'integration', 'crm',
]);

export interface LmUnderTest {
  label: string;
  config: LocalTranscriberConfig;
}

/** One scored transcript: a recording, or a fixture call (both tracks). */
export interface Scored {
  set: string;
  name: string;
  split: OodSplit;
  /** Word errors and reference words, as scripts/eval/wer.ts counts them. */
  errors: number;
  refWords: number;
  refSalesWords: number;
  words: { word: string; confidence: number; correct: boolean }[];
}

export const defaultLms = (weights: readonly number[] = [GENERAL_WEIGHT], mixedOnly = false): LmUnderTest[] => [
  ...(mixedOnly
    ? []
    : [
        { label: 'sales LM', config: { generalWeight: 0 } },
        { label: 'default LM', config: { languageModel: 'default' as const } },
      ]),
  ...weights.map((w) => ({ label: `mixed LM (general ${w})`, config: { generalWeight: w } })),
];

/** Words of a transcript (one speaker's, or all) with their posteriors. */
function hypWords(t: Transcript, speaker?: string): { word: string; confidence: number }[] {
  return t.segments
    .filter((s) => !speaker || s.speaker === speaker)
    .flatMap((s) => {
      const words = s.text.split(' ').filter(Boolean);
      return words.map((word, i) => ({ word, confidence: s.wordConfidence?.[i] ?? s.confidence ?? 0 }));
    });
}

function score(reference: string, hyp: { word: string; confidence: number }[]): Omit<Scored, 'set' | 'name' | 'split'> {
  const ref = recognitionWords(reference);
  const correct = alignedCorrect(ref, hyp.map((h) => h.word));
  const wer = wordErrorRate(reference, hyp.map((h) => h.word).join(' '));
  return {
    errors: wer.errors,
    refWords: wer.words,
    refSalesWords: ref.filter((w) => SALES_TERMS.has(w)).length,
    words: hyp.map((h, i) => ({ ...h, correct: correct[i]! })),
  };
}

async function pool<T, R>(items: readonly T[], concurrency: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  }));
  return results;
}

/** Transcribes every OOD recording of `splits` (and the fixture calls with `calls`) with one LM. */
/** Synthesized or converted recordings, made once per run whatever the number of LMs. */
const wavs = new Map<string, ReturnType<typeof recordingWav>>();

export async function scoreLm(lm: LmUnderTest, options: { splits: readonly OodSplit[]; calls: boolean; concurrency: number; dir: string }): Promise<Scored[]> {
  const transcriber = createLocalTranscriber(lm.config);
  const recordings = (await oodRecordings()).filter((r) => options.splits.includes(r.split));
  const scored: Scored[] = await pool(recordings, options.concurrency, async (rec) => {
    const key = `${options.dir}\n${rec.name}`;
    if (!wavs.has(key)) wavs.set(key, recordingWav(rec, options.dir));
    const wav = await wavs.get(key)!;
    const t = await transcriber.transcribe({ callId: rec.name, tracks: [{ path: wav.path, speaker: null, durationSec: wav.durationSec }], language: 'en', vocabulary: [] });
    return { set: rec.set, name: rec.name, split: rec.split, ...score(rec.reference, hypWords(t)) };
  });
  if (options.calls && options.splits.includes('dev')) {
    const fixtures = (await loadFixtures(undefined, 'dev')).filter((f): f is typeof f & { audio: string } => Boolean(f.audio));
    for (const f of fixtures) {
      const t = await transcriber.transcribe({ callId: f.name, tracks: await fixtureTracks(f), language: 'en', vocabulary: vocabularyOf(f.meta) });
      const parts = SPEAKERS.map((sp) => score(f.transcript.segments.filter((s) => s.speaker === sp).map((s) => s.text).join(' '), hypWords(t, sp)));
      scored.push({
        set: 'sales calls',
        name: f.name,
        split: 'dev',
        errors: parts.reduce((n, p) => n + p.errors, 0),
        refWords: parts.reduce((n, p) => n + p.refWords, 0),
        refSalesWords: parts.reduce((n, p) => n + p.refSalesWords, 0),
        words: parts.flatMap((p) => p.words),
      });
    }
  }
  return scored;
}

const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '-');
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Rows of WER, sales-term shares and posterior statistics per set and split. */
export function summaryRows(scored: readonly Scored[]): string[][] {
  const groups = new Map<string, Scored[]>();
  for (const s of scored) groups.set(`${s.set}\t${s.split}`, [...(groups.get(`${s.set}\t${s.split}`) ?? []), s]);
  for (const split of ['dev', 'test']) {
    const ood = scored.filter((s) => s.split === split && s.set !== 'sales calls');
    if (ood.length) groups.set(`all OOD\t${split}`, ood);
  }
  return [...groups].map(([key, g]) => {
    const words = g.flatMap((s) => s.words);
    const refWords = g.reduce((n, s) => n + s.refWords, 0);
    return [
      ...key.split('\t'),
      String(g.length),
      String(refWords),
      pct(g.reduce((n, s) => n + s.errors, 0) / refWords),
      pct(words.filter((w) => SALES_TERMS.has(w.word)).length / words.length),
      pct(g.reduce((n, s) => n + s.refSalesWords, 0) / refWords),
      mean(words.map((w) => w.confidence)).toFixed(2),
      `${mean(words.filter((w) => w.correct).map((w) => w.confidence)).toFixed(2)} / ${mean(words.filter((w) => !w.correct).map((w) => w.confidence)).toFixed(2)}`,
    ];
  });
}

export const SUMMARY_HEADER = ['set', 'split', 'recordings', 'ref words', 'WER', 'sales terms (hyp)', 'sales terms (ref)', 'mean posterior', 'posterior right / wrong'];

export async function runOodEval(
  options: { splits?: readonly OodSplit[]; weights?: readonly number[]; mixedOnly?: boolean; calls?: boolean; calibrate?: boolean; concurrency?: number },
  out: (line?: string) => void,
): Promise<Map<string, Scored[]>> {
  const lms = defaultLms(options.weights, options.mixedOnly);
  const splits = options.splits ?? ['dev', 'test'];
  const dir = await mkdtemp(join(tmpdir(), 'callscribe-ood-'));
  const results = new Map<string, Scored[]>();
  try {
    for (const lm of lms) {
      const started = Date.now();
      const scored = await scoreLm(lm, { splits, calls: Boolean(options.calls || (options.calibrate && lm === lms.at(-1))), concurrency: options.concurrency ?? 2, dir });
      results.set(lm.label, scored);
      out(`## Out-of-domain speech: ${lm.label} ${JSON.stringify(lm.config)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      out(renderTable(SUMMARY_HEADER, summaryRows(scored)));
      out();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  if (options.calibrate) {
    const last = lms.at(-1)!;
    out(`## Calibration: ${last.label}, posteriors on dev data only`);
    out(calibrationReport(results.get(last.label)!));
  }
  return results;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      split: { type: 'string' },
      weight: { type: 'string', multiple: true },
      'mixed-only': { type: 'boolean' },
      calls: { type: 'boolean' },
      calibrate: { type: 'boolean' },
      concurrency: { type: 'string', default: '2' },
      dump: { type: 'string' },
    },
  });
  if (values.split && values.split !== 'dev' && values.split !== 'test') throw new Error(`--split is dev or test, not ${values.split}`);
  const results = await runOodEval(
    {
      ...(values.split ? { splits: [values.split as OodSplit] } : {}),
      ...(values.weight ? { weights: values.weight.map(Number) } : {}),
      mixedOnly: Boolean(values['mixed-only']),
      calls: Boolean(values.calls),
      calibrate: Boolean(values.calibrate),
      concurrency: Number(values.concurrency),
    },
    (line = '') => process.stdout.write(`${line}\n`),
  );
  if (values.dump) {
    const numbers = [...results].map(([lm, scored]) => ({ lm, transcripts: scored.map(({ words, ...s }) => ({ ...s, words: words.map((w) => [w.confidence, w.correct ? 1 : 0]) })) }));
    await writeFile(values.dump, JSON.stringify(numbers));
  }
}
