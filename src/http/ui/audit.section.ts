import type { AuditEntry } from '../../domain/review.ts';
import type { CallView, CrmLink } from '../../review/call-view.ts';
import { shorten, timeElement } from './format.ts';
import { html, safeHref, type SafeHtml } from './html.ts';

const LINK_KIND: Record<CrmLink['kind'], string> = { contact: 'Contact', deal: 'Deal', call_log: 'Call log', task: 'Task' };

/** Every record callscribe wrote in the CRM, linked when the CRM has a page for it. */
export function crmLinksSection(view: CallView): SafeHtml {
  const crm = view.crm;
  return html`<section class="card" aria-labelledby="crm-h">
<h2 id="crm-h">In the CRM${crm ? html` <span class="hint">(${crm.adapter})</span>` : ''}</h2>
${view.links.length
    ? html`<ul class="crm-links">${view.links.map((l) => {
        const href = safeHref(l.url);
        return html`<li><span class="link-kind">${LINK_KIND[l.kind]}</span> ${href ? html`<a href="${href}">${l.label}</a>` : html`<span>${l.label}</span> <span class="hint">(${l.id})</span>`}</li>`;
      })}</ul>`
    : html`<p class="hint">Nothing has been written to the CRM for this call yet.</p>`}
${crm?.syncedAt ? html`<p class="hint">Last synced ${timeElement(crm.syncedAt)}.</p>` : ''}
</section>`;
}

const ACTION: Record<AuditEntry['action'], string> = { approve: 'Approved', reject: 'Rejected', apply: 'Wrote to the CRM', correct: 'Corrected', retry: 'Retried' };

/** The review's append-only history, oldest first. */
export function auditSection(view: CallView): SafeHtml {
  const audit = view.audit;
  return html`<section class="card" aria-labelledby="audit-h">
<h2 id="audit-h">History</h2>
${audit.length
    ? html`<div class="table-wrap" role="region" aria-labelledby="audit-h" tabindex="0"><table class="audit">
<caption class="visually-hidden">Who changed what on this call</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Before → after</th><th scope="col">Note</th></tr></thead>
<tbody>${audit.map((e) => html`<tr>
<td>${timeElement(e.at)}</td>
<td>${e.by}</td>
<td>${ACTION[e.action] ?? e.action} <code class="code">${e.target}</code></td>
<td>${change(e)}</td>
<td>${e.note ?? ''}</td>
</tr>`)}</tbody>
</table></div>`
    : html`<p class="hint">No one has changed anything on this call yet.</p>`}
</section>`;
}

function change(e: AuditEntry): SafeHtml {
  const before = describe(e.before);
  const after = describe(e.after);
  if (before === null && after === null) return html``;
  return html`<span class="before">${before ?? '—'}</span> <span aria-hidden="true">→</span><span class="visually-hidden"> became </span> <span class="after">${after ?? '—'}</span>`;
}

function describe(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return shorten(v, 200);
  return shorten(JSON.stringify(v), 200);
}
