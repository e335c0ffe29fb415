export interface Span {
  startSec: number;
  endSec: number;
}

export interface ChunkPlanOptions {
  /** Longest chunk the engine takes. */
  maxChunkSec: number;
  /** A cut is looked for in the last `searchShare` of each chunk (0.5: between half and full length). */
  searchShare?: number;
  /**
   * Where to cut a stretch with no silence: the quietest moment between two times (see
   * `SilenceMeter.quietestBetween`), or null when unknown. Without it such a cut is made at the limit.
   */
  quietest?: (fromSec: number, toSec: number) => number | null;
}

export type PlannedChunk = Span & { hard: boolean };

/**
 * Decides chunk borders as audio arrives: a chunk ends at the middle of the longest silence late in it,
 * so no word is split; only when a whole search window is speech is the cut made at its quietest moment
 * (most likely between two words), or at the limit when that is unknown (the next chunk is then marked
 * `hard`). Chunks that lie entirely in silence are dropped, so silence
 * costs no engine time and yields no text. A border is decided once the audio (and its silences) up to
 * the chunk's limit is known, so chunks can be stored while the rest is still being decoded.
 */
export class ChunkPlanner {
  readonly #opts: Required<Omit<ChunkPlanOptions, 'quietest'>> & Pick<ChunkPlanOptions, 'quietest'>;
  #start = 0;
  #startHard = false;

  /** Where the next chunk starts: audio before it is decided (in a chunk, or silence). */
  get start(): number {
    return this.#start;
  }

  constructor(opts: ChunkPlanOptions) {
    this.#opts = { searchShare: 0.5, ...opts };
  }

  /** The chunks decided now that audio up to `positionSec` and its `silences` are known. */
  advance(positionSec: number, silences: readonly Span[]): PlannedChunk[] {
    const decided: PlannedChunk[] = [];
    while (positionSec - this.#start > this.#opts.maxChunkSec) {
      const cut = this.#cut(silences);
      decided.push(...this.#close(cut.at, silences));
      this.#startHard = cut.hard;
    }
    return decided;
  }

  /** The last chunk, once the track has ended at `durationSec`. */
  finish(durationSec: number, silences: readonly Span[]): PlannedChunk[] {
    return [...this.advance(durationSec, silences), ...(durationSec > this.#start ? this.#close(round(durationSec), silences) : [])];
  }

  #cut(silences: readonly Span[]): { at: number; hard: boolean } {
    const { maxChunkSec, searchShare } = this.#opts;
    const windowStart = this.#start + maxChunkSec * (1 - searchShare);
    const windowEnd = this.#start + maxChunkSec;
    let best: { at: number; length: number } | null = null;
    for (const s of silences) {
      const from = Math.max(s.startSec, windowStart);
      const to = Math.min(s.endSec, windowEnd);
      if (to <= from) continue;
      const length = to - from;
      if (!best || length > best.length || (length === best.length && to > best.at)) best = { at: (from + to) / 2, length };
    }
    if (best) return { at: round(best.at), hard: false };
    return { at: round(this.#opts.quietest?.(windowStart, windowEnd) ?? windowEnd), hard: true };
  }

  #close(end: number, silences: readonly Span[]): PlannedChunk[] {
    const chunk = { startSec: this.#start, endSec: end, hard: this.#startHard };
    this.#start = end;
    return isSilent(chunk, silences) ? [] : [chunk];
  }
}

/** The whole plan for a track whose length and silences are known. Pure: same input, same plan. */
export function planChunks(durationSec: number, silences: readonly Span[], opts: ChunkPlanOptions): PlannedChunk[] {
  return new ChunkPlanner(opts).finish(durationSec, silences);
}

/** True when one silence covers the whole span (allowing 50 ms at its ends). */
export function isSilent(span: Span, silences: readonly Span[]): boolean {
  return silences.some((s) => s.startSec <= span.startSec + 0.05 && s.endSec >= span.endSec - 0.05);
}

const round = (n: number) => Math.round(n * 1000) / 1000;
