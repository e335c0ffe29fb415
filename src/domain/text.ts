/** Lower-cases and strips punctuation so quotes can be compared with transcript text. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits text into sentences, keeping their punctuation; a title's full stop ("Mr. Lee") ends none. */
export function splitSentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|St)\.)\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}
