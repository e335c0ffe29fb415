import type { ContactMatch, CrmContact } from '../../ports/crm.ts';

/**
 * What several contacts found by the customer's details come to: one is the match; among several, the one with exactly
 * this (lower-cased) e-mail; else they are ambiguous, never a guess. None: not_found.
 */
export function decide(matches: CrmContact[], email: string | null): ContactMatch {
  if (matches.length === 1) return { kind: 'found', contact: matches[0]! };
  const byEmail = email ? matches.filter((c) => c.email?.toLowerCase() === email) : [];
  if (byEmail.length === 1) return { kind: 'found', contact: byEmail[0]! };
  return matches.length ? { kind: 'ambiguous', candidates: matches } : { kind: 'not_found' };
}
