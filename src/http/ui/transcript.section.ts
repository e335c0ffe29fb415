import { wordConfidences } from '../../domain/transcript-quality.ts';
import { sortSegments, type Segment, type TranscriptQuality } from '../../domain/transcript.ts';
import type { Call } from '../../domain/call.ts';
import type { CallView } from '../../review/call-view.ts';
import { formatClock, formatDateTime, secondsAttr, speakerLabel, type SpeakerNames } from './format.ts';
import { html, type SafeHtml } from './html.ts';

/** The names the call's meta gives its speakers, for labels. */
export function speakerNames(view: CallView): SpeakerNames {
  return { rep: view.call.meta.rep?.name ?? null, customer: view.call.meta.customer?.name ?? null };
}

/**
 * The player and the transcript: one `<li>` per segment with `data-start` / `data-end` (app.js highlights
 * the one playing) and its timestamp as a link carrying `data-seek`.
 */
export function playerAndTranscript(view: CallView, audioUrl: string | null): SafeHtml {
  const names = speakerNames(view);
  const player = audioUrl
    ? html`<audio id="player" controls preload="metadata" src="${audioUrl}" aria-label="Recording of the call">Your browser cannot play this recording here. <a href="${audioUrl}">Download it</a>.</audio>`
    : html`<p class="hint">${noRecording(view.call)}</p>`;
  const segments = view.transcript ? sortSegments(view.transcript.segments).filter((s) => s.text.trim()) : [];
  const quality = view.transcript?.quality ?? null;
  const minConfidence = quality?.thresholds.minEvidenceConfidence ?? null;
  const body = !view.transcript
    ? html`<p class="hint">${view.call.status === 'failed' ? 'There is no transcript.' : 'The transcript appears here once the call is transcribed.'}</p>`
    : !segments.length
      ? html`<p class="hint">Nobody spoke in this recording.</p>`
      : html`<ol class="transcript" id="transcript">
${segments.map((s, i) => {
  const role = s.speaker === 'rep' || s.speaker === 'customer' ? s.speaker : 'other';
  return html`<li class="segment speaker-${role}" id="seg-${i}" data-start="${secondsAttr(s.startSec)}" data-end="${secondsAttr(s.endSec)}">
<div class="segment-meta"><span class="speaker">${speakerLabel(s.speaker, names)}</span> <a class="time" href="#t=${secondsAttr(s.startSec)}" data-seek="${secondsAttr(s.startSec)}"><span class="visually-hidden">Play from </span>${formatClock(s.startSec)}</a></div>
<p>${segmentWords(s, minConfidence)}</p>
</li>
`;
})}</ol>`;
  return html`<section class="media" aria-labelledby="media-h">
<h2 id="media-h">Recording and transcript</h2>
<div class="player">${player}</div>
${view.transcript?.attribution?.method === 'none' ? html`<p class="hint">Speakers could not be told apart as rep and customer; they are numbered.</p>` : ''}
${view.transcript?.attribution?.assumed ? html`<p class="notice roles-assumed">${view.transcript.attribution.detail} Listen before relying on who said what.</p>` : ''}
${quality ? qualityNote(quality) : ''}
${body}
</section>`;
}

/** What the engine's confidences say, in a sentence, and that unsure words are marked. */
function qualityNote(q: TranscriptQuality): SafeHtml {
  if (q.meanConfidence === null) return html``;
  const share = `${Math.round((q.lowConfidenceShare ?? 0) * 100)}%`;
  const figures = `mean confidence ${q.meanConfidence.toFixed(2)}; a word counts as unsure below ${q.thresholds.minEvidenceConfidence}`;
  // The engine's figures are for operators: a title, not the sentence.
  return html`<p class="hint quality${q.reliable ? '' : ' quality-unreliable'}" title="${figures}">The speech engine was unsure of ${share} of the words; they are shown <span class="unsure">marked like this<span class="visually-hidden"> (unsure)</span></span>${q.reliable ? '. Nothing was taken from them.' : '. That is too many to summarise the call.'}</p>`;
}

/** A segment's words, those the engine was unsure of marked (they are not evidence for anything). */
function segmentWords(s: Segment, minConfidence: number | null): SafeHtml | string {
  if (minConfidence === null) return s.text;
  const scores = wordConfidences(s);
  if (!scores.some((c) => c !== null && c < minConfidence)) return s.text;
  const words = s.text.split(/\s+/).filter(Boolean);
  return html`${words.map((w, i) => {
    const c = scores[i];
    const sep = i ? ' ' : '';
    // The mark is a colour and a title, which a screen reader does not read: the word says it in hidden text too.
    return c !== null && c !== undefined && c < minConfidence ? html`${sep}<span class="unsure" title="confidence ${c.toFixed(2)}">${w}<span class="visually-hidden"> (unsure)</span></span>` : html`${sep}${w}`;
  })}`;
}

/** Where an announced call's recording is fetched from, by its source's kind (CallMeta.source.kind). */
const SOURCE_NAMES: Record<string, string> = { twilio: 'Twilio', zoom: 'Zoom', aircall: 'Aircall', ringcentral: 'RingCentral', generic: 'the sender', s3: 'the bucket' };

/**
 * Why the call page has no player, true at each status: a call announced by a webhook or a storage event
 * has no recording until its ingest fetches it (and none when that failed), other calls lost theirs.
 */
function noRecording(call: Call): string {
  if (call.audioRemoved?.reason === 'consent_refused') return 'The recording was not kept: recording consent was refused.';
  if (call.audioRemoved) return `The recording was deleted on ${formatDateTime(call.audioRemoved.at)} by the retention policy (RETENTION_AUDIO_DAYS).`;
  if (!call.recording) {
    const kind = call.meta.source?.kind;
    const from = kind ? ` from ${SOURCE_NAMES[kind] ?? kind}` : '';
    if (call.status === 'received' && call.error?.retryable) return `Fetching the recording${from} is being retried: see why above. It plays here once it has arrived.`;
    if (call.status === 'received') return `The recording is being fetched${from}; it plays here once it has arrived.`;
    if (call.status === 'failed') return `The recording could not be fetched${from}: see the error above. Retrying the call fetches it again.`;
  }
  return 'The recording is no longer stored.';
}
