/**
 * A back-off n-gram model in the shape of an ARPA file, and its text form. Probabilities and
 * back-off weights are log10. Keys are the n-gram's words joined by single spaces.
 *
 * Scoring follows the ARPA convention: p(w | h) is the listed probability of `h w` when listed,
 * otherwise bow(h) · p(w | h minus its first word), recursively, with bow = 1 (log 0) when `h` has none.
 */
export interface ArpaEntry {
  logProb: number;
  /** Absent on the highest order, and when the back-off weight is 1. */
  backoff?: number;
}

export interface ArpaModel {
  /** grams[k] holds the (k+1)-grams. */
  grams: Map<string, ArpaEntry>[];
}

export const SENTENCE_START = '<s>';
export const SENTENCE_END = '</s>';
/** Log probability written for `<s>`, which is never predicted. */
export const NEVER = -99;

/** log10 p(word | history) under the model, following back-off weights. */
export function scoreWord(model: ArpaModel, history: readonly string[], word: string): number {
  const order = model.grams.length;
  const context = history.slice(Math.max(0, history.length - (order - 1)));
  let penalty = 0;
  for (let start = 0; start <= context.length; start++) {
    const ctx = context.slice(start);
    const entry = model.grams[ctx.length]!.get([...ctx, word].join(' '));
    if (entry) return penalty + entry.logProb;
    if (ctx.length) penalty += model.grams[ctx.length - 1]!.get(ctx.join(' '))?.backoff ?? 0;
  }
  return -Infinity;
}

/**
 * Sets the back-off weight of every k-gram that is a context of the (k+1)-grams `grams` (not yet part of
 * the model): (1 − Σ listed p(w | h)) / (1 − Σ listed p(w | h′)), so each context sums to 1 over the
 * vocabulary. Contexts with no listed continuation get weight 1 (log 0). Throws when a context is not listed.
 */
export function setBackoffs(model: ArpaModel, grams: ReadonlyMap<string, ArpaEntry>, k: number): void {
  const mass = new Map<string, { high: number; low: number }>();
  for (const [key, { logProb }] of grams) {
    const words = key.split(' ');
    const ctx = words.slice(0, -1).join(' ');
    const m = mass.get(ctx) ?? { high: 0, low: 0 };
    m.high += 10 ** logProb;
    m.low += 10 ** scoreWord(model, words.slice(1, -1), words.at(-1)!);
    mass.set(ctx, m);
  }
  for (const [ctx, { high, low }] of mass) {
    const entry = model.grams[k - 1]!.get(ctx);
    if (!entry) throw new Error(`context "${ctx}" of a ${k + 1}-gram is not a listed ${k}-gram`);
    const left = Math.max(1 - high, 1e-9);
    const right = Math.max(1 - low, 1e-9);
    entry.backoff = Math.log10(left / right);
  }
  for (const entry of model.grams[k - 1]!.values()) entry.backoff ??= 0;
}

const fixed = (n: number) => (Number.isFinite(n) ? n.toFixed(6).replace(/\.?0+$/, '') || '0' : String(NEVER));

/** The ARPA text. N-grams are written in sorted order, so the same model always gives the same bytes. */
export function formatArpa(model: ArpaModel, header: readonly string[] = []): string {
  const out: string[] = [...header.map((line) => `# ${line}`), '', '\\data\\'];
  model.grams.forEach((grams, k) => out.push(`ngram ${k + 1}=${grams.size}`));
  model.grams.forEach((grams, k) => {
    out.push('', `\\${k + 1}-grams:`);
    for (const key of [...grams.keys()].sort()) {
      const { logProb, backoff } = grams.get(key)!;
      out.push(backoff === undefined ? `${fixed(logProb)}\t${key}` : `${fixed(logProb)}\t${key}\t${fixed(backoff)}`);
    }
  });
  out.push('', '\\end\\', '');
  return out.join('\n');
}

/** Parses ARPA text (comments and text before `\data\` are ignored). Throws on a malformed file. */
export function parseArpa(text: string): ArpaModel {
  const lines = text.split('\n');
  let i = lines.findIndex((l) => l.trim() === '\\data\\');
  if (i < 0) throw new Error('ARPA: no \\data\\ section');
  const declared: number[] = [];
  for (i++; i < lines.length && lines[i]!.trim(); i++) {
    const m = /^ngram (\d+)=(\d+)$/.exec(lines[i]!.trim());
    if (!m) throw new Error(`ARPA: bad count line "${lines[i]}"`);
    declared[Number(m[1]) - 1] = Number(m[2]);
  }
  const grams: Map<string, ArpaEntry>[] = declared.map(() => new Map());
  let current: Map<string, ArpaEntry> | null = null;
  let n = 0;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    if (line === '\\end\\') break;
    const section = /^\\(\d+)-grams:$/.exec(line);
    if (section) {
      n = Number(section[1]);
      current = grams[n - 1] ?? null;
      if (!current) throw new Error(`ARPA: section ${line} not declared`);
      continue;
    }
    if (!current) throw new Error(`ARPA: entry outside a section: "${line}"`);
    const fields = line.split(/\s+/);
    if (fields.length !== n + 1 && fields.length !== n + 2) throw new Error(`ARPA: bad ${n}-gram line "${line}"`);
    const logProb = Number(fields[0]);
    const backoff = fields.length === n + 2 ? Number(fields[n + 1]) : undefined;
    if (Number.isNaN(logProb) || (backoff !== undefined && Number.isNaN(backoff))) throw new Error(`ARPA: bad number in "${line}"`);
    current.set(fields.slice(1, n + 1).join(' '), backoff === undefined ? { logProb } : { logProb, backoff });
  }
  grams.forEach((g, k) => {
    if (g.size !== declared[k]) throw new Error(`ARPA: ${k + 1}-grams declared ${declared[k]}, found ${g.size}`);
  });
  return { grams };
}
