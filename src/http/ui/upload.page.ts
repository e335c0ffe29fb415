import type { CallMeta } from '../../domain/call-meta.ts';
import { canonicalTimeZone, zonedTimeToInstant } from '../../domain/dates.ts';
import { csrfField, html, page, type SafeHtml, type UiUser } from './html.ts';

/** Where the upload page is, and where its form posts (multipart). */
export const UPLOAD_PAGE = '/calls/new';

/** The upload form's text fields, by the name each has in the form. */
export const UPLOAD_FIELDS = ['customer_name', 'customer_email', 'customer_phone', 'customer_company', 'deal_id', 'started_at', 'timezone', 'direction', 'consent', 'rep_name', 'rep_email'] as const;
export type UploadField = (typeof UPLOAD_FIELDS)[number];
export type UploadForm = Partial<Record<UploadField, string>>;

export interface UploadPageOptions {
  user: UiUser;
  csrf: string | null;
  /** The largest recording the service takes, in bytes (MAX_UPLOAD_BYTES). */
  maxUploadBytes: number;
  /** The form as it was sent, when it was refused (files are never kept: a browser cannot be given one back). */
  form?: UploadForm;
  /** Why the upload was refused, in words for the person who sent it. */
  error?: string | null;
  /** RECORDING_CONSENT_REQUIRED: the form asks whether everyone agreed, with no "not recorded" answer. */
  consentRequired?: boolean;
  /** The field the refusal concerns, when it concerns one: marked invalid, described by the error, and focused (app.js). */
  invalid?: UploadInvalid | null;
}

/** A field of the upload form a refusal can concern: a text field, or one of the files. */
export type UploadInvalid = UploadField | 'file' | 'transcript';

/** The file field a refusal of the upload (by its code) concerns: the recording, the transcript, or none. */
export function uploadRefusalField(code: string): 'file' | 'transcript' | undefined {
  if (code === 'AUDIO_EMPTY' || code === 'UPLOAD_TOO_LARGE') return 'file';
  if (code === 'TRANSCRIPT_INVALID') return 'transcript';
  return undefined;
}

/**
 * Why a form that does not say whether everyone agreed is refused where consent is required: such a call would be
 * stopped and its recording deleted, and sending the recording again would not reopen it (CONSENT_STOPPED_EARLIER).
 */
export const CONSENT_ANSWER_NEEDED =
  'Say whether everyone agreed to the recording: calls are transcribed here only when everyone did. A call sent without the answer would be stopped and its recording deleted, and sending the recording again would not reopen it.';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A phone number as people write it: digits, an optional leading +, spaces, dots, dashes and brackets. */
const PHONE = /^\+?[\d\s().-]{4,30}$/;
const text = (form: UploadForm, name: UploadField, max = 200) => form[name]?.trim().slice(0, max) || null;

/**
 * The upload form's fields as CallMeta, or what is wrong with them in plain words. Fields left empty
 * say nothing; the rep's fields are read only from a manager (a rep's upload is their own call).
 */
