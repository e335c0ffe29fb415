export interface Span {
  startSec: number;
  endSec: number;
}

export interface ChunkPlanOptions {
  /** Longest chunk the engine takes. */
  maxChunkSec: number;
  /** A cut is looked for in the last `searchShare` of each chunk (0.5: between half and full length). */
  searchShare?: number;
}

/**
 * Where to cut a track of `durationSec` into chunks no longer than `maxChunkSec`: at the middle of the
 * longest silence late in each chunk, so no word is split; only when a whole search window is speech is
 * the cut made at the limit itself (`hard: true`). Chunks that lie entirely in silence are dropped,
 * so silence costs no engine time and yields no text. Pure: same input, same plan.
 */
export function planChunks(durationSec: number, silences: readonly Span[], opts: ChunkPlanOptions): (Span & { hard: boolean })[] {
  const share = opts.searchShare ?? 0.5;
  const cuts: { at: number; hard: boolean }[] = [];
  let start = 0;
  while (durationSec - start > opts.maxChunkSec) {
    const windowStart = start + opts.maxChunkSec * (1 - share);
    const windowEnd = start + opts.maxChunkSec;
    let best: { at: number; length: number } | null = null;
    for (const s of silences) {
      const from = Math.max(s.startSec, windowStart);
      const to = Math.min(s.endSec, windowEnd);
      if (to <= from) continue;
      const length = to - from;
      if (!best || length > best.length || (length === best.length && to > best.at)) best = { at: (from + to) / 2, length };
    }
    const at = best ? round(best.at) : round(windowEnd);
    cuts.push({ at, hard: !best });
    start = at;
  }
  const bounds = [0, ...cuts.map((c) => c.at), durationSec];
  const chunks: (Span & { hard: boolean })[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const span = { startSec: bounds[i]!, endSec: round(bounds[i + 1]!) };
    if (!isSilent(span, silences)) chunks.push({ ...span, hard: cuts[i - 1]?.hard ?? false });
  }
  return chunks;
}

/** True when one silence covers the whole span (allowing 50 ms at its ends). */
export function isSilent(span: Span, silences: readonly Span[]): boolean {
  return silences.some((s) => s.startSec <= span.startSec + 0.05 && s.endSec >= span.endSec - 0.05);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
