import { CONSENT_STOPS, isTerminal, RECORDING_CONTENT_FAILURES, type Call, type StepName, type StepRun } from '../../domain/call.ts';
import type { Role } from '../../config/api-keys.ts';
import type { CallView } from '../../review/call-view.ts';
import { formatClock, formatMs, statusChip, timeElement } from './format.ts';
import { csrfField, html, type SafeHtml } from './html.ts';
import { plainMessage } from './plain-words.ts';

/** The call's title: who, when, how long, its status. */
export function callTitle(call: Call): string {
  const c = call.meta.customer;
  const who = [c?.name, c?.company].filter(Boolean).join(', ');
  return who || c?.phone || `Call ${call.id}`;
}

const DISPOSITION = { conversation: null, voicemail: 'Voicemail: only one side spoke', no_speech: 'No speech in the recording' } as const;

/** `notice`: what a retry just did, shown where the failure and its Retry button were. */
export function callHeader(view: CallView, csrf: string | null, role: Role, notice: SafeHtml | null = null): SafeHtml {
  const { call } = view;
  const rep = call.meta.rep;
  const when = call.meta.startedAt ?? call.createdAt;
  const disposition = call.disposition ? DISPOSITION[call.disposition] : null;
  return html`<header class="call-head">
<p class="crumbs"><a href="/">Calls</a></p>
<h1>${callTitle(call)}</h1>
<dl class="facts">
<div><dt>Rep</dt><dd>${rep?.name ?? rep?.email ?? '—'}</dd></div>
<div><dt>${call.meta.startedAt ? 'When' : 'Received'}</dt><dd>${timeElement(when)}</dd></div>
<div><dt>Length</dt><dd>${formatClock(call.audio?.durationSec ?? view.transcript?.durationSec)}</dd></div>
<div><dt>Status</dt><dd>${statusChip(call.status)}</dd></div>
${call.meta.direction ? html`<div><dt>Direction</dt><dd>${call.meta.direction === 'inbound' ? 'Inbound' : 'Outbound'}</dd></div>` : ''}
</dl>
${disposition ? html`<p class="notice">${disposition}.</p>` : ''}
${call.status === 'needs_review' && call.review?.reason ? html`<p class="notice">Needs review: ${plainMessage(call.review.reason)} <a href="#review-h">Go to the review</a></p>` : ''}
</header>
${notice}${failure(view, csrf, role)}${retrying(view, role)}${warnings(view, role)}
${noWorker(view, role)}
${progress(view)}
${callSteps(call)}`;
}

/**
 * Failures caused by what was sent (the recording, its consent, its meta, a limit on recordings): their message
 * tells the rep who sent it what to do. Every other failure's message is written for an operator (it may name a
 * file on the server, a setting, a host) and is shown to managers only.
 */
const SENDERS_FAILURES: ReadonlySet<string> = new Set([...RECORDING_CONTENT_FAILURES, ...CONSENT_STOPS, 'AUDIO_TOO_LONG', 'AUDIO_TOO_LARGE', 'AUDIO_CHANNEL_MISSING', 'AUDIO_TRACK_MISSING', 'META_INVALID', 'TRANSCRIPT_INVALID']);

