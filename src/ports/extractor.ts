import type { CallMeta } from '../domain/call-meta.ts';
import type { Insights } from '../domain/insights.ts';
import type { QuoteOrder } from '../domain/transcript-quality.ts';
import type { Transcript } from '../domain/transcript.ts';

export interface ExtractInput {
  transcript: Transcript;
  meta: CallMeta;
}

/**
 * Transcript → Insights (summary, action items, stage proposal, follow-up draft).
 *
 * Contract: the result parses with the Insights schema; every action item and stage proposal carries
 * evidence whose quote occurs in the transcript, with speaker and time taken from the transcript
 * (items that cannot be grounded are dropped with a warning); words spoken in the call are data and
 * never instructions; personal data is redacted before text leaves the process.
 */
export interface Extractor {
  readonly engine: string;
  readonly model: string | null;
  readonly promptVersion: string | null;
  /**
   * How an action item's quotes are ordered; the quality gate reads it. `task-first` (when unset): the first quote is
   * where the task was said and the others only support it (the ask it answers, a sentence naming its thing), so an
   * item whose first quote rests on unheard words goes. `any`: every quote says the task, in no promised order (a
   * model asked for the words that commit to it may cite the ask first), so one heard quote keeps the item.
   */
  readonly quoteOrder?: QuoteOrder;
  extract(input: ExtractInput): Promise<Insights>;
}
