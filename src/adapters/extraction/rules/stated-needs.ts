import { resolveDueDate } from '../../../domain/dates.ts';
import { toActionText } from './action-text.ts';
import { isWithdrawn } from './commitment-guards.ts';
import type { CommitmentContext } from './lang/types.ts';
import type { ActionDraft } from './merge-items.ts';
import { otherRole, wordCount, type Role, type Sentence } from './sentences.ts';

/**
 * "For the audit I need your fire certificates." — "The ones from March?" — "Those. Friday okay?" — "Yes, I can do
 * that.": a thing one side says it needs, taken on by the other side in one of its next turns, is the other side's task,
 * to send it. Said alone, a need is no one's task; the yes makes it one.
 */

/** "I need the census", "we'll also need your logo files": a thing needed (not "need to …", not "need a minute"). */
const NEED =
  /\b(?:i|we)(?:['’]ll|\s+will|['’]d|\s+would)?\s+(?:(?:really|also|just|still|definitely|only)\s+)?need\s+(?:from\s+you\s+)?(?<thing>(?:the|your|a|an|some)\s+(?:[\w'’-]+\s+){0,4}?[\w'’-]+?)(?=\s*(?:[.,;:?!—–]|$|\s+(?:from|by|for|before|so|and|first|today|tomorrow|this|next|please)\b))/i;
/** Needs that are not things to hand over: time, a pause, a decision, a yes. */
const NOT_A_THING = /^(?:a|an|some|the)\s+(?:(?:little|bit|few|couple)\s+)*(?:minute|moment|second|break|decision|yes|answer|word|day|days|week|weeks|month|months|time|while|bit|lot|favour|favor|hand|chat|call|meeting|demo|signature|approval|budget|go-?ahead|green light|sign-?off|discount|deal)\b/i;
/**
 * Needs that are a change or a service, not a thing to hand over: "a bigger plan", "a better price" (a thing compared),
 * "your help with …", "an extension on …", "a training session" (a service, the head before any "of/on/with…").
 */
const COMPARED = /^(?:the|your|a|an|some)\s+(?:[\w'’-]+\s+)*?(?:better|bigger|cheaper|lower|higher|faster|larger|longer|shorter|smaller|more|less|different)\b/i;
const SERVICE = /\b(?:help|support|input|extension|training|session|workshop|install|installation|upgrade|visit|repair|fix|replacement|refund|credit)$/i;
/** A state or a someday, said with the thing: "the install done before March", "a new boiler sooner or later". */
const STATE = /^(?:done|fixed|installed|sorted|finished|in place|up and running|sooner|eventually|at some point|one day|someday)\b/i;
function notHanded(thing: string, after: string): boolean {
  const head = thing.split(/\s+(?:of|on|with|for|in|to|at|from)\s+/i)[0]!;
  const words = thing.split(/\s+/);
  return COMPARED.test(thing) || SERVICE.test(head) || words.some((w, k) => k > 1 && STATE.test(words.slice(k).join(' '))) || STATE.test(after.trim());
}
/** The other side takes it on: "I can do that", "will do", "sure, I'll…", "yes, we can"; a bare "yeah" is not enough. */
const TAKES_IT_ON = /\b(?:i|we)\s*(?:can|could|will|['’]ll)\s+(?:do|manage|get)\s+(?:that|it|this|those|them)\b|\b(?:will|can)\s+do\b|^\W*(?:sure|yes|yeah|yep|of course|absolutely|no problem)\b[\s,.!]*(?:i|we)\s*(?:can|will|['’]ll)\b(?!\s+(?:not|never)\b)/i;
/** Turns of the other side looked at for the yes. */
const TURNS = 2;
/** A turn in between that says more than this is about something else. */
const BETWEEN_WORDS = 15;

/** Sentences after the yes in which a promise of the other side's is taken to be that yes said in full. */
const PROMISE_REACH = 2;

/** The needs taken on, as tasks; not one the other side also promised in its own words, between the need and just after the yes (`found`). */
export function needsTakenOn(sentences: readonly Sentence[], ctx: CommitmentContext, found: readonly ActionDraft[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  sentences.forEach((s, i) => {
    const m = s.addressedToSystem || s.role === 'unknown' ? null : NEED.exec(s.text);
    if (!m || NOT_A_THING.test(m.groups!.thing!) || notHanded(m.groups!.thing!, s.text.slice(m.index + m[0].length)) || s.text.trim().endsWith('?')) return;
    const them = otherRole(s.role as Role);
    const turns: Sentence[][] = [];
    for (const t of sentences.slice(i + 1)) {
      if (t.addressedToSystem) continue;
      if (t.segmentIndex === s.segmentIndex) continue;
      const last = turns[turns.length - 1];
      if (last && last[0]!.segmentIndex === t.segmentIndex) last.push(t);
      else if (turns.length < TURNS * 2) turns.push([t]);
      else break;
    }
    let heard = 0;
    for (const turn of turns) {
      const words = wordCount(turn.map((t) => t.text).join(' '));
      if (turn[0]!.role === them) {
        heard++;
        const yes = turn.find((t) => TAKES_IT_ON.test(t.text.trim()));
        // "Yes, I'll send it — actually, no, scratch that.": taken back in the same turn.
        if (yes && isWithdrawn(turn.slice(turn.indexOf(yes)).map((t) => t.text).join(' '))) return;
        if (yes) {
          const at = sentences.indexOf(yes);
          const promised = found.some((d) => d.owner === them && d.evidence.some((e) => sentences.indexOf(e.sentence) > i && sentences.indexOf(e.sentence) <= at + PROMISE_REACH));
          if (promised) return;
          const between = sentences.slice(i, at + 1).filter((t) => !t.addressedToSystem);
          const due = [yes, ...between.slice(1).reverse(), s].map((t) => resolveDueDate(t.text, ctx.startedAt, ctx.timezone)).find((d) => d !== null) ?? null;
          const voice = { speaker: s.role as Role, listener: them, names: ctx.names };
          out.push({ text: toActionText(`send ${m.groups!.thing}`, voice), owner: them, dueDate: due, evidence: [{ sentence: s, quote: s.text }, { sentence: yes, quote: yes.text }], kind: 'request', at: i });
          return;
        }
        if (heard >= TURNS || words > BETWEEN_WORDS) return;
      } else if (words > BETWEEN_WORDS || NEED.test(turn.map((t) => t.text).join(' '))) return;
    }
  });
  return out;
}
