import { pickDuePhrase, resolveDueDate, type SkipPhrase } from '../../../domain/dates.ts';
import { normalizeText } from '../../../domain/text.ts';
import type { Owner } from '../../../domain/insights.ts';
import { cutClause, hasTaskShape, isInCall, joinParticle, leadingVerb, toActionText } from './action-text.ts';
import { acronymsOf, lastThing, namesAThing, pronounObject } from './task-things.ts';
import { LASTS, PRESENT_DOER, untilDate } from './commitment-triggers.ts';
import { isConditional, waitsOnSomeonesYes } from './commitment-guards.ts';
import type { CommitmentContext } from './lang/types.ts';
import { addEvidence, type ActionDraft } from './merge-items.ts';
import { otherRole, type Role, type Sentence } from './sentences.ts';
import { lastPaper, resolveObject } from './task-objects.ts';

/**
 * A run-through of next steps in the present tense ("So, recap: I send the quote today, you sign by
 * Friday, and Dana sets up the accounts"): each "<who> <does> <what>" in it is a task of whoever is
 * named, the speaker for "I / we", the other side for "you", and a colleague's side for a name.
 * A task already found is given the recap's date when it had none, and its words when it only
 * pointed at its object ("sign it"); one not found before is added.
 */

/** What opens a recap: "to recap", "recapping", "so, to wrap up", "let me repeat", "next steps:", "so:". */
const OPENS = /\b(?:recap(?:ping)?|to sum (?:it )?up|summari[sz]e|summary|to wrap up|wrap(?:ping)? up|let me repeat|to confirm|next steps)\b|^\W*(?:\w+\W+){0,2}?so\s*:/i;
const TITLE = '(?:(?:Mr|Mrs|Ms|Dr|Monsieur|Madame|Herr|Frau|Señor|Señora)\\.?\\s+)?';
/**
 * "I send…", "we return…", "you fill…", "you'll sign…" (the other side's step, as the speaker sums it up; the speaker's
 * own "I'll" is a promise found as such), or a name and a verb in -s ("Dana sends…").
 */
const DOER = new RegExp(
  `^(?:(?:[Aa]nd|[Tt]hen|[Pp]lus|[Aa]lso|[Ss]o)[\\s,]+)*(?:(I|[Ww]e|[Yy]ou)(?:(?<=[Yy]ou)(?:['’]ll|\\s+will))?\\s+(?:(?:also|then|just|still)\\s+)?(?=[a-z])|(${TITLE}\\p{Lu}[\\p{Ll}'’-]+)\\s+(?=[a-z]+s\\b))`,
  'u',
);
/** Capitalised words that open a clause without naming anyone. */
const NOT_A_NAME = /^(?:So|Then|And|Okay|Ok|Right|Also|Plus|Next|Training|Everything|Nothing|This|That|It|Which|Everyone|Everybody)$/;
/** Verbs that state rather than do ("I think", "you know", "we have"). */
const NOT_A_TASK = /^(?:[a-z]+(?<!e)ed|sent|told|said|got|did|lost|made|took|gave|bought|won|found|thought|felt|left|saw|heard|met|spent|sold|kept|cannot|can't|won't|as|like|is|are|was|were|have|has|had|know|knows|think|thinks|mean|means|guess|hope|see|sees|dunno|reckon|suppose|wonder|bet|believe|doubt|wish|want|wants|need|needs|like|likes|feel|feels|agree|understand|remember|go|goes|say|says|said|look|looks|can|could|will|would|should|might|must|may|did|don't|doesn't)\b/i;
const MEETING_DAY: SkipPhrase = (p, text) => /\b(?:demo|meeting|call|kick-?off|session|walkthrough|presentation|training|workshop)s?\s+(?:on\s+|for\s+)?$/i.test(text.slice(0, p.start));

/** "sends" → "send", "carries" → "carry", "reaches" → "reach". */
function baseOfThirdPerson(verb: string): string {
  if (/ies$/.test(verb)) return `${verb.slice(0, -3)}y`;
  if (/(?:ch|sh|ss|x|zz|o)es$/.test(verb)) return verb.slice(0, -2);
  return verb.replace(/s$/, '');
}

