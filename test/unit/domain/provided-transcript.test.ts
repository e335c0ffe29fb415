import { describe, expect, it } from 'vitest';
import type { CallMeta } from '../../../src/domain/call-meta.ts';
import { PROVIDED_ENGINE, transcriptFromCues } from '../../../src/domain/provided-transcript.ts';
import type { VttCue } from '../../../src/domain/webvtt.ts';

const meta: CallMeta = { language: 'en', rep: { name: 'Marta Silva', email: 'marta@example.com' }, customer: { name: 'Joe Brennan' } };
const cue = (startSec: number, voice: string | null, text: string): VttCue => ({ startSec, endSec: startSec + 1.5, voice, text });

describe('transcriptFromCues', () => {
  it('gives roles by the names in the call meta and keeps the file’s words and times', () => {
    const t = transcriptFromCues([cue(0, 'Marta Silva', 'Morning.'), cue(2, 'Joe Brennan', 'Hi.')], meta, 30, 'webvtt');
    expect(t.engine).toBe(PROVIDED_ENGINE);
    expect(t.model).toBe('webvtt');
    expect(t.speakers).toEqual([{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }]);
    expect(t.segments.map((s) => [s.speaker, s.startSec, s.text])).toEqual([['rep', 0, 'Morning.'], ['customer', 2, 'Hi.']]);
    expect(t.attribution?.method).toBe('names');
    expect(t.durationSec).toBe(30);
  });

  it('joins one speaker’s cues that follow closely into one turn, and not across a long pause', () => {
    const t = transcriptFromCues([cue(0, 'Marta', 'One.'), cue(1.6, 'Marta', 'Two.'), cue(10, 'Marta', 'Three.'), cue(12, 'Joe', 'Four.')], meta, 0, 'webvtt');
    expect(t.segments.map((s) => s.text)).toEqual(['One. Two.', 'Three.', 'Four.']);
    expect(t.durationSec).toBe(13.5);
  });

  it('gives the other of two speakers the other role when one is named', () => {
    const t = transcriptFromCues([cue(0, 'Marta Silva', 'Hello.'), cue(2, 'Guest 7', 'Hello.')], meta, 0, 'webvtt');
    expect(t.speakers).toEqual([{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }]);
  });

  it('leaves names that match nobody unknown, with a third speaker among them', () => {
    const t = transcriptFromCues([cue(0, 'Marta Silva', 'Hi.'), cue(2, 'Joe Brennan', 'Hi.'), cue(4, 'Ines', 'Hello.')], meta, 0, 'webvtt');
    expect(t.speakers).toContainEqual({ id: 'S1', role: 'unknown' });
  });

  it('does not take a namesake’s full name for a first-name match', () => {
    const t = transcriptFromCues([cue(0, 'Marta Lopez', 'Hi.'), cue(2, 'Paul', 'Hi.'), cue(4, 'Zed', 'Hey.')], meta, 0, 'webvtt');
    expect(t.speakers.every((s) => s.role === 'unknown')).toBe(true);
  });

  it('falls back to introductions when no name matches', () => {
    const t = transcriptFromCues([cue(0, 'Speaker 1', "Hi, it's Marta from Acme."), cue(2, 'Speaker 2', 'Hello.')], meta, 0, 'webvtt');
    expect(t.attribution?.method).toBe('introductions');
    expect(t.speakers.find((s) => s.role === 'rep')?.id).toBe('S1');
  });
});
