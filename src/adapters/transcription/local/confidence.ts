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
 * Share of recognised words that are right, by posterior (dev; 1 782 reference words of sales calls in
 * voices dealt from every espeak-ng variant, 552 of out-of-domain speech):
 *
 *   posterior   sales calls   out-of-domain   all
 *   0.0–0.1     14% of 322    30% of 87       17%
 *   0.1–0.2     21% of 212    33% of 78       25%
 *   0.2–0.3     21% of 161    34% of 56       24%
 *   0.3–0.4     25% of 126    43% of 56       31%
 *   0.4–0.5     32% of 113    50% of 44       37%
 *   0.5–0.6     34% of 127    51% of 39       38%
 *   0.6–0.7     43% of 98     43% of 21       43%
 *   0.7–0.8     42% of 97     72% of 36       50%
 *   0.8–0.9     41% of 100    48% of 33       43%
 *   0.9–1.0     61% of 272    71% of 76       63%
 *
 * On these voices the engine is wrong more often than right (dev sales calls: WER 73%), and the posterior
 * ranks words only weakly: no bin has more than two thirds of its words right. So the posterior alone
 * cannot certify a word, and the transcript needs a verdict as a whole.
 */

/**
 * The local engine's thresholds for the transcript-quality gate (src/domain/transcript-quality.ts): words
 * below `minEvidenceConfidence` are not evidence and count as doubtful, and a transcript with more than
 * `maxLowConfidenceShare` of its words doubtful is unreliable.
 *
 * `minEvidenceConfidence` 0.5: below it every bin has fewer than 40% of its words right (all dev words).
 *
 * `maxLowConfidenceShare` 0.33, by this rule: the share that best separates the dev
 * transcripts with WER of 50% or more (unfit to summarise) from the others; every share from 0.25 to
 * 0.41 does equally well, and the rule takes the middle. Then all 23 dev transcripts with WER ≥ 50% are
 * unreliable (sales calls at 0.42–0.70, out-of-domain at 0.54–1.00); of the two with lower WER, a 4-word
 * recording (0.25) is reliable and a 9-word card sequence (0.67) is not. On the test halves of the
 * out-of-domain sets (never tuned on), it marks unreliable the four synthetic monologues and dialogues
 * (WER 65–85%, shares 0.62–0.75) and a LibriVox sentence (WER 26%, 0.53), and leaves reliable four short
 * recordings with WER 0–50% (0.00–0.25). The mean posterior separates less well, so it is not part of the
 * rule. Short transcripts (a handful of words) give noisy shares.
 */
export const LOCAL_QUALITY_THRESHOLDS: QualityThresholds = { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.33 };
