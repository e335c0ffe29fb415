import type { Call, ProcessingStep } from '../domain/call.ts';
import { extract } from './extract.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';
import { prepare } from './prepare.ts';
import { sync } from './sync.ts';
import { transcribe } from './transcribe.ts';

/** `call`, when given, is the call record as it is in the store now (the step then does not read it again). */
export type StepInput = { callId: string; call?: Call };
export type StepFn = (input: StepInput, ports: PipelinePorts) => Promise<StepResult>;

/** The steps after ingest, in order; each reads its inputs from the blob store and writes its artifact there. */
export const STEP_FNS = { prepare, transcribe, extract, sync } satisfies Record<ProcessingStep, StepFn>;
