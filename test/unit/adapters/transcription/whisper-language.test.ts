import { describe, expect, it } from 'vitest';
import { whisperLanguageCode } from '../../../../src/adapters/transcription/openai/whisper-language.ts';

describe('whisperLanguageCode: the ISO-639-1 code the transcription API takes', () => {
  it.each([
    ['en', 'en'],
    ['en-US', 'en'],
    ['es-MX', 'es'],
    ['zh_Hant_TW', 'zh'],
    [' FR ', 'fr'],
    ['english', 'en'],
    ['Spanish', 'es'],
    ['haitian creole', 'ht'],
    ['castilian', 'es'],
    ['iw-IL', 'he'],
  ])('%s → %s', (given, code) => expect(whisperLanguageCode(given)).toBe(code));

  it.each([null, undefined, '', '  ', 'klingon', 'xx', 'x-pirate', 'eng', 'yue', 'haw', 'constructor', 'toString'])('%s names no language it can send: null', (given) => {
    expect(whisperLanguageCode(given)).toBeNull();
  });
});
