import type { Call } from '../../src/domain/call.ts';
import type { Insights } from '../../src/domain/insights.ts';
import type { Decision } from '../../src/domain/review.ts';
import type { Transcript } from '../../src/domain/transcript.ts';
import type { CallListItem } from '../../src/ports/call-index.ts';
import type { CallView } from '../../src/review/call-view.ts';

export const SAMPLE_CALL_ID = 'c_7f3a9e2b';

const segments: Transcript['segments'] = [
  { speaker: 'rep', startSec: 0.3, endSec: 4.8, text: 'Hi Elena, this is Priya from Northwind. Thanks for making the time today.' },
  { speaker: 'customer', startSec: 5.0, endSec: 9.6, text: 'Happy to. We went through the proposal with our finance team on Monday.' },
  { speaker: 'customer', startSec: 9.8, endSec: 14.9, text: 'Honestly the pricing works for us, and our CFO signed off on the budget.' },
  { speaker: 'rep', startSec: 15.2, endSec: 20.5, text: 'That is great news. I will send the contract for signature today.' },
  { speaker: 'customer', startSec: 20.8, endSec: 25.4, text: 'Perfect. Could you also send the security questionnaire by Friday?' },
  { speaker: 'rep', startSec: 25.6, endSec: 29.9, text: 'Of course, I will get that to you by Friday.' },
  { speaker: 'customer', startSec: 30.1, endSec: 34.8, text: 'Then we should be able to start onboarding early next month.' },
];

const at = (min: number) => new Date(Date.UTC(2026, 10, 17, 15, min, 0)).toISOString();

function decision(d: Partial<Decision> & Pick<Decision, 'id' | 'kind' | 'reason'>): Decision {
  return {
    proposed: null, from: null, item: null, options: [], evidence: [], state: 'pending', value: null, approvedItem: null,
    decidedBy: null, decidedAt: null, note: null, applied: null, createdAt: at(3), ...d,
  };
}

/** Decisions of every kind: five pending (one per kind), one approved and applied, one rejected. */
export function sampleDecisions(): Decision[] {
  return [
    decision({
      id: 'deal-stage', kind: 'deal_stage', proposed: 'contractsent', from: 'decisionmakerboughtin',
      reason: 'The customer approved the budget and the rep is sending the contract.',
      evidence: [{ quote: 'our CFO signed off on the budget', speaker: 'customer', startSec: 9.8 }, { quote: 'I will send the contract for signature today', speaker: 'rep', startSec: 15.2 }],
    }),
    decision({
      id: 'contact', kind: 'choose_contact', proposed: 'hs-201',
      reason: 'Two contacts share the number +44 20 7946 0321.',
      options: [
        { value: 'hs-201', label: 'Elena Novak (Brightline Foods)', url: 'https://app.hubspot.com/contacts/1/record/0-1/201' },
        { value: 'hs-202', label: 'Marek Novak (Brightline Foods)', url: null },
      ],
    }),
    decision({ id: 'deal', kind: 'choose_deal', proposed: null, reason: 'The contact has no open deal, but the call suggests moving one.' }),
    decision({ id: 'contact-new', kind: 'unknown_contact', proposed: 'create', reason: 'No contact matches elena@brightline.example.' }),
    decision({
      id: 'task-3c9d', kind: 'rerun_action_item', proposed: 'Send the security questionnaire',
      item: { text: 'Send the security questionnaire', owner: 'rep', dueDate: '2026-11-20' },
      reason: 'Processing the call again found this item, which is not in the CRM.',
      evidence: [{ quote: 'Could you also send the security questionnaire by Friday', speaker: 'customer', startSec: 20.8 }],
    }),
    decision({
      id: 'task-77aa', kind: 'rerun_action_item', proposed: 'Book onboarding', state: 'approved',
      item: { text: 'Book onboarding', owner: 'rep', dueDate: null },
      approvedItem: { text: 'Book the onboarding kickoff', owner: 'rep', dueDate: '2026-12-01' },
      reason: 'Processing the call again found this item.', decidedBy: 'maria@example.com', decidedAt: at(40), note: 'Kickoff, not onboarding.',
      applied: { at: at(41), result: 'task created (hs-task-991)' },
    }),
    decision({
      id: 'deal-stage-2', kind: 'deal_stage', proposed: 'closedwon', from: 'contractsent', state: 'rejected',
      reason: 'The customer said "we are in".', decidedBy: 'maria@example.com', decidedAt: at(42), note: 'Not signed yet.',
      evidence: [{ quote: 'start onboarding early next month', speaker: 'customer', startSec: 30.1 }],
    }),
  ];
}

