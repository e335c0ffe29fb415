import { callKeys } from '../domain/call-keys.ts';
import { Insights } from '../domain/insights.ts';
import { Transcript } from '../domain/transcript.ts';
import { permanent } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';

/** Extracts insights from transcript.json and writes insights.json (validated by the Insights schema). */
export async function extract(input: { callId: string }, ports: PipelinePorts): Promise<StepResult<Insights>> {
  const call = await loadCall(ports.blobs, input.callId);
  const transcript = await getJson(ports.blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw));
  if (!transcript) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no transcript; run transcribe first.`);
  const insights = Insights.parse(await ports.extractor.extract({ transcript, meta: call.meta }));
  await putJson(ports.blobs, callKeys.insights(call.id), insights);
  return {
    output: insights,
    patch: {
      engines: {
        ...call.engines,
        extractor: { engine: insights.engine, model: insights.model, promptVersion: insights.promptVersion },
      },
    },
  };
}
