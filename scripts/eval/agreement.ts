// How far two careful people agree on the same calls: a second labelling of each call, made without seeing its
// gold.json, scored against the gold exactly as the eval scores an extractor (matchItems: key-word overlap ≥ 0.6, one to
// one). It tells what the extraction targets ask for against what the labels allow.
//   node scripts/eval/agreement.ts LABELS GOLD
// LABELS holds one folder per call with `label.json`: the gold.json shape, each action item also carrying `quotes`
// (the words it rests on, copied from the script). GOLD holds the same call folders with their `gold.json`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import type { ActionItem } from '../../src/domain/insights.ts';
import { scoreCall, type GoldItem } from './match-items.ts';

const Owner = z.enum(['rep', 'customer', 'unknown']);
const LabelItem = z.object({ text: z.string(), owner: Owner, dueDate: z.string().nullable(), keywords: z.array(z.string()), quotes: z.array(z.string()).default([]) });
export const SecondLabel = z.object({ actionItems: z.array(LabelItem), expectedStage: z.string().nullable() });
export type SecondLabel = z.infer<typeof SecondLabel>;

export interface Agreement {
  calls: number;
  gold: number;
  second: number;
  matched: number;
  ownerOk: number;
  dueOk: number;
  stageOk: number;
}

export const emptyAgreement = (): Agreement => ({ calls: 0, gold: 0, second: 0, matched: 0, ownerOk: 0, dueOk: 0, stageOk: 0 });

/** Adds one call to `total`: the second labelling's items matched to the gold's as an extractor's would be. */
export function addCall(total: Agreement, gold: { actionItems: GoldItem[]; expectedStage: string | null }, second: SecondLabel): void {
  // An item's words are its text and its quotes, as an extracted item's are its text and its evidence.
  const asExtracted = second.actionItems.map((i) => ({ ...i, evidence: i.quotes.map((quote) => ({ quote, speaker: 'S0', startSec: 0 })) }) as unknown as ActionItem);
  const { pairs, ownerOk, dueOk } = scoreCall(gold.actionItems, asExtracted);
  total.calls += 1;
  total.gold += gold.actionItems.length;
  total.second += second.actionItems.length;
  total.matched += pairs.length;
  total.ownerOk += ownerOk;
  total.dueOk += dueOk;
  total.stageOk += (second.expectedStage ?? null) === (gold.expectedStage ?? null) ? 1 : 0;
}

const share = (a: number, b: number) => (b ? (a / b).toFixed(2) : '–');
export const agreementLine = (t: Agreement) =>
  `${t.calls} calls: second labelling against the gold, precision ${share(t.matched, t.second)} (${t.matched}/${t.second}), ` +
  `recall ${share(t.matched, t.gold)} (${t.matched}/${t.gold}), owner ${share(t.ownerOk, t.matched)}, due date ${share(t.dueOk, t.matched)}, ` +
  `stage ${t.stageOk}/${t.calls}`;

if (import.meta.main) {
  const [labels, golds] = process.argv.slice(2);
  if (!labels || !golds) {
    process.stderr.write('usage: node scripts/eval/agreement.ts LABELS GOLD\n');
    process.exit(2);
  }
  const total = emptyAgreement();
  for (const name of readdirSync(labels).sort()) {
    const label = join(labels, name, 'label.json');
    if (!existsSync(label)) continue;
    const gold = join(golds, name, 'gold.json');
    if (!existsSync(gold)) {
      process.stderr.write(`${name}: no ${gold}\n`);
      process.exit(2);
    }
    addCall(total, JSON.parse(readFileSync(gold, 'utf8')), SecondLabel.parse(JSON.parse(readFileSync(label, 'utf8'))));
  }
  process.stdout.write(`${agreementLine(total)}\n`);
}
