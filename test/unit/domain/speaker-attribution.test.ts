import { describe, expect, it } from 'vitest';
import { attributeSpeakers } from '../../../src/domain/speaker-attribution.ts';
import type { Transcript } from '../../../src/domain/transcript.ts';

const mono = (segments: [string, number, string][]): Transcript => ({
  schemaVersion: 1,
  engine: 'test',
  model: null,
  language: 'en',
  durationSec: 200,
  speakers: [...new Set(segments.map(([s]) => s))].map((id) => ({ id, role: 'unknown' as const })),
  segments: segments.map(([speaker, startSec, text]) => ({ speaker, startSec, endSec: startSec + 2, text })),
  text: '',
});
const meta = { rep: { name: 'Priya Raman' }, customer: { name: 'Elena Novak' } };

describe('attributeSpeakers', () => {
  it('maps a mono call by a clear self-introduction, and the other speaker takes the other role', () => {
    const t = attributeSpeakers(mono([['S1', 0.5, 'Hello?'], ['S2', 2, "Hi Elena, it's Priya from Acme."], ['S1', 5, 'Oh hi!']]), meta);
    expect(t.speakers).toEqual([{ id: 'S1', role: 'customer' }, { id: 'S2', role: 'rep' }]);
    expect(t.attribution).toEqual({ method: 'introductions', detail: 'S2 introduced themselves as the rep at 2.0s; the other speaker takes the other role.' });
  });

  it('leaves roles unknown without clear evidence: no introduction, a late one, one speaker, or a contradiction', () => {
    expect(attributeSpeakers(mono([['S1', 1, 'Hi there.'], ['S2', 3, 'Hello.']]), meta).attribution?.method).toBe('none');
    expect(attributeSpeakers(mono([['S1', 1, 'Hi.'], ['S2', 150, 'This is Priya again.']]), meta).attribution?.method).toBe('none');
    expect(attributeSpeakers(mono([['S1', 1, "It's Priya. Hi Elena."]]), meta).attribution?.method).toBe('none');
    const both = attributeSpeakers(mono([['S1', 1, "It's Priya."], ['S1', 4, 'This is Elena.'], ['S2', 6, 'Hm.']]), meta);
    expect(both.attribution?.method).toBe('none');
    expect(both.speakers.every((s) => s.role === 'unknown')).toBe(true);
    // "Priyanka" is not "Priya".
    expect(attributeSpeakers(mono([['S1', 1, 'This is Priyanka.'], ['S2', 3, 'Hello.']]), meta).attribution?.method).toBe('none');
  });

  it('says per-channel calls were attributed by channel, known when the meta places a party', () => {
    const t = mono([['rep', 1, 'Hi.'], ['customer', 2, 'Hello.']]);
    const placed = { ...meta, customer: { ...meta.customer, channel: 0 } };
    expect(attributeSpeakers({ ...t, speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }] }, placed).attribution).toEqual({
      method: 'channels',
      detail: 'One audio channel per speaker, roles from the call meta.',
    });
  });

  it("says per-channel roles were assumed when the meta gives a source's usual layout, or places nobody", () => {
    const t = mono([['rep', 1, 'Hi.'], ['customer', 2, 'Hello.']]);
    const perChannel = { ...t, speakers: [{ id: 'rep', role: 'rep' as const }, { id: 'customer', role: 'customer' as const }] };
    const layout = attributeSpeakers(perChannel, { rep: { channel: 1 }, customer: { channel: 0 }, channelsAssumed: 'The lookup of the call failed.' }).attribution;
    expect(layout).toEqual({ method: 'channels', assumed: true, detail: 'One audio channel per speaker, roles assumed. The lookup of the call failed.' });
    const unplaced = attributeSpeakers(perChannel, meta).attribution;
    expect(unplaced).toMatchObject({ method: 'channels', assumed: true });
    expect(unplaced?.detail).toMatch(/rep is taken to be on channel 0/);
  });
});
