import { Transform, type TransformCallback } from 'node:stream';
import type { Span } from './chunk-plan.ts';

export const SAMPLE_RATE = 16000;
const FRAME = SAMPLE_RATE / 100; // 10 ms
/** Frames over which `quietestBetween` looks for the quietest stretch (50 ms). */
const QUIET_FRAMES = 5;

export interface SilenceOptions {
  /** Frames quieter than this (RMS, dBFS) are silence. */
  thresholdDb: number;
  /** Shorter quiet stretches are pauses inside speech, not silence. */
  minSilenceSec: number;
}

export const DEFAULT_SILENCE: SilenceOptions = { thresholdDb: -35, minSilenceSec: 0.4 };

/**
 * A pass-through stream over 16 kHz mono s16le PCM that notes where it is silent (10 ms frames under
 * the threshold for at least `minSilenceSec`), so silences are found while the audio is written, with
 * no second pass. `silences()` is complete once the stream has ended. It also keeps the energy of recent
 * frames (until `forgetBefore`), to find the quietest moment where there is no silence.
 */
export class SilenceMeter extends Transform {
  readonly #threshold: number;
  readonly #minFrames: number;
  #carry: Buffer = Buffer.alloc(0);
  #frame = 0;
  #sum = 0;
  #samplesInFrame = 0;
  #quietSince: number | null = null;
  readonly #spans: Span[] = [];
  /** Energy of each frame from `#energyBase` on, kept until `forgetBefore`, for `quietestBetween`. */
  #energies: number[] = [];
  #energyBase = 0;
  bytes = 0;

  constructor(opts: SilenceOptions = DEFAULT_SILENCE) {
    super();
    const amplitude = 32768 * 10 ** (opts.thresholdDb / 20);
    this.#threshold = amplitude * amplitude * FRAME;
    this.#minFrames = Math.round(opts.minSilenceSec * 100);
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.measure(chunk);
    done(null, chunk);
  }

  /** Takes in the next bytes of the stream (any length; `block` may be reused by the caller afterwards). */
  measure(block: Buffer): void {
    this.bytes += block.length;
    const data = this.#carry.length ? Buffer.concat([this.#carry, block]) : block;
    const whole = data.length - (data.length % 2);
    const aligned = data.byteOffset % 2 === 0 ? data : Buffer.from(data.subarray(0, whole));
    const samples = new Int16Array(aligned.buffer, aligned.byteOffset, whole / 2);
    // Hot loop (an hour of a track is 57.6 M samples): locals, one frame at a time.
    let i = 0;
    while (i < samples.length) {
      const stop = Math.min(samples.length, i + FRAME - this.#samplesInFrame);
      let sum = 0;
      for (let j = i; j < stop; j++) sum += samples[j]! * samples[j]!;
      this.#sum += sum;
      this.#samplesInFrame += stop - i;
      i = stop;
      if (this.#samplesInFrame === FRAME) this.#endFrame();
    }
    this.#carry = Buffer.from(data.subarray(whole));
  }

  /** The stream has ended: closes the last frame and any silence running to the end. */
  endOfStream(): void {
    if (this.#samplesInFrame > 0) this.#endFrame();
    this.#close(this.#frame);
  }

  override _flush(done: TransformCallback): void {
    this.endOfStream();
    done();
  }

  /** Silent spans in seconds from the start of the stream. */
  silences(): Span[] {
    return this.#spans;
  }

  /** The silences so far, counting a quiet stretch still going on (long enough already) up to now. */
  silencesSoFar(): Span[] {
    const open = this.#quietSince !== null && this.#frame - this.#quietSince >= this.#minFrames;
    return open ? [...this.#spans, { startSec: this.#quietSince! / 100, endSec: this.#frame / 100 }] : this.#spans;
  }

  /**
   * The middle of the quietest 50 ms between `fromSec` and `toSec` (of the audio seen so far): where to
   * cut when there is no silence, most likely a gap between two words. Null when no frame is known there.
   */
  quietestBetween(fromSec: number, toSec: number): number | null {
    const from = Math.max(this.#energyBase, Math.ceil(fromSec * 100));
    const to = Math.min(this.#energyBase + this.#energies.length, Math.floor(toSec * 100));
    if (to - from < QUIET_FRAMES) return null;
    let sum = 0;
    for (let f = from; f < from + QUIET_FRAMES; f++) sum += this.#energies[f - this.#energyBase]!;
    let best = { sum, at: from };
    for (let f = from + QUIET_FRAMES; f < to; f++) {
      sum += this.#energies[f - this.#energyBase]! - this.#energies[f - QUIET_FRAMES - this.#energyBase]!;
      if (sum < best.sum) best = { sum, at: f - QUIET_FRAMES + 1 };
    }
    return (best.at + QUIET_FRAMES / 2) / 100;
  }

  /** Frame energies before `sec` are no longer needed (a chunk border was decided there). */
  forgetBefore(sec: number): void {
    const frame = Math.min(this.#energyBase + this.#energies.length, Math.floor(sec * 100));
    if (frame <= this.#energyBase) return;
    this.#energies = this.#energies.slice(frame - this.#energyBase);
    this.#energyBase = frame;
  }

  #endFrame(): void {
    this.#energies.push(this.#sum);
    const quiet = this.#sum * (FRAME / this.#samplesInFrame) < this.#threshold;
    if (quiet && this.#quietSince === null) this.#quietSince = this.#frame;
    if (!quiet) this.#close(this.#frame);
    this.#frame += 1;
    this.#sum = 0;
    this.#samplesInFrame = 0;
  }

  #close(frame: number): void {
    if (this.#quietSince !== null && frame - this.#quietSince >= this.#minFrames) {
      this.#spans.push({ startSec: this.#quietSince / 100, endSec: frame / 100 });
    }
    this.#quietSince = null;
  }
}
