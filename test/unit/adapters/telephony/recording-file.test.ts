import { describe, expect, it } from 'vitest';
import { recordingExtension, recordingFilename } from '../../../../src/adapters/telephony/recording-file.ts';

describe('recording file names', () => {
  it('takes the extension from the URL path, else the content type, else the fallback', () => {
    expect(recordingExtension('https://h.example.com/a/b.MP3?x=1.wav', 'audio/wav', '.bin')).toBe('.mp3');
    expect(recordingExtension('https://h.example.com/a.d/download', 'audio/x-wav; charset=binary', '.bin')).toBe('.wav');
    expect(recordingExtension('https://h.example.com/a.json', null, '.bin')).toBe('.bin');
    expect(recordingExtension('https://api.zoom.us/v2/phone/recording/download/abc', 'audio/m4a', '.mp3')).toBe('.m4a');
    expect(recordingExtension('https://media.example.com/recording/7/content', 'application/octet-stream', '.mp3')).toBe('.mp3');
    expect(recordingFilename('../calls/42?x', '.wav')).toBe('calls_42_x.wav');
  });
});
