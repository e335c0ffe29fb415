import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = {
  startedAt: '2026-11-16T15:00:00Z',
  timezone: 'America/New_York',
  names: { rep: 'Priya', customer: 'Elena' },
};

function items(lines: [string, string][]) {
  return findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
}

describe('who "he" / "she" is', () => {
  it('passes over a capitalised interjection that only ever opens a sentence', () => {
    const got = items([
      ['rep', 'Our analyst, Tobias, ran the figures for the east depot.'],
      ['customer', 'Oh nice.'],
      ['rep', "Ha, he is thorough. He'll send you the breakdown tomorrow."],
    ]);
    expect(got).toContainEqual({ text: 'Have Tobias send the breakdown', owner: 'rep', dueDate: '2026-11-17' });
  });

  it('takes the person the other side just asked about, and ends the task before ", she said"', () => {
    const got = items([
      ['rep', 'Marta approves the order form first. Is she back from leave yet?'],
      ['customer', 'She is off until Tuesday. She will approve it by Wednesday, she said, Wednesday at the latest.'],
    ]);
    expect(got.map((d) => d.text)).toContainEqual(expect.stringMatching(/^Have Marta approve (?:it|the order form)$/));
    expect(got.find((d) => /Marta/.test(d.text))).toMatchObject({ owner: 'customer', dueDate: '2026-11-18' });
  });
});

describe('a run-through of who does what', () => {
  it('is read as a recap with no "to recap" before it', () => {
    const got = items([
      ['rep', 'Our planner Kai drew up the floor map last week.'],
      ['customer', 'Fine by me.'],
      ['rep', 'Right. So Kai sends you the floor map today, you send the badge list on Wednesday, I send the welcome pack.'],
    ]);
    expect(got).toEqual(expect.arrayContaining([
      { text: 'Have Kai send Elena the floor map', owner: 'rep', dueDate: '2026-11-16' },
      { text: 'Send the badge list', owner: 'customer', dueDate: '2026-11-18' },
      { text: 'Send the welcome pack', owner: 'rep', dueDate: null },
    ]));
  });

  it('needs a doer with a verb: a plural noun or a past deed opens no task', () => {
    expect(items([['customer', 'Fuel prices, and we lost a big client in May.']])).toEqual([]);
    const got = items([['rep', 'To recap: you signed the order form this morning, I send the countersigned copy tonight.']]);
    expect(got.map((d) => d.text)).toEqual(['Send the countersigned copy']);
  });

  it('keeps "the Leeds and Hull rotas" whole and gives its words to the task said before', () => {
    const got = items([
      ['customer', "I'll send you both rotas by Thursday."],
      ['rep', 'Great. So to recap, you send me the Leeds and Hull rotas by Thursday.'],
    ]);
    expect(got).toEqual([{ text: 'Send the Leeds and Hull rotas', owner: 'customer', dueDate: '2026-11-19' }]);
  });
});

describe('conditions', () => {
  it('reads "Look, if …, I will …" as hanging on the condition', () => {
    expect(items([['customer', 'Look, if the pilot goes well, I will sign for all nine depots in spring.']])).toEqual([]);
  });
});
