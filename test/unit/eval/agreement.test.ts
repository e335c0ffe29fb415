import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addCall, emptyAgreement, SecondLabel } from '../../../scripts/eval/agreement.ts';
import { REPO_ROOT } from '../../helpers/fixtures.ts';

const gold = {
  actionItems: [
    { text: 'Send the fleet list', owner: 'customer' as const, dueDate: '2026-11-20', keywords: ['fleet', 'list'] },
    { text: 'Book the depot visit', owner: 'rep' as const, dueDate: null, keywords: ['depot', 'visit'] },
  ],
  expectedStage: 'presentationscheduled',
};

describe('a second labelling scored against the gold', () => {
  it('matches its items by their text and quotes, as the eval matches an extractor\'s, and counts what it added and missed', () => {
    const total = emptyAgreement();
    addCall(total, gold, SecondLabel.parse({
      actionItems: [
        { text: 'Customer sends a list', owner: 'customer', dueDate: '2026-11-21', keywords: ['list'], quotes: ['I can email the fleet list on Friday.'] },
        { text: 'Send the brochure', owner: 'rep', dueDate: null, keywords: ['brochure'] },
      ],
      expectedStage: null,
    }));
    expect(total).toEqual({ calls: 1, gold: 2, second: 2, matched: 1, ownerOk: 1, dueOk: 0, stageOk: 0 });
  });

  it('runs over the calls labelled twice that the repository keeps, each found in the dev split', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts/eval/agreement.ts'), join(REPO_ROOT, 'fixtures/second-labels'), join(REPO_ROOT, 'fixtures/dev-calls')], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    const [, calls, matched, second] = /^(\d+) calls: second labelling against the gold, precision [\d.]+ \((\d+)\/(\d+)\)/.exec(run.stdout) ?? [];
    expect(Number(calls)).toBeGreaterThanOrEqual(8);
    expect(Number(matched)).toBeGreaterThan(0);
    expect(Number(matched)).toBeLessThanOrEqual(Number(second));
  });
});
