import { APIError } from 'openai/core/error';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { ResponseFormatJSONSchema } from 'openai/resources/shared';
import type { z } from 'zod';
import type { CallMeta } from '../../../domain/call-meta.ts';
import { Insights } from '../../../domain/insights.ts';
import { addCounts, countsOf, emptyCounts, redact, redactionList, type RedactionCounts, type RedactOptions } from '../../../domain/redact.ts';
import { redactSegments } from '../../../domain/redact/segments.ts';
import { transcriptText, type Transcript } from '../../../domain/transcript.ts';
import { AppError, permanent } from '../../../errors/app-error.ts';
import { silentLogger } from '../../../logging/logger.ts';
import type { Extractor } from '../../../ports/extractor.ts';
import { createOpenAiClient, openAiFailure, parseOpenAiConfig, type OpenAiConfigInput } from '../../openai/openai-client.ts';
import { warnOnce } from '../../openai/warn-once.ts';
import { toInsights } from './insights.mapper.ts';
import { LlmOutput, ReduceOutput } from './llm-output.schema.ts';
import { estimateTokens, mergeOutputs, splitTranscript } from './map-reduce.ts';
import { buildMessages, buildReduceMessages, loadSystemPrompt, PROMPT_VERSION, REDUCE_PROMPT_VERSION } from './prompt.ts';
import { readAnswer } from './read-answer.ts';

/** Transcripts above this many tokens are analysed in parts (map) and then summarised as a whole (reduce). */
const DEFAULT_MAX_TRANSCRIPT_TOKENS = 24_000;

/**
 * Extractor on OpenAI chat completions with strict structured outputs (`zodResponseFormat`), or any
 * OpenAI-compatible chat endpoint via `baseURL` (Ollama, vLLM), whose answers `readAnswer` takes as they
 * come (JSON in prose or a fence, nullable fields left out) and validates with the same schema. The
 * transcript is redacted before it is sent; the answer is grounded and guarded by `toInsights`.
 */
export function createOpenAiExtractor(cfg: OpenAiConfigInput & { maxTranscriptTokens?: number; redact?: RedactOptions }): Extractor {
  const settings = parseOpenAiConfig('OpenAI extractor', cfg);
  const client = createOpenAiClient(settings, cfg.fetch);
  const model = settings.model;
  const maxTokens = cfg.maxTranscriptTokens ?? DEFAULT_MAX_TRANSCRIPT_TOKENS;
  const system = loadSystemPrompt(PROMPT_VERSION);
  const reduceSystem = loadSystemPrompt('reduce-call.v1');
  const extractFormat = { schema: LlmOutput, responseFormat: zodResponseFormat(LlmOutput, 'call_insights') };
  const reduceFormat = { schema: ReduceOutput, responseFormat: zodResponseFormat(ReduceOutput, 'call_summary') };
  const warn = warnOnce((cfg.logger ?? silentLogger).child({ adapter: 'openai-extractor' }));
  const server = settings.baseURL ?? 'https://api.openai.com/v1';

  /** One structured-output request; every way it can fail becomes a classified AppError. */
  async function ask<T>(messages: ReturnType<typeof buildMessages>, format: { schema: z.ZodType<T>; responseFormat: ResponseFormatJSONSchema }, durationSec: number): Promise<T> {
    const minutes = Math.max(1, Math.round(durationSec / 60));
    try {
      const completion = await client.chat.completions.create({ model, temperature: 0, messages, response_format: format.responseFormat });
      return readAnswer(completion, format.schema, { model, minutes, warn: (kind, message) => warn(kind, message, { model, server }) });
    } catch (err) {
      if (err instanceof AppError) throw err;
      if (err instanceof APIError && err.code === 'context_length_exceeded') {
        throw permanent('EXTRACT_TOO_LONG', `The ${minutes}-minute transcript does not fit the context window of ${model}. Set EXTRACT_MODEL to a model with a larger context, or split the recording.`, err);
      }
      throw openAiFailure(err, `extracting insights with ${model}`, 'EXTRACT_BASE_URL (or OPENAI_BASE_URL)');
    }
  }

  return {
    engine: 'openai',
    model,
    promptVersion: PROMPT_VERSION,
    // The model is asked for the words that say each task, in no order: in the call's order, an ask comes first.
    quoteOrder: 'any',
    async extract({ transcript, meta }) {
      // What was redacted before the transcript was stored counts with what is redacted here.
      const counts = countsOf(transcript.redactions);
      const sent = redactTranscript(transcript, counts, cfg.redact ?? {});
      if (sent.segments.every((s) => !s.text.trim())) return emptyInsights(model, meta.crm?.currentStage ?? null, counts);
      if (estimateTokens(sent) <= maxTokens) {
        const output = await ask<LlmOutput>(buildMessages(system, sent, meta), extractFormat, sent.durationSec);
        return toInsights(output, { transcript: sent, meta, model, counts, redaction: cfg.redact ?? {} });
      }
      // Long call: each part on its own (map), merged, then one summary of the whole (reduce). Grounding
      // is against the whole transcript, so a quote from any part is checked where it was said.
      const parts = splitTranscript(sent, maxTokens);
      const outputs: LlmOutput[] = [];
      for (const [i, part] of parts.entries()) {
        outputs.push(await ask<LlmOutput>(buildMessages(system, part, meta, { index: i + 1, of: parts.length }), extractFormat, part.durationSec));
      }
      const merged = mergeOutputs(outputs);
      const reduced = await ask<ReduceOutput>(buildReduceMessages(reduceSystem, outputs, merged, sent, meta), reduceFormat, sent.durationSec);
      const insights = toInsights({ ...merged, ...reduced }, { transcript: sent, meta, model, counts, redaction: cfg.redact ?? {} });
      return { ...insights, promptVersion: `${PROMPT_VERSION}+${REDUCE_PROMPT_VERSION}` };
    },
  };
}

/**
 * The transcript as it may leave the process: payment cards and the like (and, asked to, contact details) replaced
 * as the stored transcript's are (`redactSegments`): a number running across segments of a turn, or given group by
 * group around the other side's "mm-hmm", is seen whole.
 */
export function redactTranscript(transcript: Transcript, counts: RedactionCounts, opts: RedactOptions): Transcript {
  const r = redactSegments(transcript.segments, opts);
  addCounts(counts, r.counts);
  return { ...transcript, segments: r.segments, text: transcriptText(r.segments) };
}

/** No speech, nothing to ask the model about. */
function emptyInsights(model: string, current: string | null, counts: RedactionCounts): Insights {
  return Insights.parse({
    schemaVersion: 1,
    engine: 'openai',
    model,
    promptVersion: PROMPT_VERSION,
    summary: 'No speech was recognised in this call.',
    keyPoints: [],
    actionItems: [],
    dealStage: { current, proposed: null, confidence: 0, rationale: 'The call has no transcript to judge from.', evidence: [] },
    followUpEmail: null,
    redactions: redactionList(counts),
    warnings: ['The transcript is empty; nothing was extracted.'],
  });
}