export function uploadMeta(
  form: UploadForm,
  role: UiUser['role'],
  opts: { consentRequired?: boolean; now?: Date } = {},
): { meta: CallMeta } | { problem: string; /** The first field at fault. */ field: UploadField; /** The form's fields to show again in place of those sent. */ refill?: UploadForm } {
  const problems: string[] = [];
  let field: UploadField | undefined;
  const problem = (at: UploadField, text: string) => {
    field ??= at;
    problems.push(text);
  };
  const email = text(form, 'customer_email', 320);
  if (email && !EMAIL.test(email)) problem('customer_email', `The customer's e-mail "${email}" is not an e-mail address (name@company.com).`);
  const phone = text(form, 'customer_phone', 40);
  if (phone && !PHONE.test(phone)) problem('customer_phone', `The customer's phone "${phone}" is not a phone number: use digits, with + and the country code if you know it.`);
  const repEmail = role === 'manager' ? text(form, 'rep_email', 320) : null;
  if (repEmail && !EMAIL.test(repEmail)) problem('rep_email', `The rep's e-mail "${repEmail}" is not an e-mail address.`);
  const direction = text(form, 'direction');
  if (direction && direction !== 'inbound' && direction !== 'outbound') problem('direction', 'Choose who called from the list.');
  // When the call started, on the uploader's clock: their browser's time zone (app.js fills it in), else UTC.
  // A zone this server does not know is said, not read as UTC: the start would be hours off. The form comes
  // back set to UTC, so the uploader can give the start in UTC.
  const startedLocal = text(form, 'started_at', 40);
  const zone = text(form, 'timezone', 100);
  const known = zone ? canonicalTimeZone(zone) : 'UTC';
  const timezone = known ?? 'UTC';
  const startedAt = startedLocal && known ? zonedTimeToInstant(startedLocal, timezone) : null;
  let refill: UploadForm | undefined;
  if (startedLocal && !known) {
    problem('started_at', `Your browser's time zone ("${zone}") is not one this server knows, so when the call started cannot be read. Give the start in UTC (the form now reads UTC), or leave it empty.`);
    refill = { ...form, timezone: 'UTC' };
  } else if (startedLocal && !startedAt) problem('started_at', `"${startedLocal}" is not a date and time: choose when the call started, or leave it empty.`);
  else if (startedAt && Date.parse(startedAt) > (opts.now ?? new Date()).getTime() + 86_400_000) problem('started_at', 'The call’s start is more than a day ahead: choose when it started.');
  const consent = text(form, 'consent');
  if (consent && consent !== 'granted' && consent !== 'refused' && consent !== 'unknown') problem('consent', 'Choose whether everyone agreed to the recording from the list.');
  else if (opts.consentRequired && consent !== 'granted' && consent !== 'refused') problem('consent', CONSENT_ANSWER_NEEDED);
  if (field) return { problem: problems.join(' '), field, ...(refill && { refill }) };
  const customer = { name: text(form, 'customer_name'), email, phone: phone && phone.startsWith('+') ? `+${phone.replace(/\D/g, '')}` : phone, company: text(form, 'customer_company') };
  const repName = role === 'manager' ? text(form, 'rep_name') : null;
  const dealId = text(form, 'deal_id');
  const meta: CallMeta = {
    ...(direction && { direction: direction as 'inbound' | 'outbound' }),
    ...(startedAt && { startedAt, timezone }),
    ...(Object.values(customer).some(Boolean) && { customer }),
    ...((repName || repEmail) && { rep: { name: repName, email: repEmail } }),
    ...(dealId && { crm: { dealId } }),
    ...(consent && consent !== 'unknown' && { recordingConsent: consent as 'granted' | 'refused' }),
  };
  return { meta };
}

/** A size limit in words: whole megabytes, or kilobytes below one. */
export const sizeWords = (bytes: number) => (bytes >= 1048576 ? `${Math.floor(bytes / 1048576).toLocaleString('en')} MB` : `${Math.floor(bytes / 1024)} KB`);

/**
 * The upload page: what the uploader knows about the call, then the recording and an optional transcript,
 * posted as one multipart form. The text fields come before the files, so they are read (and shown again)
 * even when a file is refused as it arrives (too large, not a transcript).
 */
