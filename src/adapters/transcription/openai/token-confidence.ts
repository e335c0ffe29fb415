/** A token of the answer with its log probability (`include[]=logprobs` of the gpt-4o transcribe models). */
export interface TokenLogprob {
  token?: string | null;
  logprob?: number | null;
  /** UTF-8 bytes of the token; a token may hold part of a character, so bytes are what add up exactly. */
  bytes?: number[] | null;
}

/** Confidences of one span of the text: its words', in whitespace order, and their mean. */
export interface SpanConfidence {
  confidence: number;
  wordConfidence: number[];
}

/**
 * Scores spans of `text` (sentences, as character offsets into `text.trim()`) from the tokens the model
 * answered: a word's confidence is the probability of its tokens together (the product of theirs, a token
 * that straddles two words counting for both), a span's is the mean of its words'. Only when the tokens
 * spell the text exactly, byte for byte (leading and trailing whitespace aside); else null, and the caller
 * falls back to `meanTokenProbability`.
 */
export function spanConfidences(text: string, tokens: readonly TokenLogprob[], spans: readonly { start: number; end: number }[]): SpanConfidence[] | null {
  const scored = tokens.map((t) => {
    const bytes = t.bytes ? Buffer.from(t.bytes) : typeof t.token === 'string' ? Buffer.from(t.token) : null;
    return bytes && typeof t.logprob === 'number' ? { bytes, p: Math.min(1, Math.exp(t.logprob)) } : null;
  });
  if (scored.length === 0 || scored.some((t) => t === null)) return null;
  const joined = Buffer.concat(scored.map((t) => t!.bytes)).toString('utf8');
  const trimmed = text.trim();
  if (joined.trim() !== trimmed) return null;
  const base = Buffer.byteLength(joined.slice(0, joined.length - joined.trimStart().length));

  let at = 0;
  const ranges = scored.map((t) => ({ start: at, end: (at += t!.bytes.length), p: t!.p }));
  const byteAt = (char: number) => base + Buffer.byteLength(trimmed.slice(0, char));
  const wordProbability = (start: number, end: number) => {
    const [from, to] = [byteAt(start), byteAt(end)];
    return ranges.filter((r) => r.start < to && r.end > from).reduce((p, r) => p * r.p, 1);
  };

  return spans.map(({ start, end }) => {
    const words = [...trimmed.slice(start, end).matchAll(/\S+/g)].map((m) => wordProbability(start + m.index, start + m.index + m[0].length));
    const confidence = words.length ? words.reduce((a, b) => a + b, 0) / words.length : 0;
    return { confidence: round(confidence), wordConfidence: words.map(round) };
  });
}

/** The mean probability of the answer's tokens: the confidence of the whole request when words cannot be lined up. */
export function meanTokenProbability(tokens: readonly TokenLogprob[]): number | null {
  const ps = tokens.flatMap((t) => (typeof t.logprob === 'number' ? [Math.min(1, Math.exp(t.logprob))] : []));
  return ps.length ? round(ps.reduce((a, b) => a + b, 0) / ps.length) : null;
}

const round = (x: number) => Math.round(x * 100) / 100;
