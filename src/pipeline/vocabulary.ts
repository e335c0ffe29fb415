import type { CallMeta } from '../domain/call-meta.ts';

/** Names and companies from the meta, to bias recognition toward them. */
export function vocabularyOf(meta: CallMeta): string[] {
  const words = [meta.rep?.name, meta.customer?.name, meta.customer?.company].filter((w): w is string => Boolean(w));
  return [...new Set(words)];
}
