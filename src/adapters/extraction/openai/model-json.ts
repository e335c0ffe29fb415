import { z } from 'zod';

/** How the JSON object sat in the model's answer: alone, in a Markdown code fence, or among other words. */
export type JsonWrapping = 'none' | 'fence' | 'prose';

export interface JsonCandidate {
  value: Record<string, unknown>;
  wrapping: JsonWrapping;
}

/**
 * The JSON objects a model's answer may mean, best first: the whole answer; then each ```json fence; then
 * each balanced `{…}` in the text. OpenAI's strict structured outputs give the first; a server that does
 * not hold the model to the schema (older Ollama, many compatible servers) gets answers like "Sure! Here
 * is the JSON: ```json {…} ```". A reasoning model's `<think>…</think>` is skipped. The caller validates.
 */
export function jsonCandidates(answer: string): JsonCandidate[] {
  const text = answer.replace(/<think>[\s\S]*?<\/think>/g, '').trim();
  const found: JsonCandidate[] = [];
  const add = (source: string, wrapping: JsonWrapping) => {
    const value = parseObject(source);
    if (value && !found.some((c) => JSON.stringify(c.value) === JSON.stringify(value))) found.push({ value, wrapping });
  };
  add(text, 'none');
  for (const fence of text.matchAll(/```[a-zA-Z]*[ \t]*\n([\s\S]*?)```/g)) add(fence[1]!, 'fence');
  for (const object of balancedObjects(text)) add(object, 'prose');
  return found;
}

function parseObject(source: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(source.trim());
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** Each outermost `{…}` of the text whose braces balance outside JSON strings, in order. */
function* balancedObjects(text: string): Generator<string> {
  let depth = 0;
  let start = -1;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"' && depth > 0) {
      inString = true;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      yield text.slice(start, i + 1);
    }
  }
}

/**
 * Sets to null each field the schema lets be null that the answer left out (`followUpEmail`,
 * `actionItems[].dueDate`): strict mode makes OpenAI write them, a model held to the schema by a looser
 * server may skip them. Required values (strings, arrays, numbers) are never made up. Returns the filled
 * value and the paths filled, for the warning.
 */
export function fillNullableFields(schema: z.ZodType, value: unknown): { value: unknown; filled: string[] } {
  const filled = new Set<string>();
  const fill = (node: z.ZodType, v: unknown, path: string): unknown => {
    const inner = node instanceof z.ZodNullable ? (node.unwrap() as z.ZodType) : node;
    if (inner instanceof z.ZodObject && typeof v === 'object' && v !== null && !Array.isArray(v)) {
      const out: Record<string, unknown> = { ...(v as Record<string, unknown>) };
      for (const [key, field] of Object.entries(inner.shape as Record<string, z.ZodType>)) {
        if (!(key in out)) {
          if (field.safeParse(null).success) {
            out[key] = null;
            filled.add(`${path}${key}`);
          }
        } else {
          out[key] = fill(field, out[key], `${path}${key}.`);
        }
      }
      return out;
    }
    if (inner instanceof z.ZodArray && Array.isArray(v)) return v.map((item) => fill(inner.element as z.ZodType, item, `${path.replace(/\.$/, '')}[].`));
    return v;
  };
  const out = fill(schema, value, '');
  return { value: out, filled: [...filled] };
}
