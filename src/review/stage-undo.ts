import { z } from 'zod';
import type { CrmRecord } from '../domain/crm-record.ts';
import { STAGE_DECISION_ID, stageBefore, stageSet, stageUndoRefusal } from '../domain/stage-undo.ts';
import { redact } from '../domain/redact.ts';
import { permanent } from '../errors/app-error.ts';
import type { Identity } from '../http/identity.ts';

/** `POST /v1/calls/:id/review/deal-stage/undo`'s body: an optional note, kept with the undo and in the audit. */
export const StageUndoRequest = z.object({ note: z.string().max(2000).optional() }).strict();
export type StageUndoRequest = z.infer<typeof StageUndoRequest>;

/**
 * Records a manager's request to move the deal back to the stage it had before an applied stage move, with its audit
 * entry (`undo`: before, the stage set; after, the stage to move back to). Refused, with a stable code and why, for
 * anyone but a manager (`AUTH_FORBIDDEN`) and for a move that cannot be undone (see `stageUndoRefusal`). Sync moves
 * the deal (see `applyStageUndo`).
 */
export function recordStageUndo(record: CrmRecord, who: Identity, request: StageUndoRequest, now: Date): void {
  if (who.role !== 'manager') throw permanent('AUTH_FORBIDDEN', 'Only a manager may undo a stage move.');
  const d = record.review.decisions.find((x) => x.id === STAGE_DECISION_ID);
  const refusal = stageUndoRefusal(d, record.deal?.id ?? null);
  if (refusal || !d) throw permanent(refusal?.code ?? 'UNDO_NOT_POSSIBLE', refusal?.message ?? 'There is no stage move to undo.');
  const at = now.toISOString();
  // Typed text kept in the audit: redacted as a decision's note is.
  const note = (request.note === undefined ? '' : redact(request.note).text).trim() || null;
  d.undo = { requestedBy: who.principal, requestedAt: at, note, applied: null };
  record.review.audit.push({ at, by: who.principal, action: 'undo', target: d.id, before: stageSet(d), after: stageBefore(d), note });
  record.updatedAt = at;
}
