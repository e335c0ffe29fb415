import { writeFile } from 'node:fs/promises';
import { wavBytes } from './tone-audio.ts';

const RATE = 16000;

/** One turn of a tone "voice": a steady tone of `hz` from `startSec` for `durSec`. */
export interface Turn {
  hz: number;
  startSec: number;
  durSec: number;
}

/** A 16 kHz mono WAV of `durationSec` where each turn is its voice's tone and the rest is silence. */
export function voiceWav(durationSec: number, turns: readonly Turn[]): Buffer {
  const samples = new Int16Array(Math.round(durationSec * RATE));
  for (const t of turns) {
    const from = Math.round(t.startSec * RATE);
    for (let i = 0; i < Math.round(t.durSec * RATE) && from + i < samples.length; i++) samples[from + i] = Math.round(12000 * Math.sin((2 * Math.PI * t.hz * i) / RATE));
  }
  return wavBytes([samples]);
}

export async function writeVoiceCall(path: string, durationSec: number, turns: readonly Turn[]): Promise<void> {
  await writeFile(path, voiceWav(durationSec, turns));
}

/** The voice (its tone) speaking at `sec`, or null in silence. */
export function voiceAt(turns: readonly Turn[], sec: number): number | null {
  return turns.find((t) => sec >= t.startSec - 0.05 && sec < t.startSec + t.durSec)?.hz ?? null;
}
