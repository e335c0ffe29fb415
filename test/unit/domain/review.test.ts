import { describe, expect, it } from 'vitest';
import { checkDecisionValue, mayDecide, type Decision } from '../../../src/domain/review.ts';

const owner: Decision = {
  id: 'owner', kind: 'rep_not_in_crm', proposed: 'noted', from: null, item: null, options: [], evidence: [],
  reason: 'REP_NOT_IN_CRM: …', state: 'pending', value: null, approvedItem: null, decidedBy: null, decidedAt: null,
  note: null, applied: null, createdAt: '2026-11-17T15:21:00.000Z',
};

describe('the rep_not_in_crm decision', () => {
  it('is noted by approving it without a value or with "noted"; anything else is refused', () => {
    expect(checkDecisionValue(owner, undefined, false)).toEqual({ ok: true, value: 'noted', item: null });
    expect(checkDecisionValue(owner, 'noted', false)).toEqual({ ok: true, value: 'noted', item: null });
    expect(checkDecisionValue(owner, '0051234567890AB', false)).toMatchObject({ ok: false, code: 'VALUE_INVALID' });
  });

  it('may be noted by the rep of the call, as well as a manager', () => {
    expect(mayDecide('rep', owner)).toBe(true);
    expect(mayDecide('manager', owner)).toBe(true);
  });
});
