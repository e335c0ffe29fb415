import type { ChatCompletion } from 'openai/resources/chat/completions';
import { z } from 'zod';
import { permanent } from '../../../errors/app-error.ts';
import { fillNullableFields, jsonCandidates } from './model-json.ts';

export interface AnswerContext {
  model: string;
  /** The call's (or part's) length, for messages. */
  minutes: number;
  /** Warns once per kind about what the server did not hold the model to. */
  warn: (kind: 'json-schema-ignored' | 'missing-nullable-fields', message: string) => void;
}

/**
 * Reads one chat completion into `schema`'s shape, or throws the permanent error a person can act on.
 * OpenAI's strict structured outputs answer exactly the schema; a compatible server may not hold the model
 * to it, so the JSON object is taken out of prose or a code fence, fields the schema lets be null that were
 * left out become null, and what remains is validated by the same zod schema: nothing unchecked gets through.
 */
export function readAnswer<T>(completion: ChatCompletion, schema: z.ZodType<T>, ctx: AnswerContext): T {
  const { model, minutes } = ctx;
  const choice = completion.choices[0];
  if (choice?.finish_reason === 'length') {
    throw permanent('EXTRACT_TRUNCATED', `The model (${model}) reached its output token limit before finishing its answer for this ${minutes}-minute call. Set EXTRACT_MODEL to a model with a larger output limit, or split the recording.`);
  }
  if (choice?.finish_reason === 'content_filter') {
    throw permanent('EXTRACT_CONTENT_FILTERED', `The provider's content filter stopped the model's answer for this call. Review the call by hand, or run it with EXTRACTOR=rules.`);
  }
  const message = choice?.message;
  if (message?.refusal) {
    throw permanent('EXTRACT_REFUSED', `The model (${model}) refused to analyse this call: "${message.refusal}". Review the call by hand, or run it with EXTRACTOR=rules.`);
  }
  const content = message?.content ?? '';
  if (!content.trim()) throw permanent('EXTRACT_INVALID_OUTPUT', `The model (${model}) returned no content for this call; retry it, or run it with EXTRACTOR=rules.`);

  const candidates = jsonCandidates(content);
  if (candidates.length === 0) {
    throw permanent('EXTRACT_INVALID_OUTPUT', `The model (${model}) answered with text that holds no JSON object. Use a model or server that supports structured outputs (json_schema), or run the call with EXTRACTOR=rules.`);
  }
  let firstError: z.ZodError | null = null;
  for (const candidate of candidates) {
    const { value, filled } = fillNullableFields(schema, candidate.value);
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      firstError ??= parsed.error;
      continue;
    }
    if (candidate.wrapping !== 'none') {
      ctx.warn(
        'json-schema-ignored',
        `The model (${model}) wrapped its JSON in ${candidate.wrapping === 'fence' ? 'a code fence' : 'other text'}: the server does not hold it to response_format json_schema. ` +
          'The JSON object is taken out of the answer and checked against the schema; a server with structured outputs (Ollama 0.5 or newer, vLLM) is more reliable.',
      );
    }
    if (filled.length > 0) {
      ctx.warn('missing-nullable-fields', `The model (${model}) left out fields that may be null (${filled.join(', ')}); they are read as null. Its server does not enforce the schema strictly.`);
    }
    return parsed.data;
  }
  const detail = z.prettifyError(firstError!).split('\n').slice(0, 3).join('; ');
  throw permanent('EXTRACT_INVALID_OUTPUT', `The model (${model}) answered with JSON that does not fit the insights schema (${detail}). Use a model or server that supports strict structured outputs, or run the call with EXTRACTOR=rules.`, firstError);
}
