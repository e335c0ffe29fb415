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
/** A call offered or asked for ("…phone you in spring, to see where the tender stands?", "call me after the audit"). */
const CALL = String.raw`\b(?:(?:call|ring|phone)\s+(?:you|me|him|her|them)|give\s+(?:you|me|him|her|them)\s+a\s+(?:call|ring|bell))\b[^.?!]*?[\s,]`;
/** What it is for, said as an aim ("to see where the tender stands"), or else as what it waits for ("after the audit"). */
const OFFERED = [
  new RegExp(`${CALL}((?:just\\s+)?to\\s+(?:check|see|hear|catch up|touch base|go (?:over|through)|follow up|talk)\\b[^.?!]*)`, 'i'),
  new RegExp(`${CALL}((?:after|once)\\s+[^.?!,]+)`, 'i'),
];
/** Where a purpose stops: a new clause, or a day offered after it ("…on the tender, say, the tenth?"). */
const PURPOSE_END = /[,;:—–]|\s+(?:say|maybe|or|and then|if that)\b/i;

/** The purpose of a call, from the offer: "to hear how the pilot went", "after the audit". */
function purposeOf(text: string): string | null {
  const m = OFFERED.map((re) => re.exec(text)).find((x) => x !== null);
  if (!m) return null;
  const purpose = m[1]!.split(PURPOSE_END)[0]!.replace(/^just\s+/i, '').trim();
  return purpose.split(/\s+/).length >= 2 ? purpose : null;
}

/** Gives each bare call back the purpose it was offered with a few sentences before, by the same side. */
export function addCallPurposes(drafts: readonly ActionDraft[], sentences: readonly Sentence[]): void {
  for (const d of drafts) {
    if (!BARE_CALL.test(d.text)) continue;
    const said = d.evidence.find((e) => !e.mention)?.sentence;
    const at = said ? sentences.indexOf(said) : -1;
    if (at < 0) continue;
    for (let j = at; j >= Math.max(0, at - LOOK_BACK); j--) {
      const s = sentences[j]!;
      if (s.addressedToSystem) continue;
      const purpose = purposeOf(s.text);
      if (!purpose) continue;
      d.text = `${d.text.trim()} ${purpose}`;
      addEvidence(d, { sentence: s, quote: s.text });
      break;
    }
  }
}
