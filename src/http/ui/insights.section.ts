import type { Insights } from '../../domain/insights.ts';
import type { CallView } from '../../review/call-view.ts';
import { formatDate, OWNER_LABEL, quoteList, stageLabel, type SpeakerNames } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { plainMessage, plainWords } from './plain-words.ts';
import { speakerNames } from './transcript.section.ts';

/** Summary, key points, action items and the deal-stage proposal, each item with its quotes. */
export function insightsSection(view: CallView): SafeHtml {
  const ins = view.insights;
  if (!ins) {
    return html`<section class="card" aria-labelledby="insights-h"><h2 id="insights-h">Summary</h2>
<p class="hint">${view.call.status === 'failed' ? 'No summary: processing stopped before it.' : 'The summary, action items and stage proposal appear here once the call is processed.'}</p></section>`;
  }
  const names = speakerNames(view);
  return html`<section class="card" aria-labelledby="insights-h">
<h2 id="insights-h">Summary</h2>
<p class="summary-text">${ins.summary || html`<span class="hint">No summary.</span>`}</p>
${ins.keyPoints.length ? html`<h3>Key points</h3><ul class="key-points">${ins.keyPoints.map((k) => html`<li>${plainWords(k).text}</li>`)}</ul>` : ''}
</section>
<section class="card" aria-labelledby="items-h">
<h2 id="items-h">Action items</h2>
${ins.actionItems.length
    ? html`<ol class="action-items">${ins.actionItems.map((a) => html`<li>
<p class="item-text">${a.text}</p>
<p class="item-meta"><span>Owner: <strong>${OWNER_LABEL[a.owner]}</strong></span> <span>Due: <strong>${a.dueDate ? html`<time datetime="${a.dueDate}">${formatDate(a.dueDate)}</time>` : 'no date'}</strong></span></p>
${quoteList(a.evidence, names)}
</li>`)}</ol>`
    : html`<p class="hint">No action items were found in this call.</p>`}
</section>
${dealStage(ins, names)}
${notes(ins)}`;
}

function dealStage(ins: Insights, names: SpeakerNames): SafeHtml {
  const d = ins.dealStage;
  const confidence = `${Math.round(d.confidence * 100)}%`;
  return html`<section class="card" aria-labelledby="stage-h">
<h2 id="stage-h">Deal stage</h2>
${d.proposed
    ? html`<p class="stage-move"><span class="stage">${stageLabel(d.current)}</span> <span aria-hidden="true">→</span><span class="visually-hidden"> to </span> <strong class="stage">${stageLabel(d.proposed)}</strong></p>
<p>Confidence: <strong>${confidence}</strong></p>`
    : html`<p>No stage change proposed${d.current ? html` (now <span class="stage">${stageLabel(d.current)}</span>)` : ''}.</p>`}
${d.rationale ? html`<p class="rationale">${plainWords(d.rationale).text}</p>` : ''}
${quoteList(d.evidence, names)}
</section>`;
}

function notes(ins: Insights): SafeHtml {
  const parts: SafeHtml[] = [];
  if (ins.followUpEmail) {
    parts.push(html`<details class="follow-up"><summary>Suggested follow-up e-mail</summary>
<p><strong>Subject:</strong> ${ins.followUpEmail.subject}</p>
<pre class="email-body">${ins.followUpEmail.body}</pre></details>`);
  }
  if (ins.redactions.length) {
    parts.push(html`<p class="hint">Redacted before leaving callscribe: ${ins.redactions.map((r, i) => html`${i ? ', ' : ''}${r.count} × ${r.kind.replace(/_/g, ' ')}`)}.</p>`);
  }
  if (ins.warnings.length) {
    parts.push(html`<details class="warnings"><summary>${ins.warnings.length} extraction ${ins.warnings.length === 1 ? 'warning' : 'warnings'}</summary><ul>${ins.warnings.map((w) => html`<li>${plainMessage(w)}</li>`)}</ul></details>`);
  }
  const engine = `${ins.engine}${ins.model ? ` (${ins.model})` : ''}${ins.promptVersion ? `, prompt ${ins.promptVersion}` : ''}`;
  parts.push(html`<p class="hint">Extracted by ${engine}.</p>`);
  return html`<div class="insight-notes">${parts}</div>`;
}
