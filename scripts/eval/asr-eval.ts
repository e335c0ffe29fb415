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
import { withTempDir } from '../../src/pipeline/temp-dir.ts';
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

/** Prints word error rate per speaker and overall, per call and in total. Returns the transcripts by fixture name. */
export async function evaluateTranscription(
  transcriber: Transcriber,
  fixtures: readonly EvalFixture[],
  out: (line?: string) => void,
): Promise<Map<string, Transcript>> {
  out(`## Transcription: word error rate of ${transcriber.engine} (${transcriber.model})`);
  const transcripts = new Map<string, Transcript>();
  const rows: string[][] = [];
  const total = { rep: { e: 0, n: 0 }, customer: { e: 0, n: 0 } };
  const attribution = { right: 0, words: 0 };
  const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
  for (const f of fixtures) {
    if (!f.audio) continue;
    const hyp = await transcribeFixture({ ...f, audio: f.audio }, transcriber);
    transcripts.set(f.name, hyp);
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
    attribution.right += a.right;
    attribution.words += a.words;
    row.push(a.words ? pct(a.right / a.words) : '-');
    rows.push(row);
    process.stderr.write(`  transcribed ${f.name}\n`);
  }
  const all = (total.rep.e + total.customer.e) / (total.rep.n + total.customer.n);
  rows.push(['ALL', pct(total.rep.e / total.rep.n), pct(total.customer.e / total.customer.n), pct(all), pct(attribution.right / attribution.words)]);
  out(renderTable(['call', 'rep WER', 'customer WER', 'WER', 'words with the right speaker'], rows));
  out();
  return transcripts;
}
