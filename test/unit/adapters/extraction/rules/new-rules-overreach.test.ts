import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { findMeetings } from '../../../../../src/adapters/extraction/rules/meetings.ts';
import { describingList } from '../../../../../src/adapters/extraction/rules/object-mention.ts';
import { extractWithRules } from '../../../../../src/adapters/extraction/rules/rules.extractor.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { mondayCall, transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York; the rep is Priya, the customer Elena.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };

const items = (lines: [string, string][]) =>
  findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
const quotesOf = (lines: [string, string][]) =>
  extractWithRules(transcriptOf(lines), mondayCall, {}, null).actionItems.map((a) => a.evidence.map((e) => e.quote));

describe('a sentence naming a thing alone', () => {
  it('is read in time however many fillers open a sentence', () => {
    const fillers = Array.from({ length: 18 }, (_, k) => ['right,', 'now,', 'and'][k % 3]).join(' ');
    const lines: [string, string][] = [
      ['rep', "I'll send the pricing by Wednesday."],
      ['customer', `${fillers} we will see. Let's say Friday.`],
    ];
    const started = Date.now();
    items(lines);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});

describe('a doubt before a promise', () => {
  it('does not drop a polite request ("I\'m not sure if you could send…?")', () => {
    expect(items([['customer', "I'm not sure if you could send over the security questionnaire before Thursday?"]]).map((i) => i.text)).toEqual([
      'Send the security questionnaire',
    ]);
  });
});

describe('a list said right after a promise', () => {
  it('is not a goodbye or a thank-you ("Talk soon, bye.", "Cheers, Elena.")', () => {
    expect(describingList('Talk soon, bye.')).toBe(false);
    expect(describingList('Cheers, Elena.')).toBe(false);
    expect(quotesOf([['rep', "I'll send you the recap tonight. Speak soon, bye."]])).toEqual([["I'll send you the recap tonight."]]);
  });
});

describe('"I\'ll get it …" right after a promise', () => {
  it('does not date the task before when a new thing is named before it ("And the tax form, I\'ll do that…")', () => {
    expect(items([['rep', "I'll send you the invoice today. And the tax form, I'll do that by Friday."]])[0]).toEqual({
      text: 'Send the invoice', owner: 'rep', dueDate: '2026-11-16',
    });
    // The promise said first in the same sentence is still the one "do it" dates.
    expect(items([['rep', "I'll extend the sandbox by a week, I'll do it tomorrow."]])).toEqual([{ text: 'Extend the sandbox by a week', owner: 'rep', dueDate: '2026-11-17' }]);
  });

  it('is a task of its own when it does more than do the task before ("get it signed")', () => {
    const got = items([['rep', "I'll check the clause with legal. I'll get it signed on Friday."]]);
    expect(got[0]).toEqual({ text: 'Check the clause with legal', owner: 'rep', dueDate: null });
    expect(got).toHaveLength(2);
  });
});

describe('a day said before a promise, after a reply of its own', () => {
  it('dates the promise ("That\'s fine, tomorrow I\'ll send…", "It\'s no problem, by Friday I\'ll…")', () => {
    expect(items([['rep', "That's fine, tomorrow I'll send you the deck."]])[0]!.dueDate).toBe('2026-11-17');
    expect(items([['rep', "It's no problem, by Friday I'll send the revised quote."]])[0]!.dueDate).toBe('2026-11-20');
  });
});

describe('a day said in place of another', () => {
  it('does not move a task when the new day is said of a meeting ("our kickoff call is Monday, not Thursday")', () => {
    const lines: [string, string][] = [
      ['rep', "I'll send the onboarding guide by Thursday."],
      ['customer', 'Great. For the onboarding, our kickoff call is Monday, not Thursday.'],
      ['rep', 'Noted.'],
    ];
    expect(items(lines)[0]!.dueDate).toBe('2026-11-19');
  });

  it('after "instead", does not move a task when the day is asked for a meeting, not promised ("could we go through … instead?")', () => {
    const lines: [string, string][] = [
      ['rep', "I'll send the proposal by Wednesday."],
      ['customer', 'Great. Could we go through the proposal together on Thursday instead?'],
      ['rep', 'Sure.'],
    ];
    expect(items(lines).find((i) => i.text === 'Send the proposal')!.dueDate).toBe('2026-11-18');
    // A day put in place of the task's own still moves it.
    const moved: [string, string][] = [
      ['customer', 'Our lawyer will check the data agreement by Wednesday.'],
      ['rep', 'Good.'],
      ['customer', 'Oh, she is out. The data agreement, make it Friday instead.'],
    ];
    expect(items(moved)[0]!.dueDate).toBe('2026-11-20');
  });
});

describe('who "her" is in "I\'ll get her to…"', () => {
  it('is never the speaker or the one spoken to', () => {
    const lines: [string, string][] = [
      ['rep', 'Thanks Elena.'],
      ['customer', "Sure. Our office manager handles the paperwork, I'll get her to send the forms by Friday."],
    ];
    expect(items(lines).map((i) => i.text)).not.toContain('Have Elena send the forms');
  });
});

describe('who "he" is', () => {
  it('is a name opening a sentence before "the" ("Ravi the facilities guy…")', () => {
    const lines: [string, string][] = [
      ['customer', 'Ravi the facilities guy owns that.'],
      ['rep', 'Okay.'],
      ['customer', "He'll send the floor plans by Friday."],
    ];
    expect(items(lines).map((i) => i.text)).toEqual(['Have Ravi send the floor plans']);
  });
});

describe('the day a meeting is agreed for', () => {
  it('is kept when the yes opens with thanks or "sounds good" ("Okay thanks, Tuesday at two then.")', () => {
    for (const yes of ['Okay thanks, Tuesday at two then.', 'Okay sounds good, Tuesday at two.']) {
      const lines: [string, string][] = [['rep', 'When works for the demo?'], ['customer', 'Tuesday at two.'], ['rep', yes]];
      expect(findMeetings(toSentences(transcriptOf(lines)), ctx).map((d) => d.date)).toEqual(['2026-11-17']);
    }
  });
});
