import type { Decision } from '../../domain/review.ts';
import { stageBefore } from '../../domain/stage-undo.ts';
import type { CallView } from '../../review/call-view.ts';
import { stageLabel, timeElement } from './format.ts';
import { csrfField, html, type SafeHtml } from './html.ts';
import { plainWords } from './plain-words.ts';

/** Where the call page's undo form posts. */
export const stageUndoPath = (callId: string) => `/calls/${encodeURIComponent(callId)}/stage-undo`;

/** The id of the undo form of the decision at `i` in the call's list. */
export const stageUndoFormId = (i: number) => `dec-${i}-undo`;

/**
 * A stage decision's undo, under its outcome: what an undo asked did (moved back, when and by whom; or why nothing was
 * written), or that it waits for the CRM; and, for a manager who may undo the move now (`view.can.undoStage`), a small
 * form that moves the deal back to the stage it had, with an optional note.
 */
export function stageUndoPart(view: CallView, d: Decision, i: number, csrf: string | null): SafeHtml {
  if (d.kind !== 'deal_stage') return html``;
  return html`${undoOutcome(d)}${view.can.undoStage ? undoForm(view, d, i, csrf) : ''}`;
}

function undoOutcome(d: Decision): SafeHtml {
  const undo = d.undo;
  if (!undo) return html``;
  const from = stageLabel(stageBefore(d));
  const note = undo.note ? html`<p class="note">Reason given for moving it back: ${undo.note}</p>` : '';
  if (!undo.applied) {
    return html`<p class="undo hint">${undo.requestedBy} asked on ${timeElement(undo.requestedAt)} to move the deal back to <strong>${from}</strong>: waiting for the CRM to be updated.</p>${note}`;
  }
  if (undo.applied.wrote) {
    return html`<p class="undo">Moved back to <strong>${from}</strong> on ${timeElement(undo.applied.at)} by <strong>${undo.requestedBy}</strong>.</p>${note}`;
  }
  return html`<p class="undo">Not moved back to ${from} (asked by <strong>${undo.requestedBy}</strong> on ${timeElement(undo.requestedAt)}): ${plainWords(undo.applied.result).text}.</p>${note}`;
}

function undoForm(view: CallView, d: Decision, i: number, csrf: string | null): SafeHtml {
  const id = stageUndoFormId(i);
  const from = stageLabel(stageBefore(d));
  return html`<form method="post" action="${stageUndoPath(view.call.id)}" class="stage-undo-form" id="${id}">
${csrfField(csrf)}<input type="hidden" name="etag" value="${view.etag}">
<p class="hint" id="${id}-hint">Approved by mistake? This moves the deal in the CRM back to ${from}, unless someone has moved it since (then it is left where they put it).</p>
<div class="field"><label for="${id}-note">Why (optional)</label><textarea id="${id}-note" name="note" rows="2" maxlength="2000"></textarea></div>
<div class="actions"><button type="submit" class="secondary" aria-describedby="${id}-hint">Move the deal back to ${from}</button></div>
</form>`;
}