export interface SampleOptions {
  /** Puts markup and quotes into every free-text field the page shows. */
  hostile?: boolean;
  status?: Call['status'];
  decisions?: Decision[];
  can?: Partial<CallView['can']>;
  noWorker?: CallView['noWorker'];
}

export function sampleCallView(opts: SampleOptions = {}): CallView {
  const evil = opts.hostile ? ' <script>alert("x")</script><img src=x onerror=alert(1)> "\'' : '';
  const status = opts.status ?? 'needs_review';
  const call: Call = {
    schemaVersion: 1, id: SAMPLE_CALL_ID, status, createdAt: at(20), updatedAt: at(42),
    meta: {
      direction: 'outbound', startedAt: at(0), timezone: 'America/New_York',
      rep: { name: `Priya Raman${evil}`, email: 'priya@example.com', channel: 0 },
      customer: { name: `Elena Novak${evil}`, phone: '+442079460321', email: null, company: 'Brightline Foods', channel: 1 },
      crm: { dealId: null, contactId: null, currentStage: 'decisionmakerboughtin' },
    },
    recording: { key: `calls/${SAMPLE_CALL_ID}/original.wav`, filename: 'call.wav', contentType: 'audio/wav', bytes: 1_123_200, sha256: 'ab'.repeat(32) },
    audio: { durationSec: 35.1, channels: 2, sampleRate: 16000, codec: 'pcm_s16le', tracks: [] },
    steps: [
      { step: 'ingest', startedAt: at(20), finishedAt: at(20), durationMs: 420, attempt: 1, outcome: 'ok', errorCode: null },
      { step: 'prepare', startedAt: at(20), finishedAt: at(20), durationMs: 1830, attempt: 1, outcome: 'ok', errorCode: null },
      { step: 'transcribe', startedAt: at(20), finishedAt: at(21), durationMs: 48_200, attempt: 1, outcome: 'ok', errorCode: null },
      { step: 'extract', startedAt: at(21), finishedAt: at(21), durationMs: 2900, attempt: 1, outcome: 'ok', errorCode: null },
      { step: 'sync', startedAt: at(21), finishedAt: at(21), durationMs: 1210, attempt: 2, outcome: 'ok', errorCode: null },
    ],
    engines: { transcriber: { engine: 'local', model: 'pocketsphinx-en-us' }, extractor: { engine: 'rules', model: null, promptVersion: null }, crm: 'hubspot' },
    disposition: 'conversation',
    review: status === 'needs_review' ? { reason: `Stage changes wait for a manager.${evil}` } : null,
    error: status === 'failed' ? { code: 'AUDIO_CORRUPT', message: `The recording could not be decoded: ffmpeg found no audio stream.${evil}`, step: 'prepare', retryable: false, at: at(21) } : null,
    cost: { audioSeconds: 35.1, estimatedUsd: 0 }, uploadedBy: null,
  };
  const transcript: Transcript = {
    schemaVersion: 1, engine: 'local', model: 'pocketsphinx-en-us', language: 'en', durationSec: 35.1,
    speakers: [{ id: 'rep', role: 'rep' }, { id: 'customer', role: 'customer' }],
    segments: segments.map((s, i) => (i === 2 ? { ...s, text: s.text + evil } : s)),
    text: segments.map((s) => s.text).join('\n'),
  };
  const insights: Insights = {
    schemaVersion: 1, engine: 'rules', model: null, promptVersion: null,
    summary: `Elena confirmed the CFO approved the budget; Priya will send the contract today and the security questionnaire by Friday. Onboarding could start early next month.${evil}`,
    keyPoints: [`Pricing accepted by finance${evil}`, 'Security questionnaire needed before signature', 'Onboarding targeted for early December'],
    actionItems: [
      { text: `Send the contract for signature${evil}`, owner: 'rep', dueDate: '2026-11-17', evidence: [{ quote: `I will send the contract for signature today${evil}`, speaker: 'rep', startSec: 15.2 }] },
      { text: 'Send the security questionnaire', owner: 'rep', dueDate: '2026-11-20', evidence: [{ quote: 'Could you also send the security questionnaire by Friday', speaker: 'customer', startSec: 20.8 }, { quote: 'I will get that to you by Friday', speaker: 'rep', startSec: 25.6 }] },
    ],
    dealStage: {
      current: 'decisionmakerboughtin', proposed: 'contractsent', confidence: 0.82,
      rationale: `The budget is approved and the contract goes out today.${evil}`,
      evidence: [{ quote: 'our CFO signed off on the budget', speaker: 'customer', startSec: 9.8 }],
    },
    followUpEmail: { subject: 'Contract and next steps', body: 'Hi Elena,\n\nThanks for today. The contract is on its way.\n\nPriya' },
    redactions: [{ kind: 'payment_card', count: 1 }],
    warnings: [],
  };
  const review = opts.decisions ?? sampleDecisions();
  return {
    call,
    transcript: status === 'failed' || status === 'transcribing' ? null : transcript,
    insights: status === 'failed' || status === 'transcribing' ? null : insights,
    crm: { adapter: 'hubspot', contact: { id: 'hs-201', matchedBy: 'phone' }, deal: null, callLog: { id: 'hs-call-55' }, tasks: [{ key: 'a1', id: 'hs-task-991', subject: 'Book the onboarding kickoff' }], syncedAt: at(41) },
    review,
    audit: [
      { at: at(40), by: 'maria@example.com', action: 'approve', target: 'task-77aa', before: 'Book onboarding', after: { text: 'Book the onboarding kickoff', dueDate: '2026-12-01' }, note: `Kickoff, not onboarding.${evil}` },
      { at: at(41), by: 'sync', action: 'apply', target: 'task-77aa', before: null, after: 'hs-task-991', note: null },
      { at: at(42), by: 'maria@example.com', action: 'reject', target: 'deal-stage-2', before: 'contractsent', after: null, note: 'Not signed yet.' },
    ],
    links: [
      { kind: 'contact', id: 'hs-201', label: `Elena Novak${evil}`, url: 'https://app.hubspot.com/contacts/1/record/0-1/201' },
      { kind: 'call_log', id: 'hs-call-55', label: 'Call on 17 Nov 2026', url: 'https://app.hubspot.com/contacts/1/record/0-48/55' },
      { kind: 'task', id: 'hs-task-991', label: 'Book the onboarding kickoff', url: null },
      { kind: 'deal', id: 'evil', label: 'A deal with a script URL', url: 'javascript:alert(1)' },
    ],
    etag: '"v3-5d41402a"',
    progress: status === 'transcribing' ? { step: 'transcribe', chunksDone: 3, chunksTotal: 8 } : null,
    noWorker: opts.noWorker ?? null,
    can: { review: true, correct: true, retry: true, undoStage: false, ...opts.can, decide: opts.can?.decide ?? (opts.can?.review === false ? [] : review.filter((d) => d.state === 'pending').map((d) => d.id)) },
  };
}

