import { DEFAULT_TYPING_SEQUENCES, TIMED_ITEMS } from '../../domain/typing-times.ts';
import type { Figures, TimeSavedReport } from '../../review/time-saved-report.ts';
import { barChartSvg } from './bar-chart.svg.ts';
import { html, page, type SafeHtml, type UiUser } from './html.ts';
import { formatMinutes } from './time-saved.section.ts';

/** The report page's form values, as typed (shown back even when they did not parse). */
export interface TimeSavedFilters {
  from?: string;
  to?: string;
  rep?: string;
}

export interface TimeSavedPageOptions {
  user: UiUser;
  csrf: string | null;
  filters: TimeSavedFilters;
  /** Null when the filters were refused (`error` says why). */
  report: TimeSavedReport | null;
  error?: string | null;
}

/** What to change, for each filter the report's query refused (`from`, `to`, `rep`), in a person's words, with the code for operators. */
export function reportQueryProblem(fields: readonly string[]): string {
  const words: Record<string, string> = {
    from: 'Give the start date as a date (YYYY-MM-DD).',
    to: 'Give the end date as a date (YYYY-MM-DD).',
    rep: 'Give the rep as their e-mail address (for example priya@example.com): the report finds a rep by e-mail, not by name.',
  };
  const said = fields.map((f) => words[f]).filter((w): w is string => Boolean(w));
  return `${said.length ? said.join(' ') : 'Check the dates and the rep’s e-mail address.'} (QUERY_INVALID)`;
}

/** Where the report page lives. */
export const TIME_SAVED_PAGE = '/reports/time-saved';

