// `node scripts/eval/train-item-score.ts`: trains the rules extractor's item score
// (src/adapters/extraction/rules/item-score.ts) on the dev split's gold labels and writes
// src/adapters/extraction/rules/item-score.model.ts. It never reads the test split.
//
// Every task the rules find on a dev call the extractor scores (English, no voicemail) is a row: its
// measures, and whether it matches a gold item (scripts/eval/match-items.ts). A logistic regression (L2, gradient descent from zero: the same
// rows always give the same weights) is fitted five times with one fifth of the calls held out each
// time; the held-out scores choose the threshold (see chooseThreshold: F1 of tasks against gold items), and the
// model written is then fitted on every row. Run it again whenever the rules change what they find:
// test/unit/adapters/extraction/rules/item-score-model.test.ts fails while the written model is stale.
// --check: print and compare, write nothing (exit 1 when the written model differs).
import { writeFileSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { extractWithRules, readCall, scoresItems } from '../../src/adapters/extraction/rules/rules.extractor.ts';
import { featureVector, ITEM_FEATURES, itemMeasures, scoreVector, type ItemMeasures, type ItemModel } from '../../src/adapters/extraction/rules/item-score.ts';
import { loadFixtures, type EvalFixture } from './fixtures.ts';
import { matchItems } from './match-items.ts';

export const MODEL_FILE = resolve(import.meta.dirname, '../../src/adapters/extraction/rules/item-score.model.ts');
/** A verb gets a weight of its own once this many training tasks start with it. */
const MIN_VERB_TASKS = 12;
const FOLDS = 5;
const ITERATIONS = 2000;
const STEP = 0.5;
const L2 = 1;

interface Row {
  call: string;
  measures: ItemMeasures;
  real: boolean;
}

/** The calls whose tasks the extractor scores: English conversations (no voicemails), read as the extractor reads them (training extracts without redaction). */
export const trainingCalls = (fixtures: readonly EvalFixture[]) => fixtures.filter((f) => scoresItems(readCall(f.transcript, f.meta)));

/** Every task the rules find on the English dev calls, labelled against gold; and how many gold items there are. */
export async function trainingRows(): Promise<{ rows: Row[]; goldItems: number; calls: number }> {
  const fixtures = trainingCalls(await loadFixtures());
  const rows: Row[] = [];
  let goldItems = 0;
  for (const f of fixtures) {
    const items = extractWithRules(f.transcript, f.meta, {}, null).actionItems;
    const matched = new Set(matchItems(f.gold.actionItems, items).map((p) => p.predicted));
    itemMeasures(items, f.transcript).forEach((measures, i) => rows.push({ call: f.name, measures, real: matched.has(items[i]!) }));
    goldItems += f.gold.actionItems.length;
  }
  return { rows, goldItems, calls: fixtures.length };
}

function fit(x: readonly number[][], y: readonly number[]): Omit<ItemModel, 'verbs' | 'threshold' | 'trainedOn'> {
  const d = x[0]!.length;
  const n = x.length;
  const mean = Array.from({ length: d }, (_, j) => x.reduce((s, r) => s + r[j]!, 0) / n);
  const scale = Array.from({ length: d }, (_, j) => Math.sqrt(x.reduce((s, r) => s + (r[j]! - mean[j]!) ** 2, 0) / n) || 1);
  const z = x.map((r) => r.map((v, j) => (v - mean[j]!) / scale[j]!));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let it = 0; it < ITERATIONS; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    z.forEach((r, i) => {
      const p = 1 / (1 + Math.exp(-r.reduce((s, v, j) => s + v * weights[j]!, bias)));
      const e = p - y[i]!;
      gb += e;
      r.forEach((v, j) => (gw[j]! += e * v));
    });
    for (let j = 0; j < d; j++) weights[j]! -= (STEP * (gw[j]! + L2 * weights[j]!)) / n;
    bias -= (STEP * gb) / n;
  }
  return { mean, scale, weights, bias };
}

/**
 * Held-out F1 is nearly flat over a wide range of thresholds, and which one tops it by a hair changes when the rules
 * find one task more or less. The threshold is where F1 averaged over the thresholds within WINDOW either side is best
 * (tried every 0.01), so it moves little.
 */
const WINDOW = 0.1;
export function chooseThreshold(points: readonly { threshold: number; f1: number }[]): number {
  const smoothed = points.map((p) => {
    const near = points.filter((q) => Math.abs(q.threshold - p.threshold) <= WINDOW + 1e-9);
    return near.reduce((sum, q) => sum + q.f1, 0) / near.length;
  });
  return points[smoothed.indexOf(Math.max(...smoothed))]!.threshold;
}

