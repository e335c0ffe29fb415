import { STAGE_KEYS } from '../../domain/insights.ts';
import { FIELD_LABEL, FINDING_NOTED } from '../../domain/hygiene.ts';
import { OWNER_NOTED, TRANSCRIPT_CHECKED, type Decision } from '../../domain/review.ts';
import type { CallView } from '../../review/call-view.ts';
import type { RefusedForm } from './call-page.page.ts';
import { OWNER_LABEL, stageLabel } from './format.ts';
import { formField, type FormBody } from './form-input.ts';
import { csrfField, html, safeHref, type SafeHtml } from './html.ts';
import { plainMessage } from './plain-words.ts';

/** The id of the form of the decision at `i` in the call's list. */
export const decisionFormId = (i: number) => `dec-${i}-form`;

/** The id of the notice saying why the pending decisions' forms wait. */
export const WAIT_ID = 'review-wait';

/** A field as a refused form posted it; undefined when there was no refusal (or it was not sent). */
type Kept = (name: string) => string | undefined;
const keptFrom = (fields: FormBody | null): Kept => (name) => (fields ? formField(fields, name) : undefined);

/**
 * One form per pending decision: `POST /calls/{id}/review` with the decision's value control. `waiting`:
 * shown closed (every control disabled, described by the sync notice, `WAIT_ID`) while the call syncs.
 */
export function decisionForm(view: CallView, d: Decision, i: number, opts: { csrf: string | null; refused: RefusedForm | null; title: string; waiting?: boolean }): SafeHtml {
  const { csrf, refused, title, waiting = false } = opts;
  const id = `dec-${i}`;
  const formId = decisionFormId(i);
  const kept = keptFrom(refused?.fields ?? null);
  const mark = invalidMark(refused?.field, `${formId}-error`);
  const confirm = refused?.confirm ?? null;
  // Every form has the same two buttons: each is named with its decision (`title`), so a list of buttons tells them apart.
  const fields = html`${csrfField(csrf)}<input type="hidden" name="decisionId" value="${d.id}"><input type="hidden" name="etag" value="${view.etag}">
${valueControl(d, id, kept, mark, view.insights?.summary ?? '')}
<div class="field"><label for="${id}-note">Note (optional)</label><textarea id="${id}-note" name="note" rows="2" maxlength="2000">${kept('note') ?? ''}</textarea></div>
${confirm ? html`<input type="hidden" name="confirm" value="${confirm}">` : ''}
<div class="actions">
<button type="submit" name="decision" value="approve">${confirm ? `Confirm: set ${stageLabel(confirm)}` : 'Approve'}<span class="visually-hidden">: ${title}</span></button>
<button type="submit" name="decision" value="reject" class="secondary" formnovalidate>Reject<span class="visually-hidden">: ${title}</span></button>
</div>`;
  return html`<form method="post" action="/calls/${encodeURIComponent(view.call.id)}/review" class="decision-form" id="${formId}"${refused ? html` data-refused aria-describedby="${formId}-error"` : ''}${waiting ? html` data-waiting` : ''}>
${refused ? html`<p class="form-error" id="${formId}-error"${confirm ? html` role="alert"` : ''}>${plainMessage(refused.message)}</p>` : ''}
${waiting ? html`<fieldset class="waiting-fields" disabled aria-describedby="${WAIT_ID}">${fields}</fieldset>` : fields}
</form>`;
}

/**
 * The attributes that tie a refused form's faulty field (`field`, its name) to the message saying why (`errorId`):
 * `aria-invalid` and `aria-describedby`, on every control of that name (each radio of a group). app.js focuses it.
 */
export type InvalidMark = (name: string) => SafeHtml | '';
export const invalidMark = (field: string | undefined, errorId: string): InvalidMark => (name) =>
  field === name ? html` aria-invalid="true" aria-describedby="${errorId}"` : '';

