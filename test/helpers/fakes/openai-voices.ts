import { apiError, type FakeReply } from './openai-http.ts';

/**
 * The diarize model's voices, as the fake hears them: test audio is made of tones, so a "voice" is the
 * dominant frequency of the loud samples in a span (zero crossings of the loud 10 ms frames). Two spans
 * are the same voice when their frequencies are within 6 %.
 */

const SAME_VOICE = 0.06;
const LOUD_RMS = 1000;
export const MAX_KNOWN_SPEAKERS = 4;
export const REFERENCE_MIN_SEC = 2;
export const REFERENCE_MAX_SEC = 10;

export interface Pcm {
  rate: number;
  samples: Int16Array;
}

interface WavFmt {
  format: number;
  channels: number;
  rate: number;
  byteRate: number;
  bits: number;
}

/** The `fmt ` chunk (null when missing) and the samples of the `data` chunk of a RIFF/WAVE file; null when it is not one. */
export function wavChunks(bytes: Buffer): { fmt: WavFmt | null; data: Buffer } | null {
  if (bytes.length < 12 || bytes.toString('ascii', 0, 4) !== 'RIFF' || bytes.toString('ascii', 8, 12) !== 'WAVE') return null;
  let fmt: WavFmt | null = null;
  for (let at = 12; at + 8 <= bytes.length; ) {
    const id = bytes.toString('ascii', at, at + 4);
    const size = bytes.readUInt32LE(at + 4);
    if (id === 'fmt ' && at + 24 <= bytes.length) {
      fmt = { format: bytes.readUInt16LE(at + 8), channels: bytes.readUInt16LE(at + 10), rate: bytes.readUInt32LE(at + 12), byteRate: bytes.readUInt32LE(at + 16), bits: bytes.readUInt16LE(at + 22) };
    }
    if (id === 'data') return { fmt, data: bytes.subarray(at + 8, Math.min(bytes.length, at + 8 + size)) };
    at += 8 + size + (size % 2);
  }
  return null;
}

/** Mono 16-bit PCM samples of a WAV file (the first channel of a multi-channel one); null when it is not one. */
export function decodePcmWav(bytes: Buffer): Pcm | null {
  const wav = wavChunks(bytes);
  const fmt = wav?.fmt;
  if (!wav || !fmt || fmt.format !== 1 || fmt.bits !== 16 || fmt.channels < 1 || fmt.rate <= 0) return null;
  const frames = Math.floor(wav.data.length / (2 * fmt.channels));
  const samples = new Int16Array(frames);
  for (let i = 0; i < frames; i++) samples[i] = wav.data.readInt16LE(i * 2 * fmt.channels);
  return { rate: fmt.rate, samples };
}

/** Dominant frequency (Hz) of the loud part of `[startSec, endSec)`; null when that span is quiet. */
export function dominantHz(pcm: Pcm, startSec = 0, endSec = pcm.samples.length / pcm.rate): number | null {
  const frame = Math.round(pcm.rate / 100);
  const from = Math.max(0, Math.round(startSec * pcm.rate));
  const to = Math.min(pcm.samples.length, Math.round(endSec * pcm.rate));
  let crossings = 0;
  let loudSamples = 0;
  for (let f = from; f + frame <= to; f += frame) {
    let energy = 0;
    for (let i = f; i < f + frame; i++) energy += pcm.samples[i]! * pcm.samples[i]!;
    if (Math.sqrt(energy / frame) < LOUD_RMS) continue;
    loudSamples += frame;
    for (let i = f + 1; i < f + frame; i++) if (pcm.samples[i - 1]! < 0 !== pcm.samples[i]! < 0) crossings++;
  }
  return loudSamples >= frame * 5 ? (crossings / 2) * (pcm.rate / loudSamples) : null;
}

const sameVoice = (a: number, b: number) => Math.abs(a - b) / Math.max(a, b) <= SAME_VOICE;

export interface KnownVoice {
  name: string;
  hz: number | null;
}

/**
 * Checks `known_speaker_names[]` / `known_speaker_references[]` as the API documents them: only for the
 * diarize model, as many names as references, at most 4, each reference a data URL of audio lasting
 * 2–10 s. The fake decodes PCM WAV only, so any other audio counts as undecodable here.
 */
export function readKnownSpeakers(fields: Record<string, string | string[]>, diarize: boolean): KnownVoice[] | FakeReply {
  const list = (name: string) => [fields[`${name}[]`] ?? fields[name] ?? []].flat();
  const names = list('known_speaker_names');
  const references = list('known_speaker_references');
  if (names.length === 0 && references.length === 0) return [];
  const param = names.length ? 'known_speaker_names' : 'known_speaker_references';
  if (!diarize) return apiError(400, `${param} is only supported with model 'gpt-4o-transcribe-diarize'.`, { param, code: 'unsupported_parameter' });
  if (names.length !== references.length) {
    return apiError(400, `known_speaker_names (${names.length}) and known_speaker_references (${references.length}) must have the same length.`, { param: 'known_speaker_references', code: 'invalid_value' });
  }
  if (names.length > MAX_KNOWN_SPEAKERS) {
    return apiError(400, `At most ${MAX_KNOWN_SPEAKERS} known speakers are supported; got ${names.length}.`, { param: 'known_speaker_names', code: 'array_above_max_length' });
  }
  if (names.some((n) => !n.trim()) || new Set(names).size !== names.length) {
    return apiError(400, 'known_speaker_names must be non-empty and unique.', { param: 'known_speaker_names', code: 'invalid_value' });
  }
  const voices: KnownVoice[] = [];
  for (const [i, reference] of references.entries()) {
    const param = `known_speaker_references[${i}]`;
    const match = /^data:(audio\/[\w.+-]+);base64,([A-Za-z0-9+/]+={0,2})$/.exec(reference);
    if (!match) return apiError(400, `Invalid ${param}: expected a data URL of an audio file (data:audio/…;base64,…).`, { param: 'known_speaker_references', code: 'invalid_value' });
    const pcm = decodePcmWav(Buffer.from(match[2]!, 'base64'));
    if (!pcm) return apiError(400, `Invalid ${param}: the audio could not be decoded.`, { param: 'known_speaker_references', code: 'invalid_value' });
    const sec = pcm.samples.length / pcm.rate;
    if (sec < REFERENCE_MIN_SEC || sec > REFERENCE_MAX_SEC) {
      return apiError(400, `Invalid ${param}: audio is ${sec.toFixed(2)} seconds; known speaker references must be between ${REFERENCE_MIN_SEC} and ${REFERENCE_MAX_SEC} seconds.`, { param: 'known_speaker_references', code: 'invalid_value' });
    }
    voices.push({ name: names[i]!, hz: dominantHz(pcm) });
  }
  return voices;
}

/**
 * Labels each segment by the voice in its span: a known speaker's name when its reference sounds the
 * same, else `A`, `B`… by first appearance. A quiet span (no voice to hear) is `A`, as before voices.
 */
export function labelByVoice<T extends { start: number; end: number }>(segments: readonly T[], pcm: Pcm, known: readonly KnownVoice[]): (T & { speaker: string })[] {
  const unknown: number[] = [];
  return segments.map((s) => {
    const hz = dominantHz(pcm, s.start, s.end);
    if (hz === null) return { ...s, speaker: 'A' };
    const name = known.find((k) => k.hz !== null && sameVoice(k.hz, hz))?.name;
    if (name) return { ...s, speaker: name };
    let i = unknown.findIndex((u) => sameVoice(u, hz));
    if (i < 0) i = unknown.push(hz) - 1;
    return { ...s, speaker: String.fromCharCode(65 + i) };
  });
}
