// Word posterior against correctness, and the transcript-level "unreliable" rule, for ood-eval.ts.
import { LOCAL_QUALITY_THRESHOLDS } from '../../src/adapters/transcription/local/confidence.ts';

const { minEvidenceConfidence: DOUBTFUL_WORD_CONFIDENCE, maxLowConfidenceShare: UNRELIABLE_DOUBTFUL_SHARE } = LOCAL_QUALITY_THRESHOLDS;
import { renderTable } from '../../src/cli/render-table.ts';
import type { Scored } from './ood-eval.ts';

type Word = Scored['words'][number];
const pct = (x: number) => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : '-');
const share = (words: readonly Word[], pick: (w: Word) => boolean) => words.filter(pick).length / words.length;

/** Share of words right per posterior bin (tenths; the last bin includes 1). */
export function posteriorBins(groups: [string, readonly Word[]][]): string {
  const rows: string[][] = [];
  for (let b = 0; b < 10; b++) {
    const inBin = (w: Word) => w.confidence >= b / 10 && (b === 9 ? w.confidence <= 1 : w.confidence < (b + 1) / 10);
    rows.push([
      `${(b / 10).toFixed(1)}–${((b + 1) / 10).toFixed(1)}`,
      ...groups.flatMap(([, words]) => {
        const bin = words.filter(inBin);
        return [String(bin.length), pct(share(bin, (w) => w.correct))];
      }),
    ]);
  }
  return renderTable(['posterior', ...groups.flatMap(([name]) => [`${name} words`, `${name} right`])], rows);
}

/** For each threshold: share of words at or above it, and the share of those that are right. */
export function thresholdTable(groups: [string, readonly Word[]][]): string {
  const rows = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9].map((t) => [
    t.toFixed(1),
    ...groups.flatMap(([, words]) => {
      const kept = words.filter((w) => w.confidence >= t);
      return [pct(kept.length / words.length), pct(share(kept, (w) => w.correct))];
    }),
  ]);
  return renderTable(['min posterior', ...groups.flatMap(([name]) => [`${name} kept`, `${name} kept right`])], rows);
}

export interface TranscriptStats {
  meanConfidence: number;
  doubtfulShare: number;
}

/** Mean word posterior and share of words below DOUBTFUL_WORD_CONFIDENCE; NaN without words. */
export function transcriptStats(words: readonly Word[]): TranscriptStats {
  return {
    meanConfidence: words.reduce((n, w) => n + w.confidence, 0) / words.length,
    doubtfulShare: share(words, (w) => w.confidence < DOUBTFUL_WORD_CONFIDENCE),
  };
}

/** The gate's transcript rule with the local engine's thresholds (confidence.ts); a transcript without words is not judged here. */
export const isUnreliable = (s: TranscriptStats) => s.doubtfulShare > UNRELIABLE_DOUBTFUL_SHARE;

/** Per transcript: WER, mean posterior, share below the minimum, and the rule's verdict. */
export function transcriptTable(scored: readonly Scored[]): string {
  const rows = scored.map((s) => {
    const stats = transcriptStats(s.words);
    return [
      s.set,
      s.name,
      s.split,
      String(s.refWords),
      pct(s.errors / s.refWords),
      Number.isFinite(stats.meanConfidence) ? stats.meanConfidence.toFixed(2) : '-',
      pct(stats.doubtfulShare),
      s.words.length ? (isUnreliable(stats) ? 'unreliable' : 'reliable') : 'no words',
    ];
  });
  return renderTable(['set', 'transcript', 'split', 'ref words', 'WER', 'mean posterior', `words < ${DOUBTFUL_WORD_CONFIDENCE}`, 'rule'], rows);
}

/** Posterior tables on dev transcripts only; the transcript verdicts on every split (test: never tuned on). */
export function calibrationReport(scored: readonly Scored[]): string {
  const dev = scored.filter((s) => s.split === 'dev');
  const sales = dev.filter((s) => s.set === 'sales calls').flatMap((s) => s.words);
  const ood = dev.filter((s) => s.set !== 'sales calls').flatMap((s) => s.words);
  const groups: [string, readonly Word[]][] = [['sales', sales], ['OOD', ood], ['all', [...sales, ...ood]]];
  return [
    'Share of recognised words that are right, by word posterior (dev):',
    posteriorBins(groups),
    '',
    'Words kept at each minimum posterior, and how many of them are right (dev):',
    thresholdTable(groups),
    '',
    `Transcripts under the rule: unreliable when more than ${pct(UNRELIABLE_DOUBTFUL_SHARE)} of words have a posterior < ${DOUBTFUL_WORD_CONFIDENCE}:`,
    transcriptTable([...scored].sort((a, b) => (a.split === b.split ? 0 : a.split === 'dev' ? -1 : 1))),
    '',
  ].join('\n');
}
