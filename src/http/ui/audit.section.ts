import type { CallStatus } from '../../domain/call.ts';
import type { AuditEntry, Decision } from '../../domain/review.ts';
import type { CallView, CrmLink } from '../../review/call-view.ts';
import { chosenLabel, KIND_LABEL } from './decisions.section.ts';
import { formatDate, OWNER_LABEL, shorten, STATUS_LABEL, timeElement } from './format.ts';
import { html, safeHref, type SafeHtml } from './html.ts';
import { plainMessage, plainWords } from './plain-words.ts';

const LINK_KIND: Record<CrmLink['kind'], string> = { contact: 'Contact', deal: 'Deal', call_log: 'Call log', task: 'Task' };

/** Every record callscribe wrote in the CRM, linked when the CRM has a page for it. */
export function crmLinksSection(view: CallView): SafeHtml {
  const crm = view.crm;
  return html`<section class="card" aria-labelledby="crm-h">
<h2 id="crm-h">In the CRM${crm ? html` <span class="hint">(${crm.adapter})</span>` : ''}</h2>
${view.links.length
    ? html`<ul class="crm-links">${view.links.map((l) => {
        const href = safeHref(l.url);
        return html`<li><span class="link-kind">${LINK_KIND[l.kind]}</span> ${href ? html`<a href="${href}">${l.label}</a>` : html`<span>${l.label}</span>${l.label === l.id ? '' : html` <span class="hint">(${l.id})</span>`}`}</li>`;
      })}</ul>`
    : html`<p class="hint">Nothing has been written to the CRM for this call yet.</p>`}
${crm?.syncedAt ? html`<p class="hint">Last synced ${timeElement(crm.syncedAt)}.</p>` : ''}
</section>`;
}

const ACTION: Record<AuditEntry['action'], string> = { approve: 'Approved', reject: 'Rejected', apply: 'Wrote to the CRM', correct: 'Corrected', retry: 'Retried', undo: 'Asked to undo' };

/** The review's append-only history, oldest first. */
export function auditSection(view: CallView): SafeHtml {
  const audit = view.audit;
  return html`<section class="card" aria-labelledby="audit-h">
<h2 id="audit-h">History</h2>
${audit.length
    ? html`<div class="table-wrap" role="region" aria-labelledby="audit-caption" tabindex="0"><table class="audit">
<caption class="visually-hidden" id="audit-caption">Who changed what on this call</caption>
<thead><tr><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">Before → after</th><th scope="col">Note</th></tr></thead>
<tbody>${audit.map((e) => html`<tr>
<td>${timeElement(e.at)}</td>
<td>${e.by}</td>
<td>${ACTION[e.action] ?? e.action} ${targetLabel(e, view)}</td>
<td>${change(e, view)}</td>
<td>${e.note === null ? '' : byCallscribe(e) ? plainMessage(e.note) : e.note}</td>
</tr>`)}</tbody>
</table></div>`
    : html`<p class="hint">No one has changed anything on this call yet.</p>`}
</section>`;
}

/** What an entry changed, as the page names it elsewhere: a decision by its title, a corrected field, a step. */
function targetLabel(e: AuditEntry, view: CallView): SafeHtml {
  const d = view.review.find((x) => x.id === e.target);
  if (d) return html`<span class="target">${KIND_LABEL[d.kind].toLowerCase()}</span>`;
  const item = /^insights\.actionItems\[(\d+)\]$/.exec(e.target);
  const field = item ? `action item ${Number(item[1]) + 1}` : FIELD_TARGET[e.target] ?? (e.target.startsWith('step:') ? `from the ${e.target.slice(5)} step` : null);
  return field ? html`<span class="target">${field}</span>` : html`<code class="code">${e.target}</code>`;
}

const FIELD_TARGET: Record<string, string> = { 'insights.summary': 'the summary', 'insights.keyPoints': 'the key points' };

/** Entries callscribe wrote itself (sync, the automatic stage setting): their words are made for the log. */
const byCallscribe = (e: AuditEntry) => e.by === 'sync' || e.by.startsWith('policy:');

function change(e: AuditEntry, view: CallView): SafeHtml {
  const d = view.review.find((x) => x.id === e.target);
  // An approval records what was proposed before it (an automatic one, only that it was pending).
  const proposed = e.action === 'approve' && e.before === 'pending' ? (d?.item ?? d?.proposed ?? null) : e.before;
  const before = describe(proposed, d, e.action === 'retry' ? 'code' : 'value');
  const after = describe(e.after, d, e.action === 'retry' ? 'status' : e.action === 'apply' ? 'text' : 'value');
  if (before === null && after === null) return html``;
  // Approved as proposed: one value, not a value that "became" itself.
  if (e.action === 'approve' && before === after) return html`<span class="after">${after}</span> <span class="hint">(as proposed)</span>`;
  return html`<span class="before">${before ?? '—'}</span> <span aria-hidden="true">→</span><span class="visually-hidden"> became </span> <span class="after">${after ?? '—'}</span>`;
}

/**
 * A recorded value in the page's words: an action item as its text, owner and due date; a decision's value
 * as its decision shows it (a stage's name, an option's label, an amount, a date); a retry's status by its label.
 */
function describe(v: unknown, d: Decision | undefined, as: 'value' | 'code' | 'status' | 'text'): string | null {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') {
    if (as === 'status') return STATUS_LABEL[v as CallStatus] ?? v;
    if (as === 'value' && d && v !== 'pending') return shorten(chosenLabel(d, v), 200);
    // What sync wrote, as its log says it: stage keys by their names, codes left to the log.
    if (as === 'text') return shorten(plainWords(v).text, 200);
    return shorten(v, 200);
  }
  if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return shorten(v.join('; '), 200);
  if (isItem(v)) {
    const owner = v.owner && v.owner in OWNER_LABEL ? OWNER_LABEL[v.owner as keyof typeof OWNER_LABEL] : null;
    const due = v.dueDate === undefined ? null : `due: ${v.dueDate ? formatDate(v.dueDate) : 'no date'}`;
    const facts = [owner && `owner: ${owner}`, due].filter(Boolean).join(', ');
    return `${shorten(v.text, 200)}${facts ? ` (${facts})` : ''}`;
  }
  return shorten(JSON.stringify(v), 200);
}

function isItem(v: unknown): v is { text: string; owner?: string; dueDate?: string | null } {
  return typeof v === 'object' && v !== null && typeof (v as { text?: unknown }).text === 'string';
}
