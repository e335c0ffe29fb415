import { describe, expect, it } from 'vitest';
import { ITEM_FEATURES, itemMeasures, itemScores, type ItemFeature, type ItemModel } from '../../../../../src/adapters/extraction/rules/item-score.ts';
import { ITEM_MODEL } from '../../../../../src/adapters/extraction/rules/item-score.model.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { mondayCall, transcriptOf } from './transcript-of.ts';

/** A model that reads one feature only: tasks with it (weight < 0) or without it (weight > 0) score low. */
function modelOn(feature: ItemFeature, weight: number): ItemModel {
  const n = ITEM_FEATURES.length;
  const weights = ITEM_FEATURES.map((f) => (f === feature ? weight : 0));
  return { verbs: [], mean: new Array(n).fill(0), scale: new Array(n).fill(1), weights, bias: 5, threshold: 0.5, trainedOn: 'made by hand for a test' };
}

const planning: [string, string][] = [
  ['rep', 'Thanks for squeezing me in before lunch.'],
  ['customer', 'No worries. The cold storage audit is the big thing this month.'],
  ['rep', "Understood. I'll email you the sensor placement guide by Wednesday."],
  ['customer', 'Great, thanks.'],
  ['customer', "I'll follow up on it."],
  ['rep', 'Sure.'],
  ['rep', 'So the sensor placement guide comes from me on Wednesday.'],
];

describe('item measures', () => {
  const transcript = transcriptOf(planning);
  const items = extractWithRules(transcript, mondayCall, {}, null).actionItems;
  const measures = itemMeasures(items, transcript);

  it('tell a specific dated promise that the other side welcomed and the recap repeated from a bare follow-up', () => {
    expect(items.map((i) => i.text)).toEqual(['Email the sensor placement guide', 'Follow up on it']);
    const [guide, bare] = measures.map((m) => m.values);
    expect(guide).toMatchObject({ ownerRep: 1, hasDueDate: 1, promise: 1, objectWords: 3, acknowledged: 1, mentionedLate: 1, pronounObject: 0, vagueText: 0 });
    expect(bare).toMatchObject({ ownerCustomer: 1, hasDueDate: 0, promise: 1, objectWords: 0, pronounObject: 1, vagueText: 1, mentionedLate: 0 });
    expect(measures.map((m) => m.verb)).toEqual(['email', 'follow']);
  });

  it('see a task said twice, as the same words in another task, and evidence two tasks share', () => {
    const call = transcriptOf([
      ['rep', "I'll send the revised pricing sheet today."],
      ['customer', 'Thanks. Can you also send the onboarding timeline?'],
      ['rep', 'Yes, tonight, along with the pricing sheet revision.'],
    ]);
    const [first, ask, reply] = call.segments.map((s) => ({ quote: s.text, speaker: s.speaker, startSec: s.startSec }));
    const items = [
      { text: 'Send the revised pricing sheet', owner: 'rep' as const, dueDate: '2026-11-16', evidence: [first!] },
      { text: 'Send the onboarding timeline', owner: 'rep' as const, dueDate: '2026-11-16', evidence: [ask!, reply!] },
      { text: 'Send the pricing sheet revision', owner: 'rep' as const, dueDate: '2026-11-16', evidence: [reply!] },
    ];
    const [sheet, timeline, again] = itemMeasures(items, call).map((m) => m.values);
    // Share of content words in common with the closest other task (its text and quotes).
    expect(sheet!.maxSimilarity).toBeCloseTo(2 / 8);
    expect(again!.maxSimilarity).toBeCloseTo(2 / 6);
    expect(timeline!.maxSimilarity).toBe(0);
    expect([sheet!.sharedEvidence, timeline!.sharedEvidence, again!.sharedEvidence]).toEqual([0, 1, 1]);
    expect([sheet!.evidenceCount, timeline!.evidenceCount, timeline!.request, timeline!.question]).toEqual([1, 2, 1, 1]);
  });

  it('rank the bare follow-up below the specific promise with the trained model', () => {
    const [guide, bare] = itemScores(items, transcript, ITEM_MODEL);
    expect(bare!).toBeLessThan(guide!);
  });
});

describe('the item score in the rules extractor', () => {
  it('leaves out a task scoring below the threshold and names it in a warning', () => {
    const insights = extractWithRules(transcriptOf(planning), mondayCall, {}, modelOn('vagueText', -10));
    expect(insights.actionItems.map((i) => i.text)).toEqual(['Email the sensor placement guide']);
    expect(insights.warnings).toEqual([expect.stringMatching(/^left out the possible task "Follow up on it" for the customer: it looks like a passing remark or a repeat of another task, not one to put in the CRM \(confidence \d+%, below 50%\)$/)]);
  });

  it('keeps every task when there is no model', () => {
    expect(extractWithRules(transcriptOf(planning), mondayCall, {}, null).actionItems).toHaveLength(2);
  });

  it('scores English calls only: a Spanish call keeps what the Spanish rules found', () => {
    const spanish = transcriptOf([['rep', 'Le mando la propuesta mañana.'], ['customer', 'Perfecto, gracias.']], { language: 'es' });
    const insights = extractWithRules(spanish, mondayCall, {}, { ...modelOn('promise', 0), bias: -10 });
    expect(insights.actionItems.map((i) => i.text)).toEqual(['Mandar la propuesta']);
  });

  it('does not score the promises of a voicemail', () => {
    const message = transcriptOf([
      ['rep', "Hi Elena, it's Priya from Brightside, sorry I missed you."],
      ['rep', "I'll send over the updated quote this afternoon, and I'll try you again on Wednesday. Give me a call back when you can."],
    ]);
    const insights = extractWithRules(message, mondayCall, {}, { ...modelOn('promise', 0), bias: -10 });
    expect(insights.warnings[0]).toMatch(/^voicemail: /);
    expect(insights.actionItems.length).toBeGreaterThan(0);
    expect(insights.warnings.some((w) => w.startsWith('left out'))).toBe(false);
  });
});

describe('the item score on a long call', () => {
  // No measure grows with the length of the call: an hour with thirty promises keeps them, as a short call keeps its two.
  it('keeps the clear promises of a call with many of them', () => {
    const things = ['rollout plan', 'pricing sheet', 'security answers', 'training agenda', 'site survey notes', 'data export',
      'reference list', 'order form', 'invoice schedule', 'user guide', 'floor plan', 'warranty terms', 'sizing estimate',
      'migration checklist', 'support contacts', 'renewal quote', 'pilot report', 'API keys', 'label samples', 'audit log'];
    const lines: [string, string][] = things.flatMap((thing, i): [string, string][] => [
      [i % 2 ? 'customer' : 'rep', `Moving on. I'll send you the ${thing} by Friday.`],
      [i % 2 ? 'rep' : 'customer', 'Great, thanks.'],
      ['rep', 'What else is on your list?'],
      ['customer', 'A few more things, bear with me.'],
    ]);
    const transcript = transcriptOf(lines);
    const items = extractWithRules(transcript, mondayCall, {}, null).actionItems;
    expect(items).toHaveLength(things.length);
    const kept = itemScores(items, transcript, ITEM_MODEL).filter((s) => s >= ITEM_MODEL.threshold);
    expect(kept).toHaveLength(things.length);
  });
});
