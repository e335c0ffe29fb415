import { z } from 'zod';
import { TranscriptQuality } from './transcript.ts';

export const STAGE_KEYS = [
  'appointmentscheduled',
  'qualifiedtobuy',
  'presentationscheduled',
  'decisionmakerboughtin',
  'contractsent',
  'closedwon',
  'closedlost',
] as const;
export const StageKey = z.enum(STAGE_KEYS);
export type StageKey = z.infer<typeof StageKey>;

/** Closed won or closed lost: the end of the pipeline. */
export const isClosingStage = (stage: string | null | undefined): boolean => stage === 'closedwon' || stage === 'closedlost';

const STAGE_LABEL: Record<StageKey, string> = {
  appointmentscheduled: 'Appointment scheduled',
  qualifiedtobuy: 'Qualified to buy',
  presentationscheduled: 'Presentation scheduled',
  decisionmakerboughtin: 'Decision maker bought in',
  contractsent: 'Contract sent',
  closedwon: 'Closed won',
  closedlost: 'Closed lost',
};

/** A deal stage in words (canonical keys), the CRM's own stage as it is, or `unknown`. */
export function stageLabel(stage: string | null | undefined): string {
  if (!stage) return 'unknown';
  return STAGE_LABEL[stage as StageKey] ?? stage;
}

export const Evidence = z.object({
  quote: z.string().min(1),
  speaker: z.string(),
  startSec: z.number().min(0),
});
export type Evidence = z.infer<typeof Evidence>;

export const Owner = z.enum(['rep', 'customer', 'unknown']);
export type Owner = z.infer<typeof Owner>;

export const ActionItem = z.object({
  text: z.string().min(1),
  owner: Owner,
  dueDate: z.iso.date().nullable(),
  evidence: z.array(Evidence).min(1),
});
export type ActionItem = z.infer<typeof ActionItem>;

export const DealStage = z.object({
  current: z.string().nullable(),
  proposed: StageKey.nullable(),
  confidence: z.number().min(0).max(1),
  rationale: z.string(),
  evidence: z.array(Evidence),
});
export type DealStage = z.infer<typeof DealStage>;

export const Insights = z.object({
  schemaVersion: z.literal(1),
  engine: z.string(),
  model: z.string().nullable(),
  promptVersion: z.string().nullable(),
  summary: z.string(),
  keyPoints: z.array(z.string()),
  actionItems: z.array(ActionItem),
  dealStage: DealStage,
  followUpEmail: z.object({ subject: z.string(), body: z.string() }).nullable(),
  redactions: z.array(z.object({ kind: z.string(), count: z.number().int().min(1) })),
  warnings: z.array(z.string()),
  /** Present when the transcript was too unreliable to summarise: nothing was extracted, and a person reviews the call. */
  transcriptQuality: TranscriptQuality.optional(),
});
export type Insights = z.infer<typeof Insights>;
