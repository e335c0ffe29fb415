import type { CallMeta } from '../domain/call-meta.ts';
import type { Insights } from '../domain/insights.ts';
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
  extract(input: ExtractInput): Promise<Insights>;
}
