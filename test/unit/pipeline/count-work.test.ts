import { describe, expect, it } from 'vitest';
import type { ActionItem } from '../../../src/domain/insights.ts';
import type { AuditEntry, Decision } from '../../../src/domain/review.ts';
import { timeSaved } from '../../../src/domain/time-saved.ts';
import { DEFAULT_TYPING_TIMES } from '../../../src/domain/typing-times.ts';
import { countWork, wordsAdded, type WorkSources } from '../../../src/pipeline/count-work.ts';
import { callLogBody, partiesOf } from '../../../src/pipeline/sync-format.ts';
import { syntheticCall, syntheticInsights } from '../../helpers/index-calls.ts';

const at = '2026-11-17T16:00:00.000Z';
const item = (text: string, owner: ActionItem['owner'], dueDate: string | null): ActionItem => ({ text, owner, dueDate, evidence: [{ quote: text, speaker: 'rep', startSec: 3 }] });
const decision = (d: Partial<Decision> & Pick<Decision, 'id' | 'kind'>): Decision => ({
  proposed: null, from: null, item: null, options: [], evidence: [], reason: 'r', state: 'pending', value: null, approvedItem: null,
  decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: at, ...d,
});
const entry = (e: Partial<AuditEntry> & Pick<AuditEntry, 'action' | 'target'>): AuditEntry => ({ at, by: 'lee@example.com', before: null, after: null, note: null, ...e });

