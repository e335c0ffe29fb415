import { describe, expect, it } from 'vitest';
import { itemsOf } from './transcript-of.ts';

// Either side calls a task off later by naming its thing: the task goes; a date revised or "scratch that" does not count.
describe('a task whose thing is called off later', () => {
  it('goes when the other side says to forget it by name', () => {
    const items = itemsOf([
      ['rep', "I'll put together a price sheet for the filters."],
      ['customer', 'Good. And the install is in March?'],
      ['rep', 'Mid-March, yes.'],
      ['customer', 'Actually, forget the filter price sheet. We buy those locally.'],
    ]);
    expect(items.map((i) => i.text)).toEqual([]);
  });

  it('goes when its own owner scratches it, or nobody needs it', () => {
    expect(itemsOf([['customer', "I'll mail you the floor plan by Friday."], ['rep', 'Great.'], ['customer', 'Oh, no need for the floor plan, your engineer has it.']])).toEqual([]);
    expect(itemsOf([['rep', "I'll send you the summary deck."], ['customer', "Don't bother with the summary deck, I was there."]])).toEqual([]);
  });

  it('stays when what is called off is another thing, a day, or "that"', () => {
    expect(itemsOf([['rep', "I'll send you the filter price sheet."], ['customer', 'Thanks. And forget the brochure, I have it.']]).map((i) => i.text)).toEqual(['Send the filter price sheet']);
    expect(itemsOf([['rep', "I'll send the quote by the tenth."], ['customer', 'Can you do the ninth? Scratch the tenth.']]).map((i) => i.text)).toEqual(['Send the quote']);
    expect(itemsOf([['rep', "I'll send the quote then."], ['customer', 'Okay. Scratch that then.']]).length).toBeLessThanOrEqual(1);
  });

  it('stays when the task is said again after it was called off', () => {
    const items = itemsOf([
      ['rep', "I'll send the filter price sheet."],
      ['customer', 'Forget the price sheet.'],
      ['customer', 'Hm, no, actually I do want it. Send the price sheet by Friday.'],
      ['rep', "Okay, I'll send the price sheet by Friday."],
    ]);
    expect(items.map((i) => i.text)).toEqual(['Send the filter price sheet']);
  });
});

describe('an offer cut off and taken back in the next turn', () => {
  it('goes when the taking back opens with any word of surprise before "forget it"', () => {
    const lines: [string, string][] = [['customer', 'I can send you the site plan before—'], ['rep', 'Oh, that would help.'], ['customer', "Ugh, actually, forget it. It's out of date."]];
    expect(itemsOf(lines)).toEqual([]);
  });

  it('stays when the next turn forgets something else', () => {
    const lines: [string, string][] = [['customer', "I'll send you the site plan by Friday."], ['rep', 'Great.'], ['customer', "Honestly, don't forget the gate code."]];
    expect(itemsOf(lines).map((i) => i.text)).toEqual(['Send the site plan']);
  });
});

describe('buying somewhere else', () => {
  it('is no task; buying a thing by a day is', () => {
    expect(itemsOf([['customer', 'The hardware store has the filters, I will buy there.']])).toEqual([]);
    expect(itemsOf([['customer', "I'll buy them locally."]])).toEqual([]);
    expect(itemsOf([['customer', "We'll buy the extra licences by Friday."]]).map((i) => i.text)).toEqual(['Buy the extra licences']);
  });
});

describe('"forget" told of someone, asked, or a part of the task called off', () => {
  it('stays when someone is said to forget the thing, or is asked whether they did', () => {
    expect(itemsOf([['rep', "I'll mail you the gate pass on Monday."], ['customer', 'Good, text me too in case I forget the gate pass.']]).map((i) => i.text)).toContain('Mail the gate pass');
    expect(itemsOf([['customer', "I'll upload the meter readings tonight."], ['rep', 'Lovely.'], ['rep', 'Last month, did you forget the meter readings?']]).map((i) => i.text)).toEqual(['Upload the meter readings']);
    expect(itemsOf([['customer', "I'll post the spare key tomorrow."], ['rep', "Thanks, we won't forget the spare key this time."]]).map((i) => i.text)).toEqual(['Post the spare key']);
  });

  it('stays when only one of the things it hands over is called off', () => {
    const items = itemsOf([['rep', "I'll courier the sample tiles and the grout chart on Thursday."], ['customer', 'Lovely. Oh, forget the grout chart, we have one.']]);
    expect(items.map((i) => i.text)).toEqual(['Courier the sample tiles and the grout chart']);
  });
});

describe('buying someone a treat, or time', () => {
  it('is no task', () => {
    expect(itemsOf([['customer', "Next time you are in town I'll buy you a pint."]])).toEqual([]);
    expect(itemsOf([['rep', "I'll buy us a few days with procurement."]])).toEqual([]);
  });
});

describe('a topic put aside for the talk', () => {
  it('does not call off the task about it', () => {
    const items = itemsOf([['rep', "I'll send you the freight rates on Wednesday."], ['customer', 'Fine.'], ['rep', "Okay, forget the freight for now, let's look at the install dates."]]);
    expect(items.map((i) => i.text)).toEqual(['Send the freight rates']);
  });
});

describe('"never mind" a thing named, opening the next turn', () => {
  it('does not take back the offer before it', () => {
    const lines: [string, string][] = [['customer', "I'll email you the wiring diagram on Friday."], ['rep', 'Cheers. And the deposit?'], ['customer', 'Okay, never mind the deposit, we have paid it.']];
    expect(itemsOf(lines).map((i) => i.text)).toEqual(['Email the wiring diagram']);
  });
});
