// Rules extraction time by call length: the long dev calls said one after another, cut at 500 and at 4,000
// turns, in the same run (different calls, so quotes are not found at once at the start of the call).
// Each stage reads a call a bounded number of times (quotes are grounded against words read once per
// transcript), so eight times the turns should take about eight times as long, not sixty-four.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LONG_DEV_FIXTURE_ROOT, scriptTranscript } from '../eval/fixtures.ts';
import { extractWithRules } from '../../src/adapters/extraction/rules/rules.extractor.ts';
import { CallMeta } from '../../src/domain/call-meta.ts';
import { median } from './inputs.ts';

const SHORT = 500;
const LONG = 4000;
const REPEATS = 3;

type Line = { speaker: 'rep' | 'customer'; text: string };

function ms(turns: number): number {
  const calls = readdirSync(LONG_DEV_FIXTURE_ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(LONG_DEV_FIXTURE_ROOT, d.name)).sort();
  const meta = CallMeta.parse(JSON.parse(readFileSync(join(calls[0]!, 'meta.json'), 'utf8')));
  const lines: Line[] = [];
  for (let i = 0; lines.length < turns; i++) lines.push(...(JSON.parse(readFileSync(join(calls[i % calls.length]!, 'script.json'), 'utf8')) as { lines: Line[] }).lines);
  const transcript = scriptTranscript({ language: 'en', lines: lines.slice(0, turns) }, meta);
  const runs: number[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const start = performance.now();
    extractWithRules(transcript, meta);
    runs.push(performance.now() - start);
  }
  return median(runs);
}

export function benchExtraction(out: (line?: string) => void): void {
  out(`## rules extraction: the long dev calls one after another, cut at ${SHORT} and at ${LONG} turns`);
  const short = ms(SHORT);
  const long = ms(LONG);
  out(`${SHORT} turns: median ${short.toFixed(0)} ms; ${LONG} turns: median ${long.toFixed(0)} ms`);
  out(`ratio: ${(long / short).toFixed(1)}x for ${LONG / SHORT}x the turns  (target <= ${(2 * LONG) / SHORT}x: time grows with the call, not its square)`);
}
