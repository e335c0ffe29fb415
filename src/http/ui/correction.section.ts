import type { CallView } from '../../review/call-view.ts';
import { invalidMark, ownerOptions } from './decision-form.section.ts';
import { changedField, formField, loadedName } from './form-input.ts';
import { csrfField, html, type SafeHtml } from './html.ts';
import type { RefusedForm } from './call-page.page.ts';
import { plainMessage } from './plain-words.ts';

export const CORRECTION_FORM_ID = 'correct-form';

/** The id of the notice saying why the correction form waits. */
export const CORRECTION_WAIT_ID = 'correct-wait';

/**
 * Whether the call page has the correction section: insights the reader may correct now, or once the CRM update
 * under way has finished (the section stays, its form closed, so a correction's notice has its place meanwhile).
 */
export const hasCorrectionSection = (view: CallView): boolean => view.insights !== null && (view.can.correct || view.call.status === 'syncing');

/**
 * The correction form: `POST /calls/{id}/insights` with the summary and every action item
 * (`items[N][text]`, `items[N][owner]`, `items[N][dueDate]`), in a disclosure so the page reads first.
 * Each field carries the value shown (`loaded:NAME`, hidden): only the fields the person changes are corrected.
 * After a refusal (`refused`) it is open and says why; app.js focuses it. The fields the person changed are as
 * posted, every other field (and every value carried as shown) is the call's latest, so sending it again changes
 * only what this person changed. `notice`: what a correction just saved did, under the heading. While the CRM is
 * updated (after a decision or a correction) the form waits, closed, as decisions do (a correction sent then is
 * refused, `CALL_BUSY`): a notice says why, and app.js reloads the page once the call has settled.
 */
export function correctionSection(view: CallView, csrf: string | null, refused: RefusedForm | null = null, notice: SafeHtml | null = null): SafeHtml {
  const ins = view.insights;
  if (!ins || !hasCorrectionSection(view)) return html``;
  const waiting = !view.can.correct;
  const kept = (name: string) => (refused ? changedField(refused.fields, name) : undefined);
  const mark = invalidMark(refused?.field, `${CORRECTION_FORM_ID}-error`);
  const loaded = (name: string, value: string) => html`<input type="hidden" name="${loadedName(name)}" value="${value}">`;
  const fields = html`${csrfField(csrf)}<input type="hidden" name="etag" value="${view.etag}">
<div class="field"><label for="c-summary">Summary</label><textarea id="c-summary" name="summary" rows="5" required maxlength="5000"${mark('summary')}>${kept('summary') ?? ins.summary}</textarea>${loaded('summary', ins.summary)}</div>
${ins.actionItems.map((a, n) => html`<fieldset class="item-fields"><legend>Action item ${n + 1}</legend>
<div class="field"><label for="c-item-${n}-text">Task</label><input type="text" id="c-item-${n}-text" name="items[${n}][text]" value="${kept(`items[${n}][text]`) ?? a.text}" required maxlength="500"${mark(`items[${n}][text]`)}>${loaded(`items[${n}][text]`, a.text)}</div>
<div class="field"><label for="c-item-${n}-owner">Owner</label><select id="c-item-${n}-owner" name="items[${n}][owner]"${mark(`items[${n}][owner]`)}>${ownerOptions(kept(`items[${n}][owner]`) ?? a.owner)}</select>${loaded(`items[${n}][owner]`, a.owner)}</div>
<div class="field"><label for="c-item-${n}-due">Due date</label><input type="date" id="c-item-${n}-due" name="items[${n}][dueDate]" value="${kept(`items[${n}][dueDate]`) ?? a.dueDate ?? ''}"${mark(`items[${n}][dueDate]`)}>${loaded(`items[${n}][dueDate]`, a.dueDate ?? '')}</div>
</fieldset>`)}
<div class="field"><label for="c-note">Why (optional, kept in the history)</label><textarea id="c-note" name="note" rows="2" maxlength="2000"${mark('note')}>${(refused && formField(refused.fields, 'note')) ?? ''}</textarea></div>
<div class="actions"><button type="submit">Save corrections</button></div>`;
  return html`<section class="card" aria-labelledby="correct-h">
<h2 id="correct-h">Corrections</h2>
${notice}
${waiting ? html`<p class="hint wait-notice" id="${CORRECTION_WAIT_ID}" role="status" data-settle="/v1/calls/${encodeURIComponent(view.call.id)}" data-etag="${view.etag}"><span class="wait-text">The CRM is being updated with this call's latest changes. The summary and action items can be corrected once it finishes (usually within seconds). This page reloads itself then.</span> <a href="/calls/${encodeURIComponent(view.call.id)}">Reload the page</a></p>` : ''}
<details class="correct"${ins.summary && !refused ? '' : html` open`}>
<summary>Correct the summary and action items</summary>
<form method="post" action="/calls/${encodeURIComponent(view.call.id)}/insights" class="correction-form" id="${CORRECTION_FORM_ID}"${refused ? html` data-refused aria-describedby="${CORRECTION_FORM_ID}-error"` : ''}${waiting ? html` data-waiting` : ''}>
${refused ? html`<p class="form-error" id="${CORRECTION_FORM_ID}-error">${plainMessage(refused.message)}</p>` : ''}
${waiting ? html`<fieldset class="waiting-fields" disabled aria-describedby="${CORRECTION_WAIT_ID}">${fields}</fieldset>` : fields}
</form>
</details>
</section>`;
}