/** `summary`: the call's summary now (an unreliable transcript's decision takes the summary in its own form). */
function valueControl(d: Decision, id: string, kept: Kept, mark: InvalidMark, summary: string): SafeHtml {
  const value = kept('value') ?? d.proposed;
  switch (d.kind) {
    case 'deal_stage': {
      const selected = value ?? d.from;
      return html`<div class="field"><label for="${id}-value">Stage to set (change the stage if another fits better)</label>
<select id="${id}-value" name="value"${mark('value')}>${STAGE_KEYS.map((s) => html`<option value="${s}"${s === selected ? html` selected` : ''}>${stageLabel(s)}</option>`)}</select></div>`;
    }
    case 'choose_contact':
    case 'choose_deal': {
      const what = d.kind === 'choose_contact' ? 'contact' : 'deal';
      if (!d.options.length) {
        return html`<div class="field"><label for="${id}-value">${what === 'deal' ? 'Deal id' : 'Contact id'}</label>
<input type="text" id="${id}-value" name="value" value="${value ?? ''}" required autocomplete="off"${mark('value')}></div>`;
      }
      return html`<fieldset class="choices"><legend>Which ${what}?</legend>
${d.options.map((o, j) => {
  const href = safeHref(o.url);
  return html`<div class="choice"><input type="radio" id="${id}-opt-${j}" name="value" value="${o.value}" required${o.value === value ? html` checked` : ''}${mark('value')}><label for="${id}-opt-${j}">${o.label}</label>${href ? html` <a href="${href}" class="record-link">open in the CRM<span class="visually-hidden">: ${o.label}</span></a>` : ''}</div>`;
})}</fieldset>`;
    }
    case 'unknown_contact': {
      const existing = kept('value') !== undefined ? kept('value') === 'existing' : d.proposed !== null && d.proposed !== 'create';
      const contactId = kept('contactId') ?? (d.proposed !== 'create' ? d.proposed : null);
      return html`<fieldset class="choices"><legend>Contact</legend>
<div class="choice"><input type="radio" id="${id}-create" name="value" value="create"${existing ? '' : html` checked`}${mark('value')}><label for="${id}-create">Create the contact</label></div>
<div class="choice"><input type="radio" id="${id}-existing" name="value" value="existing"${existing ? html` checked` : ''}${mark('value')}><label for="${id}-existing">Use an existing contact</label></div>
<div class="field"><label for="${id}-contact">Existing contact id</label><input type="text" id="${id}-contact" name="contactId" value="${existing ? (contactId ?? '') : (kept('contactId') ?? '')}" autocomplete="off"${mark('contactId')}></div>
</fieldset>`;
    }
    case 'rerun_action_item': {
      const proposed = d.item ?? { text: d.proposed ?? '', owner: 'unknown' as const, dueDate: null };
      const item = { text: kept('text') ?? proposed.text, owner: kept('owner') ?? proposed.owner, dueDate: kept('dueDate') ?? proposed.dueDate };
      return html`<fieldset class="item-fields"><legend>The task as it will be written</legend>
<div class="field"><label for="${id}-text">Task</label><input type="text" id="${id}-text" name="text" value="${item.text}" required maxlength="500"${mark('text')}></div>
<div class="field"><label for="${id}-owner">Owner</label><select id="${id}-owner" name="owner"${mark('owner')}>${ownerOptions(item.owner)}</select></div>
<div class="field"><label for="${id}-due">Due date</label><input type="date" id="${id}-due" name="dueDate" value="${item.dueDate ?? ''}"${mark('dueDate')}></div>
</fieldset>`;
    }
    case 'transcript_unreliable':
      // Reject leaves the call unsummarised (formnovalidate): only approving needs the summary.
      return html`<input type="hidden" name="value" value="${d.proposed ?? TRANSCRIPT_CHECKED}">
<div class="field"><label for="${id}-summary">Summary for the CRM's call log (required to approve)</label><textarea id="${id}-summary" name="summary" rows="5" required maxlength="5000"${mark('summary')}>${kept('summary') ?? summary}</textarea></div>`;
    case 'rep_not_in_crm':
      return html`<input type="hidden" name="value" value="${d.proposed ?? OWNER_NOTED}">`;
    case 'crm_hygiene':
      if (d.finding?.type === 'due_date_missing') {
        return html`<div class="field"><label for="${id}-value">Due date</label><input type="date" id="${id}-value" name="value" value="${value ?? ''}" required${mark('value')}></div>`;
      }
      if (d.finding?.type === 'field_contradicted' && d.finding.field === 'closeDate') {
        return html`<div class="field"><label for="${id}-value">New close date</label><input type="date" id="${id}-value" name="value" value="${value ?? ''}" required${mark('value')}></div>`;
      }
      if (d.finding?.type === 'field_contradicted' && d.finding.field === 'amount') {
        const unit = d.finding.currency ? ` in ${d.finding.currency}` : '';
        return html`<div class="field"><label for="${id}-value">New amount${unit} (correct it if the transcript misheard)</label><input type="text" id="${id}-value" name="value" value="${value ?? ''}" required maxlength="20" inputmode="decimal" autocomplete="off"${mark('value')}></div>`;
      }
      if (d.finding?.type === 'field_contradicted' && d.finding.field) {
        return html`<div class="field"><label for="${id}-value">New ${FIELD_LABEL[d.finding.field]} (correct it if the transcript misheard)</label><input type="text" id="${id}-value" name="value" value="${value ?? ''}" required maxlength="200" autocomplete="off"${mark('value')}></div>`;
      }
      return html`<input type="hidden" name="value" value="${d.proposed ?? FINDING_NOTED}">`;
  }
}

export function ownerOptions(selected: string): SafeHtml[] {
  return (['rep', 'customer', 'unknown'] as const).map((o) => html`<option value="${o}"${o === selected ? html` selected` : ''}>${OWNER_LABEL[o]}</option>`);
}
