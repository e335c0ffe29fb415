import { tmpdir } from 'node:os';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { renderTable } from '../../src/cli/render-table.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import { withTempDir } from '../../src/processes/temp-dir.ts';
import type { EvalFixture } from './fixtures.ts';
import { speakerAttribution, wordErrorRate } from './wer.ts';

/** Runs prepare + transcribe on each fixture recording with `transcriber`, through the same steps as the service. */
export async function transcribeFixture(f: EvalFixture & { audio: string }, transcriber: Transcriber): Promise<Transcript> {
  return withTempDir(tmpdir(), async (dir) => {
    const blobs = createFsBlobStore(dir);
    const ports = { blobs, transcriber, logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { dealStage: 'off', autoMinConfidence: 1, maxDurationSec: 4 * 3600 } } as const;
    const call = await runInProcess(f.audio, f.meta, ports as unknown as PipelinePorts, { until: 'transcribe' });
    return (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
  });
}

/** Word errors and reference words per speaker, and recognised words given the right speaker, over a set of calls. */
export interface AsrTotals {
  calls: number;
  rep: { e: number; n: number };
  customer: { e: number; n: number };
  attribution: { right: number; words: number };
}

/**
 * Prints word error rate per speaker and overall, per call and in total, for the calls of `fixtures` with
 * audio (`label` names them in the heading). Returns the transcripts by fixture name and the totals.
 * Two calls are transcribed at a time, each with its two channels side by side (the pipeline's
 * `transcriber.concurrency`), so two cores stay busy when one channel of a call has finished before the
 * other. A progress line per call goes to stderr.
 */
export async function evaluateTranscription(
  transcriber: Transcriber,
  fixtures: readonly EvalFixture[],
  out: (line?: string) => void,
  label = 'dev split',
): Promise<{ transcripts: Map<string, Transcript>; totals: AsrTotals }> {
  out(`## Transcription: word error rate of ${transcriber.engine} (${transcriber.model}) on the ${label}`);
  const transcripts = new Map<string, Transcript>();
  const rows: string[][] = [];
  const total: AsrTotals = { calls: 0, rep: { e: 0, n: 0 }, customer: { e: 0, n: 0 }, attribution: { right: 0, words: 0 } };
  const withAudio = fixtures.filter((f): f is EvalFixture & { audio: string } => f.audio !== null);
  const started = Date.now();
  process.stderr.write(`  transcribing ${withAudio.length} calls of the ${label} with ${transcriber.engine}\n`);
  let done = 0;
  const hyps = await mapLimit(withAudio, CALLS_AT_A_TIME, async (f) => {
    const hyp = await transcribeFixture(f, transcriber);
    done += 1;
    process.stderr.write(`  [${done}/${withAudio.length}] transcribed ${f.name} (${((Date.now() - started) / 1000).toFixed(0)} s so far)\n`);
    return hyp;
  });
  for (const [i, f] of withAudio.entries()) {
    const hyp = hyps[i]!;
    transcripts.set(f.name, hyp);
    total.calls += 1;
    const row = [f.name];
    let errors = 0;
    let words = 0;
    for (const speaker of ['rep', 'customer'] as const) {
      const text = (t: Transcript) => t.segments.filter((s) => s.speaker === speaker).map((s) => s.text).join(' ');
      const r = wordErrorRate(text(f.transcript), text(hyp));
      total[speaker].e += r.errors;
      total[speaker].n += r.words;
      errors += r.errors;
      words += r.words;
      row.push(r.words ? `${pct(r.wer)} (${r.words} words)` : `- (${r.errors} words invented)`);
    }
    row.push(pct(words ? errors / words : 0));
    const a = speakerAttribution(f.transcript.segments, hyp.segments);
    total.attribution.right += a.right;
    total.attribution.words += a.words;
    row.push(a.words ? pct(a.right / a.words) : '-');
    rows.push(row);
  }
  const [rep, customer, all, attribution] = werCells(total);
  rows.push(['ALL', rep, customer, all, attribution]);
  out(renderTable(['call', 'rep WER', 'customer WER', 'WER', 'words with the right speaker'], rows));
  out();
  return { transcripts, totals: total };
}

/** One row per run (engine × split): WER per speaker and overall, and speaker attribution. */
export function werTable(runs: readonly (readonly [string, AsrTotals])[]): string {
  return renderTable(
    ['run', 'calls', 'words', 'rep WER', 'customer WER', 'WER', 'words with the right speaker'],
    runs.map(([name, t]) => [name, String(t.calls), String(t.rep.n + t.customer.n), ...werCells(t)]),
  );
}

/** Calls transcribed at once (each runs two pocketsphinx processes): enough for two cores. */
const CALLS_AT_A_TIME = 2;

/** Runs `work` over `items`, at most `limit` at a time, keeping the input order in the result. */
async function mapLimit<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  return results;
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const ratio = (a: number, b: number) => (b ? pct(a / b) : 'n/a');

function werCells(t: AsrTotals): [string, string, string, string] {
  return [ratio(t.rep.e, t.rep.n), ratio(t.customer.e, t.customer.n), ratio(t.rep.e + t.customer.e, t.rep.n + t.customer.n), ratio(t.attribution.right, t.attribution.words)];
}
