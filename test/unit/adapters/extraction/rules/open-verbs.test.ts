import { describe, expect, it } from 'vitest';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { itemsOf, mondayCall, transcriptOf } from './transcript-of.ts';

const texts = (lines: [string, string][]) => itemsOf(lines).map((i) => [i.text, i.owner, i.dueDate]);
/** What the rules find, before the item score weighs it. */
const found = (lines: [string, string][]) => extractWithRules(transcriptOf(lines), mondayCall, {}, null).actionItems.map((i) => i.text);

describe('a promise with a verb outside the lists of follow-up verbs', () => {
  it('is a task when something definite follows the verb and a day is said', () => {
    expect(texts([['rep', "I'll unlock the premium reports for your team tomorrow."]])).toEqual([['Unlock the premium reports for their team', 'rep', '2026-11-17']]);
    expect(texts([['customer', "We'll decommission the two old kiosks by Friday."]])).toEqual([['Decommission the two old kiosks', 'customer', '2026-11-20']]);
  });

  it('is no task without a day, with nothing definite after it, or when the verb is not work ("be", "think", "keep")', () => {
    expect(texts([['rep', "I'll unlock the premium reports for your team."]])).toEqual([]);
    expect(texts([['rep', "I'll relax a bit tomorrow, honestly."]])).toEqual([]);
    expect(texts([['rep', "I'll be the one at the front desk on Friday."]])).toEqual([]);
    expect(texts([['customer', "I'll keep the receipts somewhere safe till Monday."]])).toEqual([]);
    // "I can" is an ability, not a promise; only the follow-up verbs count there.
    expect(texts([['rep', 'I can unlock the premium reports tomorrow.']])).toEqual([]);
  });

  it('is no task when the only thing after the verb is the day ("the Tuesday")', () => {
    expect(found([['customer', "Fine, we'll skip the Tuesday, then."]])).toEqual([]);
    expect(found([['rep', "I'll dodge the Wednesday, it's a holiday here."]])).toEqual([]);
  });

  it('is no task when it says what will happen to the speaker or how long a state lasts, not work they will do', () => {
    expect(found([['customer', "Honestly, we'll lose the spring discount on Friday."]])).toEqual([]);
    expect(found([['rep', "At this rate we'll hit the seat limit by Monday."]])).toEqual([]);
    expect(found([['customer', "I'll catch the early ferry on Thursday."]])).toEqual([]);
    expect(found([['customer', "We'll rent the spare van until the ninth."]])).toEqual([]);
  });

  it('is dropped when its owner then decides against it', () => {
    expect(texts([['rep', "I'll archive the old tickets today."], ['customer', 'Hold on, audit wants them.'], ['rep', "Okay, then I shouldn't archive them yet."]])).toEqual([]);
  });
});

describe('making something and handing it over in one promise', () => {
  it('is one task', () => {
    expect(texts([['customer', "I'll export the sensor readings and email them on Thursday."]])).toEqual([['Export the sensor readings and email them', 'customer', '2026-11-19']]);
  });

  it('keeps a report of progress with the task it reports on', () => {
    expect(texts([['rep', "I'll escalate the login fault and give you an update by Wednesday on the fix."]])).toEqual([
      ['Escalate the login fault and give Elena an update on the fix', 'rep', '2026-11-18'],
    ]);
  });
});

describe('an answer owed by a day', () => {
  it('is a task: telling the other side something named', () => {
    expect(texts([['customer', "I'll let you know which depot moves to the new scanners by the ninth."]])).toEqual([['Let Priya know which depot moves to the new scanners', 'customer', '2026-12-09']]);
  });

  it('is no task of its own without a day or without saying what', () => {
    expect(texts([['customer', "I'll let you know which depot switches over."]])).toEqual([]);
    expect(texts([['customer', "Fine, I'll let you know by the ninth."]])).toEqual([]);
  });
});

describe('a verb outside the lists, said as something to have done', () => {
  it('keeps its own base form', () => {
    expect(texts([['rep', "I'll have the demo accounts closed by Friday."]])).toEqual([['Close the demo accounts', 'rep', '2026-11-20']]);
    expect(texts([['customer', "We'll get the lease signed and routed by Thursday."]])).toEqual([['Sign the lease and route', 'customer', '2026-11-19']]);
    expect(texts([['rep', "I'll have the old ledgers audited and copied by Monday."]])).toEqual([['Audit the old ledgers and copy', 'rep', '2026-11-23']]);
  });
});
