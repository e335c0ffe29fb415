import { describe, expect, it } from 'vitest';
import { CrmRecord } from '../../../src/domain/crm-record.ts';
import { recordDecisions, ReviewRequest, summaryOfApproval } from '../../../src/review/decide.ts';

const AT = '2026-11-17T15:05:00.000Z';
const record = () =>
  CrmRecord.parse({
    schemaVersion: 1, adapter: 'local', contact: null, deal: null, callLog: { id: 'log-1' }, tasks: [], syncedAt: null, updatedAt: AT,
    review: {
      decisions: [
        { id: 'transcript', kind: 'transcript_unreliable', proposed: 'checked', options: [], evidence: [], reason: 'Too many unsure words.', state: 'pending', createdAt: AT },
        { id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'presentationscheduled', options: [], evidence: [], reason: 'r', state: 'pending', createdAt: AT },
      ],
      audit: [],
    },
  });
const who = { principal: 'lee@example.com', role: 'manager' as const };

describe('approving an unreliable transcript', () => {
  it('needs a summary: the one sent with it, else the call’s own; rejecting needs none', () => {
    const approve = ReviewRequest.parse({ decisions: [{ id: 'transcript', decision: 'approve' }] });
    expect(() => summaryOfApproval(record(), approve, '')).toThrow(expect.objectContaining({ code: 'VALUE_REQUIRED' }));
    expect(summaryOfApproval(record(), approve, 'Written earlier as a correction.')).toBeNull();
    const written = ReviewRequest.parse({ decisions: [{ id: 'transcript', decision: 'approve', summary: '  The buyer wants the annual plan. ' }] });
    expect(summaryOfApproval(record(), written, '')).toBe('The buyer wants the annual plan.');
    expect(summaryOfApproval(record(), ReviewRequest.parse({ decisions: [{ id: 'transcript', decision: 'reject' }] }), '')).toBeNull();
  });

  it('a summary goes with no other decision, nor with a rejection', () => {
    for (const r of [{ id: 'deal-stage', decision: 'approve', summary: 'x' }, { id: 'transcript', decision: 'reject', summary: 'x' }]) {
      const rec = record();
      expect(() => recordDecisions(rec, ReviewRequest.parse({ decisions: [r] }), who, new Date(AT), { canCreateContact: true })).toThrow(expect.objectContaining({ code: 'VALUE_INVALID' }));
      expect(rec.review.decisions.every((d) => d.state === 'pending')).toBe(true);
    }
  });
});
