import { FIELD_LABEL, type Finding } from '../../domain/hygiene.ts';
import { formatAmount } from '../../domain/money.ts';
import { mayDecide, type Decision, type DecisionKind, type DecisionOption } from '../../domain/review.ts';
import type { CallView } from '../../review/call-view.ts';
import { formatDate, OWNER_LABEL, quoteList, stageLabel, STATUS_LABEL, timeElement, type SpeakerNames } from './format.ts';
import type { RefusedForm } from './call-page.page.ts';
import { formField } from './form-input.ts';
import { html, safeHref, type SafeHtml, type UiUser } from './html.ts';
import { plainMessage, plainWords, unreliableWords } from './plain-words.ts';
import { speakerNames } from './transcript.section.ts';
import { decisionForm, WAIT_ID } from './decision-form.section.ts';
import { stageUndoPart } from './stage-undo.section.ts';

export const KIND_LABEL: Record<DecisionKind, string> = {
  deal_stage: 'Change the deal stage',
  choose_contact: 'Choose the contact',
  unknown_contact: 'No matching contact',
  choose_deal: 'Choose the deal',
  rerun_action_item: 'New action item',
  transcript_unreliable: 'Unreliable transcript',
  rep_not_in_crm: 'Rep not in the CRM',
  crm_hygiene: 'CRM hygiene',
};


/** The id of the decision at `i` (its card, which a link may focus). */
const decisionId = (i: number) => `decision-${i}`;


/**
 * Each decision: what is proposed and why, the quotes, its state, and a form while it is pending. A
 * refused decision's form (`refused`) is filled in as posted and says why; app.js focuses it. `notice`: what
 * a decision just posted did, under the heading, with a link on to the next decision the reader may make.
 *
 * While the call syncs (after a decision or correction), the forms the reader may use once it has
 * finished stay on the page, closed: sync rewrites crm.json as it goes, so a decision stored meanwhile
 * would be lost, and the server refuses it (`CALL_BUSY`). The notice says so, links a reload, and app.js
 * reloads the page when the call has settled.
 */
export function decisionsSection(view: CallView, csrf: string | null, refused: RefusedForm | null, role: UiUser['role'], notice: SafeHtml | null = null): SafeHtml {
  const decisions = view.review;
  const pending = decisions.filter((d) => d.state === 'pending').length;
  const waiting = new Set(view.call.status === 'syncing' ? decisions.filter((d) => d.state === 'pending' && mayDecide(role, d)).map((d) => d.id) : []);
  const names = speakerNames(view);
  const next = notice ? decisions.findIndex((d) => d.state === 'pending' && view.can.decide.includes(d.id) && !waiting.has(d.id)) : -1;
  return html`<section class="card" aria-labelledby="review-h">
<h2 id="review-h">Review${pending ? html` <span class="badge">${pending}<span class="visually-hidden"> pending</span></span>` : ''}</h2>
${notice}${next >= 0 ? html`<p class="next-decision"><a href="#${decisionId(next)}">Go to the next pending decision</a></p>` : ''}
${!decisions.length
    ? html`<p class="hint">Nothing here needs a decision.</p>`
    : html`${pending && view.can.decide.length < pending ? (waiting.size ? syncNotice(view, waiting.size < pending) : html`<p class="hint">${waitHint(view)}</p>`) : ''}
<ol class="decisions">${decisions.map((d, i) => html`<li>${decisionCard(view, d, i, csrf, names, refused && formField(refused.fields, 'decisionId') === d.id ? refused : null, waiting.has(d.id))}</li>`)}</ol>`}
</section>`;
}

/**
 * While the CRM is updated: the decisions still pending wait for it (`othersManagers`: some of them are a
 * manager's); app.js watches the call (`data-settle`) and reloads the page once it has settled.
 */
