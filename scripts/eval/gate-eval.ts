import { qualityThresholds } from '../../src/domain/transcript-quality.ts';
import type { Extractor } from '../../src/ports/extractor.ts';
import type { Transcriber } from '../../src/ports/transcriber.ts';
import { gatedExtract } from '../../src/pipeline/extract.ts';

/** What the transcript-quality gate decided over a run of calls. */
export interface GateTally {
  transcripts: number;
  unreliable: number;
  words: number;
  maskedWords: number;
  droppedItems: number;
  withdrawnStages: number;
}

export const emptyTally = (): GateTally => ({ transcripts: 0, unreliable: 0, words: 0, maskedWords: 0, droppedItems: 0, withdrawnStages: 0 });

/**
 * The extractor as the pipeline runs it: behind the quality gate with `transcriber`'s thresholds (and the
 * operator's, from MIN_EVIDENCE_CONFIDENCE / TRANSCRIPT_MAX_LOW_CONFIDENCE_SHARE), counting its decisions.
 */
export function gatedExtractor(extractor: Extractor, transcriber: Transcriber, tally: GateTally, operator: { minEvidenceConfidence?: number; maxLowConfidenceShare?: number } = {}): Extractor {
  return {
    engine: extractor.engine,
    model: extractor.model,
    promptVersion: extractor.promptVersion,
    async extract(input) {
      const insights = await gatedExtract(input.transcript, input.meta, { extractor, transcriber, policy: { quality: operator } });
      const t = qualityThresholds(transcriber.qualityThresholds, operator);
      const scores = input.transcript.segments.flatMap((s) => s.wordConfidence ?? s.text.split(/\s+/).filter(Boolean).map(() => s.confidence ?? null));
      tally.transcripts += 1;
      tally.words += scores.length;
      tally.maskedWords += scores.filter((c) => c !== null && c < t.minEvidenceConfidence).length;
      if (insights.transcriptQuality && !insights.transcriptQuality.reliable) tally.unreliable += 1;
      tally.droppedItems += insights.warnings.filter((w) => w.startsWith('Dropped the action item')).length;
      tally.withdrawnStages += insights.warnings.filter((w) => w.startsWith('Withdrew the proposal')).length;
      return insights;
    },
  };
}

export function gateLine(label: string, t: GateTally): string {
  const share = t.words ? Math.round((t.maskedWords / t.words) * 100) : 0;
  return `quality gate (${label}): ${t.unreliable}/${t.transcripts} transcripts unreliable (not summarised); ${share}% of words masked as unsure; ${t.droppedItems} action items dropped and ${t.withdrawnStages} stage proposals withdrawn for resting on unsure words`;
}
