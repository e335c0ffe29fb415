// `npm run eval`: quality on the gold-labelled fixture calls (fixtures/calls/*/gold.json).
//  1. Word error rate per speaker of the local speech engine against the scripts, on both splits. The test
//     split keeps no audio in git: its calls are rendered by the fixture synthesizer, with the voices
//     `npm run fixtures` deals them, into a cache in $TMPDIR (scripts/eval/rendered-split.ts).
//  2. Each extractor on the gold transcripts, and the rules extractor end to end on the local engine's
//     transcripts: action-item precision / recall, owner and due-date accuracy, stage accuracy, injection
//     successes, PII leaks, grounded evidence, confidence against correctness.
// The openai transcriber (TRANSCRIBE_MODEL) and extractor are evaluated when OPENAI_API_KEY is set
// (OPENAI_BASE_URL for a compatible server).
// Calls come in two splits: `dev` (fixtures/calls: may be read and tuned on) and `test`
// (fixtures/test-calls: held out, never read while changing the extractor, the prompts or the speech
// model). Extraction is scored on both and summed up side by side; the test figures are the ones to quote.
// Options: --skip-asr (extraction on gold transcripts only), --skip-test-asr (no speech engine on the test
// split, whose ~80 minutes of audio take the local engine about 50 CPU-minutes, half an hour on two idle
// cores), --dev-only (no test split: use it while tuning),
// --baseline (also the local engine with pocketsphinx's default language model, the "before" figure),
// --only NAME, --ood (also the local engine on out-of-domain speech, scripts/eval/ood-eval.ts),
// --calls DIR (only the extractors, on gold-labelled calls of your own laid out as fixtures/calls; totals only, so
// the calls can stay unread and keep measuring what tuning on other calls carries over).
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createOpenAiExtractor } from '../../src/adapters/extraction/openai/openai.extractor.ts';
import { createRulesExtractor } from '../../src/adapters/extraction/rules/rules.extractor.ts';
import { createLocalTranscriber } from '../../src/adapters/transcription/local/pocketsphinx.transcriber.ts';
import { createOpenAiTranscriber } from '../../src/adapters/transcription/openai/openai.transcriber.ts';
import { evaluateTranscription, werTable } from './asr-eval.ts';
import { evaluateExtraction, splitTable, type Totals } from './extraction-eval.ts';
import { loadFixtures, loadFixturesFrom } from './fixtures.ts';
import { emptyTally, gatedExtractor, gateLine } from './gate-eval.ts';
import { runOodEval } from './ood-eval.ts';
import { renderedFixtures } from './rendered-split.ts';

const { values } = parseArgs({
  options: { 'skip-asr': { type: 'boolean' }, 'skip-test-asr': { type: 'boolean' }, baseline: { type: 'boolean' }, only: { type: 'string' }, 'dev-only': { type: 'boolean' }, ood: { type: 'boolean' }, calls: { type: 'string' } },
});
const out = (line = '') => process.stdout.write(`${line}\n`);
// The speech engine, the fixture synthesizer and the recorded speech are system packages: `npm run eval` installs only
// node modules, and they are installed here (when missing) by the runs that use them.
if (!values.calls && (!values['skip-asr'] || values.ood)) {
  const bootstrap = spawnSync('bash', [resolve(import.meta.dirname, '../bootstrap.sh')], { stdio: 'inherit' });
  if (bootstrap.status !== 0) process.exit(bootstrap.status ?? 1);
}
/** The OpenAI-compatible extractor the environment points at (OPENAI_API_KEY, OPENAI_BASE_URL, EXTRACT_MODEL), or null. */
const openaiFromEnv = () =>
  process.env.OPENAI_API_KEY
    ? createOpenAiExtractor({ apiKey: process.env.OPENAI_API_KEY, baseURL: process.env.OPENAI_BASE_URL ?? null, model: process.env.EXTRACT_MODEL ?? 'gpt-4o-mini' })
    : null;

if (values.calls) {
  // `npm run` starts the script in the project's folder; a relative DIR is meant from where npm was run (INIT_CWD).
  const yours = await loadFixturesFrom([resolve(process.env.INIT_CWD ?? process.cwd(), values.calls)], values.only).catch((e: Error) => {
    process.stderr.write(`error: a call could not be read: ${e.message}\n`);
    return process.exit(2);
  });
  if (!yours.length) {
    process.stderr.write(`error: no gold-labelled call in ${values.calls} (each call a folder with meta.json, gold.json and script.json or transcript.gold.json, as in fixtures/calls)\n`);
    process.exit(2);
  }
  out(`${yours.length} gold-labelled calls in ${values.calls}: totals only\n`);
  const quiet = { perCall: false };
  const runs: [string, Totals][] = [
    ['rules', await evaluateExtraction(`gold transcripts (${values.calls})`, createRulesExtractor(), yours, (f) => f.transcript, out, quiet)],
    ['rules without item score', await evaluateExtraction(`gold transcripts (${values.calls}), rules without the item score`, createRulesExtractor({ itemModel: null }), yours, (f) => f.transcript, out, quiet)],
  ];
  const openai = openaiFromEnv();
  if (openai) {
    runs.push(['openai', await evaluateExtraction(`gold transcripts (${values.calls})`, openai, yours, (f) => f.transcript, out, quiet)]);
  }
  out(splitTable(runs));
  process.exit(0);
}
const fixtures = await loadFixtures(values.only);
out(`${fixtures.length} gold-labelled calls (${fixtures.filter((f) => f.audio).length} with audio)\n`);