function failure(view: CallView, csrf: string | null, role: Role): SafeHtml {
  const { call } = view;
  if (call.status !== 'failed' || !call.error) return html``;
  const e = call.error;
  const message = role === 'manager' || SENDERS_FAILURES.has(e.code)
    ? e.message
    : 'Something on the server’s side stopped it, not the recording you sent. A manager sees the details on this page and can process the call again once it is fixed.';
  // The recording itself is the cause: a retry fails the same way, so the page offers none up front; whoever knows
  // better (a transient decoder fault) may still retry, from a disclosure that repeats why it will likely not help.
  const recording = RECORDING_CONTENT_FAILURES.has(e.code);
  const retryForm = html`<form method="post" action="/calls/${encodeURIComponent(call.id)}/retry" class="inline-form">${csrfField(csrf)}<button type="submit"${recording ? html` aria-describedby="failure-recording"` : ''}>${recording ? 'Retry anyway' : 'Retry processing'}</button></form>`;
  return html`<section class="error-box" aria-labelledby="failure-h">
<h2 id="failure-h">Processing failed${e.step ? html` at the ${e.step} step` : ''}</h2>
<p><code class="code">${e.code}</code> ${message}</p>
<p class="hint">At ${timeElement(e.at)}.${e.retryable ? ' The cause looked temporary.' : ''}</p>
${recording
    ? html`<p id="failure-recording"><strong>The recording itself is the problem:</strong> processing it again fails the same way. Send a new recording of the call instead.</p>`
    : ''}
${view.can.retry ? (recording ? html`<details class="retry-anyway"><summary>Retry anyway (an operator's choice)</summary>${retryForm}</details>` : retryForm) : ''}
</section>`;
}

/**
 * What the call went on without (a refused rep lookup, a guessed customer leg), for a manager: their messages name
 * settings and provider scopes to fix, which are an operator's, as failures' messages are.
 */
function warnings(view: CallView, role: Role): SafeHtml {
  const list = view.call.warnings ?? [];
  if (role !== 'manager' || !list.length) return html``;
  return html`<section class="notice call-warnings" aria-labelledby="warnings-h">
<h2 id="warnings-h">${list.length === 1 ? 'Warning' : `${list.length} warnings`}: processed with less than it could have</h2>
<ul>${list.map((w) => html`<li><code class="code">${w.code}</code> ${w.message} <span class="hint">(${timeElement(w.at)})</span></li>`)}</ul>
</section>`;
}

/** What each step does, for a person: the step a retry waits to run again. */
const STEP_WORDS: Record<StepName, string> = {
  ingest: 'Fetching the recording',
  prepare: 'Preparing the audio',
  transcribe: 'Transcribing',
  extract: 'Reading the transcript',
  sync: 'Writing to the CRM',
};

/**
 * A call waiting between the attempts of a step (a retryable failure that was not the last attempt, or a wait the
 * queue holds: a rate limit, rejected CRM credentials, a recording not ready yet) keeps its last error while its
 * status stays at the step: the page says the step is being retried and why, as a status, not as a failure (the call
 * has not failed, and needs no one unless it keeps failing). Operators' messages are a manager's, as for failures.
 */
function retrying(view: CallView, role: Role): SafeHtml {
  const { call } = view;
  const e = call.error;
  if (call.status === 'failed' || !e?.retryable || !e.step) return html``;
  const message = role === 'manager' || SENDERS_FAILURES.has(e.code) ? e.message : 'A manager sees the details on this page.';
  const attempt = call.steps.findLast((r) => r.step === e.step)?.attempt;
  return html`<section class="notice retrying" role="status" aria-labelledby="retrying-h">
<h2 id="retrying-h">${STEP_WORDS[e.step]}: retrying</h2>
<p>The last attempt${attempt ? html` (attempt ${attempt})` : ''} did not succeed: <code class="code">${e.code}</code> ${message}</p>
<p class="hint">At ${timeElement(e.at)}. callscribe tries again by itself; the call has not failed.</p>
</section>`;
}

/**
 * The call's step is queued and no worker takes that step's jobs: it waits until one starts. A manager is told
 * what to start; a rep, who cannot start anything, that it waits.
 */
function noWorker(view: CallView, role: Role): SafeHtml {
  const w = view.noWorker;
  if (!w) return html``;
  if (role !== 'manager') return html`<p class="notice" role="status">This call is waiting for a worker to take its next step. Processing goes on once one does.</p>`;
  const lane = w.lane === 'bulk' ? ' in the bulk lane' : '';
  return html`<p class="notice" role="status">No worker is taking ${w.step} jobs${lane}: start <code>callscribe work</code> (with <code>WORKER_LANES</code> unset or <code>${w.lane}</code>). The call waits until one does.</p>`;
}

/** What a call still being processed is doing, in words, by status (`{done}` / `{total}`: pieces transcribed of all). */
export const WORKING_TEXT = {
  received: 'Received: the recording is being fetched and checked.',
  preparing: 'Preparing the audio for transcription.',
  transcribing: 'Transcribing.',
  transcribingOf: 'Transcribing: {done} of {total} pieces done.',
  extracting: 'Finding the summary, the action items and any deal-stage change.',
  syncing: 'Writing the results to the CRM.',
} as const;

/**
 * Where a call still being processed is: its status in words (and how many pieces are transcribed), in a status
 * region. call-watch.js follows the call (`data-watch`) and updates the words as they change, so a screen reader says
 * each new step once, and swaps in the steps table from `data-steps-from` when the call's steps change; when the call
 * has finished (results, a review, or a failure) it opens the call page again. Without the script, the page says to
 * reload it.
 */
function progress(view: CallView): SafeHtml {
  const { call } = view;
  if (isTerminal(call.status)) return html``;
  const p = call.status === 'transcribing' ? view.progress : null;
  const text = p
    ? WORKING_TEXT.transcribingOf.replace('{done}', String(p.chunksDone)).replace('{total}', String(p.chunksTotal))
    : WORKING_TEXT[call.status as keyof typeof WORKING_TEXT];
  const page = `/calls/${encodeURIComponent(call.id)}`;
  return html`<div class="progress-box" data-watch="/v1/calls/${encodeURIComponent(call.id)}" data-texts="${JSON.stringify(WORKING_TEXT)}" data-steps-from="${page}/steps">
<p id="live-text" role="status">${text}</p>
<progress aria-labelledby="live-text" max="${Math.max(1, p?.chunksTotal ?? 1)}" value="${p?.chunksDone ?? 0}"${p ? '' : html` hidden`}></progress>
<p class="hint live-hint"><span class="live-how">Reload the page to see how far it is.</span> <a href="${page}">Reload the page</a></p>
</div>`;
}

const OUTCOME = { running: 'running', ok: 'done', retrying: 'will retry', failed: 'failed' } as const;

/**
 * What the steps table shows of each run, as one string: it changes when a step starts, finishes, will retry or fails.
 * call-watch.js builds the same string from the call's JSON and, when it differs from the table's `data-steps`,
 * fetches the table again (`GET /calls/{id}/steps`).
 */
export function stepsKey(runs: readonly StepRun[]): string {
  return runs.map((r) => `${r.step}:${r.attempt}:${r.outcome}:${r.startedAt}`).join(' ');
}

/** The call's steps table (nothing before its first step): open while the call is being processed or has failed. */
export function callSteps(call: Call): SafeHtml {
  return steps(call.steps, call.status !== 'done' && call.status !== 'needs_review');
}

function steps(runs: readonly StepRun[], open: boolean): SafeHtml {
  if (!runs.length) return html``;
  return html`<details class="steps" data-steps="${stepsKey(runs)}"${open ? html` open` : ''}>
<summary>Processing steps</summary>
<div class="table-wrap" role="region" aria-label="Processing steps" tabindex="0"><table>
<caption class="visually-hidden">Processing steps with their timings</caption>
<thead><tr><th scope="col">Step</th><th scope="col">Started</th><th scope="col">Took</th><th scope="col">Attempt</th><th scope="col">Outcome</th></tr></thead>
<tbody>
${runs.map((r) => html`<tr class="step-${r.outcome}">
<th scope="row">${r.step}</th>
<td>${timeElement(r.startedAt)}</td>
<td class="num">${r.outcome === 'running' ? 'running' : formatMs(r.durationMs)}</td>
<td class="num">${r.attempt}</td>
<td>${OUTCOME[r.outcome]}${r.errorCode ? html` <code class="code">${r.errorCode}</code>` : ''}</td>
</tr>`)}
</tbody>
</table></div>
</details>`;
}
