import { NEVER } from './arpa.ts';

/** The class token that stands for "a name said in the call" in the sales corpus and LM. */
export const NAME_CLASS = '<name>';

/** One way a name is said: its words, and its share of the class (shares sum to 1). */
export interface NameMember {
  words: string[];
  weight: number;
}

/**
 * The names of a call as class members: each vocabulary entry in full ("priya raman") and, for
 * several words, its first word alone ("priya", "brightline"), all with equal weight. Words are lower
 * case letters and apostrophes; accents are folded. Entries `keep` rejects (e.g. no pronunciation) go.
 */
export function nameMembers(vocabulary: readonly string[], keep: (word: string) => boolean = () => true): NameMember[] {
  const seen = new Set<string>();
  const forms: string[][] = [];
  for (const entry of vocabulary) {
    const words = tokens(entry);
    for (const form of words.length > 1 ? [words, words.slice(0, 1)] : [words]) {
      const key = form.join(' ');
      if (!form.length || seen.has(key) || !form.every(keep)) continue;
      seen.add(key);
      forms.push(form);
    }
  }
  return forms.map((words) => ({ words, weight: 1 / forms.length }));
}

export function tokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z']+/g, ' ')
    .split(' ')
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

interface Entry {
  logProb: number;
  backoff?: number;
}

/** An n-gram made from the class; `inContext` when a name stands in its context, not only as the predicted word. */
interface Added extends Entry {
  inContext: boolean;
}

/** A parsed ARPA file kept as text lines per order, so a per-call copy only rewrites what changes. */
export interface ClassLm {
  /** lines[k]: "logprob\twords[\tbackoff]" of the (k+1)-grams without the class token. */
  lines: string[][];
  /** index[k]: words → position in lines[k]. */
  index: Map<string, number>[];
  /** The (k+1)-grams that contain the class token. */
  classGrams: Map<string, Entry>[];
}

export function parseClassLm(text: string): ClassLm {
  const lm: ClassLm = { lines: [], index: [], classGrams: [] };
  let k = -1;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    const section = /^\\(\d+)-grams:$/.exec(line);
    if (section) {
      k = Number(section[1]) - 1;
      lm.lines[k] = [];
      lm.index[k] = new Map();
      lm.classGrams[k] = new Map();
      continue;
    }
    if (k < 0 || !line || line.startsWith('\\')) continue;
    const fields = line.split(/\s+/);
    const words = fields.slice(1, k + 2).join(' ');
    if (fields.slice(1, k + 2).includes(NAME_CLASS)) {
      const backoff = fields[k + 2];
      lm.classGrams[k]!.set(words, backoff === undefined ? { logProb: Number(fields[0]) } : { logProb: Number(fields[0]), backoff: Number(backoff) });
    } else {
      lm.index[k]!.set(words, lm.lines[k]!.length);
      lm.lines[k]!.push(fields.length === k + 3 ? `${fields[0]}\t${words}\t${fields[k + 2]}` : `${fields[0]}\t${words}`);
    }
  }
  return lm;
}

/**
 * The LM of one call: every n-gram with the class token is replaced by one per member (the class
 * probability times the member's weight where the name is the predicted word; the name's last word
 * where it is context), plus the bigrams and trigrams inside multi-word names. An n-gram that already
 * exists gets the two probabilities added. Without members the class n-grams are simply dropped. This
 * is the usual class-LM expansion; for multi-word names the result is close to, not exactly, normalised.
 * Returns the ARPA text and the words it contains (for the per-call dictionary).
 */
