import { describe, expect, it } from 'vitest';
import { CrmRecord } from '../../../src/domain/crm-record.ts';
import { indexDocument } from '../../../src/pipeline/index-document.ts';
import { syntheticCall, syntheticInsights, syntheticTranscript } from '../../helpers/index-calls.ts';

describe('indexDocument', () => {
  it('builds the list document from the call and its artifacts', () => {
    const base = syntheticCall('c_1');
    const call = { ...base, meta: { ...base.meta, customer: { ...base.meta.customer, email: ' elena@brightline.example ' } }, uploadedBy: 'key:k1' };
    const doc = indexDocument({
      call,
      insights: syntheticInsights('Pricing agreed.'),
      transcript: syntheticTranscript('the prices work for us'),
      crm: { review: { decisions: [{ state: 'pending' }, { state: 'rejected' }] } },
    });
    expect(doc).toEqual({
      id: 'c_1',
      status: 'needs_review',
      startedAt: '2026-11-17T14:00:00Z',
      receivedAt: '2026-11-17T15:00:00.000Z',
      updatedAt: '2026-11-17T15:00:00.000Z',
      rep: { name: 'Priya Raman', email: 'priya@example.com' },
      customer: { name: 'Elena Novak', company: 'Brightline Foods', phone: null },
      customerEmail: 'elena@brightline.example',
      uploadedBy: 'key:k1',
      durationSec: 95.5,
      summary: 'Pricing agreed.',
      proposedStage: 'contractsent',
      pendingDecisions: 1,
      pendingKinds: [],
      pendingForRep: 0,
      stageDecision: null,
      recordingName: 'call.ogg',
      transcriptText: 'the prices work for us',
      work: null,
      errorCode: null,
      retryingCode: null,
    });
  });

  it('keeps why the call waits (the kinds of its pending decisions, each once) and how many a rep may make', () => {
    const decision = (kind: string, state: string, extra: object = {}) => ({ kind, state, options: [], ...extra });
    const doc = indexDocument({
      call: syntheticCall('c_3'),
      insights: null,
      transcript: null,
      crm: {
        review: {
          decisions: [
            decision('rerun_action_item', 'pending'),
            decision('deal_stage', 'pending'),
            decision('choose_deal', 'pending'),
            decision('choose_contact', 'pending', { options: [{ value: 'c1', label: 'One', url: null }] }),
            decision('crm_hygiene', 'pending', { finding: { type: 'field_contradicted' } }),
            decision('transcript_unreliable', 'approved'),
          ],
        },
      },
    });
    expect(doc.pendingKinds).toEqual(['deal_stage', 'choose_contact', 'choose_deal', 'rerun_action_item', 'crm_hygiene']);
    // A rep picks the contact among the CRM's and dates their action item; moving the deal, naming a deal by id and changing a contact's field are a manager's.
    expect(doc.pendingForRep).toBe(2);
  });

  it('keeps what became of the proposed stage once decided: the stage set (another when a reviewer chose it), or rejected', () => {
    const withStage = (state: string, value: string | null) =>
      indexDocument({ call: syntheticCall('c_5'), insights: null, transcript: null, crm: { review: { decisions: [{ kind: 'deal_stage', state, proposed: 'contractsent', value }] } } }).stageDecision;
    expect(withStage('pending', null)).toBeNull();
    expect(withStage('approved', null)).toEqual({ state: 'approved', stage: 'contractsent' });
    expect(withStage('approved', 'closedlost')).toEqual({ state: 'approved', stage: 'closedlost' });
    expect(withStage('rejected', null)).toEqual({ state: 'rejected', stage: null });
  });

  it('marks an approved stage move a manager had undone (the deal moved back) as undone, not while the undo wrote nothing', () => {
    const withUndo = (applied: { wrote: unknown } | null) =>
      indexDocument({ call: syntheticCall('c_6'), insights: null, transcript: null, crm: { review: { decisions: [{ kind: 'deal_stage', state: 'approved', proposed: 'contractsent', value: null, undo: { applied } }] } } }).stageDecision;
    expect(withUndo({ wrote: { kind: 'deal', id: 'd-1', change: 'stage moved back to presentationscheduled' } })).toEqual({ state: 'undone', stage: 'contractsent' });
    expect(withUndo(null)).toEqual({ state: 'approved', stage: 'contractsent' });
    expect(withUndo({ wrote: null })).toEqual({ state: 'approved', stage: 'contractsent' });
  });

  it('leaves what is not known yet null, a party known by nothing out, and a customer known by phone alone in', () => {
    const call = syntheticCall('c_2', { status: 'received', audio: null, meta: { rep: { channel: 0 }, customer: { phone: '+15550100' } } });
    expect(indexDocument({ call: syntheticCall('c_4', { meta: { customer: { channel: 1 } } }), insights: null, transcript: null, crm: null }).customer).toBeNull();
    expect(indexDocument({ call, insights: null, transcript: null, crm: null })).toMatchObject({
      startedAt: null,
      rep: null,
      customer: { name: null, company: null, phone: '+15550100' },
      customerEmail: null,
      uploadedBy: null,
      durationSec: null,
      summary: null,
      proposedStage: null,
      pendingDecisions: 0,
      transcriptText: null,
    });
  });

  it('stores the work counts of a synced call (countWork over crm.json), none before sync wrote crm.json', () => {
    const call = syntheticCall('c_3');
    const crm = CrmRecord.parse({
      schemaVersion: 1, adapter: 'local', contact: { id: 'ct-1', matchedBy: 'phone_or_email' }, deal: null, callLog: { id: 'log-1' },
      tasks: [{ key: 'k', id: 't-1', subject: 'Send the contract' }], updatedAt: '2026-11-17T15:00:00.000Z',
    });
    const doc = indexDocument({ call, insights: syntheticInsights('Pricing agreed.'), transcript: null, crm });
    expect(doc.work?.written).toMatchObject({ callLog: 1, task: 1, association: 2 });
    expect(doc.work?.corrected).toEqual({ edit: 0, editedWord: 0, rejection: 0, review: 0 });
    expect(indexDocument({ call, insights: null, transcript: null, crm: null }).work).toBeNull();
  });

  it('counts every pending decision, hygiene findings too: a done call with findings left stays in the review queue', () => {
    const call = syntheticCall('c_5', { status: 'done' });
    const crm = { review: { decisions: [
      { state: 'approved', kind: 'deal_stage' },
      { state: 'pending', kind: 'crm_hygiene' },
      { state: 'pending', kind: 'crm_hygiene' },
      { state: 'rejected', kind: 'crm_hygiene' },
    ] } };
    expect(indexDocument({ call, insights: null, transcript: null, crm }).pendingDecisions).toBe(2);
  });

  it('keeps why a call not failed waits to try its step again (a retryable error), never for a failed call', () => {
    const error = { code: 'NETWORK', message: 'The host did not answer.', step: 'ingest' as const, retryable: true, at: '2026-11-17T15:05:00.000Z' };
    const doc = (status: 'failed' | 'received', e: typeof error | null = error) => indexDocument({ call: syntheticCall('c_7', { status, error: e }), insights: null, transcript: null, crm: null });
    expect(doc('received').retryingCode).toBe('NETWORK');
    expect(doc('received', null).retryingCode).toBeNull();
    expect(doc('received', { ...error, retryable: false }).retryingCode).toBeNull();
    expect(doc('failed').retryingCode).toBeNull();
  });

  it('keeps the error code of a failed call only while it is failed (a retried call keeps its last error until it succeeds)', () => {
    const error = { code: 'OPENAI_QUOTA_EXCEEDED', message: 'Quota exceeded.', step: 'transcribe' as const, retryable: false, at: '2026-11-17T15:05:00.000Z' };
    const doc = (status: 'failed' | 'transcribing') => indexDocument({ call: syntheticCall('c_4', { status, error }), insights: null, transcript: null, crm: null });
    expect(doc('failed').errorCode).toBe('OPENAI_QUOTA_EXCEEDED');
    expect(doc('transcribing').errorCode).toBeNull();
  });
});