/** The side a colleague named in a recap is on: the side of whoever first said the name in the call. */
function sideOf(name: string, sentences: readonly Sentence[], upTo: number, ctx: CommitmentContext, found: readonly ActionDraft[]): Owner | null {
  const first = name.split(/\s+/).pop()!;
  // A task already given to the colleague says whose side they are on.
  const theirs = found.find((d) => new RegExp(`^Have\\s+(?:\\S+\\s+)?${first}\\b`).test(d.text));
  if (theirs) return theirs.owner;
  for (const role of ['rep', 'customer'] as const) if (ctx.names[role]?.split(/\s+/)[0] === first) return role;
  const said = sentences.slice(0, upTo).find((s) => !s.addressedToSystem && s.role !== 'unknown' && new RegExp(`\\b${first}\\b`).test(s.text));
  return said ? (said.role as Owner) : null;
}

/** The side of a colleague who signs: the buyer's, unless a task of theirs or "our Dana", "Dana on our side" says otherwise. */
function signerSide(name: string, sentences: readonly Sentence[], upTo: number, found: readonly ActionDraft[]): Owner {
  const first = name.split(/\s+/).pop()!;
  const theirs = found.find((d) => new RegExp(`^Have\\s+(?:\\S+\\s+)?${first}\\b`).test(d.text));
  if (theirs) return theirs.owner;
  const own = sentences.slice(0, upTo).find((t) => !t.addressedToSystem && t.role !== 'unknown' && new RegExp(`\\b${first}\\b`).test(t.text) && /\b(?:our|my)\b/i.test(t.text) && !/\byour\b/i.test(t.text));
  return own ? (own.role as Owner) : 'customer';
}

interface Clause {
  sentence: Sentence;
  at: number;
  end: number;
  /** For "…, the quote by Monday": the doer and verb it shares with the clause before ("I send"). */
  lead?: string;
}

/** "the quote by Monday" after "I send the case study tomorrow,": another thing, with its own date, for the same doer and verb. */
const ELLIPTIC = /^(?:and\s+)?(?:the|a|an|our|your|their|my)\s+/i;

