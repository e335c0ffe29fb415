import { describe, expect, it } from 'vitest';
import { findActionItems, type CommitmentContext } from '../../../../../src/adapters/extraction/rules/commitments.ts';
import { toSentences } from '../../../../../src/adapters/extraction/rules/sentences.ts';
import { transcriptOf } from './transcript-of.ts';

// Monday 2026-11-16 in New York.
const ctx: CommitmentContext = { startedAt: '2026-11-16T15:00:00Z', timezone: 'America/New_York', names: { rep: 'Priya', customer: 'Elena' } };

function items(lines: [string, string][]) {
  return findActionItems(toSentences(transcriptOf(lines)), ctx).map((d) => ({ text: d.text, owner: d.owner, dueDate: d.dueDate }));
}

describe('a thing made and then handed over in one promise', () => {
  it('is one task about the thing made, not about something named earlier in the call', () => {
    const found = items([
      ['rep', 'Could you send me the guest list for the gala?'],
      ['customer', 'Sure, I send you the guest list on Wednesday.'],
      ['rep', "Thanks. Then I'll draft the seating chart for the main hall and send it over by Thursday."],
    ]);
    const rep = found.filter((f) => f.owner === 'rep');
    expect(rep).toHaveLength(1);
    expect(rep[0]!.text).toMatch(/^Draft the seating chart for the main hall and send it/);
    expect(rep[0]!.dueDate).toBe('2026-11-19');
  });
});
