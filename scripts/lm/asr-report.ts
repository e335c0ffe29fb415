// Word error rate and speaker attribution of the local engine on the fixture calls with audio, for
// one or more transcriber configurations side by side (default: pocketsphinx's default LM vs the sales LM):
//   node scripts/lm/asr-report.ts [--only NAME] [--no-vocabulary] [--config '{"languageModel":"default"}' --config '{}' …]
// Only numbers are printed, never transcript text. WER is computed exactly as `npm run eval` does
// (scripts/eval/wer.ts, per speaker against transcript.gold.json), on the same samples
// (scripts/eval/fixture-tracks.ts, cached between runs).
//
// Attribution: each recognised segment's words are credited to the reference speakers whose gold
// segments it overlaps in time (in proportion to the overlap); the share credited to the speaker of the
// segment's own channel is the attribution rate. Words overlapping no gold speech are not counted.
import { parseArgs } from 'node:util';
import { createLocalTranscriber, type LocalTranscriberConfig } from '../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import { vocabularyOf } from '../../src/pipeline/vocabulary.ts';
import { fixtureTracks, SPEAKERS } from '../eval/fixture-tracks.ts';
import { loadFixtures, type EvalFixture } from '../eval/fixtures.ts';
import { wordErrorRate } from '../eval/wer.ts';

const { values } = parseArgs({ options: { only: { type: 'string' }, config: { type: 'string', multiple: true }, 'no-vocabulary': { type: 'boolean' } } });
const configs: LocalTranscriberConfig[] = (values.config ?? ['{"languageModel":"default"}', '{"languageModel":"sales"}']).map((c) => JSON.parse(c));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** Words of `hyp` credited to their own channel's speaker and to the other one, by time overlap with the gold segments. */
function attribution(gold: Transcript, hyp: Transcript): { right: number; wrong: number } {
  let right = 0;
  let wrong = 0;
  for (const seg of hyp.segments) {
    const words = seg.text.split(' ').filter(Boolean).length;
    const overlap = { same: 0, other: 0 };
    for (const g of gold.segments) {
      const o = Math.min(seg.endSec, g.endSec) - Math.max(seg.startSec, g.startSec);
      if (o > 0) overlap[g.speaker === seg.speaker ? 'same' : 'other'] += o;
    }
    const total = overlap.same + overlap.other;
    if (!total) continue;
    right += (words * overlap.same) / total;
    wrong += (words * overlap.other) / total;
  }
  return { right, wrong };
}

const fixtures = (await loadFixtures(values.only)).filter((f): f is EvalFixture & { audio: string } => Boolean(f.audio));
const header = ['call', ...configs.map((c, i) => `#${i + 1} WER (rep / customer / all)`)];
const rows: string[][] = [];
const totals = configs.map(() => ({ rep: { e: 0, n: 0 }, customer: { e: 0, n: 0 }, right: 0, wrong: 0, ms: 0 }));
for (const f of fixtures) {
  const tracks = await fixtureTracks(f);
  const row = [f.name];
  for (const [i, config] of configs.entries()) {
    const started = Date.now();
    const hyp = await createLocalTranscriber(config).transcribe({ callId: f.name, tracks, language: 'en', vocabulary: values['no-vocabulary'] ? [] : vocabularyOf(f.meta) });
    const t = totals[i]!;
    t.ms += Date.now() - started;
    const cells: string[] = [];
    let e = 0;
    let n = 0;
    for (const speaker of SPEAKERS) {
      const text = (tr: Transcript) => tr.segments.filter((s) => s.speaker === speaker).map((s) => s.text).join(' ');
      const r = wordErrorRate(text(f.transcript), text(hyp));
      t[speaker].e += r.errors;
      t[speaker].n += r.words;
      e += r.errors;
      n += r.words;
      cells.push(r.words ? pct(r.wer) : `+${r.errors}`);
    }
    const a = attribution(f.transcript, hyp);
    t.right += a.right;
    t.wrong += a.wrong;
    row.push(`${cells.join(' / ')} / ${pct(n ? e / n : 0)}`);
  }
  rows.push(row);
  process.stderr.write(`  ${f.name}\n`);
}
rows.push(['ALL', ...totals.map((t) => `${pct(t.rep.e / t.rep.n)} / ${pct(t.customer.e / t.customer.n)} / ${pct((t.rep.e + t.customer.e) / (t.rep.n + t.customer.n))}`)]);
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
const line = (cells: string[]) => cells.map((cell, c) => cell.padEnd(widths[c]!)).join('  ');
const out = [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line), ''];
configs.forEach((c, i) => {
  const t = totals[i]!;
  out.push(`#${i + 1} ${JSON.stringify(c)}: attribution ${pct(t.right / (t.right + t.wrong))} of ${Math.round(t.right + t.wrong)} words; ${(t.ms / 1000).toFixed(1)} s`);
});
process.stdout.write(`${out.join('\n')}\n`);
