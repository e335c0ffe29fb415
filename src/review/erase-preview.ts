import { callKeys } from '../domain/call-keys.ts';
import type { Call } from '../domain/call.ts';
import { permanent } from '../errors/app-error.ts';
import { hasRight, type Identity } from '../http/identity.ts';
import type { CallReader, CallServiceDeps } from './call-service.ts';
import { crmRemaining, readCrmRecord, type CrmRemaining } from './erase-call.ts';

/** What erasing a call would do, read before a manager confirms it: nothing is changed. */
export interface ErasePreview {
  call: Call;
  /** The call's stored parts an erasure deletes, in words ("the recording", "the transcript"…). */
  deletes: string[];
  /** What stays in the CRM, as the erasure's answer will list it; null when nothing was written there (or `crmUnreadable`). */
  crmRemaining: CrmRemaining | null;
  /** The call's crm.json could not be read: what it wrote to the CRM is not known. */
  crmUnreadable: boolean;
}

/**
 * Reads what `DELETE /v1/calls/{id}` would erase and what it would leave in the CRM (the same `crmRemaining`
 * the erasure answers), for the page a manager confirms on. Only for who may erase (`calls:erase`).
 */
export function createErasePreviewer(deps: Pick<CallServiceDeps, 'blobs'>, reader: CallReader) {
  return async function preview(who: Identity, id: string): Promise<ErasePreview> {
    if (!hasRight(who, 'calls:erase')) throw permanent('AUTH_FORBIDDEN', 'Only a manager may erase a call.');
    const call = await reader.load(who, id);
    const [transcript, insights, read] = await Promise.all([
      deps.blobs.head(callKeys.transcript(id)),
      deps.blobs.head(callKeys.insights(id)),
      readCrmRecord(deps.blobs, id),
    ]);
    const unreadable = read === 'unreadable';
    const record = unreadable ? null : read;
    const deletes = [
      call.recording && !call.audioRemoved && 'the recording and the audio prepared from it',
      transcript && 'the transcript',
      insights && 'the insights (summary, action items, follow-up e-mail)',
      (record || unreadable) && 'the review: decisions, corrections and their audit trail',
      'the call’s record and processing history, and its row in the call list',
    ].filter((d): d is string => typeof d === 'string');
    return { call, deletes, crmRemaining: record && crmRemaining(record), crmUnreadable: unreadable };
  };
}

export type ErasePreviewer = ReturnType<typeof createErasePreviewer>;
