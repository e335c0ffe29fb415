import { z } from 'zod';
import { Owner, StageKey } from '../../../domain/insights.ts';

/**
 * What the model must answer, sent as a strict JSON schema (`zodResponseFormat`). Strict mode needs every
 * field present, so optional values are `.nullable()`. Quotes are the model's claims: the adapter grounds
 * each one in the transcript before anything reaches Insights.
 */
export const LlmOutput = z.object({
  summary: z.string().describe('Three to five sentences: who spoke, what was discussed, what was decided.'),
  keyPoints: z.array(z.string()).describe('Short facts worth remembering: needs, objections, budget, timeline, competitors.'),
  actionItems: z.array(
    z.object({
      text: z.string().describe('The task as an imperative sentence, without the due date.'),
      owner: Owner,
      dueDate: z.string().nullable().describe('YYYY-MM-DD resolved against the call date, or null when no date was said.'),
      quotes: z.array(z.string()).describe('Verbatim words from the transcript that commit to this task.'),
    }),
  ),
  dealStage: z.object({
    proposed: StageKey.nullable(),
    confidence: z.number().describe('0 to 1.'),
    rationale: z.string(),
    quotes: z.array(z.string()).describe('Verbatim words from the transcript that justify the proposal.'),
  }),
  followUpEmail: z
    .object({ subject: z.string(), body: z.string() })
    .nullable()
    .describe("A follow-up email from the rep to the customer, in the call's language; null when there is nobody to write to."),
});
export type LlmOutput = z.infer<typeof LlmOutput>;

/** What the reduce request answers for a call analysed in parts: one summary, points and email for the whole. */
export const ReduceOutput = LlmOutput.pick({ summary: true, keyPoints: true, followUpEmail: true });
export type ReduceOutput = z.infer<typeof ReduceOutput>;
