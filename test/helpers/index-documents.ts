import type { CallIndexDocument } from '../../src/ports/call-index.ts';

/** A call-index document with plain defaults; `n` picks its id and a receivedAt `n` minutes after a fixed instant. */
export function indexDoc(n: number, overrides: Partial<CallIndexDocument> = {}): CallIndexDocument {
  return {
    id: `c_${String(n).padStart(6, '0')}`,
    status: 'done',
    startedAt: null,
    receivedAt: new Date(Date.UTC(2026, 10, 1) + n * 60_000).toISOString(),
    updatedAt: '2026-11-01T00:00:00.000Z',
    rep: { name: 'Priya Raman', email: 'priya@example.com' },
    customer: { name: 'Elena Novak', company: 'Brightline Foods', phone: null },
    customerEmail: null,
    uploadedBy: null,
    durationSec: 60,
    summary: 'A routine check-in.',
    proposedStage: null,
    pendingDecisions: 0,
    pendingKinds: [],
    pendingForRep: 0,
    stageDecision: null,
    recordingName: null,
    transcriptText: 'hello there, how are you today',
    work: null,
    errorCode: null,
    retryingCode: null,
    ...overrides,
  };
}

/** What `list` returns for a document: no transcript, updatedAt, uploader, work, error code or customer e-mail. */
export function listItemOf(doc: CallIndexDocument) {
  const { transcriptText: _t, updatedAt: _u, uploadedBy: _b, work: _w, errorCode: _e, customerEmail: _m, ...item } = doc;
  return item;
}
