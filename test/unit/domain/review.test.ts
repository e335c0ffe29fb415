import { describe, expect, it } from 'vitest';
import { checkDecisionValue, mayDecide, type Decision } from '../../../src/domain/review.ts';
import { Finding } from '../../../src/domain/hygiene.ts';

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

describe("a finding that a call contradicts a deal's field", () => {
  const finding = (field: 'amount' | 'closeDate', proposed: string): Decision => ({
    ...owner, id: `hygiene-${field}`, kind: 'crm_hygiene', proposed,
    finding: Finding.parse({ type: 'field_contradicted', record: { kind: 'deal', id: 'deal-7' }, field, crmValue: null, callValue: proposed, currency: 'USD' }),
  });

  it('takes an amount as people type it and keeps the plain number; a close date as YYYY-MM-DD', () => {
    expect(checkDecisionValue(finding('amount', '36000'), '$35,750', false)).toEqual({ ok: true, value: '35750', item: null });
    expect(checkDecisionValue(finding('amount', '36000'), '35750.25', false)).toEqual({ ok: true, value: '35750.25', item: null });
    expect(checkDecisionValue(finding('amount', '36000'), 'thirty grand', false)).toMatchObject({ ok: false, code: 'VALUE_INVALID' });
    expect(checkDecisionValue(finding('closeDate', '2027-02-26'), '2027-03-05', false)).toEqual({ ok: true, value: '2027-03-05', item: null });
    expect(checkDecisionValue(finding('closeDate', '2027-02-26'), 'early March', false)).toMatchObject({ ok: false, code: 'VALUE_INVALID' });
  });

  it('is a manager’s to approve, like a contact’s field', () => {
    expect(mayDecide('rep', finding('amount', '36000'))).toBe(false);
    expect(mayDecide('manager', finding('closeDate', '2027-02-26'))).toBe(true);
  });

  it('leaves findings stored before currencies were recorded readable', () => {
    expect(Finding.parse({ type: 'field_contradicted', record: { kind: 'contact', id: 'c-1' }, field: 'email', crmValue: 'a@x.example', callValue: 'b@x.example' }).currency).toBeNull();
  });
});
