import type { CallStatus } from '../../domain/call.ts';
import type { Evidence } from '../../domain/insights.ts';
import { html, type SafeHtml } from './html.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/** `17 Nov 2026, 15:00 UTC`; the input as is when it is not a date. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}, ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())} UTC`;
}

/** `20 Nov 2026` for an ISO date (YYYY-MM-DD). */
export function formatDate(date: string | null | undefined): string {
  if (!date) return '—';
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1] ?? m[2]} ${m[1]}`;
}

/** A `<time>` element with the machine-readable instant and the readable UTC text. */
export function timeElement(iso: string | null | undefined): SafeHtml {
  return iso ? html`<time datetime="${iso}">${formatDateTime(iso)}</time>` : html`—`;
}

/** Seconds as `m:ss` (`h:mm:ss` from an hour on); a timestamp within a call or its length. */
export function formatClock(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds)) return '—';
  const total = Math.max(0, Math.floor(seconds));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return h ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}

/** A step's run time: `850 ms`, `12.4 s`, `3 min 5 s`. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined) return '—';
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** Seconds as they go into `data-seek` / `data-start`: plain decimal, at most 3 places. */
export function secondsAttr(seconds: number): string {
  return String(Math.round(seconds * 1000) / 1000);
}

export const STATUS_LABEL: Record<CallStatus, string> = {
  received: 'Received',
  preparing: 'Preparing audio',
  transcribing: 'Transcribing',
  extracting: 'Extracting',
  syncing: 'Syncing to CRM',
  needs_review: 'Needs review',
  done: 'Done',
  failed: 'Failed',
};

/** The status as a chip: the words carry the meaning, the colour only repeats it. */
export function statusChip(status: CallStatus): SafeHtml {
  return html`<span class="chip chip-${status}">${STATUS_LABEL[status] ?? status}</span>`;
}

export { stageLabel } from '../../domain/insights.ts';

export const OWNER_LABEL = { rep: 'Rep', customer: 'Customer', unknown: 'Unassigned' } as const;

/** Shortens text to `max` characters at a word boundary, with an ellipsis. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** Who a speaker id is: `rep` / `customer` with the name from the call's meta when known, else the id (S1, S2…). */
export type SpeakerNames = { rep?: string | null; customer?: string | null };

export function speakerLabel(speaker: string, names: SpeakerNames = {}): string {
  if (speaker === 'rep') return names.rep ? `${names.rep} (rep)` : 'Rep';
  if (speaker === 'customer') return names.customer ? `${names.customer} (customer)` : 'Customer';
  return speaker;
}

/**
 * An evidence quote as a button that plays the call from that moment (app.js); without script it is
 * readable text with the speaker and time.
 */
export function quoteButton(e: Evidence, names: SpeakerNames = {}): SafeHtml {
  return html`<button type="button" class="quote" data-seek="${secondsAttr(e.startSec)}">“${e.quote}” — ${speakerLabel(e.speaker, names)}, ${formatClock(e.startSec)}</button>`;
}

export function quoteList(evidence: readonly Evidence[], names: SpeakerNames = {}): SafeHtml {
  if (!evidence.length) return html``;
  return html`<ul class="quotes" aria-label="Evidence from the call">${evidence.map((e) => html`<li>${quoteButton(e, names)}</li>`)}</ul>`;
}