export function renderUploadPage({ user, csrf, maxUploadBytes, form = {}, error = null, consentRequired = false, invalid = null }: UploadPageOptions): string {
  const v = (name: UploadField) => form[name] ?? '';
  const option = (name: UploadField, value: string, label: string) => html`<option value="${value}"${v(name) === value ? html` selected` : ''}>${label}</option>`;
  // The faulty field is tied to the error (after its own hint, when it has one).
  const described = (name: UploadInvalid, hint: string | null = null) => {
    const at = error && invalid === name;
    const ids = [hint, at ? 'upload-error' : null].filter(Boolean).join(' ');
    return html`${at ? html` aria-invalid="true"` : ''}${ids ? html` aria-describedby="${ids}"` : ''}`;
  };
  const field = (name: UploadField, label: string, type: string, extra: SafeHtml | '' = '', hint: string | null = null) =>
    html`<div class="field"><label for="u-${name}">${label}</label><input type="${type}" id="u-${name}" name="${name}" value="${v(name)}"${extra}${described(name, hint)}></div>`;
  const body = html`<h1>Upload a recording</h1>
${error ? html`<div class="flash flash-error" role="alert" id="upload-error">${error} Choose the recording again: a browser does not keep a chosen file.</div>` : ''}
<form method="post" action="${UPLOAD_PAGE}" enctype="multipart/form-data" class="upload-form"${error ? html` data-refused aria-describedby="upload-error"` : ''}>
${csrfField(csrf)}
<fieldset><legend>The customer (optional)</legend>
${field('customer_name', 'Name', 'text', html` autocomplete="off"`)}
${field('customer_email', 'E-mail', 'email', html` autocomplete="off"`)}
${field('customer_phone', 'Phone', 'tel', html` autocomplete="off"`, 'u-phone-hint')}<p class="hint" id="u-phone-hint">With + and the country code if you know it.</p>
${field('customer_company', 'Company', 'text', html` autocomplete="off"`)}
</fieldset>
<fieldset><legend>The call (optional)</legend>
${field('deal_id', 'CRM deal id', 'text', html` autocomplete="off"`)}
${field('started_at', 'When the call started', 'datetime-local', html` step="60"`, 'u-started-hint')}<input type="hidden" name="timezone" id="u-timezone" value="${v('timezone')}">
<p class="hint" id="u-started-hint">In your browser's time zone (UTC if it runs no scripts); dates said in the call ("by Friday") are read from this day. Left empty, they are not turned into dates.</p>
<div class="field"><label for="u-direction">Who called</label><select id="u-direction" name="direction"${described('direction')}>${option('direction', '', 'Not stated')}${option('direction', 'outbound', 'I called the customer')}${option('direction', 'inbound', 'The customer called')}</select></div>
${consentRequired
    ? html`<div class="field"><label for="u-consent">Did everyone agree to the recording? (required)</label><select id="u-consent" name="consent" required${described('consent', 'u-consent-hint')}>${option('consent', '', 'Choose an answer')}${option('consent', 'granted', 'Yes, everyone agreed')}${option('consent', 'refused', 'No, someone refused')}</select>
<p class="hint" id="u-consent-hint">Calls are transcribed here only when everyone agreed to the recording. When someone refused, the call is not transcribed and its recording is deleted at once.</p></div>`
    : html`<div class="field"><label for="u-consent">Did everyone agree to the recording?</label><select id="u-consent" name="consent"${described('consent', 'u-consent-hint')}>${option('consent', 'unknown', 'Not recorded')}${option('consent', 'granted', 'Yes, everyone agreed')}${option('consent', 'refused', 'No, someone refused')}</select>
<p class="hint" id="u-consent-hint">When someone refused, the call is not transcribed and its recording is deleted at once.</p></div>`}
</fieldset>
${user.role === 'manager' ? html`<fieldset><legend>The rep (optional)</legend>
${field('rep_name', 'Name', 'text', html` autocomplete="off"`)}
${field('rep_email', 'E-mail', 'email', html` autocomplete="off"`)}
</fieldset>` : ''}
<fieldset><legend>The files</legend>
<div class="field"><label for="u-file">Recording</label><input type="file" id="u-file" name="file" required accept="audio/*,video/*,.mp3,.wav,.m4a,.ogg,.opus,.webm,.mp4,.flac"${described('file', 'u-file-hint')}>
<p class="hint" id="u-file-hint">An audio or video file of the call, at most ${sizeWords(maxUploadBytes)}.</p></div>
<div class="field"><label for="u-transcript">Transcript (optional)</label><input type="file" id="u-transcript" name="transcript" accept=".vtt,text/vtt"${described('transcript', 'u-transcript-hint')}>
<p class="hint" id="u-transcript-hint">A WebVTT file (.vtt) from your meeting tool, used instead of transcribing the recording; at most 2 MB.</p></div>
</fieldset>
<div class="actions"><button type="submit">Upload</button> <a href="/">Back to the calls</a></div>
</form>`;
  return page({ title: error ? 'Upload refused' : 'Upload a recording', body, user, csrf });
}
