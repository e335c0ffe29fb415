import { describe, expect, it } from 'vitest';
import { createRulesExtractor } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { detectVoicemail } from '../../../../../src/adapters/extraction/rules/voicemail.ts';
import type { CallMeta } from '../../../../../src/domain/call-meta.ts';
import { groundQuote } from '../../../../../src/domain/grounding.ts';
import { Insights } from '../../../../../src/domain/insights.ts';
import type { Transcript } from '../../../../../src/domain/transcript.ts';
import { mondayCall, transcriptOf } from './transcript-of.ts';

const extract = (transcript: Transcript, meta: CallMeta = mondayCall) => createRulesExtractor().extract({ transcript, meta });

const message = transcriptOf([
  ['rep', 'Hi Elena, this is Priya from Brightside, following up on the security questions you sent.'],
  ['rep', 'I have answers on the data retention policy and the audit logs.'],
  ['rep', "I'll also send the contract for signature today."],
  ['rep', 'Please give me a call back when you get this.'],
  ['rep', "Otherwise I'll try you again on Wednesday morning. Bye now."],
]);

describe('detectVoicemail', () => {
  it('recognises a message left by the only speaker', () => {
    expect(detectVoicemail(message, mondayCall)).toMatchObject({ by: 'rep', speaker: 'rep', cue: 'give me a call back' });
  });

  it('does not count an answering machine greeting as the other side speaking', () => {
    const withGreeting = transcriptOf([
      ['customer', "You've reached Elena Novak. Please leave a message after the tone."],
      ...message.segments.map((s) => [s.speaker, s.text] as [string, string]),
    ]);
    expect(detectVoicemail(withGreeting, mondayCall)?.by).toBe('rep');
  });

  it('takes who left it from the call direction when speakers are unlabelled', () => {
    const mono = transcriptOf([['S1', 'Hi, it is Priya returning your call, you can reach me at the office.']], { roles: 'unknown' });
    expect(detectVoicemail(mono, { ...mondayCall, direction: 'outbound' })?.by).toBe('rep');
    expect(detectVoicemail(mono, { ...mondayCall, direction: 'inbound' })?.by).toBe('customer');
    expect(detectVoicemail(mono, {})?.by).toBe('unknown');
  });

  it('recognises a Spanish message', () => {
    const es = transcriptOf([['rep', 'Hola Andrés, le habla Marta devolviéndole la llamada. Le vuelvo a llamar mañana.']], { language: 'es' });
    expect(detectVoicemail(es, mondayCall)).toMatchObject({ by: 'rep' });
  });

  it('is not a conversation, nor a one-sided call without a message', () => {
    const conversation = transcriptOf([
      ['rep', 'Hi Elena, returning your call about the renewal.'],
      ['customer', 'Thanks for calling back. Can you send the new quote?'],
    ]);
    expect(detectVoicemail(conversation, mondayCall)).toBeNull();
    expect(detectVoicemail(transcriptOf([['rep', 'Hello? Hello, can you hear me?']]), mondayCall)).toBeNull();
    expect(detectVoicemail(transcriptOf([]), mondayCall)).toBeNull();
  });
});

describe('a voicemail through the rules extractor', () => {
  it('is summarised as a voicemail, proposes no stage, keeps only the caller\'s own promises, and warns', async () => {
    const insights = await extract(message, { ...mondayCall, crm: { currentStage: 'decisionmakerboughtin' } });
    expect(Insights.parse(insights)).toEqual(insights);
    expect(insights.summary).toMatch(/^Voicemail left by the rep; the customer did not answer and no conversation took place\. Rep: Hi Elena, this is Priya/);
    expect(insights.dealStage).toMatchObject({ current: 'decisionmakerboughtin', proposed: null, confidence: 0, evidence: [] });
    expect(insights.actionItems.map(({ text, owner, dueDate }) => ({ text, owner, dueDate }))).toEqual([
      { text: 'Send the contract for signature', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Call Elena again', owner: 'rep', dueDate: '2026-11-18' },
    ]);
    for (const ev of insights.actionItems.flatMap((i) => i.evidence)) expect(groundQuote(message, ev.quote)).not.toBeNull();
    expect(insights.keyPoints[0]).toBe('Voicemail left by the rep; the customer did not answer and no conversation took place.');
    expect(insights.warnings).toEqual([
      'voicemail: only the rep spoke and the message sounds like a voicemail ("give me a call back"); summarised as a voicemail, no stage change proposed',
    ]);
    expect(insights.followUpEmail?.subject).toBe('Sorry I missed you — Brightline Foods');
    expect(insights.followUpEmail?.body).toMatch(/^Hi Elena,\n\nI tried to reach you by phone and left you a voicemail/);
  });

  it('keeps the caller\'s promise when the machine\'s greeting named its thing in full, and quotes only the caller', async () => {
    const afterGreeting = transcriptOf([
      ['customer', "You've reached the Brightline Foods order desk. Please leave a message after the tone."],
      ['rep', 'Hi Elena, this is Priya from Brightside, returning your call about the renewal.'],
      ['rep', "I'll call the desk back on Thursday."],
    ]);
    const insights = await extract(afterGreeting);
    expect(insights.actionItems.map((i) => i.text)).toEqual(['Call the desk back']);
    expect(insights.actionItems.flatMap((i) => i.evidence.map((e) => e.speaker))).toEqual(['rep']);
  });

  it('writes a Spanish voicemail in Spanish', async () => {
    const es = transcriptOf(
      [['rep', 'Hola Elena, le habla Priya, de Brightside, devolviéndole la llamada sobre la propuesta.'], ['rep', 'Si no la encuentro, le vuelvo a llamar el miércoles.']],
      { language: 'es' },
    );
    const insights = await extract(es);
    expect(insights.summary).toMatch(/^Mensaje de voz del representante; el cliente no contestó y no hubo conversación\. Representante: Hola Elena/);
    expect(insights.actionItems.map(({ text, owner, dueDate }) => ({ text, owner, dueDate }))).toEqual([
      { text: 'Volver a llamar a Elena', owner: 'rep', dueDate: '2026-11-18' },
    ]);
    expect(insights.followUpEmail?.body).toMatch(/^Hola, Elena:\n\nIntenté comunicarme con usted por teléfono/);
    expect(insights.warnings[0]).toMatch(/^voicemail: /);
  });
});