export function expandNameClass(lm: ClassLm, members: readonly NameMember[]): { arpa: string; words: string[] } {
  const order = lm.lines.length;
  const added: Map<string, Added>[] = lm.lines.map(() => new Map());
  const add = (words: string[], entry: Entry, inContext = false) => {
    const key = words.join(' ');
    const map = added[words.length - 1]!;
    const old = map.get(key);
    map.set(key, { ...(old ? merge(old, entry) : entry), inContext: inContext || (old?.inContext ?? false) });
  };
  for (let k = 0; k < order; k++) {
    for (const [key, entry] of lm.classGrams[k]!) {
      const words = key.split(' ');
      for (const assignment of assignments(words, members)) {
        const out = [...words];
        let logProb = entry.logProb;
        assignment.forEach((m, i) => {
          if (!m) return;
          if (i === words.length - 1) {
            out[i] = m.words[0]!;
            logProb += Math.log10(m.weight);
          } else if (i === 0 || m.words.length === 1) {
            out[i] = m.words.at(-1)!;
          } else {
            out[i - 1] = m.words.at(-2)!;
            out[i] = m.words.at(-1)!;
          }
        });
        add(out, { logProb, ...(entry.backoff === undefined ? {} : { backoff: entry.backoff }) }, assignment.slice(0, -1).some(Boolean));
      }
    }
  }
  const classUnigram = lm.classGrams[0]!.get(NAME_CLASS);
  for (const m of members) {
    for (let i = 1; i < m.words.length; i++) {
      if (classUnigram) add([m.words[i]!], { logProb: classUnigram.logProb + Math.log10(m.weight), backoff: classUnigram.backoff ?? 0 });
      if (order >= 2) add([m.words[i - 1]!, m.words[i]!], { logProb: Math.log10(0.5), backoff: 0 });
      if (order >= 3 && i >= 2) add(m.words.slice(i - 2, i + 1), { logProb: Math.log10(0.9) });
    }
  }
  const lines = lm.lines.map((l) => [...l]);
  for (let k = 0; k < order; k++) {
    for (const [key, { inContext, ...entry }] of added[k]!) {
      // A name that is also an ordinary word: as the predicted word both readings add up; as context
      // the two readings are different histories, and the likelier one is kept.
      const at = lm.index[k]!.get(key);
      const existing = at !== undefined ? parseLine(lm.lines[k]![at]!) : inContext ? null : backedOff(lm, key.split(' '));
      const merged = !existing ? entry : inContext ? (existing.logProb > entry.logProb ? existing : entry) : merge(existing, entry);
      const text = formatLine(key, merged, k === order - 1);
      if (at === undefined) lines[k]!.push(text);
      else lines[k]![at] = text;
    }
  }
  // Sections are joined one by one: spreading a few hundred thousand lines into push() overflows the stack.
  const head = ['\\data\\', ...lines.map((l, k) => `ngram ${k + 1}=${l.length}`)].join('\n');
  const sections = lines.map((l, k) => `\n\n\\${k + 1}-grams:\n${l.join('\n')}`);
  const words = lines[0]!.map((l) => l.split('\t')[1]!).filter((w) => w !== '<s>' && w !== '</s>');
  return { arpa: `${head}${sections.join('')}\n\n\\end\\\n`, words };
}

/** Every way to fill the class positions of `words` with members (positions without the class get null). */
function* assignments(words: string[], members: readonly NameMember[], i = 0, acc: (NameMember | null)[] = []): Generator<(NameMember | null)[]> {
  if (i === words.length) {
    yield acc;
    return;
  }
  if (words[i] !== NAME_CLASS) {
    yield* assignments(words, members, i + 1, [...acc, null]);
    return;
  }
  for (const m of members) yield* assignments(words, members, i + 1, [...acc, m]);
}

/**
 * What the LM without the class gives an n-gram it does not list (back-off), so that a name that is also
 * an ordinary word keeps that mass; null when its last word is not in the LM at all.
 */
function backedOff(lm: ClassLm, words: string[]): Entry | null {
  let penalty = 0;
  for (let start = 1; start < words.length; start++) {
    const ctx = words.slice(start - 1, -1);
    const at = lm.index[ctx.length - 1]!.get(ctx.join(' '));
    penalty += at === undefined ? 0 : (parseLine(lm.lines[ctx.length - 1]![at]!).backoff ?? 0);
    const hit = lm.index[words.length - start - 1]!.get(words.slice(start).join(' '));
    if (hit !== undefined) return { logProb: penalty + parseLine(lm.lines[words.length - start - 1]![hit]!).logProb };
  }
  return null;
}

function merge(a: Entry, b: Entry): Entry {
  const logProb = Math.min(0, Math.log10(10 ** a.logProb + 10 ** b.logProb));
  const backoff = a.backoff ?? b.backoff;
  return backoff === undefined ? { logProb } : { logProb, backoff };
}

function parseLine(line: string): Entry {
  const fields = line.split('\t');
  return fields.length === 3 ? { logProb: Number(fields[0]), backoff: Number(fields[2]) } : { logProb: Number(fields[0]) };
}

function formatLine(key: string, e: Entry, top: boolean): string {
  const lp = Math.max(e.logProb, NEVER).toFixed(6);
  return top || e.backoff === undefined ? `${lp}\t${key}` : `${lp}\t${key}\t${e.backoff.toFixed(6)}`;
}
