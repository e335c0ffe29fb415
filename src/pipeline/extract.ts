import { callKeys } from '../domain/call-keys.ts';
import type { CallMeta } from '../domain/call-meta.ts';
import type { Call } from '../domain/call.ts';
import { Insights } from '../domain/insights.ts';
import { assessTranscript, dropUnheardEvidence, hidesWords, maskUnsureWords, qualityThresholds, unreliableInsights } from '../domain/transcript-quality.ts';
import { Transcript, type QualityThresholds } from '../domain/transcript.ts';
import { permanent, toAppError } from '../errors/app-error.ts';
import { getJson, putJson } from '../ports/blob-store.ts';
import { loadCall } from './call-record.ts';
import type { PipelinePorts, StepResult } from './pipeline-ports.ts';

/**
 * The quality gate around the extractor. A transcript too unreliable to summarise is not summarised
 * (nothing is extracted; the call waits for a person). Otherwise the extractor reads the transcript with
 * the words below the confidence threshold masked, and whatever still rests on a masked stretch is
 * dropped, so no item, stage proposal or summary sentence rests on words the engine was unsure of. The
 * thresholds are the engine's (when it made this transcript) overridden by the operator's.
 */
/** The thresholds for a transcript: its engine's (the configured one's when it made it), overridden by the operator's. */
export function thresholdsFor(transcript: Transcript, ports: Pick<PipelinePorts, 'transcriber'> & { policy: Pick<PipelinePorts['policy'], 'quality'> }): QualityThresholds {
  const ownEngine = ports.transcriber.engine === transcript.engine ? ports.transcriber.qualityThresholds : transcript.quality?.thresholds;
  return qualityThresholds(ownEngine, ports.policy.quality);
}

export async function gatedExtract(
  transcript: Transcript,
  meta: CallMeta,
  ports: Pick<PipelinePorts, 'extractor' | 'transcriber'> & { policy: Pick<PipelinePorts['policy'], 'quality'> },
): Promise<Insights> {
  const thresholds = thresholdsFor(transcript, ports);
  const quality = assessTranscript(transcript, thresholds);
  if (!quality.reliable) return Insights.parse(unreliableInsights(quality, meta.crm?.currentStage ?? null));
  const masked = maskUnsureWords(transcript, thresholds.minEvidenceConfidence);
  const insights = Insights.parse(await ports.extractor.extract({ transcript: masked, meta }));
  return hidesWords(masked) ? Insights.parse(dropUnheardEvidence(insights, masked, ports.extractor.quoteOrder)) : insights;
}

/**
 * The meta the extractor reads. A deal named with the call but not its stage gets the CRM's, so a proposal knows where
 * the deal is (a move back, or to where it already is, is told as such). A CRM that cannot answer now is waited for
 * (retried); one that refuses, or a deal it does not have, leaves the stage unknown, as before.
 */
export async function withDealStage(meta: CallMeta, ports: Pick<PipelinePorts, 'crm' | 'logger'>): Promise<CallMeta> {
  const dealId = meta.crm?.dealId;
  if (!dealId || meta.crm?.currentStage) return meta;
  try {
    const deal = await ports.crm.getDeal(dealId);
    return deal?.stage ? { ...meta, crm: { ...meta.crm, currentStage: deal.stage } } : meta;
  } catch (thrown) {
    const err = toAppError(thrown);
    if (err.retryable) throw err;
    ports.logger.warn({ dealId, code: err.code }, 'the deal named with the call could not be read: its stage is unknown to the extractor');
    return meta;
  }
}

/** Extracts insights from transcript.json and writes insights.json (validated by the Insights schema). */
export async function extract(input: { callId: string; call?: Call }, ports: PipelinePorts): Promise<StepResult<Insights>> {
  const call = input.call ?? (await loadCall(ports.blobs, input.callId));
  const transcript = await getJson(ports.blobs, callKeys.transcript(call.id), (raw) => Transcript.parse(raw));
  if (!transcript) throw permanent('PIPELINE_ORDER', `Call ${call.id} has no transcript; run transcribe first.`);
  const insights = await gatedExtract(transcript, await withDealStage(call.meta, ports), ports);
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
