// `npm run eval`: quality on the gold-labelled fixture calls.
//  1. Word error rate per speaker of the local engine (pocketsphinx) against the scripts.
//  2. The rules extractor on the gold transcripts, and end to end on the local engine's transcripts: action-item precision / recall, owner and due-date
//     accuracy, stage accuracy, and the share of items whose evidence is grounded in the transcript.
// Options: --skip-asr (extraction only), --only NAME.
import { readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRulesExtractor } from '../../src/adapters/extraction/rules/rules.extractor.ts';
import { createFsBlobStore } from '../../src/adapters/storage/fs/fs.blob-store.ts';
import { createLocalTranscriber } from '../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';
import { CallMeta } from '../../src/domain/call-meta.ts';
import { callKeys } from '../../src/domain/call-keys.ts';
import { groundQuote } from '../../src/domain/grounding.ts';
import { Transcript } from '../../src/domain/transcript.ts';
import { silentLogger } from '../../src/logging/logger.ts';
import { getJson } from '../../src/ports/blob-store.ts';
import { runInProcess } from '../../src/pipeline/run-in-process.ts';
import type { PipelinePorts } from '../../src/pipeline/pipeline-ports.ts';
import { withTempDir } from '../../src/pipeline/temp-dir.ts';
import { renderTable } from '../../src/cli/render-table.ts';
import { matchItems, type GoldItem } from './match-items.ts';
import { wordErrorRate } from './wer.ts';

const { values } = parseArgs({ options: { 'skip-asr': { type: 'boolean' }, only: { type: 'string' } } });
const root = resolve(import.meta.dirname, '../../fixtures/calls');
const names = (await readdir(root, { withFileTypes: true })).filter((d) => d.isDirectory() && (!values.only || d.name === values.only)).map((d) => d.name).sort();

interface Fixture {
  name: string;
  dir: string;
  meta: CallMeta;
  gold: { actionItems: GoldItem[]; expectedStage: string | null };
  transcript: Transcript;
}
const fixtures: Fixture[] = [];
for (const name of names) {
  const dir = join(root, name);
  const read = async (f: string) => JSON.parse(await readFile(join(dir, f), 'utf8')) as unknown;
  fixtures.push({
    name,
    dir,
    meta: CallMeta.parse(await read('meta.json')),
    gold: (await read('gold.json')) as Fixture['gold'],
    transcript: Transcript.parse(await read('transcript.gold.json')),
  });
}
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const out = (s = '') => process.stdout.write(`${s}\n`);

const asrTranscripts = new Map<string, Transcript>();
if (!values['skip-asr']) {
  out('## Transcription: word error rate of the local engine (pocketsphinx-en-us, default language model)');
  const rows: string[][] = [];
  const total = { rep: { e: 0, n: 0 }, customer: { e: 0, n: 0 } };
  for (const f of fixtures) {
    const hyp = await withTempDir(tmpdir(), async (dir) => {
      const blobs = createFsBlobStore(dir);
      const ports = { blobs, transcriber: createLocalTranscriber(), logger: silentLogger, clock: () => new Date(), tmpDir: tmpdir(), policy: { stage: 'off', autoMinConfidence: 1, maxDurationSec: 3600 } } as unknown as PipelinePorts;
      const call = await runInProcess(join(f.dir, 'call.ogg'), f.meta, ports, { until: 'transcribe' });
      return (await getJson(blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw)))!;
    });
    asrTranscripts.set(f.name, hyp);
    const row = [f.name];
    for (const speaker of ['rep', 'customer'] as const) {
      const text = (t: Transcript) => t.segments.filter((s) => s.speaker === speaker).map((s) => s.text).join(' ');
      const r = wordErrorRate(text(f.transcript), text(hyp));
      total[speaker].e += r.errors;
      total[speaker].n += r.words;
      row.push(`${pct(r.wer)} (${r.words} words)`);
    }
    const all = wordErrorRate(f.transcript.segments.map((s) => s.text).join(' '), hyp.segments.map((s) => s.text).join(' '));
    row.push(pct(all.wer));
    rows.push(row);
    process.stderr.write(`  transcribed ${f.name}\n`);
  }
  rows.push(['ALL', pct(total.rep.e / total.rep.n), pct(total.customer.e / total.customer.n), pct((total.rep.e + total.customer.e) / (total.rep.n + total.customer.n))]);
  out(renderTable(['call', 'rep WER', 'customer WER', 'overall WER'], rows));
  out();
}

const extractor = createRulesExtractor();
await evaluateExtraction('gold transcripts', (f) => f.transcript);
if (asrTranscripts.size) await evaluateExtraction('local-engine transcripts (end to end)', (f) => asrTranscripts.get(f.name)!);

async function evaluateExtraction(label: string, transcriptOf: (f: Fixture) => Transcript): Promise<void> {
  out(`## Extraction: rules engine on the ${label}`);
  const rows: string[][] = [];
  const sum = { gold: 0, predicted: 0, matched: 0, ownerOk: 0, dueOk: 0, stageOk: 0, grounded: 0, evidence: 0 };
  for (const f of fixtures) {
    const transcript = transcriptOf(f);
    const insights = await extractor.extract({ transcript, meta: f.meta });
    const pairs = matchItems(f.gold.actionItems, insights.actionItems);
    const ownerOk = pairs.filter((p) => p.predicted.owner === p.gold.owner).length;
    const dueOk = pairs.filter((p) => p.predicted.dueDate === p.gold.dueDate).length;
    const stageOk = (insights.dealStage.proposed ?? null) === (f.gold.expectedStage ?? null);
    const evidence = [...insights.actionItems.flatMap((a) => a.evidence), ...insights.dealStage.evidence];
    const grounded = evidence.filter((e) => groundQuote(transcript, e.quote)).length;
    sum.gold += f.gold.actionItems.length;
    sum.predicted += insights.actionItems.length;
    sum.matched += pairs.length;
    sum.ownerOk += ownerOk;
    sum.dueOk += dueOk;
    sum.stageOk += stageOk ? 1 : 0;
    sum.grounded += grounded;
    sum.evidence += evidence.length;
    rows.push([
      f.name,
      `${pairs.length}/${f.gold.actionItems.length}`,
      `${pairs.length}/${insights.actionItems.length}`,
      `${ownerOk}/${pairs.length}`,
      `${dueOk}/${pairs.length}`,
      `${insights.dealStage.proposed ?? 'none'} (gold ${f.gold.expectedStage ?? 'none'})${stageOk ? '' : ' ✗'}`,
    ]);
  }
  out(renderTable(['call', 'recall', 'precision', 'owner', 'due date', 'stage'], rows));
  out();
  const ratio = (a: number, b: number) => (b ? (a / b).toFixed(2) : 'n/a');
  out(`action items: precision ${ratio(sum.matched, sum.predicted)}, recall ${ratio(sum.matched, sum.gold)} (${sum.matched} matched, ${sum.predicted} predicted, ${sum.gold} gold)`);
  out(`owner accuracy ${ratio(sum.ownerOk, sum.matched)}, due-date accuracy ${ratio(sum.dueOk, sum.matched)}, stage accuracy ${ratio(sum.stageOk, fixtures.length)} (${sum.stageOk}/${fixtures.length})`);
  out(`grounded evidence ${ratio(sum.grounded, sum.evidence)} (${sum.grounded}/${sum.evidence} quotes found in the transcript)`);
  out();
}
