import type { TimeSaved, WorkCounts } from '../../domain/time-saved.ts';
import { DEFAULT_TYPING_SEQUENCES, type TimedItem, type TypingTimes, WRITTEN_ITEMS, CORRECTION_ITEMS } from '../../domain/typing-times.ts';
import { html, type SafeHtml } from './html.ts';

/** A call's manual entry saved, as the call page shows it: the counts, the seconds they were priced at, the minutes. */
export interface CallTimeSaved {
  work: WorkCounts;
  figures: TimeSaved;
  times: TypingTimes;
}

const LABEL: Record<TimedItem, string> = {
  callLog: 'Call log',
  callLogField: 'Call log fields',
  word: 'Words typed',
  association: 'Links to contact and deal',
  task: 'Tasks',
  taskOwner: 'Task owners',
  taskDueDate: 'Task due dates',
  stageChange: 'Deal stage changes',
  fieldFixed: 'Record fields fixed',
  edit: 'Corrections',
  editedWord: 'Words typed in corrections',
  rejection: 'Rejections',
  review: 'Approvals as proposed',
};

/** Minutes with one decimal and a sign only when negative: `12.5 min`, `−1.2 min`. */
export function formatMinutes(m: number): string {
  return `${m < 0 ? '−' : ''}${Math.abs(m).toFixed(1)} min`;
}

/** "Manual entry saved" on the call page: net minutes, then the items behind them (a `<details>`, closed). */
export function timeSavedSection(saved: CallTimeSaved | null | undefined): SafeHtml {
  if (!saved) return html``;
  const { work, figures, times } = saved;
  const row = (item: TimedItem, n: number) =>
    n ? html`<tr><th scope="row">${LABEL[item]}</th><td class="num">${n}</td><td class="num">${times[item]} s</td><td class="num">${(n * times[item] / 60).toFixed(1)}</td></tr>` : '';
  return html`<section class="card" aria-labelledby="saved-h">
<h2 id="saved-h">Manual entry saved</h2>
${work.written.callLog
    ? html`<p class="saved-net"><strong data-net-minutes="${figures.netMinutesSaved}">${formatMinutes(figures.netMinutesSaved)}</strong> saved: ${formatMinutes(figures.minutesWritten)} of typing in the CRM, less ${formatMinutes(figures.minutesCorrecting)} spent reviewing and correcting (${figures.corrections} ${figures.corrections === 1 ? 'correction' : 'corrections'}).</p>`
    : html`<p class="hint">Nothing has been written to the CRM for this call yet.</p>`}
<details>
<summary>How this is counted</summary>
<div class="table-wrap" role="region" aria-labelledby="saved-caption" tabindex="0"><table class="saved">
<caption class="visually-hidden" id="saved-caption">Items written and corrected, the seconds each would take by hand, and the minutes</caption>
<thead><tr><th scope="col">Item</th><th scope="col">Count</th><th scope="col">Each</th><th scope="col">Minutes</th></tr></thead>
<tbody>
<tr><th scope="rowgroup" colspan="4">Written by callscribe (minutes saved)</th></tr>
${WRITTEN_ITEMS.map((k) => row(k, work.written[k]))}
</tbody>
<tbody>
<tr><th scope="rowgroup" colspan="4">Done by people afterwards (minutes spent)</th></tr>
${CORRECTION_ITEMS.map((k) => row(k, work.corrected[k]))}
</tbody>
</table></div>
<p class="hint">Seconds per item: keystroke-level-model estimates (Card, Moran &amp; Newell, 1980) of doing it by hand in a CRM form, e.g. a call log field is “${DEFAULT_TYPING_SEQUENCES.callLogField.klm}”; configured with TYPING_TIMES.</p>
</details>
</section>`;
}
