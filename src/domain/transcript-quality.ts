import { locateQuote } from './grounding.ts';
import type { Evidence, Insights } from './insights.ts';
import { normalizeText } from './text.ts';
import { transcriptText, UNHEARD, type QualityThresholds, type Segment, type Transcript, type TranscriptQuality } from './transcript.ts';

/** For an engine that says nothing about its scale: half the words below an even chance is not a transcript. */
export const DEFAULT_QUALITY_THRESHOLDS: QualityThresholds = { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.5 };

/** The thresholds in force: the generic defaults, overridden by the engine's own, overridden by the operator's. */
export function qualityThresholds(engine: Partial<QualityThresholds> | undefined, operator: Partial<QualityThresholds> | undefined): QualityThresholds {
  return { ...DEFAULT_QUALITY_THRESHOLDS, ...defined(engine), ...defined(operator) };
}

const defined = <T extends object>(o: T | undefined): Partial<T> => Object.fromEntries(Object.entries(o ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;

/** Whether the masked transcript hides any words. */
export const hidesWords = (masked: Transcript): boolean => masked.segments.some((s) => wordsOf(s.text).includes(UNHEARD));

export { UNHEARD };
const UNHEARD_WORD = normalizeText(UNHEARD);

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

/**
 * Each word's confidence: the engine's own per word when it lines up with the words of the text, else
 * the segment's confidence for every word, else null (not scored).
 */
export function wordConfidences(segment: Segment): (number | null)[] {
  const words = wordsOf(segment.text);
  if (segment.wordConfidence && segment.wordConfidence.length === words.length) return segment.wordConfidence;
  return words.map(() => segment.confidence ?? null);
}

/**
 * Scores a transcript. Unreliable when more than `maxLowConfidenceShare` of the scored words are below
 * `minEvidenceConfidence`. A transcript whose engine scores nothing (a gold transcript, an engine that
 * gives no confidences) is reliable as far as this can tell.
 */
export function assessTranscript(transcript: Transcript, thresholds: QualityThresholds): TranscriptQuality {
  const scores = transcript.segments.flatMap(wordConfidences);
  const scored = scores.filter((c): c is number => c !== null);
  const low = scored.filter((c) => c < thresholds.minEvidenceConfidence).length;
  const mean = scored.length ? round(scored.reduce((a, b) => a + b, 0) / scored.length) : null;
  const share = scored.length ? round(low / scored.length) : null;
  const reliable = share === null || share <= thresholds.maxLowConfidenceShare;
  return {
    words: scores.length,
    scoredWords: scored.length,
    meanConfidence: mean,
    lowConfidenceShare: share,
    thresholds,
    reliable,
    reason: reliable
      ? null
      : `${Math.round((share ?? 0) * 100)}% of the transcript's words are below the engine confidence ${thresholds.minEvidenceConfidence} ` +
        `(at most ${Math.round(thresholds.maxLowConfidenceShare * 100)}% may be); mean confidence ${mean}. The recording may be noisy, ` +
        'not a conversation, or in speech the engine does not know; listen to it, or transcribe it with another engine.',
  };
}

/**
 * The transcript an extractor may read: each run of words below `minConfidence` becomes one UNHEARD
 * marker, so nothing can be summarised from, quoted from or grounded in words the engine was unsure of.
 * Segments without scores are kept as they are.
 */
export function maskUnsureWords(transcript: Transcript, minConfidence: number): Transcript {
  const segments = transcript.segments.map((segment) => {
    const words = wordsOf(segment.text);
    const scores = wordConfidences(segment);
    if (!scores.some((c) => c !== null && c < minConfidence)) return segment;
    const kept: string[] = [];
    words.forEach((word, i) => {
      const c = scores[i];
      if (c === null || c === undefined || c >= minConfidence) kept.push(word);
      else if (kept.at(-1) !== UNHEARD) kept.push(UNHEARD);
    });
    const { wordConfidence: _dropped, ...rest } = segment;
    return { ...rest, text: kept.join(' ') };
  });
  return { ...transcript, segments, text: transcriptText(segments) };
}

/** Whether a quote rests on an unheard stretch of the (masked) transcript it was grounded in. */
function restsOnUnheard(masked: Transcript, evidence: Evidence): boolean {
  const words = normalizeText(evidence.quote).split(' ');
  if (words.includes(UNHEARD_WORD)) return true;
  // A quote the extractor rewrote after grounding it (a redacted number) may not be found again; it was
  // grounded in this masked transcript, so only a window that spans an unheard stretch counts.
  const found = locateQuote(masked, evidence.quote);
  return found !== null && found.text.split(' ').includes(UNHEARD_WORD);
}

/** A summary or key point sentence that mentions an unheard stretch. */
const mentionsUnheard = (text: string) => normalizeText(text).split(' ').includes(UNHEARD_WORD);

/** How an extractor orders an action item's quotes (see `Extractor.quoteOrder` in the extractor port). */
export type QuoteOrder = 'task-first' | 'any';

/**
 * Removes from insights extracted from a masked transcript whatever rests on unheard words: evidence
 * quoting them (an action item left without evidence goes, and so does one whose first quote is unheard when its
 * extractor puts where the task was said first, `quoteOrder`; a stage proposal with any such evidence is
 * withdrawn, since a move must rest on every word it cites) and summary sentences or key points that
 * mention them. Says what it removed in `warnings`.
 */
export function dropUnheardEvidence(insights: Insights, masked: Transcript, quoteOrder: QuoteOrder = 'task-first'): Insights {
  const warnings: string[] = [];
  const actionItems = insights.actionItems.flatMap((item) => {
    // With `task-first` quotes, the first is where the task was said; the others say what it is about or who asked for
    // it. Those alone are no task: a request heard whose answer was not, or a thing named earlier, promises nothing.
    const taskUnheard = quoteOrder === 'task-first' && restsOnUnheard(masked, item.evidence[0]!);
    const evidence = taskUnheard ? [] : item.evidence.filter((e) => !restsOnUnheard(masked, e));
    if (evidence.length) return [{ ...item, evidence }];
    warnings.push(`Dropped the action item "${item.text}": its words were below the transcript's confidence threshold.`);
    return [];
  });
  let dealStage = insights.dealStage;
  if (dealStage.proposed && dealStage.evidence.some((e) => restsOnUnheard(masked, e))) {
    warnings.push(`Withdrew the proposal to move the deal to ${dealStage.proposed}: it rested on words below the transcript's confidence threshold.`);
    dealStage = { ...dealStage, proposed: null, confidence: 0, evidence: [], rationale: 'The words this proposal rested on were below the confidence threshold.' };
  }
  const sentences = insights.summary.match(/[^.!?]+[.!?]*/g) ?? [];
  const summary = sentences.filter((s) => !mentionsUnheard(s)).join('').trim();
  if (summary !== insights.summary.trim()) warnings.push('Left out of the summary the sentences that rested on words below the confidence threshold.');
  const keyPoints = insights.keyPoints.filter((p) => !mentionsUnheard(p));
  return { ...insights, summary, keyPoints, actionItems, dealStage, warnings: [...insights.warnings, ...warnings] };
}

/**
 * Insights for a transcript too unreliable to summarise: nothing extracted, the reason in warnings. The
 * call waits for a person (sync raises a `transcript_unreliable` decision).
 */
export function unreliableInsights(quality: TranscriptQuality, currentStage: string | null): Insights {
  return {
    schemaVersion: 1,
    engine: 'quality-gate',
    model: null,
    promptVersion: null,
    summary: '',
    keyPoints: [],
    actionItems: [],
    dealStage: { current: currentStage, proposed: null, confidence: 0, rationale: 'The transcript is unreliable; nothing was extracted from it.', evidence: [] },
    followUpEmail: null,
    redactions: [],
    warnings: [`TRANSCRIPT_UNRELIABLE: ${quality.reason}`],
    transcriptQuality: quality,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;
