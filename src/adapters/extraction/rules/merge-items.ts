import type { Owner } from '../../../domain/insights.ts';
import { normalizeText } from '../../../domain/text.ts';
import type { Sentence } from './sentences.ts';

/** An action item before grounding and redaction. */
export interface ActionDraft {
  text: string;
  owner: Owner;
  dueDate: string | null;
  evidence: { sentence: Sentence; quote: string }[];
}

const STOPWORDS = new Set([
  'the', 'a', 'an', 'to', 'of', 'for', 'and', 'with', 'on', 'in', 'their', 'our', 'my', 'it', 'that', 'this',
  'them', 'those', 'these', 'over', 'up', 'all', 'some', 'any', 'from', 'at', 'by', 'then',
]);
const MAX_EVIDENCE = 3;

function contentWords(text: string): Set<string> {
  // A crude stem ("managers" ~ "manager") is enough to see the same task said twice.
  return new Set(
    normalizeText(text)
      .split(' ')
      .filter((w) => w && !STOPWORDS.has(w))
      .map((w) => (w.length > 3 ? w.replace(/(?:es|s)$/, '') : w)),
  );
}

/** Same task said twice: same verb and most words shared, or one the more specific form of the other. */
function sameTask(a: string, b: string): boolean {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const verbA = normalizeText(a).split(' ')[0];
  const verbB = normalizeText(b).split(' ')[0];
  if (!wa.size || !wb.size || verbA !== verbB) return false;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  const union = wa.size + wb.size - shared;
  const [small, large] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  const subset = [...small].every((w) => large.has(w));
  return shared / union >= 0.6 || (subset && (small.size >= 2 || large.size - small.size <= 3));
}

/**
 * Deduplicates near-identical items of the same owner, keeping the earliest position, the more
 * specific text, the latest date said (a confirmation "I'll send it today" refines "by Friday"),
 * and the evidence of both.
 */
export function mergeActionDrafts(drafts: readonly ActionDraft[]): ActionDraft[] {
  const out: ActionDraft[] = [];
  for (const d of drafts) {
    const twin = out.find((e) => e.owner === d.owner && sameTask(e.text, d.text));
    if (!twin) {
      out.push({ ...d, evidence: [...d.evidence] });
      continue;
    }
    if (contentWords(d.text).size > contentWords(twin.text).size) twin.text = d.text;
    twin.dueDate = d.dueDate ?? twin.dueDate;
    for (const ev of d.evidence) {
      const dup = twin.evidence.some((e) => e.quote === ev.quote && e.sentence.startSec === ev.sentence.startSec);
      if (!dup && twin.evidence.length < MAX_EVIDENCE) twin.evidence.push(ev);
    }
  }
  return out;
}