/** The recap's clauses, each the words from one "<who> <verb>" to the next. */
function clausesOf(turn: readonly Sentence[]): Clause[] {
  const out: Clause[] = [];
  for (const s of turn) {
    const split = s.text.split(/(?<=[,;:.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St)\.)\s+|\s+(?=and\s+(?:then\s+)?(?:I|we|you|\p{Lu}[\p{Ll}'’-]+)\s)/u);
    // "the Leeds and Hull rotas": "and" before a place and a plural opens no clause of its own.
    const pieces: string[] = [];
    for (const piece of split) {
      const named = /^and\s+(?:then\s+)?\p{Lu}[\p{Ll}'’-]+\s+([a-z]+)/u.exec(piece);
      if (named && pieces.length && !/[,;:.!?]$/.test(pieces[pieces.length - 1]!) && !leadingVerb(baseOfThirdPerson(named[1]!))) pieces[pieces.length - 1] += ` ${piece}`;
      else pieces.push(piece);
    }
    let at = 0;
    for (const piece of pieces) {
      const start = s.text.indexOf(piece, at);
      at = start + piece.length;
      const opens = DOER.exec(piece.trim());
      const last = out[out.length - 1];
      const open = last && last.sentence === s && !/[.!?]$/.test(s.text.slice(last.at, last.end));
      if (opens && !(opens[2] && NOT_A_NAME.test(opens[2]))) out.push({ sentence: s, at: start, end: at });
      else if (open && ELLIPTIC.test(piece) && pickDuePhrase(piece) && pickDuePhrase(s.text.slice(last.at, last.end))) {
        const before = (last.lead ?? '') + s.text.slice(last.at, last.end);
        const doer = DOER.exec(before.trim());
        const lead = doer ? `${doer[0]}${before.trim().slice(doer[0].length).split(/\s+/)[0]} ` : undefined;
        out.push({ sentence: s, at: start, end: at, lead });
      } else if (open) last.end = at;
    }
  }
  return out;
}

/** Words that tell nothing of what a task is about. */
const GENERIC = new Set(['have', 'with', 'your', 'their', 'our', 'from', 'that', 'this', 'then', 'back', 'over', 'them', 'the', 'and', 'will', 'for', 'you', 'all', 'out', 'its', 'his', 'her', 'him', 'both']);
/** The words of what a task is about: who does it if named, and its object rather than its verb ("email the label" ~ "send the label"). */
function keys(text: string): Set<string> {
  const doer = /^[Hh]ave\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,2})/u.exec(text);
  const words = normalizeText(text.slice(doer?.[0].length ?? 0)).split(' ');
  const said = [...normalizeText(doer?.[1] ?? '').split(' '), ...(words.length > 1 ? words.slice(1) : words)];
  const acronyms = acronymsOf(text);
  return new Set(said.filter((w) => namesAThing(w, acronyms) && !GENERIC.has(w) && !TITLES.has(w)).map((w) => w.replace(/(?:es|s)$/, '').slice(0, 6)));
}
const TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'monsieur', 'madame', 'herr', 'frau']);

/** How far back before a recap "it" may point. */
const CONTEXT_SENTENCES = 6;

/** Most words the other side may put in ("Go on.", "Yep.") before the recap goes on. */
const INTERJECTION_WORDS = 3;

/** The recap's sentences: from its opening to the end of the speaker's turn, across a short "go on" from the other side. */
function recapTurn(sentences: readonly Sentence[], i: number, crossReplies = true): Sentence[] {
  const s = sentences[i]!;
  const turn = [s];
  let segment = s.segmentIndex;
  for (let j = i + 1; j < sentences.length; j++) {
    const t = sentences[j]!;
    if (t.addressedToSystem) continue;
    if (t.segmentIndex === segment) {
      turn.push(t);
      continue;
    }
    const reply = sentences.filter((x) => x.segmentIndex === t.segmentIndex);
    const next = sentences[j + reply.length];
    // "So, quick recap—" / "Go." / the recap itself.
    if (crossReplies && turn.length === 1 && t.role !== s.role && reply.map((x) => x.text).join(' ').split(/\s+/).length <= INTERJECTION_WORDS && next?.role === s.role) {
      segment = next.segmentIndex;
      j += reply.length - 1;
      continue;
    }
    break;
  }
  return turn;
}

/**
 * A sentence that runs through who does what with no "to recap" before it ("So Kai sends the form, you sign it
 * Monday, I book the kickoff"): two or more present-tense clauses, each with its own doer, and not a question.
 */
export function isRunThrough(s: Sentence): boolean {
  if (/\?\s*$/.test(s.text)) return false;
  const doers = new Set<string>();
  for (const clause of clausesOf([s])) {
    const m = DOER.exec(s.text.slice(clause.at, clause.end).trim());
    const rest = m ? s.text.slice(clause.at, clause.end).trim().slice(m[0].length) : '';
    // A name must be followed by a verb of follow-up work ("Kai sends"), not a plural ("Fuel prices").
    if (!m || (m[2] && (NOT_A_NAME.test(m[2]) || !leadingVerb(baseOfThirdPerson(rest.split(/\s+/)[0]!)))) || NOT_A_TASK.test(rest)) continue;
    doers.add((m[1] ?? m[2]!).toLowerCase());
  }
  return doers.size >= 2;
}

/** A turn that sums up next steps: a recap opener, or two or more present-tense "<who> <does>" clauses across it. */
export function isRecapTurn(turn: readonly Sentence[]): boolean {
  const doers = new Set((turn.map((s) => s.text).join(' ').match(PRESENT_DOER) ?? []).map((d) => d.replace(/^[\W]*(?:and\s+)?/i, '').split(/\s+/)[0]!.toLowerCase()));
  return turn.some((s) => OPENS.test(s.text) || isRunThrough(s)) || doers.size >= 2;
}

/** "gets the…", "receives the…": something reaching the doer (not "gets you the…", handing it over). */
const RECEIVES = /^(?:gets?|receives?)\s+(?!(?:me|us|you|him|her|them)\b)/i;
/** "gets it signed", "gets the form back to us", "gets IT to switch it on", "gets in touch", "gets the logins out": getting something done. */
const GETS_IT_DONE = /\b(?:signed|done|sorted|approved|finished|completed|sent|ready|set up|back|over|across|through|out|to|in touch)\b|\bin\b(?!\s+(?:the|a|an|his|her|their|our|my|your)\b)/i;

/** Tasks said in a present-tense recap, as drafts. */
function recapDrafts(sentences: readonly Sentence[], ctx: CommitmentContext, found: readonly ActionDraft[]): ActionDraft[] {
  const drafts: ActionDraft[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i]!;
    if (s.addressedToSystem || s.role === 'unknown' || !(OPENS.test(s.text) || isRunThrough(s))) continue;
    // A run-through with no "to recap" before it is said in one go: it does not reach past the other side's reply.
    const turn = recapTurn(sentences, i, OPENS.test(s.text));
    for (const clause of clausesOf(turn)) {
      const piece = clause.sentence.text.slice(clause.at, clause.end).trim();
      if (clause.lead === undefined && !DOER.test(piece)) continue;
      // "…and if finance agrees, I order the units": a step that hangs on an "if" or on someone's yes is no task, in a recap too.
      const ahead = clause.sentence.text.slice(0, clause.at);
      if (isConditional(ahead) || waitsOnSomeonesYes(ahead)) continue;
      const said0 = clause.lead !== undefined ? `${clause.lead}${piece.replace(/^and\s+/i, '')}` : piece;
      const m = DOER.exec(said0);
      if (!m) continue;
      const rest = cutClause(said0.slice(m[0].length)).replace(/[.!?]+$/, '');
      const verb = rest.split(/\s+/)[0]!;
      if (NOT_A_TASK.test(verb) || (m[2] && !/s$/.test(verb)) || (!m[2] && /^do$/i.test(verb))) continue;
      // "you'll get the pack Friday", "you'll also see an email", "you'll keep your numbers", "you'll pay nothing until
      // May": what reaches the other side or what they gain, not a step of theirs.
      const reachesThem = /^(?:get|see|receive|hear|find|notice|love|like|keep|save|enjoy|benefit)$/i.test(verb) || /^pay\s+(?:nothing|no|less|only|just)\b/i.test(rest);
      if (m[1] && /^\S+(?:['’]ll|\s+will)\b/i.test(m[0].replace(/^(?:(?:and|then|plus|also|so)[\s,]+)*/i, '')) && reachesThem) continue;
      // "Dana gets the data sheet by Friday", "you get the revised quote Thursday": in a recap, what reaches someone is
      // the giver's task (the speaker's, to "you"; the other side's, to one of the speaker's own). "Gets you the figures",
      // "gets it signed", "gets the form back to us" are steps of the doer's; "I get the pack" is no one's task.
      const receives = RECEIVES.test(rest) && !GETS_IT_DONE.test(rest);
      if (receives && m[1] && !/^you$/i.test(m[1])) continue;
      const said = receives
        ? `send ${rest.replace(RECEIVES, '')}${m[2] ? ` to ${m[2]}` : ''}`
        : joinParticle(m[2] ? `${baseOfThirdPerson(verb)}${rest.slice(verb.length)}` : rest);
      // A verb of follow-up work, or in a run-through of who does what, any verb with its object ("Sam loads the data by Friday").
      const v = leadingVerb(said) ?? (/^[a-z]+\s+(?:the|a|an|our|your|their|my|his|her|all|both|it|them)\b/.test(said) ? said.split(/\s+/)[0]! : null);
      if (!v || !hasTaskShape(v, said) || isInCall(said) || v === 'have' || v === 'let' || v === 'tell') continue;
      const who = m[1]?.toLowerCase();
      // A colleague who signs is the buyer's signatory, whoever named them first ("Dr. Alvarez signs next Wednesday").
      const signs = /^signs$/i.test(verb);
      const receiver: Owner | null = who === 'you' ? otherRole(s.role) : who ? s.role : signs ? signerSide(m[2]!, sentences, i, found) : sideOf(m[2]!, sentences, i, ctx, found);
      const owner: Owner | null = receives ? (receiver && receiver !== 'unknown' ? otherRole(receiver) : null) : receiver;
      if (!owner || owner === 'unknown') continue;
      const at = sentences.indexOf(clause.sentence);
      const before = [...sentences.slice(Math.max(0, i - CONTEXT_SENTENCES), at).map((t) => t.text), clause.sentence.text.slice(0, clause.at)].join(' ');
      const thing = leadingVerb(said) ? null : lastThing(before);
      // "you fill it by Friday": what "it" is, for a verb the word lists do not know.
      const task = thing ? said.replace(/\b(?:it|them)\b/, thing) : resolveObject(said, before);
      const voice = { speaker: s.role as Role, listener: otherRole(s.role), names: ctx.names };
      let text = toActionText(m[2] && !receives ? `have ${m[2]} ${task}` : task, voice);
      // "you sign by Friday": the verb alone; what is signed is the last thing named.
      const named = /^[\p{L}-]+$/u.test(text.trim()) ? ((/^(?:sign|countersign)$/i.test(text.trim()) ? lastPaper(before) : null) ?? lastThing(before)) : null;
      if (named) text = `${text} ${named}`;
      const lasts = LASTS.test(said);
      const dueDate = resolveDueDate(rest, ctx.startedAt, ctx.timezone, 'en', (p, t) => MEETING_DAY(p, t) || (lasts && untilDate(p, t)));
      drafts.push({ text, owner, dueDate, evidence: [{ sentence: clause.sentence, quote: piece.replace(/[,;]$/, '') }], kind: m[2] && !receives ? 'third' : 'self', at });
    }
    i += turn.length - 1;
  }
  return drafts;
}

/** Only a verb and "it" / "that" / "both to him": says nothing of what the task is about. */
const POINTS_ONLY = /^\S+(?:\s+(?:it|that|this|them|those|'em|both))?(?:\s+(?:back|over|out|in|to (?:him|her|them|you)))?$/i;

/** The one task of the same owner and verb, with a date that agrees, that only pointed at its object. */
function pointedAt(drafts: readonly ActionDraft[], d: ActionDraft): ActionDraft | null {
  const verb = leadingVerb(d.text.replace(/^Have\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,2}/u, '').toLowerCase());
  const same = drafts.filter((e) => e.owner === d.owner && POINTS_ONLY.test(e.text.trim()) && leadingVerb(e.text.toLowerCase()) === verb && (!e.dueDate || !d.dueDate || e.dueDate === d.dueDate));
  return verb && same.length === 1 ? same[0]! : null;
}

/** Folds a present-tense recap's tasks into `drafts` (see the module comment). */
export function addRecapItems(drafts: ActionDraft[], sentences: readonly Sentence[], ctx: CommitmentContext): void {
  for (const d of recapDrafts(sentences, ctx, [...drafts])) {
    const words = keys(d.text);
    const verb = leadingVerb(d.text.toLowerCase());
    // As many words shared: the task done the same way (a recap's "send the deck" restates a sending, not the meeting about the deck).
    const scored = drafts
      .filter((e) => e.owner === d.owner)
      .map((e) => ({ e, shared: [...keys(e.text)].filter((w) => words.has(w)).length, sameVerb: Number(verb !== null && leadingVerb(e.text.toLowerCase()) === verb) }))
      .filter((x) => x.shared > 0)
      .sort((a, b) => b.shared - a.shared || b.sameVerb - a.sameVerb);
    const twin = scored[0]?.e ?? pointedAt(drafts, d);
    if (!twin) {
      drafts.push(d);
      continue;
    }
    twin.dueDate ??= d.dueDate;
    // The recap names the thing more fully ("both addresses" → "the Leeds and Hull addresses"): its words are kept.
    const twinKeys = keys(twin.text);
    const fuller = words.size > twinKeys.size && [...twinKeys].every((w) => words.has(w));
    if ((POINTS_ONLY.test(twin.text.trim()) || fuller) && !pronounObject(d.text)) twin.text = d.text;
    addEvidence(twin, d.evidence[0]!);
  }
}