function syncNotice(view: CallView, othersManagers: boolean): SafeHtml {
  const id = encodeURIComponent(view.call.id);
  return html`<p class="hint wait-notice" id="${WAIT_ID}" role="status" data-settle="/v1/calls/${id}" data-etag="${view.etag}"><span class="wait-text">The CRM is being updated with this call's latest changes. The decisions still pending can be decided once it finishes (usually within seconds): a decision made during the update would be overwritten by it. This page reloads itself then.${othersManagers ? ' A manager decides some of them (moving a deal, naming or creating a CRM record).' : ''}</span> <a href="/calls/${id}">Reload the page</a></p>`;
}

/** Why pending decisions have no form: the call is being processed (decisions wait for it), else the reader's rights. */
function waitHint(view: CallView): string {
  const status = view.call.status;
  if (status === 'failed') return 'These can be decided once the call has been processed again.';
  if (status !== 'done' && status !== 'needs_review') {
    return `The call is being processed (status: ${STATUS_LABEL[status]}); these can be decided when it finishes. Reload the page in a moment.`;
  }
  return view.can.decide.length ? 'A manager decides the others (moving a deal, naming or creating a CRM record).' : 'A manager decides these.';
}

/**
 * `waiting`: the reader may decide it once the call's sync has finished; its form is shown closed until then,
 * as typed when it was the form refused (app.js keeps that for the form that opens).
 */
function decisionCard(view: CallView, d: Decision, i: number, csrf: string | null, names: SpeakerNames, refused: RefusedForm | null, waiting: boolean): SafeHtml {
  const formable = d.state === 'pending' && view.can.decide.includes(d.id);
  const form = formable || waiting;
  return html`<article class="decision decision-${d.state}" id="${decisionId(i)}" tabindex="-1" aria-labelledby="dec-${i}-h">
<h3 id="dec-${i}-h">${decisionTitle(view, d)} ${stateChip(d)}</h3>
<p class="proposal">${proposal(d)}</p>
${d.reason && (d.state === 'pending' || d.decidedBy?.startsWith('policy:')) ? html`<p class="reason">${reasonText(view, d)}</p>` : ''}
${quoteList(d.evidence, names)}
${(!form || d.kind === 'crm_hygiene') && d.options.length && d.kind !== 'deal_stage' ? optionList(d.options, d.kind === 'crm_hygiene' ? null : (d.value ?? d.proposed)) : ''}
${d.state === 'pending' ? '' : outcome(d)}
${d.state === 'approved' ? stageUndoPart(view, d, i, csrf) : ''}
${form ? decisionForm(view, d, i, { csrf, refused, title: decisionTitle(view, d), waiting: waiting && !formable }) : ''}
</article>`;
}

/** Why a decision was raised, in the page's words (its code kept for operators); an unreliable transcript's from its figures. */
function reasonText(view: CallView, d: Decision): SafeHtml {
  const quality = view.transcript?.quality;
  if (d.kind === 'transcript_unreliable' && quality && !quality.reliable && quality.lowConfidenceShare !== null) {
    return plainMessage(`TRANSCRIPT_UNRELIABLE: ${unreliableWords(quality)}`);
  }
  return plainMessage(d.reason);
}

/**
 * A decision's name: its kind, a finding's type, and for what is about one action item (a new one, one with no
 * due date) that item, so two of a kind on a page are told apart, in headings and in the buttons' names.
 */
function decisionTitle(view: CallView, d: Decision): string {
  const base = d.finding ? `${KIND_LABEL[d.kind]}: ${FINDING_TITLE[d.finding.type]}` : KIND_LABEL[d.kind];
  const task = d.finding?.type === 'due_date_missing' ? view.crm?.tasks.find((t) => t.id === d.finding?.record?.id)?.subject : undefined;
  const item = task ?? (d.kind === 'rerun_action_item' ? (d.item?.text ?? d.proposed) : null);
  return item ? `${base} for “${item}”` : base;
}

function stateChip(d: Decision): SafeHtml {
  return html`<span class="chip chip-decision-${d.state}">${d.state === 'pending' ? 'Pending' : d.state === 'approved' ? 'Approved' : 'Rejected'}</span>`;
}

