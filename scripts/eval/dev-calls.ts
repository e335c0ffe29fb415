// `node scripts/eval/dev-calls.ts [--no-score] [--only NAME] > calls.jsonl`: what the rules extractor finds on each call
// of the dev split, one JSON line a call (its tasks, whether each matched a gold item, the gold items none matched, the
// stage proposed and expected), then a line of totals. `--diff A.jsonl B.jsonl` prints the totals of two such files and
// the calls whose tasks differ, task by task.
//
// It is for working on the rules: run it before and after a change (or on two checkouts) and read what moved. It reads
// the dev split only, never the test split nor the unread calls, which are measured by totals only (`npm run eval`).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createRulesExtractor } from '../../src/adapters/extraction/rules/rules.extractor.ts';
import { loadFixtures } from './fixtures.ts';
import { scoreCall } from './match-items.ts';

export interface TaskLine {
  text: string;
  owner: string;
  dueDate: string | null;
  matched: boolean;
  quotes: string[];
}
export interface CallLine {
  call: string;
  stage: string | null;
  expectedStage: string | null;
  tasks: TaskLine[];
  missed: { text: string; owner: string; dueDate: string | null; keywords: string[] }[];
}
export interface Totals {
  calls: number;
  matched: number;
  predicted: number;
  gold: number;
  stages: number;
}

export function totalsOf(lines: readonly CallLine[]): Totals {
  const matched = lines.reduce((n, l) => n + l.tasks.filter((t) => t.matched).length, 0);
  return {
    calls: lines.length,
    matched,
    predicted: lines.reduce((n, l) => n + l.tasks.length, 0),
    gold: matched + lines.reduce((n, l) => n + l.missed.length, 0),
    stages: lines.filter((l) => l.stage === l.expectedStage).length,
  };
}

/** One task as a line to compare: what it says, whose it is, when, and whether it matched. */
const taskKey = (t: TaskLine) => `${t.matched ? 'matched' : 'unmatched'}  ${t.owner}  ${t.dueDate ?? '-'}  ${t.text}`;

/** The calls whose tasks or stage differ between `before` and `after`, each with the task lines gone and come. */
export function diffCalls(before: readonly CallLine[], after: readonly CallLine[]): string[] {
  const was = new Map(before.map((l) => [l.call, l]));
  const out: string[] = [];
  for (const now of after) {
    const then = was.get(now.call);
    if (!then) {
      out.push(`${now.call}: only in the second file`);
      continue;
    }
    const [a, b] = [new Set(then.tasks.map(taskKey)), new Set(now.tasks.map(taskKey))];
    const gone = [...a].filter((k) => !b.has(k));
    const come = [...b].filter((k) => !a.has(k));
    if (!gone.length && !come.length && then.stage === now.stage) continue;
    out.push(`${now.call}${then.stage === now.stage ? '' : `: stage ${then.stage ?? 'none'} -> ${now.stage ?? 'none'} (expected ${now.expectedStage ?? 'none'})`}`);
    out.push(...gone.map((k) => `  - ${k}`), ...come.map((k) => `  + ${k}`));
  }
  return out;
}

const readLines = (file: string): CallLine[] =>
  readFileSync(file, 'utf8').split('\n').filter((l) => l.startsWith('{"call"')).map((l) => JSON.parse(l) as CallLine);
const totalsLine = (t: Totals) =>
  `${t.calls} calls: ${t.matched} matched of ${t.predicted} found and ${t.gold} gold; stage right on ${t.stages}`;

if (import.meta.main) {
  const { values, positionals } = parseArgs({ options: { 'no-score': { type: 'boolean' }, only: { type: 'string' }, diff: { type: 'boolean' } }, allowPositionals: true });
  if (values.diff) {
    if (positionals.length !== 2) {
      process.stderr.write('usage: node scripts/eval/dev-calls.ts --diff BEFORE.jsonl AFTER.jsonl\n');
      process.exit(2);
    }
    const [before, after] = positionals.map(readLines) as [CallLine[], CallLine[]];
    process.stdout.write(`before: ${totalsLine(totalsOf(before))}\nafter:  ${totalsLine(totalsOf(after))}\n`);
    for (const line of diffCalls(before, after)) process.stdout.write(`${line}\n`);
  } else {
    const extractor = createRulesExtractor(values['no-score'] ? { itemModel: null } : {});
    const lines: CallLine[] = [];
    for (const f of await loadFixtures(values.only)) {
      const insights = await extractor.extract({ transcript: f.transcript, meta: f.meta });
      const { pairs } = scoreCall(f.gold.actionItems, insights.actionItems);
      const matched = new Set(pairs.map((p) => p.predicted));
      const found = new Set(pairs.map((p) => p.gold));
      const line: CallLine = {
        call: f.name,
        stage: insights.dealStage.proposed ?? null,
        expectedStage: f.gold.expectedStage ?? null,
        tasks: insights.actionItems.map((a) => ({ text: a.text, owner: a.owner, dueDate: a.dueDate, matched: matched.has(a), quotes: a.evidence.map((e) => e.quote) })),
        missed: f.gold.actionItems.filter((g) => !found.has(g)).map((g) => ({ text: g.text, owner: g.owner, dueDate: g.dueDate, keywords: g.keywords })),
      };
      lines.push(line);
      process.stdout.write(`${JSON.stringify(line)}\n`);
    }
    process.stderr.write(`${totalsLine(totalsOf(lines))}${values['no-score'] ? ' (without the item score)' : ''}\n`);
  }
}
