import { withoutDates } from './action-text.ts';
import { addEvidence, type ActionDraft } from './merge-items.ts';
import type { Sentence } from './sentences.ts';

/**
 * A call back is often agreed over a few turns: offered with what it is for ("Could I ring you next month, to hear how
 * the pilot went?"), then settled on a day ("The ninth works." "Great, ring you on the ninth."). The promise that becomes
 * the task names no purpose; the offer did. The task takes the purpose from the offer, and quotes it.
 */

/** Sentences looked back over from the promise. */
const LOOK_BACK = 10;
/** "Call Ines", "Ring Mr. Oduya back on the Monday morning": a call back that says nothing of what it is for. */
const BARE_CALL = /^(?:call|ring|phone)\s+(?!.*\b(?:to|about|with|after|once|so|and|if|when|re)\b)/i;
/**
 * A call the speaker offers ("Could I ring you…", "I'll set a reminder to call you…"), or one the other side asks for
 * ("Call me after the audit", "can you phone me…"); not anyone else's call ("my boss will call me to…", "I'll ring him to…").
 */
const OWN_CALL = String.raw`(?:\b(?:i|we)(?:['’]ll|\s+[\w'’-]+){0,6}?|\blet\s+(?:me|us))\s+(?:(?:call|ring|phone)\s+you|give\s+you\s+a\s+(?:call|ring|bell))\b`;
const ASKED_CALL = String.raw`(?:^\W*|[,;—–]\s*|\b(?:please|just|then|so|and|you|yeah|okay|ok|sure),?\s+)(?:(?:call|ring|phone)\s+(?:me|us)|give\s+(?:me|us)\s+a\s+(?:call|ring|bell))\b`;
/** What it is for, said as an aim ("to see where the tender stands"), or else as what it waits for ("after the audit"). */
const offered = (call: string) => [
  new RegExp(`${call}[^.?!]*?[\\s,]((?:just\\s+)?to\\s+(?:check|see|hear|catch up|touch base|go (?:over|through)|follow up|talk)\\b[^.?!]*)`, 'i'),
  new RegExp(`${call}[^.?!]*?[\\s,]((?:after|once)\\s+[^.?!,]+)`, 'i'),
];
const OFFERED = { own: offered(OWN_CALL), asked: offered(ASKED_CALL) };
/** Where a purpose stops: a new clause, or a day offered after it ("…on the tender, say, the tenth?"). */
const PURPOSE_END = /[,;:—–]|\s+(?:say|maybe|or|and then|if that)\b/i;

/** The purpose of a call, from the offer: "to hear how the pilot went", "after the audit"; the day it was offered for goes. */
function purposeOf(text: string, offeredBy: 'own' | 'asked'): string | null {
  const m = OFFERED[offeredBy].map((re) => re.exec(text)).find((x) => x !== null);
  if (!m) return null;
  const purpose = withoutDates(m[1]!.split(PURPOSE_END)[0]!.replace(/^just\s+/i, '')).trim();
  return purpose.split(/\s+/).length >= 2 ? purpose : null;
}

/** "Which week suits you for me to follow up?": the speaker asking when to call again, which says what the call is for. */
const WHEN_TO_CHECK_IN = /\b(?:when|what day|which day|a good time)\b[^.?!]*?\b(check\s+(?:back\s+)?in|check\s+back|follow\s+up|touch\s+base|catch\s+up)\b/i;
/** The other side's answer naming what the call waits for: "February. After the first draft is out." */
const WAITS_FOR = /(?:^|[.,;—–]\s*)((?:after|once|closer\s+to)\s+(?:the|our|their|your|we|they|it|its|my)\b[^.?!,;]*)/i;
/** A reply this short is an answer to when, not talk of something else. */
const MAX_ANSWER_WORDS = 14;

/** The purpose of a call back the speaker asked the time of, or the other side's answer names ("after the audit"). */
function askedPurpose(s: Sentence, caller: string): string | null {
  if (s.speaker === caller) {
    const m = WHEN_TO_CHECK_IN.exec(s.text);
    return m ? `to ${m[1]!.toLowerCase()}` : null;
  }
  const m = s.text.split(/\s+/).length <= MAX_ANSWER_WORDS ? WAITS_FOR.exec(s.text) : null;
  const purpose = m ? withoutDates(m[1]!).trim() : '';
  return purpose.split(/\s+/).length >= 3 ? purpose.charAt(0).toLowerCase() + purpose.slice(1) : null;
}

/** "I'll call you Friday, we'll go over the feedback": what the two will do on the call, said right after it. */
const ON_THE_CALL = /\b(?:call|ring|phone)\s+(?:you|me|us)\b[^.?!,;]*[,;—–]\s*(?:and\s+)?we(?:['’]ll|\s+will|\s+can)\s+((?:go\s+(?:over|through)|talk\s+(?:through|about)|discuss|review|look\s+at|walk\s+through)\s+[^.?!,;]+)/i;

/**
 * Gives each bare call back the purpose said with it ("…, we'll go over the feedback", and drops the task the rules
 * read in those words), or else the one it was offered with, or asked for with, a few sentences before.
 */
export function addCallPurposes(drafts: ActionDraft[], sentences: readonly Sentence[]): void {
  for (const d of [...drafts]) {
    if (!BARE_CALL.test(d.text)) continue;
    const said = d.evidence.find((e) => !e.mention)?.sentence;
    const at = said ? sentences.indexOf(said) : -1;
    if (at < 0) continue;
    const onIt = ON_THE_CALL.exec(said!.text);
    // "…, and we can discuss pricing now": done on this call, not the one promised.
    if (onIt && !/\b(?:now|right away|here)\b/i.test(onIt[1]!)) {
      const what = withoutDates(onIt[1]!).replace(/\s+(?:then|on it|on that call)\s*$/i, '').trim();
      d.text = `${d.text.trim()} to ${what}`;
      // The quote holds the purpose too: the whole sentence.
      for (const e of d.evidence) if (e.sentence === said) e.quote = said!.text;
      const twin = drafts.findIndex((o) => o !== d && o.owner === d.owner && o.evidence.some((e) => e.sentence === said) && o.text.toLowerCase().startsWith(what.split(/\s+/).slice(0, 2).join(' ').toLowerCase()));
      if (twin >= 0) drafts.splice(twin, 1);
      continue;
    }
    const near = sentences.slice(Math.max(0, at - LOOK_BACK), at + 1).filter((s) => !s.addressedToSystem).reverse();
    // The nearest sentence that gives a purpose: an offer's aim first, else the asked time or the answer to it.
    const first = (read: (s: Sentence) => string | null) => {
      for (const s of near) {
        const purpose = read(s);
        if (purpose) return { s, purpose };
      }
      return null;
    };
    const found = first((s) => purposeOf(s.text, s.speaker === said!.speaker ? 'own' : 'asked')) ?? first((s) => askedPurpose(s, said!.speaker));
    if (!found) continue;
    d.text = `${d.text.trim()} ${found.purpose}`;
    addEvidence(d, { sentence: found.s, quote: found.s.text });
  }
}
