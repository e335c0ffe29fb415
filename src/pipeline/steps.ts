import type { Stage } from '../domain/call.ts';
import { extract } from './extract.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { prepare } from './prepare.ts';
import { sync } from './sync.ts';
import { transcribe } from './transcribe.ts';

export type ProcessingStage = Exclude<Stage, 'ingest'>;
export type StepFn = (input: { callId: string }, ports: PipelinePorts) => Promise<StepResult>;

/** The steps after ingest, in order; each reads its inputs from the blob store and writes its artifact there. */
export const STEPS = { prepare, transcribe, extract, sync } satisfies Record<ProcessingStage, StepFn>;

export const PROCESSING_STAGES: readonly ProcessingStage[] = ['prepare', 'transcribe', 'extract', 'sync'];

export function nextStage(stage: Stage): ProcessingStage | null {
  if (stage === 'ingest') return 'prepare';
  const i = PROCESSING_STAGES.indexOf(stage);
  return PROCESSING_STAGES[i + 1] ?? null;
}