function synced(over: Partial<WorkSources> = {}): WorkSources {
  const call = syntheticCall('c_1');
  const insights = {
    ...syntheticInsights('Elena agreed to the pricing and will sign this week.'),
    keyPoints: ['Budget approved'],
    actionItems: [item('Send the contract', 'rep', '2026-11-18'), item('Book the demo', 'customer', null)],
  };
  return {
    call,
    insights,
    crm: { contact: { id: 'ct-1' }, deal: { id: 'd-1' }, callLog: { id: 'log-1' }, tasks: [{ subject: 'Send the contract' }, { subject: 'Book the demo' }] },
    decisions: [
      decision({ id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', state: 'approved', value: 'contractsent', applied: { at, result: 'deal d-1 moved to contractsent' } }),
    ],
    audit: [
      entry({ action: 'approve', target: 'deal-stage', before: 'contractsent', after: 'contractsent' }),
      entry({ by: 'sync', action: 'apply', target: 'deal-stage', after: 'deal d-1 moved to contractsent' }),
    ],
    ...over,
  };
}

describe('countWork', () => {
  it('counts what sync wrote: the log, its known fields and words, links, tasks with owner and due date, the stage moved', () => {
    const s = synced();
    const bodyWords = callLogBody(s.insights!, '', partiesOf(s.call)).split(/\s+/).filter((w) => /\w/.test(w)).length;
    const counts = countWork(s);
    expect(counts.written).toEqual({
      callLog: 1,
      callLogField: 5, // title, direction, start time, duration, outcome
      word: bodyWords + 3 + 3,
      association: 6, // the log and both tasks, each to the contact and the deal
      task: 2,
      taskOwner: 2,
      taskDueDate: 1,
      stageChange: 1,
      fieldFixed: 0,
    });
    expect(counts.corrected).toEqual({ edit: 0, editedWord: 0, rejection: 0, review: 1 });
  });

  it('counts a person’s corrections, rejections and changed approvals, never what sync or the stage policy did', () => {
    const counts = countWork(
      synced({
        audit: [
          entry({ action: 'correct', target: 'insights.summary', before: 'Elena agreed to the pricing.', after: 'Elena agreed to the pricing and the onboarding date.' }),
          entry({ action: 'correct', target: 'insights.actionItems[1]', before: { text: 'Book the demo', owner: 'customer', dueDate: null }, after: { text: 'Book the demo', owner: 'customer', dueDate: '2026-11-20' } }),
          entry({ action: 'reject', target: 'contact' }),
          entry({ action: 'approve', target: 'task-1', before: { text: 'Send pricing', owner: 'rep', dueDate: null }, after: { text: 'Send the pricing sheet', owner: 'rep', dueDate: null } }),
          entry({ action: 'approve', target: 'deal', before: null, after: 'd-2' }), // a choice with no proposal: a review
          entry({ by: 'policy:auto', action: 'approve', target: 'deal-stage', before: 'pending', after: 'contractsent' }),
          entry({ by: 'sync', action: 'apply', target: 'deal-stage', after: 'moved' }),
          entry({ action: 'retry', target: 'step:sync' }),
        ],
      }),
    );
    expect(counts.corrected).toEqual({ edit: 3, editedWord: 4 + 2, rejection: 1, review: 1 });
  });

  it('takes the words people typed off what callscribe wrote, so an edit lowers the net minutes twice over', () => {
    const before = synced();
    const edited = synced({ audit: [...before.audit, entry({ action: 'correct', target: 'insights.summary', before: 'a b', after: 'a b c d e' })] });
    const b = countWork(before);
    const e = countWork(edited);
    expect(e.written.word).toBe(b.written.word - 3);
    expect(timeSaved(e, DEFAULT_TYPING_TIMES).netMinutesSaved).toBeLessThan(timeSaved(b, DEFAULT_TYPING_TIMES).netMinutesSaved);
  });

  it('counts nothing written before sync wrote the log, and no words for an unreliable transcript', () => {
    expect(countWork(synced({ crm: null })).written.callLog).toBe(0);
    const s = synced({ crm: { contact: { id: 'ct-1' }, deal: null, callLog: { id: 'log-1' }, tasks: [] } });
    s.insights = { ...s.insights!, transcriptQuality: { words: 10, scoredWords: 10, meanConfidence: 0.2, lowConfidenceShare: 0.8, thresholds: { minEvidenceConfidence: 0.5, maxLowConfidenceShare: 0.4 }, reliable: false, reason: 'noisy' } } as typeof s.insights;
    const counts = countWork(s);
    expect(counts.written).toMatchObject({ callLog: 1, word: 0, association: 1 });
  });

  it('does not count task owners while the rep is not a CRM user, nor a stage decision that moved nothing', () => {
    const counts = countWork(
      synced({
        decisions: [
          decision({ id: 'owner', kind: 'rep_not_in_crm', proposed: 'noted' }),
          decision({ id: 'deal-stage', kind: 'deal_stage', state: 'approved', applied: { at, result: 'deal d-1 already at contractsent' } }),
        ],
      }),
    );
    expect(counts.written.taskOwner).toBe(0);
    expect(counts.written.stageChange).toBe(0);
  });

  it('reads whether a stage write moved the deal from what sync recorded (changed), whatever its result says; older decisions by their result', () => {
    const stage = (applied: Record<string, unknown>) =>
      countWork(synced({ decisions: [decision({ id: 'deal-stage', kind: 'deal_stage', state: 'approved', applied: { at, ...applied } as never })] })).written.stageChange;
    expect(stage({ result: 'stage written', changed: true })).toBe(1);
    expect(stage({ result: 'deal d-1 moved to contractsent', changed: false })).toBe(0);
    expect(stage({ result: 'deal d-1 moved to contractsent' })).toBe(1);
    expect(stage({ result: 'deal d-1 already at contractsent' })).toBe(0);
  });

  it('does not count a stage move a manager had undone (the deal moved back) as saved, and counts the undo as a rejection', () => {
    const moved = synced();
    const undo = { requestedBy: 'lee@example.com', requestedAt: at, note: null };
    const withUndo = (applied: NonNullable<Decision['undo']>['applied']) =>
      countWork({
        ...moved,
        decisions: [{ ...moved.decisions[0]!, undo: { ...undo, applied } }],
        audit: [...moved.audit, entry({ action: 'undo', target: 'deal-stage', before: 'contractsent', after: 'presentationscheduled' })],
      });
    const undone = withUndo({ at, result: 'deal d-1 moved back to presentationscheduled', wrote: { kind: 'deal', id: 'd-1', change: 'stage moved back to presentationscheduled' } });
    expect(undone.written.stageChange).toBe(0);
    expect(undone.corrected).toMatchObject({ rejection: 1, review: 1 });
    expect(timeSaved(undone, DEFAULT_TYPING_TIMES).netMinutesSaved).toBeLessThan(timeSaved(countWork(moved), DEFAULT_TYPING_TIMES).netMinutesSaved);
    // Asked but not yet done, or not done (someone moved the deal since): the move callscribe wrote stands.
    expect(withUndo(null).written.stageChange).toBe(1);
    expect(withUndo({ at, result: 'deal d-1 is at closedlost now: nothing written', wrote: null }).written.stageChange).toBe(1);
  });

  it('counts a hygiene fix applied as a field fixed, and a finding only noted as none', () => {
    const finding = (type: 'field_contradicted' | 'duplicate_contacts') => ({ type, record: null, field: type === 'field_contradicted' ? ('email' as const) : null, crmValue: null, callValue: null, currency: null });
    const counts = countWork(
      synced({
        decisions: [
          decision({ id: 'fix', kind: 'crm_hygiene', finding: finding('field_contradicted'), state: 'approved', applied: { at, result: 'contact c-1 e-mail set' } }),
          decision({ id: 'dup', kind: 'crm_hygiene', finding: finding('duplicate_contacts'), state: 'approved', applied: { at, result: 'noted' } }),
          decision({ id: 'open', kind: 'crm_hygiene', finding: finding('field_contradicted') }),
        ],
      }),
    );
    expect(counts.written.fieldFixed).toBe(1);
  });
});

describe('wordsAdded', () => {
  it('counts new words only, as a multiset, ignoring case and punctuation', () => {
    expect(wordsAdded('Send the contract.', 'send the signed contract, today')).toBe(2);
    expect(wordsAdded(['a', 'b'], ['a', 'a', 'b'])).toBe(1);
    expect(wordsAdded('the whole text', 'text')).toBe(0);
    expect(wordsAdded(null, 'three new words')).toBe(3);
  });
});