const fold = (call: string) => [...call].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7) % FOLDS;
const round = (v: number) => Math.round(v * 1e6) / 1e6;

export async function trainItemModel(log: (line: string) => void = () => {}): Promise<ItemModel> {
  const { rows, goldItems, calls } = await trainingRows();
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.measures.verb, (counts.get(r.measures.verb) ?? 0) + 1);
  const verbs = [...counts].filter(([, c]) => c >= MIN_VERB_TASKS).map(([v]) => v).sort();
  const x = rows.map((r) => featureVector(r.measures, verbs));
  const y = rows.map((r) => (r.real ? 1 : 0));

  const held = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const train = rows.flatMap((r, i) => (fold(r.call) === k ? [] : [i]));
    const model = { ...fit(train.map((i) => x[i]!), train.map((i) => y[i]!)), verbs, threshold: 0, trainedOn: '' };
    rows.forEach((r, i) => { if (fold(r.call) === k) held[i] = scoreVector(x[i]!, model); });
  }
  const real = y.filter(Boolean).length;
  let ranked = 0;
  let falseBelow = 0;
  for (const i of held.map((_, i) => i).sort((a, b) => held[a]! - held[b]!)) {
    if (y[i]) ranked += falseBelow;
    else falseBelow++;
  }
  const auc = ranked / real / (rows.length - real);
  log(`${calls} English dev calls, ${rows.length} tasks found (${real} real), ${goldItems} gold items; held-out AUC ${auc.toFixed(3)}`);
  const points: { threshold: number; f1: number; kept: number; right: number }[] = [];
  for (let step = 0; step <= 70; step++) {
    const t = step / 100;
    const kept = held.filter((s) => s >= t).length;
    const right = held.filter((s, i) => s >= t && y[i]).length;
    const precision = right / kept;
    const recall = right / goldItems;
    const f1 = (2 * precision * recall) / (precision + recall);
    if (step % 5 === 0) log(`  threshold ${t.toFixed(2)}: keeps ${kept} tasks, ${right} real: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}, F1 ${f1.toFixed(3)}`);
    points.push({ threshold: round(t), f1, kept, right });
  }
  const threshold = chooseThreshold(points);
  const best = points.find((p) => p.threshold === threshold)!;
  log(`threshold ${threshold.toFixed(2)} (best held-out F1 averaged ${WINDOW} either side)`);
  const full = fit(x, y);
  const trainedOn = `${calls} English dev calls, ${rows.length} tasks; held out in ${FOLDS} folds: AUC ${auc.toFixed(3)}, ` +
    `at the threshold ${best.right} of ${real} real tasks kept and ${best.kept - best.right} of ${rows.length - real} others`;
  return { verbs, mean: full.mean.map(round), scale: full.scale.map(round), weights: full.weights.map(round), bias: round(full.bias), threshold: best.threshold, trainedOn };
}

export function modelSource(model: ItemModel): string {
  const names = [...ITEM_FEATURES, ...model.verbs.map((v) => `verb ${v}`)];
  const row = (label: string, values: readonly number[]) => `  ${label}: [\n${values.map((v, j) => `    ${v}, // ${names[j]}`).join('\n')}\n  ],`;
  return [
    '// Written by scripts/eval/train-item-score.ts from the dev split; do not edit by hand.',
    "import type { ItemModel } from './item-score.ts';",
    '',
    'export const ITEM_MODEL: ItemModel = {',
    `  verbs: ${JSON.stringify(model.verbs)},`,
    row('mean', model.mean),
    row('scale', model.scale),
    row('weights', model.weights),
    `  bias: ${model.bias},`,
    `  threshold: ${model.threshold},`,
    `  trainedOn: ${JSON.stringify(model.trainedOn)},`,
    '};',
    '',
  ].join('\n');
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { check: { type: 'boolean' } } });
  const source = modelSource(await trainItemModel((line) => process.stdout.write(`${line}\n`)));
  if (values.check) {
    const same = readFileSync(MODEL_FILE, 'utf8') === source;
    process.stdout.write(same ? 'the written model is current\n' : 'the written model is stale: run node scripts/eval/train-item-score.ts\n');
    process.exitCode = same ? 0 : 1;
  } else {
    writeFileSync(MODEL_FILE, source);
    process.stdout.write(`wrote ${MODEL_FILE}\n`);
  }
}