function optionLabel(d: Decision, value: string | null): string | null {
  if (value === null) return null;
  return d.options.find((o) => o.value === value)?.label ?? value;
}

function proposal(d: Decision): SafeHtml {
  switch (d.kind) {
    case 'deal_stage':
      return stageProposal(d);
    case 'choose_contact':
    case 'choose_deal': {
      const what = d.kind === 'choose_contact' ? 'contact' : 'deal';
      const label = optionLabel(d, d.proposed);
      if (label) return html`Proposed ${what}: <strong>${label}</strong>.`;
      return d.options.length ? html`No single ${what} stands out: choose one of ${d.options.length}.` : html`No open ${what} was found: give its id.`;
    }
    case 'unknown_contact':
      return d.proposed === 'create' || d.proposed === null
        ? html`No contact matches the customer. Proposed: <strong>create the contact</strong>.`
        : html`No contact matches the customer. Proposed contact: <strong>${d.proposed}</strong>.`;
    case 'rerun_action_item': {
      const item = d.item ?? { text: d.proposed ?? '', owner: 'unknown' as const, dueDate: null };
      return html`Add the task <strong>${item.text}</strong> (owner: ${OWNER_LABEL[item.owner]}, due: ${item.dueDate ? formatDate(item.dueDate) : 'no date'}).`;
    }
    case 'transcript_unreliable':
      return d.state === 'pending'
        ? html`Nothing was summarised from this call. Listen to it, write what it said in the summary below, and approve: the summary goes into the call log in the CRM. Reject to leave the call log saying the call was not summarised.`
        : html`Nothing was summarised from this call by callscribe; a person listened to it.`;
    case 'crm_hygiene':
      return findingProposal(d.finding, d.proposed, d.options.some((o) => safeHref(o.url)));
    case 'rep_not_in_crm':
      return html`The call log and tasks are owned by the CRM's integration user, not the rep. Add the rep as a CRM user with their e-mail (or correct the rep's e-mail) so later calls are theirs, reassign these records in the CRM if they should be, and approve once noted.`;
  }
}

/**
 * A stage decision in words. Pending: the move proposed, its starting stage said to be the deal's when the call
 * was processed (the CRM's may have changed since; a move to the stage the deal is at changes nothing). Decided:
 * what was set, plainly, with the proposal beside it when another stage was chosen.
 */
function stageProposal(d: Decision): SafeHtml {
  const to = d.proposed;
  if (d.state === 'approved') {
    const set = d.value ?? to;
    return set === to
      ? html`The deal's stage was set to <strong>${stageLabel(set)}</strong>, as proposed.`
      : html`The deal's stage was set to <strong>${stageLabel(set)}</strong>; callscribe had proposed ${stageLabel(to)}.`;
  }
  if (d.state === 'rejected') return html`Proposed moving the deal to ${stageLabel(to)}; the stage was left as it was.`;
  if (!d.from) return html`Move the deal to <strong>${stageLabel(to)}</strong>.`;
  if (d.from === to) return html`The deal is already at <strong>${stageLabel(to)}</strong>: approving changes nothing in the CRM.`;
  return html`Move the deal to <strong>${stageLabel(to)}</strong>. When the call was processed it was at <strong>${stageLabel(d.from)}</strong>; if the CRM has it at ${stageLabel(to)} already, approving changes nothing.`;
}

function optionList(options: readonly DecisionOption[], chosen: string | null): SafeHtml {
  return html`<ul class="options" aria-label="Options">${options.map((o) => html`<li>${optionText(o)}${o.value === chosen ? html` <span class="hint">(chosen)</span>` : ''}</li>`)}</ul>`;
}

function optionText(o: DecisionOption): SafeHtml {
  const href = safeHref(o.url);
  return href ? html`<a href="${href}">${o.label}</a>` : html`${o.label}`;
}