const repName = (rep: { email: string | null; name: string | null }) => rep.name ?? rep.email ?? 'No rep on the call';
const weekLabel = (monday: string) => new Date(`${monday}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
/** A tenth of a minute, negative with a minus sign (U+2212) as the rest of the page writes it. */
const one = (n: number) => `${n < 0 ? '−' : ''}${Math.abs(n).toFixed(1)}`;

/** Manual entry saved per rep and week: the filter form, two charts (per week, per rep), the tables and how it is counted. */
export function renderTimeSavedPage({ user, csrf, filters, report, error }: TimeSavedPageOptions): string {
  const body = html`<div class="page-head">
<h1>Manual entry saved</h1>
<p><a href="/">Back to the calls</a></p>
</div>
<p class="hint">What callscribe wrote to the CRM (call logs, their fields and words, links, tasks with owners and due dates, stage changes), priced as typing by hand, less the time people spent reviewing and correcting it.</p>
${error ? html`<p class="notice" role="alert">${error}</p>` : ''}
${filterForm(filters)}
${report ? reportBody(report) : ''}`;
  return page({ title: 'Manual entry saved', body, user, csrf });
}

function filterForm(f: TimeSavedFilters): SafeHtml {
  return html`<form method="get" action="${TIME_SAVED_PAGE}" class="filters" aria-label="Report range and rep">
<div class="field"><label for="r-from">From</label><input type="date" id="r-from" name="from" value="${f.from ?? ''}"></div>
<div class="field"><label for="r-to">To</label><input type="date" id="r-to" name="to" value="${f.to ?? ''}"></div>
<div class="field"><label for="r-rep">Rep e-mail</label><input type="email" id="r-rep" name="rep" value="${f.rep ?? ''}"></div>
<div class="field"><button type="submit">Show</button></div>
</form>`;
}

function reportBody(report: TimeSavedReport): SafeHtml {
  const t = report.totals;
  if (!report.rows.length) {
    return html`<p class="empty">No calls were logged to the CRM from ${report.from} to ${report.to}.</p>`;
  }
  return html`<section class="card" aria-labelledby="ts-total-h">
<h2 id="ts-total-h">${report.from} to ${report.to}</h2>
<p class="saved-net"><strong>${formatMinutes(t.netMinutesSaved)}</strong> saved over ${t.callsLogged} ${t.callsLogged === 1 ? 'call' : 'calls'} logged: ${t.itemsWritten} items written (${formatMinutes(t.minutesWritten)} by hand), ${t.corrections} corrections and ${t.reviews} approvals (${formatMinutes(t.minutesCorrecting)}).</p>
</section>
<section class="card" aria-labelledby="ts-week-h">
<h2 id="ts-week-h">Net minutes saved per week</h2>
${barChartSvg({
    id: 'chart-weeks', layout: 'columns', format: one,
    title: 'Net minutes saved per week',
    description: `One bar per week (starting Monday) from ${report.from} to ${report.to}; the figures are in the table below.`,
    bars: report.weeks.map((w) => ({ label: weekLabel(w.weekStart), value: w.netMinutesSaved })),
  })}
</section>
<section class="card" aria-labelledby="ts-rep-h">
<h2 id="ts-rep-h">Net minutes saved per rep</h2>
${barChartSvg({
    id: 'chart-reps', layout: 'rows', format: one,
    title: 'Net minutes saved per rep',
    description: `One bar per rep over ${report.from} to ${report.to}, most saved first; the figures are in the table below.`,
    bars: report.reps.map((r) => ({ label: repName(r.rep), value: r.netMinutesSaved })),
  })}
${figuresTable('ts-reps', 'Per rep, over the whole range', ['Rep'], report.reps.map((r) => ({ cells: [repName(r.rep)], figures: r })))}
</section>
<section class="card" aria-labelledby="ts-rows-h">
<h2 id="ts-rows-h">Per rep and week</h2>
${figuresTable('ts-rows', 'Per rep and week (weeks start on Monday, UTC)', ['Week of', 'Rep'], report.rows.map((r) => ({ cells: [r.weekStart, repName(r.rep)], figures: r })))}
</section>
${howCounted(report)}`;
}

function figuresTable(id: string, caption: string, heads: string[], rows: { cells: string[]; figures: Figures }[]): SafeHtml {
  return html`<div class="table-wrap" role="region" aria-labelledby="${id}-caption" tabindex="0"><table class="figures">
<caption id="${id}-caption">${caption}</caption>
<thead><tr>${heads.map((h) => html`<th scope="col">${h}</th>`)}<th scope="col">Calls logged</th><th scope="col">Items written</th><th scope="col">Corrections</th><th scope="col">Minutes written</th><th scope="col">Minutes correcting</th><th scope="col">Net minutes saved</th></tr></thead>
<tbody>${rows.map(({ cells, figures: f }) => html`<tr>${cells.map((c, i) => (i === cells.length - 1 ? html`<th scope="row">${c}</th>` : html`<td>${c}</td>`))}<td class="num">${f.callsLogged}</td><td class="num">${f.itemsWritten}</td><td class="num">${f.corrections}</td><td class="num">${one(f.minutesWritten)}</td><td class="num">${one(f.minutesCorrecting)}</td><td class="num">${one(f.netMinutesSaved)}</td></tr>`)}</tbody>
</table></div>`;
}

function howCounted(report: TimeSavedReport): SafeHtml {
  return html`<section class="card" aria-labelledby="ts-how-h">
<h2 id="ts-how-h">How it is counted</h2>
<p>Each item is priced at the seconds a person takes to do it by hand in a CRM form, estimated with the keystroke-level model (Card, Moran &amp; Newell, 1980: K 0.28 s a keystroke at 40 wpm, P 1.1 s to point, B 0.1 s a button, H 0.4 s to move a hand to the mouse or keyboard, M 1.35 s to think). An operator may set other figures (TYPING_TIMES).</p>
<div class="table-wrap" role="region" aria-labelledby="ts-how-caption" tabindex="0"><table class="figures">
<caption id="ts-how-caption">Seconds per item</caption>
<thead><tr><th scope="col">Item</th><th scope="col">What a person would do</th><th scope="col">KLM operators</th><th scope="col">Seconds used</th></tr></thead>
<tbody>${TIMED_ITEMS.map((k) => html`<tr><th scope="row"><code class="code">${k}</code></th><td>${DEFAULT_TYPING_SEQUENCES[k].what}</td><td><code class="code">${DEFAULT_TYPING_SEQUENCES[k].klm}</code></td><td class="num">${report.typingTimes[k]}</td></tr>`)}</tbody>
</table></div>
</section>`;
}
