import type { QualityThresholds } from '../../../domain/transcript.ts';

/**
 * How far to trust the local engine's words: recommended defaults for a transcript-quality gate, measured
 * for this engine only (pocketsphinx posteriors, `-time yes`, with the default LM: the sales LM mixed with
 * general English at GENERAL_WEIGHT 0.5). Posteriors of another engine or LM are on another scale: measure
 * again after changing the LM, its weight or the decoder settings, on dev data only:
 *
 *   node scripts/eval/ood-eval.ts --mixed-only --calibrate
 *
 * (dev = the fixture calls in fixtures/calls, and the dev halves of the out-of-domain sets: recorded speech
 * from pocketsphinx-testdata and espeak-ng scripts on non-sales topics; scripts/eval/ood-sets.ts).
 *
 * Share of recognised words that are right, by posterior (dev; 1 782 reference words of sales calls,
 * 552 of out-of-domain speech):
 *
 *   posterior   sales calls   out-of-domain   all
 *   0.0–0.1     34% of 175    30% of 87       32%
 *   0.1–0.2     44% of 126    33% of 78       40%
 *   0.2–0.3     53% of 122    34% of 56       47%
 *   0.3–0.4     55% of 96     43% of 56       51%
 *   0.4–0.5     70% of 113    50% of 44       64%
 *   0.5–0.6     66% of 123    51% of 39       62%
 *   0.6–0.7     80% of 121    43% of 21       75%
 *   0.7–0.8     74% of 116    72% of 36       74%
 *   0.8–0.9     78% of 165    48% of 33       73%
 *   0.9–1.0     90% of 556    71% of 76       88%
 *
 * On sales calls the posterior ranks words well; on other speech it is over-confident (half the words
 * scored 0.8–0.9 are wrong), which is why a transcript also needs a verdict as a whole.
 */

/**
 * The local engine's thresholds for the transcript-quality gate (src/domain/transcript-quality.ts): words
 * below `minEvidenceConfidence` are not evidence and count as doubtful, and a transcript with more than
 * `maxLowConfidenceShare` of its words doubtful is unreliable.
 *
 * `minEvidenceConfidence` 0.5: the lowest bin edge from which the bins have about two thirds or more of
 * their words right (all dev words); on the dev sales calls it keeps 63% of the words, 83% of them right.
 *
 * `maxLowConfidenceShare` 0.52: between the dev sales calls, all at 0.30–0.49 (WER 24–51%), and the dev
 * out-of-domain transcripts with WER of 50% or more, all at 0.54–1.00 (9 of them). On the test halves
 * (never tuned on) it marks unreliable all four synthetic monologues and dialogues (WER 65–85%, shares
 * 0.62–0.75) and one LibriVox sentence (WER 26%, 0.53), and leaves reliable a 4-word card sequence with
 * WER 50% (0.25) and three recordings with WER 0–25%. The mean posterior separates less well (sales calls
 * 0.49–0.68, bad out-of-domain 0.17–0.53), so it is not part of the rule. Short transcripts (a handful of
 * words) give noisy shares.
 */
export const LOCAL_QUALITY_THRESHOLDS: QualityThresholds = { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.52 };
