import { describe, expect, it } from 'vitest';
import { acronymsOf, namesAThing } from '../../../../../src/adapters/extraction/rules/task-things.ts';
import { itemsOf } from './transcript-of.ts';

// A thing named by two capitals ("the PO", "HR") is as much a thing as a long word is.
describe('a task about a thing with a two-letter name', () => {
  it('is one task when a recap says it again', () => {
    expect(
      itemsOf([
        ['customer', "I'll email you the PO by Thursday."],
        ['rep', 'Great, thank you.'],
        ['rep', 'Okay, quick recap. You email the PO by Thursday, and I book the kickoff for Monday.'],
      ]).filter((i) => /PO/.test(i.text)),
    ).toEqual([{ text: 'Email the PO', owner: 'customer', dueDate: '2026-11-19' }]);
  });

  it('counts two capitals as a word and leaves short lower-case words out', () => {
    const acronyms = acronymsOf('Get the PO to Jo in HR, it is on me');
    expect([...acronyms]).toEqual(['po', 'hr']);
    expect(['hr', 'it', 'on', 'me'].map((w) => namesAThing(w, acronyms))).toEqual([true, false, false, false]);
  });

  it('does not count a time of day, its zone or "OK" as a thing two tasks share', () => {
    expect([...acronymsOf('OK, call the depot at 8 AM ET and the PO by 2 PM')]).toEqual(['po']);
    const items = itemsOf([
      ['rep', "I'll text you the gate code at 7 AM."],
      ['customer', 'Perfect.'],
      ['rep', 'Right, recap. I text you the parking map at 7 AM, and you print the passes.'],
    ]);
    expect(items.filter((i) => i.owner === 'rep').map((i) => i.text)).toEqual(['Text the gate code at 7 AM', 'Text the parking map at 7 AM']);
  });
});

// "Them" stands for things: not for one thing named as one ("a prepaid label") just before it.
describe('"them" after a thing named as one', () => {
  it('is what was talked of before it', () => {
    expect(
      itemsOf([
        ['customer', 'So the demo scanners. We still have the six scanners here.'],
        ['rep', "No problem. I'll email you a prepaid label."],
        ['customer', "Great, I'll ship them back by Friday."],
      ]).map((i) => i.text),
    ).toEqual(['Email a prepaid label', 'Ship the demo scanners back']);
  });

  it('is still a thing named as several ("a couple of brochures")', () => {
    const items = itemsOf([['rep', "I'll send you a couple of brochures."], ['customer', "Thanks, I'll forward them to my team by Friday."]]);
    expect(items.map((i) => i.text)).toContain('Forward the couple of brochures to their team');
  });
});

describe('"them" after a thing named with a number word', () => {
  it('is that thing: "a few", "a dozen" name several', () => {
    const few = itemsOf([['rep', "I'll email you a few swatches today."], ['customer', "Great, I'll forward them to the architect on Monday."]]);
    expect(few.map((i) => i.text)).toContain('Forward the few swatches to the architect');
    const dozen = itemsOf([['rep', "I'll email you a dozen swatches today."], ['customer', "Great, I'll forward them to the architect on Monday."]]);
    expect(dozen.map((i) => i.text)).toContain('Forward the dozen swatches to the architect');
  });
});
