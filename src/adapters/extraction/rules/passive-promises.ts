import { resolveDueDate } from '../../../domain/dates.ts';
import { isConditional } from './commitment-guards.ts';
import { CONDITIONAL_BEFORE } from './commitment-triggers.ts';
import type { CommitmentContext } from './lang/types.ts';
import type { ActionDraft } from './merge-items.ts';
import { quoteAround, type Sentence } from './sentences.ts';

/** Handing over said in the passive: "the reader will be dispatched tomorrow", "your logins are going to be activated by Monday". */
const PASSIVE = /\b((?:the|your|our)\s+(?:[\w-]+\s+){0,3}?[\w-]+)\s+(?:will|'ll|is going to|are going to)\s+be\s+(sent|shipped|dispatched|delivered|activated|issued|emailed|posted|couriered|set up)\b([^.?!;]*)/gi;
const PASSIVE_VERB: Record<string, string> = {
  sent: 'send', shipped: 'ship', dispatched: 'dispatch', delivered: 'deliver', activated: 'activate', issued: 'issue',
  emailed: 'email', posted: 'post', couriered: 'courier', 'set up': 'set up',
};

/**
 * Something the speaker's side will hand over, said in the passive with a date: the speaker's side
 * does it. Without a date it is a description of how things go, not a task.
 */
export function passivePromises(sentences: readonly Sentence[], ctx: CommitmentContext): ActionDraft[] {
  const out: ActionDraft[] = [];
  sentences.forEach((s, i) => {
    if (s.addressedToSystem || s.role === 'unknown' || s.text.trim().endsWith('?')) return;
    for (const m of s.text.matchAll(PASSIVE)) {
      const before = s.text.slice(0, m.index);
      if (CONDITIONAL_BEFORE.test(before) || isConditional(before) || /n't\s*$|\bnot\s*$/i.test(before)) continue;
      const dueDate = resolveDueDate(m[3]!.split(/,|\b(?:and|so|but)\b/i)[0]!, ctx.startedAt, ctx.timezone);
      if (!dueDate) continue;
      const verb = PASSIVE_VERB[m[2]!.toLowerCase()]!;
      const thing = m[1]!.replace(/^your\b/i, 'the');
      const text = `${verb.charAt(0).toUpperCase()}${verb.slice(1)} ${thing.charAt(0).toLowerCase()}${thing.slice(1)}`;
      out.push({ text, owner: s.role, dueDate, evidence: [{ sentence: s, quote: quoteAround(s.text, m.index) }], kind: 'self', at: i });
    }
  });
  return out;
}
