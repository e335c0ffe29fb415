import type { Role } from '../../config/api-keys.ts';
import { RIGHTS } from '../identity.ts';
import type { EraseAnswer, CrmRemaining } from '../../review/erase-call.ts';
import type { ErasePreview } from '../../review/erase-preview.ts';
import type { CallView } from '../../review/call-view.ts';
import { callTitle } from './call-header.section.ts';
import { timeElement } from './format.ts';
import { csrfField, html, page, type SafeHtml, type UiUser } from './html.ts';

/** Where a call's erasure is confirmed (GET) and done (POST). */
export const erasePath = (id: string) => `/calls/${encodeURIComponent(id)}/erase`;

/**
 * The call page's way to the erasure, for whoever may erase calls (`calls:erase`: managers; a rep never sees it): a link to the page that
 * says what would be deleted and asks to confirm (a link, since it only goes there: the erasure is that page's form).
 */
export function eraseSection(view: CallView, role: Role): SafeHtml {
  if (!RIGHTS[role].includes('calls:erase')) return html``;
  return html`<section class="card" aria-labelledby="erase-h">
<h2 id="erase-h">Erase this call</h2>
<p class="hint" id="erase-hint">For a person’s request to be forgotten: deletes the recording, transcript, insights and review from callscribe. The next page says what stays in the CRM and asks you to confirm.</p>
<p><a class="button" href="${erasePath(view.call.id)}" aria-describedby="erase-hint">Erase this call…</a></p>
</section>`;
}

/** The CRMs by the name a person knows them by. */
const CRM_NAMES: Readonly<Record<string, string>> = { local: 'the local CRM', hubspot: 'HubSpot', salesforce: 'Salesforce', pipedrive: 'Pipedrive' };
const crmName = (adapter: string) => CRM_NAMES[adapter] ?? adapter;

const KIND_LABEL: Record<CrmRemaining['fieldChanges'][number]['record']['kind'], string> = { contact: 'Contact', deal: 'Deal', task: 'Task' };

/** What callscribe wrote to the CRM for the call, each record with its id, as `crmRemaining` lists it. */
function remainingList(remaining: CrmRemaining | null, unreadable = false): SafeHtml {
  if (unreadable) return html`<p role="note">callscribe's record of what it wrote to the CRM for this call could not be read (its crm.json is damaged), so it cannot list it: look in the CRM for this call's log, tasks and changes.</p>`;
  const items = remaining
    ? [
        ...(remaining.callLog ? [html`Call log <code class="code">${remaining.callLog.id}</code>`] : []),
        ...remaining.tasks.map((t) => html`Task “${t.subject}” <code class="code">${t.id}</code>`),
        ...remaining.stageChanges.map((s) => html`Deal stage change ${s.from ?? '—'} → ${s.to}${s.dealId ? html` on deal <code class="code">${s.dealId}</code>` : ''} (${timeElement(s.at)})`),
        ...remaining.fieldChanges.map((f) => html`${KIND_LABEL[f.record.kind]} <code class="code">${f.record.id}</code>: ${f.change} (${timeElement(f.at)})`),
        ...(remaining.contactCreated ? [html`Contact callscribe created <code class="code">${remaining.contactCreated.id}</code>`] : []),
      ]
    : [];
  if (!remaining || !items.length) return html`<p>Nothing was written to the CRM for this call.</p>`;
  return html`<p>callscribe does not delete CRM records. These stay in ${crmName(remaining.adapter)}; delete them there if they must go too:</p>
<ul class="crm-remaining">${items.map((i) => html`<li>${i}</li>`)}</ul>`;
}

export interface EraseConfirmOptions {
  user: UiUser;
  csrf: string | null;
  preview: ErasePreview;
  /** Why an erasure just sent was refused (the call busy…), shown at the top. */
  error?: string | null;
}

/** The page a manager confirms an erasure on: what will be deleted, what stays in the CRM, and the button that erases. */
export function renderEraseConfirmPage({ user, csrf, preview, error }: EraseConfirmOptions): string {
  const { call } = preview;
  const back = `/calls/${encodeURIComponent(call.id)}`;
  const body = html`${error ? html`<div class="flash flash-error" role="alert">${error}</div>` : ''}
<p class="crumbs"><a href="/">Calls</a> › <a href="${back}">${callTitle(call)}</a></p>
<h1>Erase this call?</h1>
<section aria-labelledby="deleted-h">
<h2 id="deleted-h">Deleted from callscribe</h2>
<ul>${preview.deletes.map((d) => html`<li>${d}</li>`)}</ul>
</section>
<section aria-labelledby="stays-h">
<h2 id="stays-h">Stays in the CRM</h2>
${remainingList(preview.crmRemaining, preview.crmUnreadable)}
</section>
<p class="notice" id="erase-warning">This cannot be undone. The same recording sent again later becomes a new call.</p>
<form method="post" action="${erasePath(call.id)}">${csrfField(csrf)}
<div class="actions"><button type="submit" aria-describedby="erase-warning">Erase this call</button> <a href="${back}">Cancel, keep the call</a></div>
</form>`;
  return page({ title: `Erase ${callTitle(call)}?`, body, user, csrf });
}

/** The page after an erasure: that it is done, and what stays in the CRM, with ids. */
export function renderErasedPage({ user, csrf, answer }: { user: UiUser; csrf: string | null; answer: EraseAnswer }): string {
  const body = html`<h1>Call erased</h1>
<p role="status">The call <code class="code">${answer.id}</code> is erased from callscribe: ${answer.erased.objects} stored object(s) and its row in the call list are deleted.</p>
<section aria-labelledby="stays-h">
<h2 id="stays-h">Stays in the CRM</h2>
${remainingList(answer.crmRemaining, answer.crmRecordUnreadable ?? false)}
</section>
<p><a href="/">Back to the calls</a></p>`;
  return page({ title: 'Call erased', body, user, csrf });
}