function outcome(d: Decision): SafeHtml {
  const who = d.decidedBy ?? 'someone';
  const verb = d.state === 'approved' ? 'Approved' : 'Rejected';
  let chosen: SafeHtml | string = '';
  if (d.state === 'approved') {
    if (d.kind === 'rerun_action_item' && d.approvedItem) {
      const it = d.approvedItem;
      chosen = html` as <strong>${it.text}</strong> (owner: ${OWNER_LABEL[it.owner]}, due: ${it.dueDate ? formatDate(it.dueDate) : 'no date'})`;
    } else if (d.value !== null && d.value !== d.proposed) {
      // "instead" only of something proposed: a value given where nothing was (a due date, an id) is just what was set.
      chosen = d.proposed === null ? html` with <strong>${chosenLabel(d, d.value)}</strong>` : html` with <strong>${chosenLabel(d, d.value)}</strong> instead`;
    }
  }
  const applied = d.state !== 'approved'
    ? ''
    : d.applied
      ? html`<p class="applied">Written to the CRM ${timeElement(d.applied.at)}: ${plainWords(d.applied.result).text}</p>`
      : html`<p class="applied hint">Waiting to be written to the CRM.</p>`;
  return html`<p class="decided">${verb} by <strong>${who}</strong>${d.decidedAt ? html` on ${timeElement(d.decidedAt)}` : ''}${chosen}.</p>
${d.note ? html`<p class="note">Note: ${d.note}</p>` : ''}
${applied}`;
}

/** How an approved value reads: a stage's name, an option's label, an amount with its currency, a date. */
export function chosenLabel(d: Decision, value: string): string {
  if (d.kind === 'deal_stage') return stageLabel(value);
  if (d.finding?.field === 'amount') return formatAmount(Number(value), d.finding.currency);
  if (d.finding?.field === 'closeDate') return formatDate(value);
  return optionLabel(d, value) ?? value;
}

const FINDING_TITLE: Record<Finding['type'], string> = {
  duplicate_contacts: 'duplicate contacts',
  duplicate_deals: 'several open deals',
  field_contradicted: 'a field the call contradicts',
  due_date_missing: 'no due date',
  deal_stale: 'stale deal',
};

/** `linked`: the records listed below link to the CRM (an adapter with no web pages lists them unlinked). */
function findingProposal(f: Finding | undefined, proposed: string | null, linked: boolean): SafeHtml {
  const below = linked ? 'each is linked below' : 'each is listed below';
  switch (f?.type) {
    case 'duplicate_contacts':
      return html`Merge the duplicate contacts in the CRM (${below}), then approve once noted. callscribe does not merge records.`;
    case 'duplicate_deals':
      return html`Close or merge the extra open deals in the CRM (${below}), then approve once noted.`;
    case 'field_contradicted':
      if (f.field === 'amount') {
        const money = (v: string | null) => (v === null || v === '' ? null : formatAmount(Number(v), f.currency));
        return html`The call says the deal is <strong>${money(proposed ?? f.callValue) ?? ''}</strong>; the CRM has <strong>${money(f.crmValue) ?? 'no amount'}</strong>. Approving writes the call's amount to the deal.`;
      }
      if (f.field === 'closeDate') {
        return html`The call says the deal closes by <strong>${formatDate(proposed ?? f.callValue)}</strong>; the CRM has <strong>${f.crmValue ? formatDate(f.crmValue) : 'no close date'}</strong>. Approving writes the call's date to the deal.`;
      }
      return html`Change the contact's ${FIELD_LABEL[f.field ?? 'email']} from <strong>${f.crmValue ?? '(empty)'}</strong> to <strong>${proposed ?? f.callValue ?? ''}</strong>. Approving writes it to the CRM.`;
    case 'due_date_missing':
      return html`Give this action item a due date; approving puts it on the task in the CRM.`;
    case 'deal_stale':
      return html`Update the deal in the CRM (stage, close date or next step) or close it, then approve once noted.`;
    default:
      return html`Approve once noted.`;
  }
}