/** Rows of the call list: one of each kind of state. */
export function sampleListItems(hostile = false): CallListItem[] {
  const evil = hostile ? ' <script>alert(1)</script>"' : '';
  return [
    { id: SAMPLE_CALL_ID, status: 'needs_review', startedAt: at(0), receivedAt: at(20), rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: `Elena Novak${evil}`, company: 'Brightline Foods', phone: null }, durationSec: 35.1, summary: `Elena confirmed the CFO approved the budget; Priya will send the contract today and the security questionnaire by Friday. Onboarding could start early next month.${evil}`, proposedStage: 'contractsent', pendingDecisions: 5, pendingKinds: ['deal_stage', 'choose_contact', 'rerun_action_item'], pendingForRep: 3, stageDecision: null, recordingName: 'elena-novak.wav', retryingCode: null },
    { id: 'c_19bb04d1', status: 'done', startedAt: '2026-11-16T14:30:00.000Z', receivedAt: '2026-11-16T15:01:00.000Z', rep: { name: 'Tom Okafor', email: 'tom@example.com' }, customer: { name: 'Jon Weiss', company: 'Harbor Labs', phone: null }, durationSec: 1834, summary: 'Discovery call: Harbor Labs evaluates three vendors; demo booked for next Tuesday.', proposedStage: 'presentationscheduled', pendingDecisions: 0, pendingKinds: [], pendingForRep: 0, stageDecision: null, recordingName: null, retryingCode: null },
    { id: 'c_a0c4e7f2', status: 'transcribing', startedAt: null, receivedAt: '2026-11-16T13:00:00.000Z', rep: { name: null, email: 'tom@example.com' }, customer: null, durationSec: null, summary: null, proposedStage: null, pendingDecisions: 0, pendingKinds: [], pendingForRep: 0, stageDecision: null, recordingName: null, retryingCode: null },
    { id: 'c_ffe02b11', status: 'failed', startedAt: '2026-11-15T09:12:00.000Z', receivedAt: '2026-11-15T09:40:00.000Z', rep: { name: 'Priya Raman', email: 'priya@example.com' }, customer: { name: null, company: 'Acme Paper', phone: null }, durationSec: 62, summary: null, proposedStage: null, pendingDecisions: 0, pendingKinds: [], pendingForRep: 0, stageDecision: null, recordingName: null, retryingCode: null },
  ];
}
