/** One recognised word with times in seconds from the start of the track and its posterior probability. */
export interface SphinxWord {
  word: string;
  startSec: number;
  endSec: number;
  confidence: number;
}

const WORD_LINE = /^(\S+) (\d+\.\d+) (\d+\.\d+) (\d+(?:\.\d+)?)$/;
const FILLERS = new Set(['<sil>', '[noise]', '[NOISE]', '<s>', '</s>', '++noise++', '[SPEECH]']);

/**
 * Parses `pocketsphinx_continuous -time yes` output into utterances (one per `<s>` … `</s>` block),
 * dropping silence/noise tokens and alternate-pronunciation markers (`the(2)` → `the`).
 * Utterances with no words (silence) are dropped, so silence gives no text.
 */
export function parseSphinxOutput(stdout: string): SphinxWord[][] {
  const utterances: SphinxWord[][] = [];
  let current: SphinxWord[] | null = null;
  for (const line of stdout.split('\n')) {
    const m = WORD_LINE.exec(line.trim());
    if (!m) continue;
    const [, token, start, end, prob] = m as unknown as [string, string, string, string, string];
    if (token === '<s>') {
      current = [];
      continue;
    }
    if (token === '</s>') {
      if (current?.length) utterances.push(current);
      current = null;
      continue;
    }
    if (FILLERS.has(token) || token.startsWith('[') || token.startsWith('++')) continue;
    (current ??= []).push({
      word: token.replace(/\(\d+\)$/, ''),
      startSec: Number(start),
      endSec: Number(end),
      confidence: Math.min(1, Math.max(0, Number(prob))),
    });
  }
  if (current?.length) utterances.push(current);
  return utterances;
}
