import { describe, expect, it } from 'vitest';
import { mapTranscription, type TrackContext } from '../../../../src/adapters/transcription/openai/transcription.mapper.ts';

const track = (extra: Partial<TrackContext> = {}): TrackContext => ({ durationSec: 10, speaker: 'rep', newSpeakerId: () => 'S1', ...extra });

describe('mapTranscription: what an answer lacked', () => {
  it('verbose_json without segments: sentences timed by length, no confidence, gap untimed-segments', () => {
    expect(mapTranscription('verbose_json', { text: 'One. Two three four.', language: 'en' }, track())).toEqual({
      segments: [
        { speaker: 'rep', startSec: 0, endSec: 2.11, text: 'One.', confidence: null },
        { speaker: 'rep', startSec: 2.11, endSec: 10, text: 'Two three four.', confidence: null },
      ],
      language: 'en',
      gaps: ['untimed-segments'],
    });
  });

  it('json without the logprobs asked for: no confidence, gap no-logprobs; not asked, no gap', () => {
    expect(mapTranscription('json', { text: 'Okay.' }, track({ askedLogprobs: true }))).toMatchObject({ segments: [{ confidence: null }], gaps: ['no-logprobs'] });
    expect(mapTranscription('json', { text: 'Okay.' }, track())).toMatchObject({ segments: [{ confidence: null }], gaps: [] });
  });

  it('segment times past the end of the track (Whisper ends a chunk at its 30 s window) stop at the track\'s end', () => {
    const body = { text: 'a b', segments: [{ start: 8.5, end: 30, text: 'a' }, { start: 10.4, end: 11, text: 'b' }, { start: -0.2, end: 1, text: 'c' }] };
    expect(mapTranscription('verbose_json', body, track())).toMatchObject({
      segments: [{ startSec: 8.5, endSec: 10 }, { startSec: 10, endSec: 10 }, { startSec: 0, endSec: 1 }],
    });
    const diarized = { text: 'a', segments: [{ start: 9, end: 12.5, text: 'a', speaker: 'A' }] };
    expect(mapTranscription('diarized_json', diarized, track({ speaker: null }))).toMatchObject({ segments: [{ startSec: 9, endSec: 10 }] });
  });

  it('a no_speech_prob above 1 or below 0 from a sloppy server cannot push confidence out of 0–1', () => {
    const body = { text: 'a b', segments: [{ start: 0, end: 1, text: 'a', avg_logprob: 0.2, no_speech_prob: -0.5 }, { start: 1, end: 2, text: 'b', avg_logprob: -0.1, no_speech_prob: 1.5 }] };
    expect(mapTranscription('verbose_json', body, track())).toMatchObject({ segments: [{ confidence: 1 }, { confidence: 0 }] });
  });
});
