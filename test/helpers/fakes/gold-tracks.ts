import type { Transcript } from '../../../src/domain/transcript.ts';
import type { TranscribeRequest, TranscribeResult } from './openai-audio.ts';

/**
 * What the OpenAI fake answers for one track of a fixture call: the gold transcript's lines of the
 * speaker the track is named after (`rep.wav`, `customer.wav`), as if recognised without an error.
 */
export function goldTrackAnswer(gold: Transcript, req: TranscribeRequest): TranscribeResult {
  const speaker = req.fileName.replace(/\.wav$/, '');
  const segments = gold.segments.filter((s) => s.speaker === speaker).map((s) => ({ start: s.startSec, end: s.endSec, text: s.text }));
  return { text: segments.map((s) => s.text).join(' '), segments };
}