if (values.baseline && !values['skip-asr']) await evaluateTranscription(createLocalTranscriber({ languageModel: 'default' }), fixtures, out);
// --dev-only: while changing the extractor, the prompts or the speech model, look at the dev split alone.
const testFixtures = values['dev-only'] ? [] : await loadFixtures(values.only, 'test');
const asr = values['skip-asr'] ? null : await evaluateTranscription(createLocalTranscriber(), fixtures, out);
const testAsr = values['skip-asr'] || values['skip-test-asr'] || !testFixtures.length
  ? null
  : await evaluateTranscription(createLocalTranscriber(), await renderedFixtures(testFixtures), out, 'test split (held out; audio rendered for the eval)');
if (asr) {
  out('## Transcription side by side: local engine');
  out(werTable([['dev', asr.totals], ...(testAsr ? [['test (held out)', testAsr.totals] as const] : [])]));
  out();
}
if (!values['skip-asr'] && process.env.OPENAI_API_KEY) {
  const model = process.env.TRANSCRIBE_MODEL ?? 'gpt-4o-transcribe';
  await evaluateTranscription(createOpenAiTranscriber({ apiKey: process.env.OPENAI_API_KEY, baseURL: process.env.OPENAI_BASE_URL ?? null, model }), fixtures, out);
} else if (!values['skip-asr']) {
  out('## Transcription: openai — not run (set OPENAI_API_KEY, TRANSCRIBE_MODEL, and OPENAI_BASE_URL for a compatible server, to evaluate it)\n');
}

if (values.ood) await runOodEval({}, out);

const bySplit: [string, Totals][] = [];
bySplit.push(['rules, dev', await evaluateExtraction('gold transcripts (dev split)', createRulesExtractor(), fixtures, (f) => f.transcript, out)]);
if (testFixtures.length) bySplit.push(['rules, test (held out)', await evaluateExtraction(`gold transcripts (test split, held out: ${testFixtures.length} calls)`, createRulesExtractor(), testFixtures, (f) => f.transcript, out)]);
// The same rules keeping every task they find (no item score): what the trained score adds or costs.
const unscored = createRulesExtractor({ itemModel: null });
bySplit.push(['rules without item score, dev', await evaluateExtraction('gold transcripts (dev split), rules without the item score', unscored, fixtures, (f) => f.transcript, () => {})]);
if (testFixtures.length) bySplit.push(['rules without item score, test', await evaluateExtraction('gold transcripts (test split), rules without the item score', unscored, testFixtures, (f) => f.transcript, () => {})]);
const openai = openaiFromEnv();
if (openai) {
  bySplit.push(['openai, dev', await evaluateExtraction('gold transcripts (dev split)', openai, fixtures, (f) => f.transcript, out)]);
  if (testFixtures.length) bySplit.push(['openai, test (held out)', await evaluateExtraction('gold transcripts (test split, held out)', openai, testFixtures, (f) => f.transcript, out)]);
} else {
  out('## Extraction: openai — not run (set OPENAI_API_KEY, and OPENAI_BASE_URL for a compatible server, to evaluate it)\n');
}
const gates: string[] = [];
if (asr) {
  // End to end as the pipeline runs it: the local engine's transcripts through the quality gate.
  const tally = emptyTally();
  const gated = gatedExtractor(createRulesExtractor(), createLocalTranscriber(), tally);
  bySplit.push(['rules, dev, local engine (end to end)', await evaluateExtraction('local-engine transcripts (end to end, dev split)', gated, fixtures, (f) => asr.transcripts.get(f.name) ?? null, out)]);
  gates.push(gateLine('dev, local engine', tally));
}
if (testAsr) {
  const tally = emptyTally();
  const gated = gatedExtractor(createRulesExtractor(), createLocalTranscriber(), tally);
  bySplit.push(['rules, test, local engine (end to end)', await evaluateExtraction('local-engine transcripts (end to end, test split, held out)', gated, testFixtures, (f) => testAsr.transcripts.get(f.name) ?? null, out)]);
  gates.push(gateLine('test, local engine', tally));
}
out('## Extraction side by side (the test split is the figure to quote)');
out(splitTable(bySplit));
for (const line of gates) out(line);
