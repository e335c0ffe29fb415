import { describe, expect, it } from 'vitest';
import { busiestRep } from '../../../src/cli/commands/demo.command.ts';

describe('the demo rep key signs in as a rep of the calls fed', () => {
  it('picks the rep e-mail most calls name, case and spaces aside, the first on a tie', () => {
    expect(busiestRep([{ rep: { email: 'a@example.com' } }, { rep: { email: ' B@example.com' } }, { rep: { email: 'b@example.com' } }, {}])).toBe('b@example.com');
    expect(busiestRep([{ rep: { email: 'c@example.com' } }, { rep: { email: 'd@example.com' } }])).toBe('c@example.com');
  });

  it('is null when no call names a rep e-mail', () => {
    expect(busiestRep([{}, { rep: { name: 'Sam' } }])).toBeNull();
  });
});
