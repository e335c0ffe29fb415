import { describe, expect, it } from 'vitest';
import { notAudioKind } from '../../../src/audio/probe.ts';

describe('notAudioKind: what a file ffprobe cannot read plainly is', () => {
  it('text, in any script, even when the head cuts a character in two', () => {
    expect(notAudioKind(Buffer.from('Meeting notes\nSend the quote by Friday.\n'))).toBe('text');
    const accented = Buffer.from('Reunión con el cliente: enviar la cotización el viernes. ¿Demostración? Sí.');
    expect(notAudioKind(accented)).toBe('text');
    expect(notAudioKind(accented.subarray(0, accented.indexOf(Buffer.from('ó')) + 1))).toBe('text');
    expect(notAudioKind(Buffer.from('{"speaker": "rep", "text": "hello"}'))).toBe('text');
  });

  it('documents by their signature', () => {
    expect(notAudioKind(Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'))).toBe('a PDF document');
    expect(notAudioKind(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00]))).toMatch(/zip/);
  });

  it('anything binary is left to be called corrupt: it may be a damaged recording', () => {
    const noise = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect(notAudioKind(noise)).toBeNull();
    expect(notAudioKind(Buffer.from('ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000text after a tag header'))).toBeNull();
    expect(notAudioKind(Buffer.from('RIFF\u00a4\u0000\u0000\u0000WAVEfmt '))).toBeNull();
    expect(notAudioKind(Buffer.alloc(0))).toBeNull();
    expect(notAudioKind(null)).toBeNull();
  });
});
