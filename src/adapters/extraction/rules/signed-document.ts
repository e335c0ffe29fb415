/**
 * Whether a signing the customer mentions is of this deal's own paperwork. Customers sign many
 * things (a lease, a loan, a contract with another supplier); only the deal's contract closes it.
 */

/** The deal's own paperwork, as people call it. */
const DEAL_DOC =
  /\b(?:contracts?|agreements?|engagement letters?|letters? of engagement|order(?: form)?s?|msa|sow|docusign|pandadoc|envelope|paperwork|papers|documents?|docs|renewal|quote|proposal|deal|subscription|terms|e-?sign\w*)\b/i;
/** Papers a business signs with others, never a vendor's contract. */
const OTHER_DOC = /\b(?:lease|tenancy|mortgage|loan|nda|non[- ]disclosure|loi|letter of intent|deed|waiver|offer letter|permit)\b/i;
/** What follows "signed": a named document (up to four words, so "the new master agreement"), or a word standing for one. */
const OBJECT = /^\s*(?:(the|a|an|another|our|your|this|that|these|those|both)\s+((?:[\w'-]+\s+){0,3}[\w'-]+)|(it|that|this|them|everything|all of it))\b/i;
/** "signed this morning", "signed the other day": when, not what. */
const WHEN = /^(?:morning|afternoon|evening|night|week|weekend|month|year|quarter|day|other day|same day|day before|first thing)\b/i;
/** "signed on Tuesday the …", "signed last month a …": when, said before what. */
const WHEN_FIRST =
  /^(?:\s*,?\s*(?:(?:last|this|on|earlier this|over the|at the end of)\s+[\w-]+|yesterday|today|already|finally|just|recently|earlier)\b)+(?=\s*,?\s*(?:the|a|an|another|our|your|this|that|these|those|both)\s)/i;
/** "signed the lease", "signing a new tenancy": a signing with its object, to find what "it" was. */
const SIGNING = /\bsign(?:ed|ing|s)?\s+(?:the|a|an|another|our)\s+((?:[\w'-]+\s+){0,3}?[\w'-]+)/gi;

/** Deal paperwork said to be with a company by name ("the bin supply contract with Ardent"). */
const WITH_A_COMPANY = new RegExp(`${DEAL_DOC.source}\\s+with\\s+\\p{Lu}[\\p{L}'’-]+`, 'gu');

/** The last paper named before a pronoun: the deal's own, another, or none. */
function lastPaper(before: string): 'deal' | 'other' | null {
  let last: { at: number; kind: 'deal' | 'other' } | null = null;
  const note = (at: number, kind: 'deal' | 'other') => {
    if (!last || at >= last.at) last = { at, kind };
  };
  // "That contract" points back at the paper named before it, whichever it was.
  for (const m of before.matchAll(new RegExp(DEAL_DOC.source, 'gi'))) if (!/\b(?:that|this)\s+(?:[\w-]+\s+)?$/i.test(before.slice(0, m.index))) note(m.index, 'deal');
  for (const m of before.matchAll(new RegExp(OTHER_DOC.source, 'gi'))) note(m.index, 'other');
  // A signing of something that is not deal paperwork ("we signed the lease…") is what a later "it" means.
  for (const m of before.matchAll(SIGNING)) if (!DEAL_DOC.test(m[1]!)) note(m.index + m[0].length - 1, 'other');
  // A contract with another company ("the supply contract with Ardent") is theirs, not this deal's.
  for (const m of before.matchAll(WITH_A_COMPANY)) note(m.index + m[0].length - 1, 'other');
  return (last as { kind: 'deal' | 'other' } | null)?.kind ?? null;
}

/**
 * Whether what was signed (the words right after "signed", and what was said just before) can be the
 * deal's contract. A named document must be deal paperwork; "it" must not stand for another paper.
 * `needsAntecedent`: a bare "Signed it." only counts when the deal's paperwork was just mentioned.
 */
export function signsDealPaper(after: string, before: string, needsAntecedent = false): boolean {
  const m = OBJECT.exec(after.replace(WHEN_FIRST, ''));
  if (m?.[2] && !WHEN.test(m[2])) return DEAL_DOC.test(m[2]) && !OTHER_DOC.test(m[2]);
  const paper = lastPaper(before);
  if (paper === 'other') return false;
  return !needsAntecedent || paper === 'deal';
}

/** Whether a paper named on its own ("The lease, I mean.") is something other than the deal's paperwork. */
export function namesOtherPaper(phrase: string): boolean {
  return OTHER_DOC.test(phrase) && !DEAL_DOC.test(phrase.replace(OTHER_DOC, ''));
}
