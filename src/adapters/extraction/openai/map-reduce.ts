import { isClosingStage, STAGE_KEYS } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import type { Transcript } from '../../../domain/transcript.ts';
import type { LlmOutput } from './llm-output.schema.ts';

/** Rough token count of transcript lines as the prompt shows them (about four characters a token). */
export function estimateTokens(transcript: Transcript): number {
  return transcript.segments.reduce((sum, s) => sum + Math.ceil((s.text.length + 16) / 4), 0);
}

/**
 * Splits a long transcript into consecutive parts of at most `maxTokens` each, at segment borders, so
 * each part fits the model's context with room for the answer. A single segment longer than the budget
 * is a part on its own.
 */
export function splitTranscript(transcript: Transcript, maxTokens: number): Transcript[] {
  const parts: Transcript['segments'][] = [];
  let current: Transcript['segments'] = [];
  let size = 0;
  for (const segment of transcript.segments) {
    const cost = Math.ceil((segment.text.length + 16) / 4);
    if (current.length && size + cost > maxTokens) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(segment);
    size += cost;
  }
  if (current.length) parts.push(current);
  return parts.map((segments) => ({ ...transcript, segments, text: segments.map((s) => s.text).join('\n') }));
}

const words = (text: string) => new Set(normalizeText(text).split(' ').filter((w) => w.length > 2));

/** Share of the smaller item's content words that the other shares: 1 for the same task worded alike. */
function overlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / Math.max(1, Math.min(wa.size, wb.size));
}

/**
 * Merges the answers for the parts of one call: action items deduplicated across parts (same owner and
 * mostly the same words: one item with the quotes of both and the first date given), key points
 * deduplicated, and the stage proposal that goes furthest in the pipeline (the call's latest outcome),
 * ties broken by confidence; between a win and a loss, the later part's. Summary and email are left to the reduce request.
 */
export function mergeOutputs(outputs: readonly LlmOutput[]): LlmOutput {
  const items: LlmOutput['actionItems'] = [];
  for (const item of outputs.flatMap((o) => o.actionItems)) {
    const twin = items.find((i) => i.owner === item.owner && overlap(i.text, item.text) >= 0.7);
    if (!twin) {
      items.push({ ...item, quotes: [...item.quotes] });
      continue;
    }
    twin.quotes.push(...item.quotes.filter((q) => !twin.quotes.includes(q)));
    twin.dueDate ??= item.dueDate;
  }
  const keyPoints = [...new Map(outputs.flatMap((o) => o.keyPoints).map((p) => [normalizeText(p), p])).values()];
  // Won and lost are both the end of the pipeline: between them, the one said later stands.
  const rank = (o: LlmOutput) => (o.dealStage.proposed ? Math.min(STAGE_KEYS.indexOf(o.dealStage.proposed), STAGE_KEYS.indexOf('closedwon')) : -1);
  const byPart = outputs.map((o, part) => ({ o, part }));
  const stageFrom = byPart.sort((a, b) => rank(b.o) - rank(a.o) || (isClosingStage(a.o.dealStage.proposed) && isClosingStage(b.o.dealStage.proposed) ? b.part - a.part : b.o.dealStage.confidence - a.o.dealStage.confidence))[0]!.o;
  return {
    summary: outputs.map((o) => o.summary).join(' '),
    keyPoints,
    actionItems: items,
    dealStage: stageFrom.dealStage,
    followUpEmail: outputs.at(-1)?.followUpEmail ?? null,
  };
}
