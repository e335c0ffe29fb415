import { describe, expect, it } from 'vitest';
import { itemsOf } from './transcript-of.ts';

// Inputs where the rules for fragments and terse turns reached too far.
describe('a need taken on that is no thing to send', () => {
  it('makes no task of a change, a service, or a state', () => {
    expect(itemsOf([['customer', 'We need a bigger plan for the team.'], ['rep', 'Yes, we can do that.']])).toEqual([]);
    expect(itemsOf([['customer', 'We need an extension on the pilot.'], ['rep', 'I can do that.']])).toEqual([]);
    expect(itemsOf([['customer', 'We need the install done before March.'], ['rep', 'We can do that.']])).toEqual([]);
    expect(itemsOf([['rep', 'I need your help with the migration.'], ['customer', 'Sure, I can do that.']])).toEqual([]);
  });

  it('still makes one of a paper or a list', () => {
    expect(itemsOf([['customer', 'I need a copy of the liability cover.'], ['rep', 'Sure, I can do that.']]).map((i) => i.owner)).toEqual(['rep']);
  });
});
